package org.samklang.sandbox.internal.crm;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxBackendType;

/** The sandbox CRM as a plugin type; its instances are {@link SandboxCrmInstance}s. */
@Component(service = PluginType.class)
public final class SandboxCrmType extends SandboxBackendType {

    /** The factory PID of sandbox CRM instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.crm";

    public SandboxCrmType() {
        super(FACTORY_PID, ConnectorKind.CRM, "crmType", "crm.sandbox.samklang.example:443");
    }
}
