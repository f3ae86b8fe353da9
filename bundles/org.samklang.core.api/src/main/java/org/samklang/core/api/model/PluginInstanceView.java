package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One configured plugin instance as the Settings view lists it: its settings (never a secret's value) and how the
 * desk's plugin host is running it. The health of a running instance's remote (online, degraded, offline) is its
 * entry in {@code ConnectorStatusService}, under the same id.
 *
 * @param instanceId      the instance's id, e.g. {@code email.support}
 * @param factoryPid      its type's factory PID
 * @param displayName     the name users see: the one given in the settings, else the plugin's own, else the id
 * @param enabled         whether it is meant to run
 * @param provisionedFrom the file in the data directory's provisioning folder it comes from, when IT provisioned it
 *                        rather than someone in the Settings view (changes made in the view are written back there)
 * @param values          the non-secret settings as configured, by key (possibly the refused ones; see
 *                        {@code problems})
 * @param secretsSet      the keys of the secret settings that have a value in secure storage
 * @param state           how the host runs it
 * @param reason          why it is {@link State#OFFLINE} or {@link State#SETTINGS_REFUSED}, or what it waits for;
 *                        empty when running normally
 * @param since           when it entered this state
 * @param problems        what is wrong with its configured settings; when not empty and the state is
 *                        {@link State#RUNNING}, the instance runs on its last good settings
 */
public record PluginInstanceView(String instanceId, String factoryPid, String displayName, boolean enabled,
        Optional<String> provisionedFrom, Map<String, String> values, Set<String> secretsSet, State state,
        String reason, Instant since, List<SettingProblem> problems) {

    /** How the plugin host runs an instance. */
    public enum State {
        /** Waiting to be started (after the window is up, for its plugin's component), or starting now. */
        STARTING,
        /** Started; its remote's health is in the status line. */
        RUNNING,
        /** Its start or stop threw or did not return in time; {@code reason} says which. Nothing else stopped. */
        OFFLINE,
        /** Switched off in its settings; not started. */
        DISABLED,
        /** Its settings were refused and it has no earlier good ones to run on; {@code problems} says why. */
        SETTINGS_REFUSED,
        /** No installed plugin offers its type (the bundle was removed); its settings are kept. */
        NOT_INSTALLED
    }

    public PluginInstanceView {
        Checks.notBlank(instanceId, "instanceId");
        Checks.notBlank(factoryPid, "factoryPid");
        Checks.notBlank(displayName, "displayName");
        Checks.notNull(provisionedFrom, "provisionedFrom");
        values = Checks.copyOf(values, "values");
        secretsSet = Set.copyOf(Checks.notNull(secretsSet, "secretsSet"));
        Checks.notNull(state, "state");
        Checks.notNull(reason, "reason");
        Checks.notNull(since, "since");
        problems = Checks.copyOf(problems, "problems");
    }

    /** Whether it runs on earlier settings because its newest ones were refused. */
    public boolean runsOnEarlierSettings() {
        return state == State.RUNNING && !problems.isEmpty();
    }
}
