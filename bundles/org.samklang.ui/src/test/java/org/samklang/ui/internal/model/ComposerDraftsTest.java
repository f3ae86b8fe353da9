package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.api.model.ReplyDraft;

class ComposerDraftsTest {

    private final AtomicInteger keys = new AtomicInteger();
    private final ComposerDrafts drafts = new ComposerDrafts(() -> "key-" + keys.incrementAndGet());
    private final ConversationId anna = new ConversationId(1);
    private final ConversationId erik = new ConversationId(2);

    @Test
    void switchingConversationsKeepsEachDraft() {
        drafts.update(anna, "Hej Anna");
        drafts.update(erik, "Hej Erik");
        assertEquals("Hej Anna", drafts.textFor(anna));
        assertEquals("Hej Erik", drafts.textFor(erik));
        drafts.update(anna, "");
        assertEquals("", drafts.textFor(anna));
    }

    @Test
    void givenAFailedSend_whenSentAgain_thenTheSameIdempotencyKeyIsUsed() {
        ReplyDraft first = drafts.startSending(anna, "Din order är skickad.").orElseThrow();
        drafts.failed(anna);
        assertEquals("Din order är skickad.", drafts.textFor(anna), "the text stays in the composer");

        ReplyDraft again = drafts.startSending(anna, "Din order är skickad!").orElseThrow();

        assertEquals(first.clientKey(), again.clientKey());
        assertEquals("Din order är skickad!", again.text());
    }

    @Test
    void aSecondSendWhileTheFirstIsInFlightIsRefused() {
        assertTrue(drafts.startSending(anna, "Hej").isPresent());
        assertTrue(drafts.isSending(anna));
        assertEquals(Optional.empty(), drafts.startSending(anna, "Hej"));
        assertFalse(drafts.isSending(erik));
    }

    @Test
    void aBlankReplyIsNeverSent() {
        assertEquals(Optional.empty(), drafts.startSending(anna, " \n\t "));
        assertFalse(drafts.isSending(anna));
    }

    @Test
    void afterASuccessfulSendTheDraftIsGoneAndTheNextReplyGetsANewKey() {
        ReplyDraft first = drafts.startSending(anna, "  Hej  ").orElseThrow();
        assertEquals("Hej", first.text());
        drafts.sent(anna, first.clientKey());
        assertEquals("", drafts.textFor(anna));
        assertFalse(drafts.isSending(anna));

        ReplyDraft next = drafts.startSending(anna, "Något mer?").orElseThrow();

        assertFalse(next.clientKey().equals(first.clientKey()));
    }

    @Test
    void givenADraftSavedBeforeACrash_whenRestored_thenItKeepsItsKeyAndChannelButNeverOverwritesNewText() {
        ConversationId call = new ConversationId(42);
        Draft saved = new Draft(call, "key-from-before", "Vi ringer upp", Optional.of("sms.main"), Instant.EPOCH);

        assertTrue(drafts.restore(saved));
        assertEquals("Vi ringer upp", drafts.textFor(call));
        assertEquals(Optional.of("sms.main"), drafts.channelFor(call));
        assertEquals("key-from-before", drafts.startSending(call, "Vi ringer upp").orElseThrow().clientKey(),
                "a reply stored just before the crash is not sent twice");

        ConversationId other = new ConversationId(43);
        drafts.update(other, "skrivet nu");
        assertFalse(drafts.restore(new Draft(other, "old", "gammalt", Optional.empty(), Instant.EPOCH)));
        assertEquals("skrivet nu", drafts.textFor(other));
        assertEquals(Optional.of("skrivet nu"), drafts.toKeep(other, Instant.EPOCH).map(Draft::text));
    }
}
