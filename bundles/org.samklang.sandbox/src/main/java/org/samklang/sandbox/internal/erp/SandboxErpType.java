package org.samklang.sandbox.internal.erp;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxBackendType;

/** The sandbox ERP as a plugin type; its instances are {@link SandboxErpInstance}s. */
@Component(service = PluginType.class)
public final class SandboxErpType extends SandboxBackendType {

    /** The factory PID of sandbox ERP instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.erp";

    public SandboxErpType() {
        super(FACTORY_PID, ConnectorKind.ERP, "erpType", "erp.sandbox.samklang.example:443");
    }
}
