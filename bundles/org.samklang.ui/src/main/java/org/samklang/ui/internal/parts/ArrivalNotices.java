package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.widgets.Shell;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.JournalEvent;
import org.samklang.core.api.model.Offer;
import org.samklang.ui.internal.model.Attention;
import org.samklang.ui.internal.model.DeskPreferences;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Feeds the notification policy ({@link Attention}) from the conversation list's journal feed and offer bar, and
 * shows what it decides ({@link DeskNotifier}) and which rows are unread ({@link InboxTable}). Journal events arrive
 * on engine threads; the conversation behind an inbound message is read on the part's background thread; the
 * policy runs on the UI thread.
 */
final class ArrivalNotices {

    private final Attention attention = new Attention(UiThread::nowMillis);
    private final DeskPreferences preferences = DeskPreferences.shared();
    private final UiThread threads;
    private final Shell shell;
    private final DeskNotifier notifier;
    private final InboxTable table;
    private final Supplier<Optional<String>> me;
    private final Supplier<Optional<ConversationId>> open;

    ArrivalNotices(UiThread threads, Shell shell, String baseTitle, UiMessages messages, InboxTable table,
            Palette palette, Supplier<Optional<String>> me, Supplier<Optional<ConversationId>> open) {
        this.threads = threads;
        this.shell = shell;
        this.table = table;
        this.me = me;
        this.open = open;
        this.notifier = new DeskNotifier(shell, baseTitle, messages);
        table.showUnread(attention::isUnread, palette.bold());
    }

    /** One journal event, on an engine thread: inbound messages may be news, closes and merges end it. */
    void journal(JournalEvent event, ConversationService service) {
        switch (event) {
            case JournalEvent.MessageReceived received -> threads.background(() -> {
                // Only my conversations can be news; a flood of other work must not reach the UI thread at all.
                Optional<String> mine = me.get();
                readQuietly(service, received.conversationId())
                        .filter(c -> mine.isPresent() && c.assignee().equals(mine))
                        .ifPresent(c -> threads.ui(() -> inbound(c)));
            });
            case JournalEvent.ConversationStateChanged changed when changed.current() == ConversationState.CLOSED ->
                threads.ui(() -> forget(changed.conversationId()));
            case JournalEvent.ConversationsMerged merged -> threads.ui(() -> forget(merged.source()));
            case JournalEvent.ConversationAssigned assigned -> threads.ui(() -> {
                if (me.get().isEmpty() || !assigned.assignee().equals(me.get())) {
                    forget(assigned.conversationId());
                }
            });
            default -> {
                // other events change nothing the agent must notice
            }
        }
    }

    /** The offers open now, from the offer bar's poll. */
    void offers(List<Offer> open) {
        prepare();
        notifier.show(attention.offers(open));
    }

    /** The agent opened a conversation: it is read. */
    void opened(ConversationId id) {
        if (attention.isUnread(id)) {
            notifier.show(attention.opened(id));
            table.refreshVisible();
        }
    }

    void dispose() {
        notifier.dispose();
    }

    private void inbound(Conversation conversation) {
        prepare();
        boolean looking = open.get().filter(conversation.id()::equals).isPresent()
                && shell.getDisplay().getActiveShell() == shell;
        boolean wasUnread = attention.isUnread(conversation.id());
        notifier.show(attention.inbound(conversation, looking));
        if (attention.isUnread(conversation.id()) != wasUnread) {
            table.refreshVisible(); // only when a row's unread mark changes
        }
    }

    private void forget(ConversationId id) {
        if (attention.isUnread(id)) {
            notifier.show(attention.forget(id));
            table.refreshVisible();
        }
    }

    /** Who I am and whether to beep may change at any time (presence arrives late, the sound is a command). */
    private void prepare() {
        attention.setMe(me.get());
        attention.setSoundOn(preferences.soundOn());
    }

    private static Optional<Conversation> readQuietly(ConversationService service, ConversationId id) {
        try {
            return service.conversation(id);
        } catch (RuntimeException e) {
            return Optional.empty(); // the store hiccupped; the list shows the message at its next refresh anyway
        }
    }
}
