package org.samklang.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.JournalEvent.DeliveryStateChanged;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.conversation.EngineFixture;
import org.samklang.core.internal.conversation.FakeConnector;
import org.samklang.core.internal.conversation.Inbound;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

class OutboxSenderTest {

    /** 2 s doubling to 60 s, no jitter, 4 attempts: exact times without randomness in the assertions. */
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(60),
            0.0, 4, Duration.ofMinutes(5));

    private final EngineFixture fixture = new EngineFixture(config -> config.withRetryPolicy(POLICY));
    private final FakeConnector mail = new FakeConnector(Inbound.MAIL, MediaType.EMAIL);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenARetryableFailure_whenTheBackoffHasNotPassed_thenNothingIsSentAndAfterItTheSameKeyIsSentAgain() {
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(SendResult.retry("421 try later"));
        Message reply = reply("draft-1");
        Instant start = fixture.clock.instant();

        assertEquals(1, runDueAt(start));
        assertEquals(DeliveryState.QUEUED, state(reply.id()));
        assertEquals(0, runDueAt(start.plusMillis(1999)));
        assertEquals(1, runDueAt(start.plusSeconds(2)));

        List<OutboundMessage> attempts = mail.attempts();
        assertEquals(List.of(new SendAttempt(1, false), new SendAttempt(2, false)), mail.sendAttempts(),
                "a reported failure is a known outcome");
        assertEquals(attempts.get(0).idempotencyKey(), attempts.get(1).idempotencyKey());
        assertEquals(DeliveryState.SENT, state(reply.id()));
        assertTrue(details().stream().anyMatch(detail -> detail.contains("attempt 1 failed: 421 try later")));
    }

    @Test
    void givenAFailureEveryTime_whenTheAttemptsAreUsedUp_thenTheReplyIsFailedWithTheLastReason() {
        fixture.engine.connectors().add(mail);
        for (int i = 0; i < 4; i++) {
            mail.thenAnswer(SendResult.retry("connection refused"));
        }
        Message reply = reply("draft-1");
        Instant at = fixture.clock.instant();

        for (int delay : new int[]{0, 2, 4, 8}) {
            at = at.plusSeconds(delay);
            assertEquals(1, runDueAt(at));
        }

        assertEquals(DeliveryState.FAILED, state(reply.id()));
        assertTrue(details().get(details().size() - 1).contains("gave up after 4 attempts: connection refused"));
        assertEquals(0, runDueAt(at.plus(Duration.ofDays(1))));
    }

    @Test
    void givenAPermanentFailure_whenSent_thenTheReplyFailsAtOnceWithoutRetry() {
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(SendResult.failed("550 no such user"));
        Message reply = reply("draft-1");

        runDueAt(fixture.clock.instant());

        assertEquals(DeliveryState.FAILED, state(reply.id()));
        assertEquals(0, runDueAt(fixture.clock.instant().plus(Duration.ofDays(1))));
        assertEquals(1, mail.attempts().size());
    }

    @Test
    void givenAConnectorThatThrowsOrReturnsNothing_whenSending_thenItIsRetriedAsUnknownAndTheOutboxGoesOn() {
        fixture.engine.connectors().add(mail);
        mail.thenDo(message -> {
            throw new IllegalStateException("plugin bug");
        }).thenDo(message -> null);
        Message reply = reply("draft-1");
        Instant start = fixture.clock.instant();

        runDueAt(start);
        runDueAt(start.plusSeconds(2));
        runDueAt(start.plusSeconds(6));

        assertEquals(List.of(new SendAttempt(1, false), new SendAttempt(2, true), new SendAttempt(3, true)),
                mail.sendAttempts());
        assertEquals(DeliveryState.SENT, state(reply.id()));
    }

    @Test
    void givenTheRemoteAsksToWaitLonger_whenRetrying_thenItsHintIsHonoured() {
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(new SendResult.RetryableFailure("rate limited", Optional.of(Duration.ofSeconds(30))));
        reply("draft-1");
        Instant start = fixture.clock.instant();

        runDueAt(start);

        assertEquals(0, runDueAt(start.plusSeconds(29)));
        assertEquals(1, runDueAt(start.plusSeconds(30)));
    }

    @Test
    void givenNoConnectorYet_whenTheChannelPluginArrives_thenTheWaitingReplyIsSent() {
        Message reply = reply("draft-1");

        assertEquals(0, runDueAt(fixture.clock.instant()));
        assertEquals(DeliveryState.QUEUED, state(reply.id()));

        fixture.engine.connectors().add(mail);
        assertEquals(1, runDueAt(fixture.clock.instant()));
        assertEquals(DeliveryState.SENT, state(reply.id()));
    }

    @Test
    void givenAnOfflineConnector_whenRepliesAreDue_thenNoAttemptIsSpentUntilItIsBackOnline() {
        fixture.engine.connectors().add(mail);
        mail.setHealth(new ConnectorHealth(ConnectorHealth.Status.OFFLINE, "IMAP login failed", Instant.EPOCH));
        Message reply = reply("draft-1");

        assertEquals(0, runDueAt(fixture.clock.instant().plusSeconds(60)));
        mail.setHealth(ConnectorHealth.online(Instant.EPOCH));
        assertEquals(1, runDueAt(fixture.clock.instant().plusSeconds(60)));

        assertEquals(SendAttempt.first(), mail.sendAttempts().get(0));
        assertEquals(DeliveryState.SENT, state(reply.id()));
    }

    @Test
    void givenTheEngineStoppedAfterHandingAReplyOver_whenItStartsAgain_thenTheReplyIsResentWithTheSameKey() {
        fixture.engine.connectors().add(mail);
        // The connector delivers, then the engine goes away before it can record "sent": as in a crash.
        mail.thenDo(message -> {
            fixture.engine.close();
            return SendResult.sent("remote-1");
        });
        Message reply = reply("draft-1");
        runDueAt(fixture.clock.instant());

        fixture.engine = fixture.open();
        assertEquals(DeliveryState.SENDING, state(reply.id()));
        fixture.engine.connectors().add(mail);
        assertEquals(1, runDueAt(fixture.clock.instant()));

        List<OutboundMessage> attempts = mail.attempts();
        assertEquals(2, attempts.size());
        assertEquals(attempts.get(0).idempotencyKey(), attempts.get(1).idempotencyKey());
        assertEquals(new SendAttempt(2, true), mail.sendAttempts().get(1),
                "the channel is told the first attempt's outcome is unknown");
        assertEquals(DeliveryState.SENT, state(reply.id()));
    }

    private Message reply(String key) {
        ConversationId conversation = fixture.ingest(Inbound.email("<q-" + key + "@kund.se>", "anna@kund.se",
                "Fråga", fixture.clock.instant(), null)).conversationId().orElseThrow();
        return fixture.engine.sendReply(conversation, ReplyDraft.text(key, "Svar")).join();
    }

    private int runDueAt(Instant now) {
        return fixture.engine.outbox().runDue(now);
    }

    private DeliveryState state(MessageId id) {
        return fixture.engine.message(id).orElseThrow().deliveryState();
    }

    private List<String> details() {
        return fixture.journalAfter(0).stream().filter(DeliveryStateChanged.class::isInstance)
                .map(event -> ((DeliveryStateChanged) event).detail()).toList();
    }
}
