package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;
import java.util.Map;

/**
 * What the Settings view asks to save for one plugin instance: a new one, or new settings for an existing one.
 * <p>
 * {@code values} holds every setting by key as text ({@link SettingDescriptor}). Secrets are values too: a secret
 * given is kept in secure storage (never in Configuration Admin, a file, the store or the log); a secret <em>left
 * out</em> of an update keeps the value already stored, so the form need not (and cannot) show it; a secret given as
 * an empty text is cleared.
 *
 * @param factoryPid  the instance's type ({@link PluginTypeView#factoryPid()})
 * @param instanceId  the instance's id, stable for its life: {@code [a-z][a-z0-9_-]*} in dot-separated parts, at most
 *                    64 characters, e.g. {@code email.support}; for a channel it is the channel id every conversation
 *                    on it keeps, so it cannot be changed later (duplicate the instance instead)
 * @param displayName the name users see in the status line and the reply choices, e.g. "Support mailbox"; blank
 *                    for the plugin's own name
 * @param enabled     whether the instance should run; a disabled instance keeps its settings and is not started
 * @param values      the settings by key
 */
public record PluginInstanceEdit(String factoryPid, String instanceId, String displayName, boolean enabled,
        Map<String, String> values) {

    public PluginInstanceEdit {
        Checks.notBlank(factoryPid, "factoryPid");
        Checks.notBlank(instanceId, "instanceId");
        displayName = displayName == null ? "" : displayName.strip();
        values = Checks.copyOf(values, "values");
    }
}
