package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import org.samklang.core.api.model.InboxQuery;

/**
 * The FROM and WHERE clauses of one inbox view; each matches a prefix of an index on {@code conversation}.
 * An agent's own conversations are few (capacity limits), so MINE reads them through the assignee index and sorts
 * them, instead of walking every open conversation in activity order, which the planner would otherwise prefer.
 */
record InboxFilter(String from, String where, Optional<String> agentId) {

    private static final String TABLE = "conversation";

    static InboxFilter of(InboxQuery query) {
        return switch (query.view()) {
            case MINE -> new InboxFilter(TABLE + " INDEXED BY conversation_by_assignee",
                    "open = " + ConversationStore.OPEN + " AND assignee = ?", query.agentId());
            case UNASSIGNED -> new InboxFilter(TABLE, "open = " + ConversationStore.OPEN + " AND assignee IS NULL",
                    Optional.empty());
            case OPEN -> new InboxFilter(TABLE, "open = " + ConversationStore.OPEN, Optional.empty());
            case CLOSED -> new InboxFilter(TABLE, "open = " + ConversationStore.CLOSED, Optional.empty());
        };
    }

    /** Binds the filter's parameters from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        if (agentId.isPresent()) {
            statement.setString(index, agentId.get());
            return index + 1;
        }
        return index;
    }
}
