package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.MediaType;

class InboxRowFormatterTest {

    private final InboxRowFormatter rows = new InboxRowFormatter(UiMessages.forLocale(Locale.ENGLISH),
            Clock.fixed(TestData.NOW, ZoneOffset.UTC));

    @Test
    void aRowShowsGlyphCustomerSubjectWaitingAndState() {
        var conversation = TestData.conversation(1, 1, MediaType.EMAIL, ConversationState.ON_HOLD,
                "Var är min order?", Optional.empty(), TestData.NOW.minusSeconds(4 * 60 + 10));
        assertArrayEquals(new String[]{"\u2709", "Anna Lindqvist", "Var är min order?", "4 min", "On hold"},
                rows.cells(new InboxEntry(conversation, "Anna Lindqvist")));
    }

    @Test
    void aConversationWithoutSubjectSaysWhatItIs() {
        var chat = TestData.conversation(1, 1, MediaType.CHAT, ConversationState.ACTIVE, "", Optional.empty(),
                TestData.NOW.minusSeconds(7_300));
        String[] cells = rows.cells(new InboxEntry(chat, "Mia"));
        assertEquals("Chat · 2 messages", cells[InboxRowFormatter.Column.SUBJECT.ordinal()]);
        assertEquals("2 h", cells[InboxRowFormatter.Column.WAITING.ordinal()]);
        assertEquals("\uD83D\uDCAC", cells[InboxRowFormatter.Column.CHANNEL.ordinal()]);
    }

    @Test
    void anUnansweredConversationWaitsSinceItOpenedAndItsColourSaysTheSame() {
        SlaClock sla = new SlaClock();
        sla.update(List.of(QueueTextsTest.figures(MediaType.VOICE, Duration.ofSeconds(20)),
                QueueTextsTest.figures(MediaType.CHAT, Duration.ofSeconds(60))));
        InboxRowFormatter coloured = new InboxRowFormatter(UiMessages.forLocale(Locale.ENGLISH),
                Clock.fixed(TestData.NOW, ZoneOffset.UTC), sla);
        Instant now = TestData.NOW;
        var ringing = new Conversation(new ConversationId(1), new CustomerId(1), "phone.pbx", MediaType.VOICE,
                ConversationState.NEW, "", Optional.empty(), now.minusSeconds(1), now.minusSeconds(1), 1);
        var chatty = new Conversation(new ConversationId(2), new CustomerId(2), "chat.web", MediaType.CHAT,
                ConversationState.QUEUED, "", Optional.empty(), now.minusSeconds(5 * 60), now.minusSeconds(1), 6);

        assertEquals("1 s", waiting(coloured, ringing));
        assertEquals(Tone.GOOD, coloured.waitingTone(new InboxEntry(ringing, "Caller")), "a 1-second-old call");
        assertEquals("5 min", waiting(coloured, chatty), "the customer has waited since the first line");
        assertEquals(Tone.ERROR, coloured.waitingTone(new InboxEntry(chatty, "Visitor")));
    }

    private static String waiting(InboxRowFormatter formatter, Conversation conversation) {
        return formatter.cells(new InboxEntry(conversation, "x"))[InboxRowFormatter.Column.WAITING.ordinal()];
    }

    @Test
    void headersAndPlaceholdersHaveOneCellPerColumn() {
        assertEquals(InboxRowFormatter.Column.values().length, rows.headers().length);
        assertEquals("Customer", rows.headers()[InboxRowFormatter.Column.CUSTOMER.ordinal()]);
        assertEquals("Loading…", rows.placeholder()[InboxRowFormatter.Column.CUSTOMER.ordinal()]);
    }

    @Test
    void theChannelDescriptionNamesMediaAndChannel() {
        assertEquals("Phone (phone.pbx)", rows.channelDescription(TestData.conversation(1, 1, MediaType.VOICE, "")));
    }
}
