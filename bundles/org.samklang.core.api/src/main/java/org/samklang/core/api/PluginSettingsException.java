package org.samklang.core.api;

import java.util.List;
import java.util.Objects;

import org.samklang.core.api.model.SettingProblem;

/**
 * {@link PluginSettingsService} refused a change, or could not keep it; nothing was changed. {@link #problems()}
 * names each setting that was wrong (or the instance, for an unknown or taken id), worded in the locale of the
 * request; {@link #getMessage()} joins them for a log.
 */
public final class PluginSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingProblem> problems;

    public PluginSettingsException(List<SettingProblem> problems, Throwable cause) {
        super(String.join("; ", Objects.requireNonNull(problems, "problems").stream().map(SettingProblem::message)
                .toList()), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public PluginSettingsException(List<SettingProblem> problems) {
        this(problems, null);
    }

    /** What was wrong, one entry per setting (or for the instance), never empty. */
    public List<SettingProblem> problems() {
        return problems;
    }
}
