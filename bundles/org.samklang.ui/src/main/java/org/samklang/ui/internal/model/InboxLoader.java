package org.samklang.ui.internal.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.samklang.core.api.ConversationService;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;

/**
 * Reads one engine page for the conversation list and turns it into {@link InboxEntry rows}: an inbox page
 * filtered by media type, or a page of search hits grouped by conversation, each with its customer's name.
 * <p>
 * Blocking: reads the store. Call it off the UI thread. Throws what the {@link ConversationService} throws
 * ({@link org.samklang.core.api.StoreUnavailableException}); the caller shows it and tries again on the next
 * refresh.
 */
public final class InboxLoader {

    private final ConversationService conversations;
    private final CustomerNames names;
    private final SlaClock sla;
    private final Clock clock;

    public InboxLoader(ConversationService conversations, CustomerNames names) {
        this(conversations, names, new SlaClock(), Clock.systemUTC());
    }

    /** A loader whose "At risk" view asks for work past the targets {@code sla} knows, at {@code clock}'s now. */
    public InboxLoader(ConversationService conversations, CustomerNames names, SlaClock sla, Clock clock) {
        this.conversations = conversations;
        this.names = names;
        this.sla = sla;
        this.clock = clock;
    }

    /** {@return the rows of one page of {@code source}} */
    public InboxChunk load(InboxSource source, PageRequest request) {
        if (source.searchText().isPresent()) {
            return loadSearchHits(source, source.searchText().get(), request);
        }
        Page<Conversation> page = conversations.inbox(queryOf(source), request);
        List<InboxEntry> entries = new ArrayList<>(page.items().size());
        for (Conversation conversation : page.items()) {
            if (source.accepts(conversation)) {
                entries.add(entryFor(conversation));
            }
        }
        return new InboxChunk(entries, page.items().size(), page.totalCount(), page.nextCursor());
    }

    /** The engine narrows by media type, queue and SLA risk itself, so "n of N" counts exactly what is listed. */
    private InboxQuery queryOf(InboxSource source) {
        InboxQuery query = source.query().onMedia(source.mediaType()).inQueues(source.queues());
        if (!source.atRisk()) {
            return query;
        }
        Map<MediaType, Instant> before = sla.atRiskOpenedBefore(clock.instant());
        if (before.isEmpty()) {
            // No targets known yet: nothing can be called at risk, rather than everything.
            before = Map.of(MediaType.VOICE, Instant.EPOCH);
        }
        return query.unansweredSince(before);
    }

    private InboxChunk loadSearchHits(InboxSource source, String text, PageRequest request) {
        Page<Message> page = conversations.search(text, request);
        Set<ConversationId> ids = new LinkedHashSet<>();
        page.items().forEach(message -> ids.add(message.conversationId()));
        Set<ConversationId> resolved = new LinkedHashSet<>();
        List<InboxEntry> entries = new ArrayList<>(ids.size());
        for (ConversationId id : ids) {
            // A merged-away id resolves to its target, which another hit may already have named.
            conversations.conversation(id)
                    .filter(conversation -> resolved.add(conversation.id()))
                    .filter(source::accepts)
                    .ifPresent(conversation -> entries.add(entryFor(conversation)));
        }
        return new InboxChunk(entries, page.items().size(), page.totalCount(), page.nextCursor());
    }

    private InboxEntry entryFor(Conversation conversation) {
        return new InboxEntry(conversation, names.nameOf(conversation.customerId()));
    }
}
