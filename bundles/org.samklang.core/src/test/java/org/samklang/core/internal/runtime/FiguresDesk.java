package org.samklang.core.internal.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceState;
import org.samklang.core.api.model.QueueFigures;
import org.samklang.core.internal.config.DeskRouting;
import org.samklang.core.internal.conversation.CoreEngine;
import org.samklang.core.internal.conversation.EngineConfig;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.internal.presence.PresenceEngine;
import org.samklang.core.internal.presence.PresenceSettings;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.RawAddress;

/**
 * The parts of a desk that make queue figures, on a real store in a data directory: the engine, presence with one
 * agent, and the routing runtime on the default queues (UTC). Close it to stop them; open it again on the same
 * directory to see what a restart shows.
 */
final class FiguresDesk implements AutoCloseable {

    static final String AGENT = "anna";
    static final String CHAT = "chat";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    final CoreEngine engine;
    final PresenceEngine presence;
    final RoutingRuntime routing;
    private final ExecutorService presenceEvents = Executors.newSingleThreadExecutor();
    private final Clock clock;

    FiguresDesk(Path data, Clock clock) {
        this.clock = clock;
        this.engine = CoreEngine.open(EngineConfig.defaults(data).withSenderLoop(false), clock);
        this.presence = new PresenceEngine(clock, PresenceSettings.defaults(), presenceEvents);
        List<Person> people = List.of(new Person(AGENT, "Anna Agent", "Kundtjänst", "", "2001", "",
                "anna@example.se", List.of()));
        presence.replaceDirectory(people);
        this.routing = new RoutingRuntime(DeskRouting.defaults(ZoneOffset.UTC), clock, engine, engine, presence);
        routing.start();
        routing.registerAgents(people);
    }

    /** A chat from a customer of its own, whose first line was written at {@code at}; returns its conversation. */
    ConversationId chat(String customerPhone, Instant at) throws Exception {
        return engine.inbound()
                .accept(Inbound.chat("line-" + customerPhone, customerPhone, "Hej, en fråga", at).build())
                .get(30, TimeUnit.SECONDS).conversationId().orElseThrow();
    }

    /** The ringing item of a call from {@code caller} that rang at {@code at}, as the call runtime files it. */
    ConversationId call(String callId, String caller, Instant at) throws Exception {
        return engine.inbound().accept(InboundMessage.builder("phone.pbx", MediaType.VOICE, callId,
                RawAddress.of(Address.Scheme.TEL, caller), at).metadata("call.event", "ringing").build())
                .get(30, TimeUnit.SECONDS).conversationId().orElseThrow();
    }

    void agent(PresenceState state) {
        presence.setManual(AGENT, PresenceRequest.of(state));
    }

    /** Waits until the chat queue's figures show what {@code wanted} wants; fails with the last figures. */
    QueueFigures awaitChat(String what, Predicate<QueueFigures> wanted) throws InterruptedException {
        return await(CHAT, what, wanted);
    }

    /** Waits until a queue's figures show what {@code wanted} wants; fails with the last figures. */
    QueueFigures await(String queueId, String what, Predicate<QueueFigures> wanted) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        QueueFigures last = null;
        while (System.nanoTime() < end) {
            last = routing.queues().stream().filter(q -> q.queueId().equals(queueId)).findFirst().orElse(null);
            if (last != null && wanted.test(last)) {
                return last;
            }
            Thread.sleep(5); // a polling interval; the wait itself has a deadline
        }
        throw new AssertionError("waited " + DEADLINE.toSeconds() + " s for " + what + "; queue " + queueId
                + " shows " + last);
    }

    /** Waits until {@code count} outcomes counted today are kept in the store. */
    void awaitKept(int count) throws InterruptedException {
        Instant midnight = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        long end = System.nanoTime() + DEADLINE.toNanos();
        int kept = 0;
        while (System.nanoTime() < end) {
            kept = engine.outcomesSince(midnight).values().stream().mapToInt(List::size).sum();
            if (kept >= count) {
                return;
            }
            Thread.sleep(5); // a polling interval; the wait itself has a deadline
        }
        throw new AssertionError("only " + kept + " of " + count + " outcomes were kept in the store");
    }

    @Override
    public void close() {
        routing.close();
        engine.close();
        presenceEvents.shutdownNow();
    }
}
