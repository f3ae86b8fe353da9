package org.samklang.core.api;

import java.util.Objects;

import org.samklang.core.api.model.ChannelLimitProblem;

/**
 * The engine refused a reply (or a new outbound message) because it does not fit its channel's limits; nothing was
 * stored or sent. {@link #problem()} is the code and data the desktop words in the user's language;
 * {@link #getMessage()} is the same in English, for logs.
 */
public final class ChannelLimitException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient ChannelLimitProblem problem;

    public ChannelLimitException(ChannelLimitProblem problem) {
        super(Objects.requireNonNull(problem, "problem").englishText());
        this.problem = problem;
    }

    public ChannelLimitProblem problem() {
        return problem;
    }
}
