package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import org.samklang.core.api.model.InboxQuery;

/** The WHERE clause of one inbox view; each matches a prefix of an index on {@code conversation}. */
record InboxFilter(String where, Optional<String> agentId) {

    static InboxFilter of(InboxQuery query) {
        return switch (query.view()) {
            case MINE -> new InboxFilter("open = " + ConversationStore.OPEN + " AND assignee = ?", query.agentId());
            case UNASSIGNED -> new InboxFilter("open = " + ConversationStore.OPEN + " AND assignee IS NULL",
                    Optional.empty());
            case OPEN -> new InboxFilter("open = " + ConversationStore.OPEN, Optional.empty());
            case CLOSED -> new InboxFilter("open = " + ConversationStore.CLOSED, Optional.empty());
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
