package org.samklang.ui.internal.model;

import java.util.List;

import org.samklang.core.api.model.ConfigurationProblem;

/**
 * Says in the user's language why a desk setting file could not be applied, from the core's
 * {@link ConfigurationProblem}, for the status line. A reason that is no such code is shown as it came, cleaned.
 * Pure and thread-safe.
 */
public final class ConfigurationTexts {

    private static final int MAX_VALUE = 120;
    private static final int MAX_REASON = 300;

    private ConfigurationTexts() {
    }

    /** {@return the sentence for the reason of a configuration status, and what the desk does meanwhile} */
    public static String describe(String reason, UiMessages messages) {
        return ConfigurationProblem.fromCoded(reason)
                .map(problem -> messages.format("configuration.problem", describe(problem, messages)))
                .orElseGet(() -> DisplayText.oneLine(reason, MAX_REASON));
    }

    /** {@return what is wrong, naming the setting, e.g. "queues[0].media must be one of voice, …, not “fax”."} */
    public static String describe(ConfigurationProblem problem, UiMessages messages) {
        String setting = problem.setting().isEmpty()
                ? messages.format("configuration.problem.theFile")
                : DisplayText.oneLine(problem.setting(), MAX_VALUE);
        Object[] arguments = new Object[problem.values().size() + 1];
        arguments[0] = setting;
        List<String> values = problem.values();
        for (int i = 0; i < values.size(); i++) {
            arguments[i + 1] = DisplayText.oneLine(values.get(i), MAX_VALUE);
        }
        return messages.format("configuration.problem." + UiMessages.keyOf(problem.kind()), arguments);
    }
}
