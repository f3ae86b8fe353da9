package org.samklang.core.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
import org.samklang.core.internal.store.Database;
import org.samklang.core.spi.DeliveryReceipt;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;
import org.sqlite.SQLiteDataSource;

/**
 * The sent-key ledger: every attempt is recorded before the channel is called and completed after it, a cut-off
 * attempt makes every later one say "outcome unknown", and an outcome the core knows is final.
 */
class SentKeyLedgerTest {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofSeconds(60),
            0.0, 3, Duration.ofMinutes(5));

    private final EngineFixture fixture = new EngineFixture(config -> config.withRetryPolicy(POLICY));
    private final FakeConnector mail = new FakeConnector(Inbound.MAIL, MediaType.EMAIL);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAnAttemptCutOffByAStop_whenTheDeskStartsAgain_thenTheLedgerCallsItUnknownAndTheNextAttemptSaysSo() {
        Message reply = replyCutOffByAStop();

        assertEquals(List.of("UNKNOWN"), fixture.engine.outbox().attemptOutcomes(reply.id()),
                "the start found it still in flight");
        fixture.engine.connectors().add(mail);
        runDueAt(fixture.clock.instant());

        assertEquals(new SendAttempt(2, true), mail.sendAttempts().get(1));
        assertEquals(List.of("UNKNOWN", "SENT"), fixture.engine.outbox().attemptOutcomes(reply.id()));
        assertEquals(DeliveryState.SENT, state(reply.id()));
    }

    @Test
    void givenAnUnknownOutcome_whenALaterAttemptFailsRetryably_thenTheAttemptAfterItStillSaysUnknown() {
        Message reply = replyCutOffByAStop();
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(SendResult.retry("IMAP unreachable, cannot look in the Sent folder"));
        Instant now = fixture.clock.instant();

        runDueAt(now);
        runDueAt(now.plusSeconds(4)); // the backoff after a second attempt

        assertEquals(List.of(new SendAttempt(1, false), new SendAttempt(2, true), new SendAttempt(3, true)),
                mail.sendAttempts());
        assertEquals(List.of("UNKNOWN", "RETRY", "SENT"), fixture.engine.outbox().attemptOutcomes(reply.id()));
    }

    @Test
    void givenTheChannelCannotTell_whenItReportsUncertain_thenTheReplyIsUncertainAndNeverHandedOverAgain() {
        Message reply = replyCutOffByAStop();
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(SendResult.uncertain("SMTP does not dedupe and the Sent folder cannot be read"));

        runDueAt(fixture.clock.instant());

        assertEquals(DeliveryState.UNCERTAIN, state(reply.id()));
        assertEquals(0, runDueAt(fixture.clock.instant().plus(Duration.ofDays(1))));
        assertEquals(2, mail.attempts().size());
        assertEquals(List.of("UNKNOWN", "UNCERTAIN"), fixture.engine.outbox().attemptOutcomes(reply.id()));
        assertTrue(details().contains("SMTP does not dedupe and the Sent folder cannot be read"));
    }

    @Test
    void givenAnUncertainReply_whenTheChannelLaterFindsItDelivered_thenTheReceiptSettlesIt() {
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(SendResult.uncertain("timed out after DATA"));
        Message reply = reply("draft-1");
        runDueAt(fixture.clock.instant());
        String key = mail.attempts().get(0).idempotencyKey();

        DeliveryReceipt.Outcome outcome = fixture.engine.inbound().acceptReceipt(new DeliveryReceipt(Inbound.MAIL, key,
                DeliveryState.DELIVERED, "found in the Sent folder", fixture.clock.instant())).join();

        assertEquals(DeliveryReceipt.Outcome.APPLIED, outcome);
        assertEquals(DeliveryState.DELIVERED, state(reply.id()));
    }

    @Test
    void givenAttemptsUsedUpAfterOneWasCutOff_whenTheLastFails_thenTheReplyIsUncertainNotUndelivered() {
        Message reply = replyCutOffByAStop();
        fixture.engine.connectors().add(mail);
        mail.thenAnswer(SendResult.retry("421 busy")).thenAnswer(SendResult.retry("421 busy"));
        Instant now = fixture.clock.instant();

        runDueAt(now);
        runDueAt(now.plusSeconds(4)); // the backoff after a second attempt

        assertEquals(DeliveryState.UNCERTAIN, state(reply.id()),
                "the first attempt may have arrived, so it is not reported as not delivered");
    }

    @Test
    void givenAReplyTheLedgerKnowsWasSent_whenItIsDueAgainByAnyMeans_thenItIsNotHandedToTheChannelAgain()
            throws SQLException {
        fixture.engine.connectors().add(mail);
        Message reply = reply("draft-1");
        runDueAt(fixture.clock.instant());
        assertEquals(1, mail.attempts().size());

        try (Connection store = open();
                Statement statement = store.createStatement()) {
            statement.executeUpdate("UPDATE message SET delivery_state = 'QUEUED' WHERE id = " + reply.id().value());
            statement.executeUpdate("UPDATE outbox SET next_attempt_at = 0 WHERE message_id = " + reply.id().value());
        }
        fixture.restart().connectors().add(mail);
        runDueAt(fixture.clock.instant());

        assertEquals(1, mail.attempts().size());
        assertEquals(DeliveryState.SENT, state(reply.id()));
    }

    /** A reply whose first attempt reached the channel, after which the engine stopped before recording it. */
    private Message replyCutOffByAStop() {
        fixture.engine.connectors().add(mail);
        mail.thenDo(message -> {
            fixture.engine.close();
            return SendResult.sent("remote-1");
        });
        Message reply = reply("draft-1");
        runDueAt(fixture.clock.instant());
        fixture.engine = fixture.open();
        return reply;
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

    private Connection open() throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + fixture.directory.resolve(Database.FILE_NAME));
        return source.getConnection();
    }
}
