package org.samklang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * A desk with 100,000 open conversations (issue 4): each from its own customer, opened 2.5 s apart over about three
 * days before {@link #NOW}, 30 % with a later follow-up message (so activity order differs from opening order).
 * Media mix email 40 / voice 25 / chat 25 / social 10 %; states 65 % waiting (new 25, queued 30, offered 10) and
 * 35 % answered (active 20, on hold 5, wrap-up 10); every answered and about a quarter of the waiting ones are
 * assigned to one of {@link #AGENTS} agents, about half in all. Built once through the real ingest path and the
 * engine's commands, then reused.
 * <p>
 * Directory: {@code -Dsamklang.bench.largeInboxDir}, default {@code <java.io.tmpdir>/samklang-bench-inbox-100k}. A
 * marker file written after the last commit says the store is complete; delete the directory to rebuild.
 */
public final class LargeInboxStore {

    static final int CONVERSATIONS = 100_000;
    static final int AGENTS = 20;
    private static final Instant START = Instant.parse("2026-11-09T06:00:00Z");
    private static final Duration SPACING = Duration.ofMillis(2_500);
    /** The desk's "now": just after the last conversation opened. */
    static final Instant NOW = START.plus(SPACING.multipliedBy(CONVERSATIONS)).plusSeconds(60);
    private static final long SEED = 20261113L;
    private static final int BATCH = 20_000;
    private static final String MARKER = "complete-" + CONVERSATIONS;

    private LargeInboxStore() {
    }

    /** Builds the store if needed; run as a program to build it ahead of the benchmarks. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        ensureBuilt(directory());
        System.out.printf("store ready in %s after %.1f s%n", directory(), (System.nanoTime() - start) / 1e9);
    }

    static Path directory() {
        String configured = System.getProperty("samklang.bench.largeInboxDir");
        return configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "samklang-bench-inbox-100k");
    }

    /** Opens the built store (no background sender); the caller closes it. */
    static CoreEngine open() {
        ensureBuilt(directory());
        return CoreEngine.open(EngineConfig.defaults(directory()).withSenderLoop(false), Clock.systemUTC());
    }

    static synchronized void ensureBuilt(Path directory) {
        if (Files.exists(directory.resolve(MARKER))) {
            return;
        }
        deleteQuietly(directory);
        try (CoreEngine engine = CoreEngine.open(EngineConfig.defaults(directory).withSenderLoop(false),
                Clock.systemUTC())) {
            for (int done = 0; done < CONVERSATIONS; done += BATCH) {
                List<CompletableFuture<?>> pending = new ArrayList<>(BATCH);
                for (int i = done; i < Math.min(done + BATCH, CONVERSATIONS); i++) {
                    pending.add(openOne(engine, i));
                }
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            }
            Files.writeString(directory.resolve(MARKER), "seed " + SEED + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Conversation {@code i}: its first message, maybe a follow-up, then its state and assignee. */
    private static CompletableFuture<?> openOne(CoreEngine engine, int i) {
        SplittableRandom random = new SplittableRandom(SEED + i);
        MediaType media = media(random.nextInt(100));
        Instant opened = START.plus(SPACING.multipliedBy(i));
        ConversationState state = state(random.nextInt(100));
        boolean assigned = !state.awaitsAnswer() || random.nextInt(100) < 23;
        String agent = "agent-" + random.nextInt(AGENTS);
        Optional<Instant> followUp = random.nextInt(100) < 30
                ? Optional.of(opened.plusMillis(random.nextLong(Duration.between(opened, NOW).toMillis())))
                : Optional.empty();
        return engine.accept(message(media, i, "first", opened)).thenCompose(receipt -> {
            ConversationId id = receipt.conversationId().orElseThrow();
            CompletableFuture<?> next = followUp.isPresent()
                    ? engine.accept(message(media, i, "again", followUp.get()))
                    : CompletableFuture.completedFuture(null);
            if (assigned) {
                next = next.thenCompose(done -> engine.assign(id, Optional.of(agent)));
            }
            return next.thenCompose(done -> engine.changeState(id, state));
        });
    }

    private static MediaType media(int percent) {
        return percent < 40 ? MediaType.EMAIL
                : percent < 65 ? MediaType.VOICE : percent < 90 ? MediaType.CHAT : MediaType.SOCIAL;
    }

    private static ConversationState state(int percent) {
        return percent < 25 ? ConversationState.NEW
                : percent < 55 ? ConversationState.QUEUED
                : percent < 65 ? ConversationState.OFFERED
                : percent < 85 ? ConversationState.ACTIVE
                : percent < 90 ? ConversationState.ON_HOLD : ConversationState.WRAP_UP;
    }

    /** A message from customer {@code who}, whose address is distinct from every other customer's. */
    private static InboundMessage message(MediaType media, int who, String part, Instant at) {
        String remoteId = "<large" + who + "." + part + "@bench.samklang>";
        InboundMessage.Builder builder = switch (media) {
            case EMAIL -> InboundMessage.builder("email.bench", media, remoteId,
                    RawAddress.of(Address.Scheme.MAILTO, "kund" + who + "@example.se"), at).subject("Order " + who);
            case VOICE -> InboundMessage.builder("voice.bench", media, remoteId,
                    RawAddress.of(Address.Scheme.TEL, BenchTraffic.phone(who)), at);
            case CHAT -> InboundMessage.builder("chat.bench", media, remoteId,
                    RawAddress.of(Address.Scheme.XMPP, "kund" + who + "@chat.example.se"), at);
            case SOCIAL -> InboundMessage.builder("social.bench", media, remoteId,
                    RawAddress.of(Address.Scheme.SOCIAL, "x:kund" + who), at);
        };
        return builder.text("Hej, jag undrar över min beställning " + who + " (" + part + ")").build();
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
