package org.samklang.sandbox.internal.directory;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxBackendType;

/** The sandbox company's people directory, calendars and chat server as a plugin type ({@link SandboxDirectoryInstance}). */
@Component(service = PluginType.class)
public final class SandboxDirectoryType extends SandboxBackendType {

    /** The factory PID of sandbox directory instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.directory";

    public SandboxDirectoryType() {
        super(FACTORY_PID, ConnectorKind.PRESENCE, "directoryType", "ldap.sandbox.samklang.example:636");
    }
}
