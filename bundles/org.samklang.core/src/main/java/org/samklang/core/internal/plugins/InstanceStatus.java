package org.samklang.core.internal.plugins;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.PluginInstanceView.State;
import org.samklang.core.api.model.SettingProblem;

/**
 * How the plugin host runs one instance, for the Settings view.
 *
 * @param pid         the configuration's PID; empty for a service registered by hand
 * @param instanceId  the instance id
 * @param displayName the name the status line shows
 * @param state       where its lifecycle stands
 * @param reason      why it is offline or refused, or that it runs on earlier settings; empty otherwise
 * @param since       when it entered the state
 * @param problems    what is wrong with its configured settings
 */
public record InstanceStatus(Optional<String> pid, String instanceId, String displayName, State state, String reason,
        Instant since, List<SettingProblem> problems) {
}
