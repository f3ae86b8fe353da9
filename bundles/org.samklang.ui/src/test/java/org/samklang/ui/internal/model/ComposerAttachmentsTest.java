package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.AttachmentService;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.api.model.ReplyOption;

class ComposerAttachmentsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final ReplyOption MAIL = option("email.support", MediaType.EMAIL, Address.mailto("anna@kund.se"),
            TEN_MB);
    private static final ReplyOption SMS = option("sms.main", MediaType.CHAT, Address.tel("+46701234567"), 0);
    private static final ReplyOption CHAT = option("chat.web", MediaType.CHAT,
            new Address(Address.Scheme.XMPP, "anna@chat.example"), 0);
    private static final AttachmentRef RECEIPT = new AttachmentRef("kvitto.pdf", "application/pdf", 80_000,
            "file:///data/store/attachments/" + "ab".repeat(32));

    private final ComposerAttachments english = new ComposerAttachments(UiMessages.forLocale(Locale.ENGLISH));
    private final ConversationId anna = new ConversationId(1);
    private final ConversationId erik = new ConversationId(2);

    @Test
    void givenAChannelThatCarriesAttachments_thenAttachIsEnabledWithItsKeyInTheTip() {
        ComposerAttachments.Button button = english.button(Optional.of(MAIL), true, anna, false);

        assertTrue(button.enabled());
        assertTrue(button.tip().contains("Ctrl+Shift+O"), button.tip());
        assertEquals("", button.note());
    }

    @Test
    void givenSms_thenAttachIsDisabledAndSaysWhyInTheTipAndInline() {
        ComposerAttachments.Button button = english.button(Optional.of(SMS), true, anna, false);

        assertFalse(button.enabled());
        assertEquals("SMS cannot carry attachments", button.note());
        assertEquals(button.note(), button.tip());
        assertEquals("Chat cannot carry attachments", english.button(Optional.of(CHAT), true, anna, false).note());
    }

    @Test
    void givenNoAttachmentServiceOrASendInFlight_thenAttachIsDisabled() {
        assertFalse(english.button(Optional.of(MAIL), false, anna, false).enabled());
        assertEquals("Files cannot be attached right now",
                english.button(Optional.of(MAIL), false, anna, false).note());
        assertFalse(english.button(Optional.of(MAIL), true, anna, true).enabled());
    }

    @Test
    void givenNoOptionsYet_thenAttachingIsAllowedAndTheEngineJudgesTheReply() {
        assertTrue(english.button(Optional.empty(), true, anna, false).enabled());
        assertEquals(Optional.empty(), english.refusal(List.of(RECEIPT), Optional.empty()));
    }

    @Test
    void givenAFileBeingAttached_thenTheButtonWaitsSendIsBlockedAndOtherConversationsAreUnaffected() {
        english.stagingStarted(anna, "rapport.pdf");

        ComposerAttachments.Button button = english.button(Optional.of(MAIL), true, anna, false);

        assertFalse(button.enabled());
        assertEquals("Attaching rapport.pdf…", button.note());
        assertEquals(Optional.of("Wait until rapport.pdf is attached."), english.sendBlocked(anna));
        assertEquals(Optional.empty(), english.sendBlocked(erik));
        assertTrue(english.button(Optional.of(MAIL), true, erik, false).enabled());

        english.stagingDone(anna);

        assertEquals(Optional.empty(), english.sendBlocked(anna));
        assertTrue(english.button(Optional.of(MAIL), true, anna, false).enabled());
    }

    @Test
    void givenAFileOverTheChannelsLimit_whenPicked_thenRefusedBeforeStagingWithTheLimit() {
        Optional<String> refusal = english.refusalBeforeStaging("film.mp4", TEN_MB + 1, 0, Optional.of(MAIL));

        assertEquals(Optional.of("film.mp4 is 10 MB; Email carries attachments of at most 10 MB."), refusal);
        assertEquals(Optional.empty(), english.refusalBeforeStaging("kvitto.pdf", 80_000, 0, Optional.of(MAIL)));
    }

    @Test
    void givenAFileOverTheDesksCapOrTooManyFiles_whenPicked_thenRefusedBeforeStaging() {
        Optional<String> huge = english.refusalBeforeStaging("backup.zip", AttachmentService.MAX_BYTES + 1, 0,
                Optional.empty());
        Optional<String> many = english.refusalBeforeStaging("en.pdf", 1, ReplyDraft.MAX_ATTACHMENTS,
                Optional.of(MAIL));

        assertEquals(Optional.of("backup.zip is 25 MB; files of at most 25 MB can be attached."), huge);
        assertEquals(Optional.of("A reply carries at most 20 attachments."), many);
        assertEquals(Optional.of("SMS cannot carry attachments"),
                english.refusalBeforeStaging("en.pdf", 1, 0, Optional.of(SMS)));
    }

    @Test
    void givenAttachments_whenTheAgentSwitchesToSms_thenAWarningThatSendRepeats_neverADroppedFile() {
        List<AttachmentRef> two = List.of(RECEIPT, RECEIPT);

        assertEquals(Optional.of("SMS cannot carry attachments: remove the attachment or reply on another channel."),
                english.refusal(List.of(RECEIPT), Optional.of(SMS)));
        assertEquals(Optional.of("SMS cannot carry attachments: remove the 2 attachments or reply on another "
                + "channel."), english.refusal(two, Optional.of(SMS)));
        assertEquals(Optional.empty(), english.refusal(List.of(RECEIPT), Optional.of(MAIL)));
        assertEquals(Optional.empty(), english.refusal(List.of(), Optional.of(SMS)));
    }

    @Test
    void givenAnAttachmentOverTheNewChannelsLimit_thenTheWarningNamesItAndTheLimit() {
        ReplyOption smallMail = option("email.small", MediaType.EMAIL, Address.mailto("anna@kund.se"), 50_000);

        assertEquals(Optional.of("kvitto.pdf is larger than Email carries (49 KB): remove it or reply on another "
                + "channel."), english.refusal(List.of(RECEIPT), Optional.of(smallMail)));
    }

    @Test
    void chipsShowNameAndSize_onOneLine() {
        assertEquals("kvitto.pdf (78 KB)", english.chip(RECEIPT));
        AttachmentRef hostile = new AttachmentRef("rad\nett\u202E.pdf", "application/pdf", 1_500_000, RECEIPT.uri());
        assertEquals("rad ett.pdf (1.4 MB)", english.chip(hostile));
        assertEquals("Remove kvitto.pdf", english.removeTip(RECEIPT));
    }

    @Test
    void sizesReadAsFileManagersShowThem_inEachLanguage() {
        ComposerAttachments swedish = new ComposerAttachments(UiMessages.forLocale(Locale.forLanguageTag("sv")));

        assertEquals("0 B", english.size(0));
        assertEquals("1023 B", english.size(1023));
        assertEquals("2 KB", english.size(2048));
        assertEquals("1.5 MB", english.size(1536L * 1024));
        assertEquals("25 MB", english.size(AttachmentService.MAX_BYTES));
        assertEquals("1,5 MB", swedish.size(1536L * 1024));
        assertEquals("2 kB", swedish.size(2048));
        assertEquals("SMS kan inte skicka bilagor", swedish.button(Optional.of(SMS), true, anna, false).note());
    }

    private static ReplyOption option(String id, MediaType type, Address address, long maxAttachmentBytes) {
        return new ReplyOption(id, type, address, false, 10_000, maxAttachmentBytes > 0, maxAttachmentBytes, true,
                Optional.empty(), Optional.empty(), true);
    }
}
