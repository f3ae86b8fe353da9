package org.samklang.core.api.model;

import java.util.Optional;

/**
 * Which conversations an inbox list shows; every view is ordered by last activity, newest first.
 *
 * @param view    which conversations
 * @param agentId the agent whose conversations {@link View#MINE} shows; required for that view, ignored otherwise
 */
public record InboxQuery(View view, Optional<String> agentId) {

    /** The inbox views. */
    public enum View {
        /** Open conversations assigned to the given agent. */
        MINE,
        /** Open conversations nobody is assigned to. */
        UNASSIGNED,
        /** All open conversations. */
        OPEN,
        /** Closed conversations (merged-away conversations are never listed). */
        CLOSED
    }

    public InboxQuery {
        Checks.notNull(view, "view");
        Checks.notNull(agentId, "agentId");
        if (view == View.MINE && agentId.filter(id -> !id.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("the MINE view needs an agent id");
        }
    }

    /** The conversations assigned to {@code agentId}. */
    public static InboxQuery mine(String agentId) {
        return new InboxQuery(View.MINE, Optional.of(Checks.notBlank(agentId, "agentId")));
    }

    /** A view that needs no agent. */
    public static InboxQuery of(View view) {
        return new InboxQuery(view, Optional.empty());
    }
}
