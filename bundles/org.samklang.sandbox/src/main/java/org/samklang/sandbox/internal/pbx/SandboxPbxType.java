package org.samklang.sandbox.internal.pbx;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxBackendType;

/** The sandbox PBX as a plugin type; its instances are {@link SandboxPbxInstance}s. */
@Component(service = PluginType.class)
public final class SandboxPbxType extends SandboxBackendType {

    /** The factory PID of sandbox PBX instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.pbx";

    public SandboxPbxType() {
        super(FACTORY_PID, ConnectorKind.TELEPHONY, "pbxType", "pbx.sandbox.samklang.example:5038");
    }
}
