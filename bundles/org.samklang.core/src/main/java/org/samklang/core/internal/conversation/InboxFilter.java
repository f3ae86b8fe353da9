package org.samklang.core.internal.conversation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samklang.core.api.model.ConversationState;
import org.samklang.core.api.model.InboxQuery;
import org.samklang.core.api.model.MediaType;

/**
 * The FROM and WHERE clauses of one inbox view; each matches a prefix of an index on {@code conversation}.
 * An agent's own conversations are few (capacity limits), so MINE reads them through the assignee index and sorts
 * them, instead of walking every open conversation in activity order, which the planner would otherwise prefer.
 * The media-type and unanswered-since conditions narrow the same walk, so the engine counts and pages exactly the
 * rows the list shows (no client-side filtering that would make "n of N" wrong).
 */
record InboxFilter(String from, String where, List<Object> parameters) {

    private static final String TABLE = "conversation";
    private static final String UNANSWERED = " AND state IN (" + Arrays.stream(ConversationState.values())
            .filter(ConversationState::awaitsAnswer).map(state -> "'" + state.name() + "'")
            .collect(Collectors.joining(", ")) + ")";

    static InboxFilter of(InboxQuery query) {
        List<Object> parameters = new ArrayList<>();
        String from = TABLE;
        StringBuilder where = new StringBuilder();
        switch (query.view()) {
            case MINE -> {
                from = TABLE + " INDEXED BY conversation_by_assignee";
                where.append("open = ").append(ConversationStore.OPEN).append(" AND assignee = ?");
                parameters.add(query.agentId().orElseThrow());
            }
            case UNASSIGNED -> where.append("open = ").append(ConversationStore.OPEN).append(" AND assignee IS NULL");
            case OPEN -> where.append("open = ").append(ConversationStore.OPEN);
            case CLOSED -> where.append("open = ").append(ConversationStore.CLOSED);
        }
        query.mediaType().ifPresent(media -> {
            where.append(" AND media_type = ?");
            parameters.add(media.name());
        });
        if (!query.unansweredSince().isEmpty()) {
            where.append(UNANSWERED).append(" AND (");
            String or = "";
            for (Map.Entry<MediaType, Instant> since : query.unansweredSince().entrySet()) {
                where.append(or).append("(media_type = ? AND opened_at < ?)");
                parameters.add(since.getKey().name());
                parameters.add(since.getValue().toEpochMilli());
                or = " OR ";
            }
            where.append(")");
        }
        query.queueIds().ifPresent(queues -> {
            if (queues.isEmpty()) {
                where.append(" AND 0"); // an agent in no queue: "my queues" lists nothing, not everything
            } else {
                where.append(" AND queue_id IN (").append(String.join(", ", Collections.nCopies(queues.size(), "?")))
                        .append(")");
                parameters.addAll(queues);
            }
        });
        return new InboxFilter(from, where.toString(), List.copyOf(parameters));
    }

    /** Binds the filter's parameters from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        for (Object parameter : parameters) {
            if (parameter instanceof Long number) {
                statement.setLong(index++, number);
            } else {
                statement.setString(index++, (String) parameter);
            }
        }
        return index;
    }
}
