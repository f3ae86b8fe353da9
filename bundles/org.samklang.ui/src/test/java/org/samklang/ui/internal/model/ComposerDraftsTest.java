package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.AttachmentRef;
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

    private static final AttachmentRef RECEIPT = new AttachmentRef("kvitto.pdf", "application/pdf", 80_000,
            "file:///data/store/attachments/" + "ab".repeat(32));

    @Test
    void givenAnAttachmentAndNoText_whenTheTextIsCleared_thenTheDraftStaysAndIsKeptWithTheAttachment() {
        assertTrue(drafts.attach(anna, RECEIPT));
        assertFalse(drafts.attach(anna, RECEIPT), "the same file twice is kept once");
        drafts.update(anna, "Hej");
        drafts.update(anna, "");

        Draft kept = drafts.toKeep(anna, Instant.EPOCH).orElseThrow();

        assertEquals("", kept.text());
        assertEquals(List.of(RECEIPT), kept.attachments());
        assertTrue(drafts.detach(anna, RECEIPT));
        assertEquals(Optional.empty(), drafts.toKeep(anna, Instant.EPOCH), "nothing left to keep");
    }

    @Test
    void givenAttachments_whenSent_thenTheReplyCarriesThemAndWhileInFlightTheyCannotChange() {
        drafts.attach(anna, RECEIPT);

        ReplyDraft reply = drafts.startSending(anna, "Se bilagan.").orElseThrow();

        assertEquals(List.of(RECEIPT), reply.attachments());
        AttachmentRef late = new AttachmentRef("sen.pdf", "application/pdf", 1, RECEIPT.uri());
        assertFalse(drafts.attach(anna, late), "what is sent is what was shown");
        assertFalse(drafts.detach(anna, RECEIPT));
        drafts.sent(anna, reply.clientKey());
        assertEquals(List.of(), drafts.attachmentsFor(anna));
    }

    @Test
    void givenADraftOfAttachmentsOnlySavedBeforeACrash_whenRestored_thenTheAttachmentsComeBack() {
        Draft saved = new Draft(erik, "key-old", "", Optional.empty(), Instant.EPOCH, List.of(RECEIPT));

        assertTrue(drafts.restore(saved));

        assertEquals(List.of(RECEIPT), drafts.attachmentsFor(erik));
        assertEquals("key-old", drafts.toKeep(erik, Instant.EPOCH).orElseThrow().clientKey());
    }
}
