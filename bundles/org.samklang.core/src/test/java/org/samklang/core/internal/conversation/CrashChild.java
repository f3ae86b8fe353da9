package org.samklang.core.internal.conversation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.outbox.RetryPolicy;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.RawAddress;

/**
 * The process the crash test kills: ingests messages and queues replies as fast as it can, printing each id once
 * the engine acknowledged it ({@code IN <remote id>}, {@code OUT <client key>}). It first hands in again the
 * previous generation's items, as a channel plugin re-delivers what it never saw acknowledged.
 * <p>
 * Arguments: data directory, remote file, generation, {@code run} or {@code drain}. In drain mode it only
 * re-delivers, waits until the outbox is empty, prints {@code DRAINED} and exits.
 */
public final class CrashChild {

    static final int REDELIVERED = 200;
    private static final int IN_FLIGHT = 64;
    private static final PrintStream OUT = System.out;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int generation = Integer.parseInt(args[2]);
        boolean drain = args[3].equals("drain");
        RetryPolicy quickRetries = new RetryPolicy(Duration.ofMillis(50), 2.0, Duration.ofSeconds(1), 0.2, 50,
                Duration.ofSeconds(30));
        CoreEngine engine = CoreEngine.open(EngineConfig.defaults(data).withRetryPolicy(quickRetries),
                Clock.systemUTC());
        engine.connectors().add(new DurableFakeRemote(Path.of(args[1]), generation));
        print("STARTED " + generation);
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        for (int i = 0; i < REDELIVERED && generation > 1; i++) {
            handIn(engine, inFlight, generation - 1, i);
        }
        if (drain) {
            inFlight.acquire(IN_FLIGHT);
            while (engine.outbox().nextDueAt().isPresent()) {
                Thread.sleep(20);
            }
            print("DRAINED");
            engine.close();
            return;
        }
        for (int i = 0;; i++) {
            handIn(engine, inFlight, generation, i);
        }
    }

    /** Hands in message {@code i} of a generation; every third one gets a reply once stored. */
    private static void handIn(CoreEngine engine, Semaphore inFlight, int generation, int i)
            throws InterruptedException {
        inFlight.acquire();
        String remoteId = "<g" + generation + "-in-" + i + "@crash.test>";
        InboundMessage message = InboundMessage.builder(DurableFakeRemote.CHANNEL, MediaType.EMAIL, remoteId,
                RawAddress.of(Address.Scheme.MAILTO, "kund" + (i % 40) + "@crash.test"), Instant.now())
                .subject("Ärende " + i).text("Meddelande " + i + " i generation " + generation).build();
        engine.inbound().accept(message).thenCompose(receipt -> {
            print("IN " + remoteId);
            if (i % 3 != 0 || receipt.status() == InboundReceipt.Status.REJECTED) {
                return CompletableFuture.completedFuture(null);
            }
            String clientKey = "g" + generation + "-reply-" + i;
            return engine.sendReply(receipt.conversationId().orElseThrow(), ReplyDraft.text(clientKey, "Svar " + i))
                    .thenAccept(reply -> print("OUT " + clientKey));
        }).whenComplete((done, error) -> {
            if (error != null) {
                print("ERROR " + error);
            }
            inFlight.release();
        });
    }

    private static void print(String line) {
        synchronized (OUT) {
            OUT.println(line);
            OUT.flush();
        }
    }
}
