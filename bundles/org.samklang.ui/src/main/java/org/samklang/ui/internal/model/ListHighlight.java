package org.samklang.ui.internal.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;

/**
 * Which conversation the list's highlight is on, kept across the pager's reloads.
 * <p>
 * The highlight follows a conversation, not a row: after a refresh it moves to wherever that conversation is now.
 * Two cases wait for rows instead of dropping the highlight. The agent can move onto a row that is still a
 * placeholder (Page Down faster than pages load): it is highlighted, and opened if asked, once its page arrives. And
 * a refresh reads at most one large first page, so a conversation highlighted deep in the list is not among the
 * loaded rows for a moment: the highlight stays put until the later pages bring it back. Only when the loaded rows
 * cover the highlighted row and the conversation is not among them has it left the list, and the highlight goes.
 * <p>
 * Not thread-safe: confined to the UI thread, like the table it steers.
 */
public final class ListHighlight {

    /** The table's selection, as far as the highlight needs it. */
    public interface Selection {

        /** {@return the selected row, or -1} */
        int index();

        void select(int index);

        void clear();
    }

    private final InboxPager pager;
    private final Selection selection;
    private final Consumer<Conversation> open;
    private ConversationId highlighted;
    private ConversationId opened;
    /** Whether the selected row waits for its page; {@link #openWhenLoaded} says if the agent asked to open it. */
    private boolean waiting;
    private boolean openWhenLoaded;

    public ListHighlight(InboxPager pager, Selection selection, Consumer<Conversation> open) {
        this.pager = Objects.requireNonNull(pager, "pager");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.open = Objects.requireNonNull(open, "open");
    }

    /** The agent selected a row; {@code openIt}: and asked to open it (click, Enter). */
    public void selected(boolean openIt) {
        int index = selection.index();
        Optional<InboxEntry> entry = index < 0 ? Optional.empty() : pager.row(index);
        if (entry.isEmpty()) {
            if (index >= 0) {
                openWhenLoaded = openIt || (waiting && openWhenLoaded);
                waiting = true;
                highlighted = null;
            }
            return;
        }
        waiting = false;
        openWhenLoaded = false;
        Conversation conversation = entry.get().conversation();
        highlighted = conversation.id();
        if (openIt && !conversation.id().equals(opened)) {
            opened = conversation.id();
            open.accept(conversation);
        }
    }

    /** The list starts over (a new filter, or no rows): a row waited for belongs to the old list. */
    public void restart() {
        waiting = false;
        openWhenLoaded = false;
    }

    /** A first page replaced the rows: the highlight goes to its conversation, or waits if it is not loaded yet. */
    public void firstPageArrived() {
        if (highlighted == null) {
            rowsArrived();
            return;
        }
        OptionalInt index = pager.indexOf(highlighted);
        if (index.isPresent()) {
            waiting = false;
            selection.select(index.getAsInt());
            return;
        }
        int selected = selection.index();
        if (selected >= pager.loadedCount() && selected < pager.itemCount()) {
            waiting = true; // beyond the rows this refresh read: later pages may bring it back
        } else {
            forget();
        }
    }

    /** Later rows arrived: a highlight waiting for them lands. */
    public void rowsArrived() {
        if (!waiting) {
            return;
        }
        int selected = selection.index();
        if (selected < 0) {
            restart();
            return;
        }
        if (highlighted != null) {
            OptionalInt index = pager.indexOf(highlighted);
            if (index.isPresent()) {
                waiting = false;
                selection.select(index.getAsInt());
            } else if (selected < pager.loadedCount()) {
                forget(); // the rows up to it are back and the conversation is not among them: it left the list
            }
            return;
        }
        if (pager.row(selected).isPresent()) {
            selected(openWhenLoaded);
        }
    }

    /** The conversation is not in the list (now): no row is highlighted, but it is again if it comes back. */
    private void forget() {
        waiting = false;
        openWhenLoaded = false;
        selection.clear();
    }
}
