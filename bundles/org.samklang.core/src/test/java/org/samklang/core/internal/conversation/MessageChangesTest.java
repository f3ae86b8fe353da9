package org.samklang.core.internal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.store.Database;
import org.samklang.core.spi.ChangeReceipt;
import org.samklang.core.spi.InboundReceipt;
import org.samklang.core.spi.InboundRetraction;
import org.samklang.core.spi.InboundUpdate;
import org.sqlite.SQLiteDataSource;

/**
 * A channel can edit or retract an item it handed in, by the remote id it used: recorded in the journal, idempotent,
 * unknown ids answered and never thrown; the store keeps every earlier text and search follows the newest.
 */
class MessageChangesTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Instant t0 = fixture.clock.instant();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenAnEditedChatLine_whenTheChannelHandsTheEditIn_thenItReadsAsEditedAndTheJournalSaysSo() {
        MessageId line = chat("line-1", "Jag vill avboka ordern");

        ChangeReceipt receipt = update("line-1", "Jag vill ändra ordern", t0.plusSeconds(30));

        assertEquals(ChangeReceipt.applied(line), receipt);
        Message edited = fixture.engine.message(line).orElseThrow();
        assertEquals("Jag vill ändra ordern", edited.text());
        assertEquals(Optional.of(t0.plusSeconds(30)), edited.editedAt());
        JournalEvent.MessageEdited event = assertInstanceOf(JournalEvent.MessageEdited.class, fixture.lastEvent());
        assertEquals(line, event.messageId());
        assertEquals(List.of("Jag vill avboka ordern"), keptTexts(line), "the earlier text is kept for the record");
    }

    @Test
    void givenTheSameEditTwiceOrAnOlderOne_whenHandedIn_thenNothingChangesAgain() {
        MessageId line = chat("line-1", "Hej");
        update("line-1", "Hej då", t0.plusSeconds(30));
        long sequence = fixture.engine.lastSequence();

        assertEquals(ChangeReceipt.Status.UNCHANGED, update("line-1", "Hej då", t0.plusSeconds(30)).status());
        assertEquals(ChangeReceipt.Status.UNCHANGED, update("line-1", "Hej igen", t0.plusSeconds(10)).status());

        assertEquals("Hej då", fixture.engine.message(line).orElseThrow().text());
        assertEquals(sequence, fixture.engine.lastSequence(), "no journal event for a change that changed nothing");
    }

    @Test
    void givenADeletedPost_whenTheChannelRetractsIt_thenItIsMarkedWithItsTextKeptAndLaterChangesDoNothing() {
        MessageId post = chat("post-7", "Ert företag är värdelöst");

        ChangeReceipt receipt = retract("post-7", t0.plusSeconds(60));

        assertEquals(ChangeReceipt.applied(post), receipt);
        Message retracted = fixture.engine.message(post).orElseThrow();
        assertEquals(Optional.of(t0.plusSeconds(60)), retracted.retractedAt());
        assertEquals("Ert företag är värdelöst", retracted.text(), "kept for the record");
        assertInstanceOf(JournalEvent.MessageRetracted.class, fixture.lastEvent());
        assertEquals(ChangeReceipt.Status.UNCHANGED, retract("post-7", t0.plusSeconds(61)).status());
        assertEquals(ChangeReceipt.Status.UNCHANGED, update("post-7", "Ursäkta", t0.plusSeconds(90)).status());
    }

    @Test
    void givenRemoteIdsTheCoreDoesNotHave_whenChangesArrive_thenTheyAreAnsweredUnknownNotThrown() {
        MessageId line = chat("line-1", "Hej");
        ConversationId conversation = fixture.engine.message(line).orElseThrow().conversationId();
        fixture.engine.connectors().add(new FakeConnector(Inbound.CHAT, MediaType.CHAT));
        Message reply = fixture.engine.sendReply(conversation, ReplyDraft.text("r1", "Svar")).join();
        fixture.engine.outbox().runDue(t0);
        String ourRemoteId = fixture.engine.message(reply.id()).orElseThrow().remoteId().orElseThrow();

        assertEquals(ChangeReceipt.Status.UNKNOWN_ITEM, update("no-such-line", "x", t0).status());
        assertEquals(ChangeReceipt.Status.UNKNOWN_ITEM, retract("no-such-line", t0).status());
        assertEquals(ChangeReceipt.Status.UNKNOWN_ITEM, fixture.engine.inbound().update(InboundUpdate.text("sms.other",
                "line-1", "x", t0)).join().status(), "the remote id of another channel");
        assertEquals(ChangeReceipt.Status.UNKNOWN_ITEM, update(ourRemoteId, "x", t0).status(),
                "our own reply is not the channel's to change");
        assertEquals(ChangeReceipt.Status.UNKNOWN_ITEM, fixture.engine.inbound().update(null).join().status());
    }

    @Test
    void givenEditedLines_whenSearching_thenTheNewestTextIsFoundAndTheReplacedOneIsNot() {
        MessageId line = chat("line-1", "kartong blixtlås");
        chat("line-2", "inget annat");

        update("line-1", "paraply blixtlås", t0.plusSeconds(10));
        update("line-1", "cykelhjälm blixtlås", t0.plusSeconds(20));

        awaitSearch("cykelhjälm", Set.of(line));
        assertEquals(Set.of(), search("kartong"));
        assertEquals(Set.of(), search("paraply"));
        assertEquals(Set.of(line), search("blixtlås"));
    }

    @Test
    void givenALineEditedBeforeTheIndexReachedIt_whenSearching_thenTheNewestTextIsFound() {
        MessageId line = chat("line-1", "vantar");
        update("line-1", "mössa", t0.plusSeconds(5));

        awaitSearch("mössa", Set.of(line));
        assertEquals(Set.of(), search("vantar"));
    }

    @Test
    void givenAnEditedAndARetractedMessage_whenTheDeskRestarts_thenBothReadTheSame() {
        MessageId edited = chat("line-1", "Hej");
        MessageId deleted = chat("line-2", "Fel chatt");
        update("line-1", "Hej hej", t0.plusSeconds(5));
        retract("line-2", t0.plusSeconds(6));

        fixture.restart();

        assertEquals(Optional.of(t0.plusSeconds(5)), fixture.engine.message(edited).orElseThrow().editedAt());
        assertEquals(Optional.of(t0.plusSeconds(6)), fixture.engine.message(deleted).orElseThrow().retractedAt());
        assertEquals(ChangeReceipt.Status.UNCHANGED, retract("line-2", t0.plusSeconds(7)).status());
    }

    @Test
    void givenAnEditLongerThanTheCap_whenHandedIn_thenItIsCutAndFlaggedLikeAnyInboundText() {
        MessageId line = chat("line-1", "kort");

        update("line-1", "x".repeat(InboundPreparer.MAX_TEXT + 10), t0.plusSeconds(5));

        Message edited = fixture.engine.message(line).orElseThrow();
        assertEquals(InboundPreparer.MAX_TEXT, edited.text().length());
        assertTrue(edited.truncated());
    }

    private MessageId chat(String lineId, String text) {
        InboundReceipt receipt = fixture.ingest(Inbound.chat(lineId, "+46701234567", text, t0));
        return receipt.messageId().orElseThrow();
    }

    private ChangeReceipt update(String remoteId, String text, Instant at) {
        return EngineFixture
                .await(fixture.engine.inbound().update(InboundUpdate.text(Inbound.CHAT, remoteId, text, at)));
    }

    private ChangeReceipt retract(String remoteId, Instant at) {
        return EngineFixture.await(fixture.engine.inbound().retract(new InboundRetraction(Inbound.CHAT, remoteId, at)));
    }

    private Set<MessageId> search(String words) {
        return fixture.engine.search(words, PageRequest.first(20)).items().stream().map(Message::id)
                .collect(Collectors.toSet());
    }

    /** Edits reach the index behind the writer; waits for them with a deadline. */
    private void awaitSearch(String words, Set<MessageId> expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!search(words).equals(expected) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        assertEquals(expected, search(words));
    }

    private List<String> keptTexts(MessageId id) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + fixture.directory.resolve(Database.FILE_NAME));
        try (Connection store = source.getConnection();
                PreparedStatement query = store.prepareStatement("SELECT previous_body FROM message_revision"
                        + " WHERE message_id = ? ORDER BY id")) {
            query.setLong(1, id.value());
            List<String> texts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
