package org.samklang.core.internal.config;

import java.util.Objects;

import org.samklang.core.api.model.ConfigurationProblem;

/**
 * The routing configuration file is unreadable or wrong. {@link #problem()} is the code the desktop words;
 * the message says the same in English, naming the file, the field and why, for the log.
 */
public final class RoutingConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ConfigurationProblem problem;

    public RoutingConfigException(ConfigurationProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public RoutingConfigException(ConfigurationProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public ConfigurationProblem problem() {
        return problem;
    }
}
