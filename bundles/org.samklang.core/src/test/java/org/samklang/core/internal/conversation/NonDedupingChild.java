package org.samklang.core.internal.conversation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.outbox.RetryPolicy;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.RawAddress;

/**
 * The process {@code NonDedupingCrashTest} stops: answers {@value #REPLIES} customer mails through a
 * {@link NonDedupingRemote} that halts the process right after its Nth delivery, before the core can record it.
 * Prints {@code OUT <client key>} for every reply the engine acknowledged. In drain mode it only sends what waits
 * and prints {@code DRAINED}.
 * <p>
 * Arguments: data directory, remote file, generation, halt after N deliveries (0: never), {@code run} or
 * {@code drain}.
 */
public final class NonDedupingChild {

    static final int REPLIES = 40;
    private static final PrintStream OUT = System.out;

    private NonDedupingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int generation = Integer.parseInt(args[2]);
        RetryPolicy quickRetries = new RetryPolicy(Duration.ofMillis(50), 2.0, Duration.ofSeconds(1), 0.2, 50,
                Duration.ofSeconds(30));
        CoreEngine engine = CoreEngine.open(EngineConfig.defaults(data).withRetryPolicy(quickRetries),
                Clock.systemUTC());
        engine.connectors().add(new NonDedupingRemote(Path.of(args[1]), generation, Integer.parseInt(args[3])));
        if (args[4].equals("run")) {
            for (int i = 0; i < REPLIES; i++) {
                answer(engine, generation, i);
            }
        }
        while (engine.outbox().nextDueAt().isPresent()) {
            Thread.sleep(20);
        }
        print("DRAINED");
        engine.close();
    }

    private static void answer(CoreEngine engine, int generation, int i) {
        String remoteId = "<g" + generation + "-q-" + i + "@kund.test>";
        InboundMessage question = InboundMessage.builder(NonDedupingRemote.CHANNEL, MediaType.EMAIL, remoteId,
                RawAddress.of(Address.Scheme.MAILTO, "kund" + i + "@kund.test"), Instant.now()).subject("Fråga " + i)
                .text("Hej, fråga " + i).build();
        InboundReceipt receipt = engine.inbound().accept(question).join();
        String clientKey = "g" + generation + "-reply-" + i;
        engine.sendReply(receipt.conversationId().orElseThrow(), ReplyDraft.text(clientKey, "Svar " + i)).join();
        print("OUT " + clientKey);
    }

    private static void print(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }
}
