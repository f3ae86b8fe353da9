package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samklang.core.api.model.ChannelLimitProblem;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.DeliveryState;
import org.samklang.core.api.model.Direction;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.RichBody;

class TimelineFormatterTest {

    private final TimelineFormatter formatter = new TimelineFormatter(UiMessages.forLocale(Locale.ENGLISH),
            new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.ENGLISH)));
    private final ConversationId selected = new ConversationId(1);

    @Test
    void anInboundMessageSaysChannelTimeAndSender() {
        Message message = TestData.inbound(1, 1, 1, MediaType.EMAIL, "Var är min order?", "Hej!\nOrder 10452",
                TestData.NOW.minusSeconds(600));
        TimelineEntry entry = formatter.entry(message, selected);
        assertEquals("\u2709 08:50 · Email · From the customer", entry.heading());
        assertEquals("Var är min order?", entry.subject());
        assertEquals("Hej!\nOrder 10452", entry.body());
        assertFalse(entry.outbound());
        assertFalse(entry.otherConversation());
    }

    @Test
    void aFailedReplyIsMarkedAndSaysItsDeliveryState() {
        Message reply = TestData.outbound(2, 1, 1, MediaType.CHAT, "Den är skickad.", DeliveryState.FAILED,
                TestData.NOW);
        TimelineEntry entry = formatter.entry(reply, selected);
        assertEquals("\uD83D\uDCAC 09:00 · Chat · Reply · Not delivered", entry.heading());
        assertTrue(entry.outbound());
        assertTrue(entry.deliveryProblem());
    }

    @Test
    void aReplyTheCoreRefusedSaysWhyInTheUsersLanguage() {
        String stored = ChannelLimitProblem.textTooLong("chat.web", 1200, 918).toStored();
        Message reply = TestData.failed(2, MediaType.CHAT, "x", stored, TestData.NOW);

        assertEquals("Not sent: The reply has 1,200 characters; chat.web allows at most 918. Shorten it or reply on"
                + " another channel.", formatter.entry(reply, selected).note());
        TimelineFormatter swedish = new TimelineFormatter(UiMessages.forLocale(Locale.of("sv")),
                new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.of("sv"))));
        assertEquals("Inte skickat: Svaret har 1\u00A0200 tecken; chat.web tillåter högst 918. Korta det eller svara i"
                + " en annan kanal.", swedish.entry(reply, selected).note());
    }

    @Test
    void aReplyThatFailedBeforeReasonsWereCodedStillShowsItsStoredReason() {
        Message reply = TestData.failed(2, MediaType.CHAT, "x",
                "not sent: the reply has 1200 characters; chat.web allows at most 918", TestData.NOW);

        assertEquals("Not sent: not sent: the reply has 1200 characters; chat.web allows at most 918",
                formatter.entry(reply, selected).note());
    }

    @Test
    void anUncertainReplyIsMarkedAndSaysWhatToDo() {
        Message reply = TestData.outbound(2, 1, 1, MediaType.EMAIL, "Den är skickad.", DeliveryState.UNCERTAIN,
                TestData.NOW);
        TimelineEntry entry = formatter.entry(reply, selected);
        assertEquals("\u2709 09:00 · Email · Reply · Delivery uncertain", entry.heading());
        assertTrue(entry.deliveryProblem());
        assertTrue(entry.note().contains("cannot tell whether this reached the customer"), entry.note());
        assertTrue(entry.note().contains("mailbox's Sent folder"), entry.note());
        assertTrue(entry.note().contains("send it again only if it did not arrive"), entry.note());
    }

    @Test
    void anUncertainReplyInSwedishSaysWhatToDoInSwedish() {
        TimelineFormatter swedish = new TimelineFormatter(UiMessages.forLocale(Locale.of("sv")),
                new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.of("sv"))));
        TimelineEntry entry = swedish.entry(TestData.outbound(2, 1, 1, MediaType.EMAIL, "Svar",
                DeliveryState.UNCERTAIN, TestData.NOW), selected);
        assertTrue(entry.heading().endsWith("Leverans osäker"), entry.heading());
        assertTrue(entry.note().contains("mapp Skickat"), entry.note());
    }

    @Test
    void anEditedChatLineShowsItsNewTextAndSaysWhenItWasEdited() {
        Message line = TestData.inbound(5, 1, 1, MediaType.CHAT, "", "Jag vill avboka", TestData.NOW.minusSeconds(120));
        assertEquals("Jag vill avboka", formatter.entry(line, selected).body());

        TimelineEntry entry = formatter.entry(TestData.changed(line, "Jag vill ändra",
                Optional.of(TestData.NOW.minusSeconds(60)), Optional.empty()), selected);

        assertEquals("Jag vill ändra", entry.body(), "not the cached text of before the edit");
        assertEquals("\uD83D\uDCAC 08:58 · Chat · From the customer · edited 08:59", entry.heading());
        assertFalse(entry.withdrawn());
    }

    @Test
    void aDeletedPostKeepsItsTextForTheRecordMarkedAsWithdrawnWithAWord() {
        Message post = TestData.inbound(6, 1, 1, MediaType.SOCIAL, "", "Ni är värdelösa", TestData.NOW
                .minusSeconds(600));

        TimelineEntry entry = formatter.entry(TestData.changed(post, post.text(), Optional.empty(),
                Optional.of(TestData.NOW.minusSeconds(300))), selected);

        assertEquals("Ni är värdelösa", entry.body());
        assertTrue(entry.withdrawn());
        assertTrue(entry.heading().endsWith("From the customer · deleted by the customer 08:55"), entry.heading());
        assertEquals("The customer deleted this message at 08:55. Its text is kept here for the record; it is no"
                + " longer part of what they say.", entry.note());
    }

    @Test
    void inSwedishAnEditAndADeletionAreSaidInSwedish() {
        TimelineFormatter swedish = new TimelineFormatter(UiMessages.forLocale(Locale.of("sv")),
                new TimeTexts(Clock.fixed(TestData.NOW, ZoneOffset.UTC), UiMessages.forLocale(Locale.of("sv"))));
        Message line = TestData.inbound(7, 1, 1, MediaType.CHAT, "", "Hej", TestData.NOW.minusSeconds(120));

        TimelineEntry edited = swedish.entry(TestData.changed(line, "Hej hej", Optional.of(TestData.NOW),
                Optional.empty()), selected);
        TimelineEntry deleted = swedish.entry(TestData.changed(line, "Hej", Optional.empty(),
                Optional.of(TestData.NOW)), selected);

        assertTrue(edited.heading().endsWith("Från kunden · ändrat 09:00"), edited.heading());
        assertTrue(deleted.heading().endsWith("Från kunden · raderat av kunden 09:00"), deleted.heading());
        assertTrue(deleted.note().startsWith("Kunden raderade meddelandet 09:00."), deleted.note());
    }

    @Test
    void messagesOfOtherConversationsAreFlagged() {
        Message other = TestData.inbound(3, 9, 1, MediaType.VOICE, "", "", TestData.NOW);
        TimelineEntry entry = formatter.entry(other, selected);
        assertTrue(entry.otherConversation());
        assertEquals("(no text)", entry.body());
    }

    @Test
    void hostileTextIsCleanedAndAHugeTextIsCut() {
        String huge = "line\u202E\u0000\n".repeat(10_000);
        TimelineEntry entry = formatter.entry(TestData.inbound(4, 1, 1, MediaType.EMAIL, "s\u200B", huge,
                TestData.NOW), selected);
        assertFalse(entry.body().contains("\u202E"));
        assertTrue(entry.body().endsWith(DisplayText.ELLIPSIS));
        assertTrue(entry.body().length() <= TimelineFormatter.MAX_BODY_CHARS);
        assertEquals("s", entry.subject());
    }

    @Test
    void anHtmlOnlyMessageIsNeverRendered() {
        Message html = new Message(new MessageId(5), selected, new CustomerId(1), Direction.INBOUND,
                "email.support", MediaType.EMAIL, Optional.empty(), Optional.of(Address.mailto("a@b.se")),
                List.of(), "", "",
                Optional.of(new RichBody("text/html", "<script>alert(1)</script>")), List.of(
                        new AttachmentRef("faktura.pdf", "application/pdf", 10, "imap://x/1"),
                        new AttachmentRef("", "image/png", 10, "imap://x/2")),
                Map.of(), TestData.NOW, TestData.NOW, DeliveryState.RECEIVED, false);
        TimelineEntry entry = formatter.entry(html, selected);
        assertFalse(entry.body().contains("<script>"));
        assertFalse(entry.body().contains("alert"));
        assertEquals("(formatted message without a plain-text part)\nAttachments (2): faktura.pdf, (unnamed)",
                entry.body());
    }

    @Test
    void givenAnHtmlEmailWithAQuote_whenFormatted_thenItIsSanitisedTextAndTheQuoteIsFolded() {
        String html = "<p>Tack, <b>det</b> fungerar!</p><p onclick=\"x()\">Se <a href=\"javascript:evil()\">här</a>"
                + "</p><div>Den 12 nov. 2025 skrev Anna:</div><blockquote>Var är min order?</blockquote>";
        TimelineEntry entry = formatter.entry(email(6, "Tack!", html, false), selected);

        assertEquals("Tack, det fungerar!\n\nSe här", entry.body());
        assertEquals("Den 12 nov. 2025 skrev Anna:\n\n> Var är min order?", entry.quoted());
        assertEquals(3, entry.quotedLines());
        assertEquals("From anna@example.se to support@firma.se", entry.headerLine());
        assertTrue(entry.headerDetails().startsWith("From: anna@example.se\nTo: support@firma.se\nSubject: Re: "),
                entry.headerDetails());
        assertEquals(TimelineEntry.Side.FULL, entry.side());
    }

    @Test
    void givenA1MiBBody_whenFormatted_thenItIsCutWithAVisibleNote() {
        String huge = "Rad med text som upprepas. ".repeat(40_000);
        TimelineEntry plain = formatter.entry(TestData.inbound(7, 1, 1, MediaType.EMAIL, "s", huge, TestData.NOW),
                selected);
        TimelineEntry html = formatter.entry(email(8, "", "<p>" + "x".repeat(1 << 20) + "</p>", true), selected);

        assertTrue(plain.body().length() <= TimelineFormatter.MAX_BODY_CHARS);
        assertTrue(plain.note().startsWith("Shortened: showing "), plain.note());
        assertEquals("This message was too long and was cut when it arrived.", html.note());
    }

    @Test
    void givenChatLines_whenFormatted_thenTheCustomersSitLeftAndOursRight() {
        TimelineEntry customer = formatter.entry(TestData.inbound(9, 1, 1, MediaType.CHAT, "", "Hej", TestData.NOW),
                selected);
        TimelineEntry agent = formatter.entry(TestData.outbound(10, 1, 1, MediaType.CHAT, "Hej!", DeliveryState.SENT,
                TestData.NOW), selected);

        assertEquals(TimelineEntry.Side.CUSTOMER, customer.side());
        assertEquals(TimelineEntry.Side.AGENT, agent.side());
        assertEquals("", customer.headerLine());
    }

    @Test
    void givenCallEvents_whenFormatted_thenDurationAndRecordingAreShown() {
        Message ended = new Message(new MessageId(11), selected, new CustomerId(1), Direction.INBOUND, "phone.pbx",
                MediaType.VOICE, Optional.of("c1/ended"), Optional.of(Address.tel("+46701234567")), List.of(), "",
                "", Optional.empty(), List.of(), Map.of("call.event", "ended", "call.talkSeconds", "252",
                        "call.recording", "rec-42\u202E"),
                TestData.NOW, TestData.NOW, DeliveryState.RECEIVED, false);

        assertEquals("Call ended · talked 4:12\nRecording: rec-42", formatter.entry(ended, selected).body());
    }

    private Message email(long id, String text, String html, boolean truncated) {
        return new Message(new MessageId(id), selected, new CustomerId(1), Direction.INBOUND, "email.support",
                MediaType.EMAIL, Optional.empty(), Optional.of(Address.mailto("anna@example.se")),
                List.of(Address.mailto("support@firma.se")), "Re: Order", text,
                Optional.of(new RichBody("text/html; charset=utf-8", html)), List.of(), Map.of(), TestData.NOW,
                TestData.NOW, DeliveryState.RECEIVED, truncated);
    }
}
