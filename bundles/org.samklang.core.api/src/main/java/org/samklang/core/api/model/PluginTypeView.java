package org.samklang.core.api.model;

import org.samklang.core.api.internal.Checks;

/**
 * A kind of plugin instance the desk can have (a sandbox channel, an IMAP mailbox, a REST CRM), offered by an
 * installed plugin bundle: what the Settings view lists under "Add" and renders the form of.
 *
 * @param factoryPid  the type's Configuration Admin factory PID, its stable id, e.g. {@code org.samklang.sandbox.channel}
 * @param role        what instances of this type are for: a channel, or a kind of connector
 * @param displayName the type's name in the locale asked for, e.g. "Sandbox channel"
 * @param description one or two sentences on what it connects to; may be empty
 * @param settings    the settings form, labelled in the locale asked for
 */
public record PluginTypeView(String factoryPid, ConnectorStatus.Role role, String displayName, String description,
        ConnectorSettings settings) {

    public PluginTypeView {
        Checks.notBlank(factoryPid, "factoryPid");
        Checks.notNull(role, "role");
        Checks.notBlank(displayName, "displayName");
        Checks.notNull(description, "description");
        Checks.notNull(settings, "settings");
    }
}
