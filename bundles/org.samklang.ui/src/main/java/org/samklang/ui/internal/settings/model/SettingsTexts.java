package org.samklang.ui.internal.settings.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.api.model.PluginInstanceView;
import org.samklang.core.api.model.SettingProblem;
import org.samklang.ui.internal.model.DisplayText;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;
import org.samklang.ui.internal.reception.model.InlineStatus;

/**
 * The Settings view's wording that depends on data: role headings, an instance's state line and what its remote's
 * health adds to it. Texts from plugins (reasons, problems) are cleaned to one line. Pure and thread-safe.
 */
public final class SettingsTexts {

    private static final int MAX_REASON = 200;

    private final UiMessages messages;

    public SettingsTexts(UiMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public UiMessages messages() {
        return messages;
    }

    /** {@return the locale the service is asked in: the desk's language} */
    public Locale locale() {
        return messages.locale();
    }

    /** {@return the heading of a role's group, e.g. "Channels"} A role added later reads as its own name. */
    public String role(ConnectorStatus.Role role) {
        String key = "settings.role." + UiMessages.keyOf(role);
        return messages.has(key)
                ? messages.format(key)
                : role.name().charAt(0)
                        + role.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * {@return how the host runs {@code instance}, with its remote's health while it runs} "Running" is said only
     * when the remote is online too, so the tree never looks healthy while the plugin is not.
     */
    public InlineStatus state(PluginInstanceView instance, Optional<ConnectorStatus> remote) {
        String reason = oneLine(instance.reason());
        String firstProblem = instance.problems().stream().findFirst().map(SettingProblem::message)
                .map(SettingsTexts::oneLine).orElse(reason);
        return switch (instance.state()) {
            case STARTING -> reason.isEmpty()
                    ? status("settings.state.starting", Tone.MUTED)
                    : status("settings.state.startingBecause", Tone.MUTED, reason);
            case RUNNING -> running(instance, remote, firstProblem);
            case OFFLINE -> status("settings.state.offline", Tone.ERROR,
                    reason.isEmpty() ? messages.format("connector.health.offline") : reason);
            case DISABLED -> status("settings.state.disabled", Tone.MUTED);
            case SETTINGS_REFUSED -> status("settings.state.refused", Tone.ERROR, firstProblem);
            case NOT_INSTALLED -> status("settings.state.notInstalled", Tone.WARNING);
        };
    }

    private InlineStatus running(PluginInstanceView instance, Optional<ConnectorStatus> remote, String problem) {
        if (instance.runsOnEarlierSettings()) {
            return status("settings.state.earlierSettings", Tone.WARNING, problem);
        }
        ConnectorStatus.Health health = remote.map(ConnectorStatus::health).orElse(ConnectorStatus.Health.ONLINE);
        String why = remote.map(ConnectorStatus::reason).map(SettingsTexts::oneLine).filter(r -> !r.isEmpty())
                .orElseGet(() -> messages.format("connector.health." + UiMessages.keyOf(health)));
        return switch (health) {
            case ONLINE -> status("settings.state.running", Tone.GOOD);
            case DEGRADED -> status("settings.state.runningDegraded", Tone.WARNING, why);
            case OFFLINE -> status("settings.state.runningOffline", Tone.ERROR, why);
        };
    }

    /** {@return a state with the unsaved-changes mark, for a tree row whose form holds edits not saved} */
    public InlineStatus unsaved(InlineStatus state) {
        return new InlineStatus(messages.format("settings.state.unsaved", state.text()), state.tone());
    }

    private InlineStatus status(String key, Tone tone, Object... arguments) {
        return new InlineStatus(messages.format(key, arguments), tone);
    }

    /** {@return a plugin's or the core's text cleaned to one line of at most 200 characters} */
    public static String oneLine(String text) {
        return DisplayText.oneLine(text, MAX_REASON);
    }
}
