package org.samklang.ui.internal.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;

/**
 * What the conversation list shows: an inbox view, optionally only one media type, optionally only conversations
 * with messages matching a search text.
 * <p>
 * The engine pages an inbox view, narrowed to a media type and to work at risk of its SLA, with an exact total.
 * The search is applied by the
 * {@link InboxLoader} on top of the engine's pages, so their totals are only known once every page was read; the
 * {@link InboxPager} says so in the footer instead of guessing. A search looks at every conversation with a matching
 * message (closed ones too: that is what searching history is for); the media filter and "mine" still apply.
 *
 * @param query      the engine's inbox view
 * @param mediaType  only conversations that started on this media type, or empty for all
 * @param searchText only conversations with a message containing these words, or empty; never blank when present
 * @param atRisk     only unanswered conversations past {@value SlaClock#AT_RISK_PERCENT} % of their SLA target
 * @param queues     only conversations in these queues ("my queues"), or empty for every queue
 */
public record InboxSource(InboxQuery query, Optional<MediaType> mediaType, Optional<String> searchText,
        boolean atRisk, Optional<Set<String>> queues) {

    /** Longest search text sent to the engine; more is trimmed (nobody types a page into a search field). */
    public static final int MAX_SEARCH_LENGTH = 200;

    public InboxSource {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mediaType, "mediaType");
        queues = Objects.requireNonNull(queues, "queues").map(Set::copyOf);
        searchText = Objects.requireNonNull(searchText, "searchText")
                .map(text -> DisplayText.prefix(DisplayText.oneLine(text, MAX_SEARCH_LENGTH + 1), MAX_SEARCH_LENGTH))
                .filter(text -> !text.isBlank());
    }

    /** A source in every queue. */
    public InboxSource(InboxQuery query, Optional<MediaType> mediaType, Optional<String> searchText,
            boolean atRisk) {
        this(query, mediaType, searchText, atRisk, Optional.empty());
    }

    /** A source without the "At risk" narrowing, in every queue. */
    public InboxSource(InboxQuery query, Optional<MediaType> mediaType, Optional<String> searchText) {
        this(query, mediaType, searchText, false);
    }

    /** {@return whether a narrowing beyond the view applies (a media type or "my queues")} */
    public boolean narrowed() {
        return mediaType.isPresent() || queues.isPresent();
    }

    /** {@return a source for the whole open inbox} */
    public static InboxSource all() {
        return new InboxSource(InboxQuery.of(InboxQuery.View.OPEN), Optional.empty(), Optional.empty());
    }

    /** {@return whether the engine's total is also the list's total (no filter applied on top)} */
    public boolean totalIsExact() {
        return searchText.isEmpty();
    }

    /**
     * {@return whether a conversation belongs in this list} Pages of an inbox view are already of that view, so
     * only the media type and queue are checked; search hits come from every conversation, so the view is checked as well.
     */
    public boolean accepts(Conversation conversation) {
        if (mediaType.isPresent() && conversation.mediaType() != mediaType.get()) {
            return false;
        }
        if (queues.isPresent() && !conversation.queueId().map(queues.get()::contains).orElse(false)) {
            return false;
        }
        return searchText.isEmpty() || inView(conversation);
    }

    private boolean inView(Conversation conversation) {
        boolean open = conversation.state().isOpen();
        return switch (query.view()) {
            case MINE -> open && conversation.assignee().equals(query.agentId());
            case UNASSIGNED -> open && conversation.assignee().isEmpty();
            case OPEN -> true;
            case CLOSED -> !open;
        };
    }
}
