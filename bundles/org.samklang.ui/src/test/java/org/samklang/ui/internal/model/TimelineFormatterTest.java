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
        assertEquals("(formatted message without a plain-text part)\nAttachments (2): faktura.pdf, (unnamed)",
                entry.body());
    }
}
