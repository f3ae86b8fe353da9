package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.Conversation;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Customer;
import org.samklang.core.api.model.CustomerId;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.Message;
import org.samklang.core.api.model.MessageId;
import org.samklang.core.api.model.Page;
import org.samklang.core.api.model.PageRequest;
import org.samklang.core.internal.identity.CustomerStore;
import org.samklang.core.internal.store.KeysetCursor;
import org.samklang.core.internal.store.ReadPool;
import org.samklang.core.internal.store.SearchIndexer;
import org.samklang.core.internal.store.SqlRows;

/**
 * The read side of {@code ConversationService}: every list is one index range, keyset-paged, with its count taken
 * in the same snapshot. Runs on the caller's thread through the read pool.
 */
final class ConversationQueries {

    private static final String NEWER_THAN_CURSOR = " AND (%1$s < ? OR (%1$s = ? AND id < ?))"
            + " ORDER BY %1$s DESC, id DESC LIMIT ?";
    private static final String TIMELINE = "SELECT " + MessageStore.COLUMNS + " FROM message WHERE customer_id = ?"
            + NEWER_THAN_CURSOR.formatted("occurred_at");
    private static final String TIMELINE_COUNT = "SELECT count(*) FROM message WHERE customer_id = ?";
    private static final String CONVERSATION_MESSAGES = "SELECT " + MessageStore.COLUMNS + " FROM message"
            + " WHERE customer_id = ? AND conversation_id = ?" + NEWER_THAN_CURSOR.formatted("occurred_at");
    private static final String SEARCH = "SELECT " + MessageStore.COLUMNS + " FROM message WHERE id IN"
            + " (SELECT rowid FROM search.message_fts WHERE message_fts MATCH ? AND rowid < ? ORDER BY rowid DESC"
            + " LIMIT ?) ORDER BY id DESC";
    private static final String SEARCH_COUNT = "SELECT count(*) FROM search.message_fts WHERE message_fts MATCH ?";
    private static final String NEWEST_MESSAGE = "SELECT coalesce(max(id), 0) FROM message";
    /** How long a search waits for the index to catch up (it normally trails the writer by one batch). */
    static final Duration SEARCH_CATCH_UP = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(ConversationQueries.class.getName());

    private final ReadPool readers;
    private final SearchIndexer searchIndex;
    private final CustomerStore customers;
    private final ConversationStore conversations;
    private final MessageStore messages;

    ConversationQueries(ReadPool readers, SearchIndexer searchIndex, CustomerStore customers,
            ConversationStore conversations, MessageStore messages) {
        this.readers = readers;
        this.searchIndex = searchIndex;
        this.customers = customers;
        this.conversations = conversations;
        this.messages = messages;
    }

    Page<Conversation> inbox(InboxQuery query, PageRequest request) {
        KeysetCursor start = Paging.start(request, 'c');
        if (query.queueIds().filter(Set::isEmpty).isPresent()) {
            return new Page<>(List.of(), 0, Optional.empty()); // "my queues" of an agent in no queue
        }
        InboxFilter filter = InboxFilter.of(query);
        return readers.read(session -> {
            PreparedStatement count = session.prepare(filter.countSql());
            filter.bindCount(count);
            long total = SqlRows.singleLong(count);
            PreparedStatement page = session.prepare("SELECT " + ConversationStore.COLUMNS + " FROM "
                    + filter.from() + " WHERE " + filter.where() + NEWER_THAN_CURSOR.formatted("last_activity_at"));
            int next = filter.bind(page, 1);
            bindCursor(page, next, start);
            return Paging.page(page, next + 3, request, total, rows -> ConversationStore.read(rows).toModel(),
                    item -> new KeysetCursor('c', item.lastActivityAt().toEpochMilli(), item.id().value()));
        });
    }

    Optional<Conversation> conversation(ConversationId id) {
        return readers.read(session -> conversations.findCurrent(session, id).map(ConversationRow::toModel));
    }

    Optional<Message> message(MessageId id) {
        return readers.read(session -> messages.read(session, id));
    }

    Page<Message> messages(ConversationId id, PageRequest request) {
        KeysetCursor start = Paging.start(request, 'm');
        return readers.read(session -> {
            Optional<ConversationRow> current = conversations.findCurrent(session, id);
            if (current.isEmpty()) {
                return new Page<>(List.of(), 0, Optional.empty());
            }
            ConversationRow conversation = current.get();
            PreparedStatement page = session.prepare(CONVERSATION_MESSAGES);
            page.setLong(1, conversation.customerId().value());
            page.setLong(2, conversation.id().value());
            bindCursor(page, 3, start);
            return Paging.page(page, 6, request, conversation.messageCount(), MessageStore::read,
                    item -> new KeysetCursor('m', item.occurredAt().toEpochMilli(), item.id().value()));
        });
    }

    Page<Message> timeline(CustomerId id, PageRequest request) {
        KeysetCursor start = Paging.start(request, 't');
        return readers.read(session -> {
            Optional<CustomerId> current = customers.current(session, id);
            if (current.isEmpty()) {
                return new Page<>(List.of(), 0, Optional.empty());
            }
            PreparedStatement count = session.prepare(TIMELINE_COUNT);
            count.setLong(1, current.get().value());
            long total = SqlRows.singleLong(count);
            PreparedStatement page = session.prepare(TIMELINE);
            page.setLong(1, current.get().value());
            bindCursor(page, 2, start);
            return Paging.page(page, 5, request, total, MessageStore::read,
                    item -> new KeysetCursor('t', item.occurredAt().toEpochMilli(), item.id().value()));
        });
    }

    Page<Message> search(String text, PageRequest request) {
        KeysetCursor start = Paging.start(request, 's');
        Optional<String> match = SearchText.toMatchExpression(text);
        if (match.isEmpty()) {
            return new Page<>(List.of(), 0, Optional.empty());
        }
        awaitSearchable();
        return readers.read(session -> {
            PreparedStatement count = session.prepare(SEARCH_COUNT);
            count.setString(1, match.get());
            long total = SqlRows.singleLong(count);
            PreparedStatement page = session.prepare(SEARCH);
            page.setString(1, match.get());
            page.setLong(2, start.id());
            return Paging.page(page, 3, request, total, MessageStore::read,
                    item -> new KeysetCursor('s', 0, item.id().value()));
        });
    }

    /**
     * Waits until every message committed before this search is in the full-text index, so a search never misses a
     * stored message; after the timeout (an index still catching up after a crash) it searches what is indexed.
     */
    private void awaitSearchable() {
        long newest = readers.read(session -> SqlRows.singleLong(session.prepare(NEWEST_MESSAGE)));
        if (!searchIndex.awaitIndexed(newest, SEARCH_CATCH_UP)) {
            LOG.log(System.Logger.Level.WARNING, "search: the full-text index covers messages up to {0} of {1};"
                    + " searching what is indexed", searchIndex.indexedUpTo(), newest);
        }
    }

    Optional<Customer> customer(CustomerId id) {
        return readers.read(session -> customers.read(session, id));
    }

    Optional<Customer> customerByAddress(Address address) {
        return readers.read(session -> {
            Optional<CustomerId> owner = customers.findByAddress(session, address);
            return owner.isPresent() ? customers.read(session, owner.get()) : Optional.<Customer>empty();
        });
    }

    private static void bindCursor(PreparedStatement query, int index, KeysetCursor start) throws SQLException {
        query.setLong(index, start.sortKey());
        query.setLong(index + 1, start.sortKey());
        query.setLong(index + 2, start.id());
    }
}
