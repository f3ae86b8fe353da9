package org.samklang.ui.internal.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.samklang.core.api.model.Conversation;

/**
 * The cells of one conversation-list row: channel glyph, customer, subject, waiting time, state.
 * Waiting time is what the customer has waited: for a conversation nobody has answered yet, the time since it opened
 * (or reopened), which is the wait routing counts in the queue figures and the one its SLA colour measures; for
 * answered work, the time since its last activity. Thread-safe.
 */
public final class InboxRowFormatter {

    /** The columns, in table order. */
    public enum Column {
        CHANNEL, CUSTOMER, SUBJECT, WAITING, STATE
    }

    private static final int MAX_SUBJECT = 160;

    private final UiMessages messages;
    private final ChannelTexts channels;
    private final Durations durations;
    private final Clock clock;
    private final SlaClock sla;

    public InboxRowFormatter(UiMessages messages, Clock clock) {
        this(messages, clock, new SlaClock());
    }

    /** A formatter that colours the waiting time by the SLA targets {@code sla} knows. */
    public InboxRowFormatter(UiMessages messages, Clock clock, SlaClock sla) {
        this.sla = sla;
        this.messages = messages;
        this.channels = new ChannelTexts(messages);
        this.durations = new Durations(messages);
        this.clock = clock;
    }

    /** {@return the column headers} */
    public String[] headers() {
        String[] headers = new String[Column.values().length];
        for (Column column : Column.values()) {
            headers[column.ordinal()] = messages.format("list.column." + UiMessages.keyOf(column));
        }
        return headers;
    }

    /** {@return the cells of a loaded row, indexed by {@link Column#ordinal()}} */
    public String[] cells(InboxEntry entry) {
        Conversation conversation = entry.conversation();
        String[] cells = new String[Column.values().length];
        cells[Column.CHANNEL.ordinal()] = ChannelTexts.glyph(conversation.mediaType());
        cells[Column.CUSTOMER.ordinal()] = entry.customerName();
        cells[Column.SUBJECT.ordinal()] = subject(conversation);
        cells[Column.WAITING.ordinal()] = durations.compact(Duration.between(waitingSince(conversation),
                clock.instant()));
        cells[Column.STATE.ordinal()] = channels.state(conversation.state());
        return cells;
    }

    /**
     * {@return the tone of the waiting-time cell: GOOD within target, WARNING at risk, ERROR breached, NORMAL for
     * answered work or unknown targets} Colour is not the only sign: the "At risk" view lists exactly the WARNING
     * and ERROR rows.
     */
    public Tone waitingTone(InboxEntry entry) {
        return sla.tone(entry.conversation(), clock.instant());
    }

    /** {@return when the customer's wait began: the opening of unanswered work, else the last activity} */
    static Instant waitingSince(Conversation conversation) {
        return conversation.state().awaitsAnswer() ? conversation.openedAt() : conversation.lastActivityAt();
    }

    /** {@return the cells of a row still being read} */
    public String[] placeholder() {
        String[] cells = new String[Column.values().length];
        java.util.Arrays.fill(cells, "");
        cells[Column.CUSTOMER.ordinal()] = messages.format("list.row.loading");
        return cells;
    }

    /** {@return a tooltip-length description of the row's channel: "Email (email.support)"} */
    public String channelDescription(Conversation conversation) {
        return messages.format("list.row.channel", channels.name(conversation.mediaType()),
                DisplayText.oneLine(conversation.channelId(), 80));
    }

    private String subject(Conversation conversation) {
        String subject = DisplayText.oneLine(conversation.subject(), MAX_SUBJECT);
        if (!subject.isEmpty()) {
            return subject;
        }
        return messages.format("list.row.noSubject", channels.name(conversation.mediaType()),
                conversation.messageCount());
    }
}
