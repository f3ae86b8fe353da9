package org.samklang.sandbox.internal.knowledge;

import org.osgi.service.component.annotations.Component;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginType;
import org.samklang.sandbox.internal.SandboxBackendType;

/**
 * The sandbox knowledge base as a plugin type: a connector (not a channel) going through the same path as a real
 * one. Its instances are {@link SandboxKnowledgeInstance}s; they take the settings every sandbox connector has
 * (reachable, answer delay).
 */
@Component(service = PluginType.class)
public final class SandboxKnowledgeType extends SandboxBackendType {

    /** The factory PID of sandbox knowledge base instances. */
    public static final String FACTORY_PID = "org.samklang.sandbox.knowledge";

    public SandboxKnowledgeType() {
        super(FACTORY_PID, ConnectorKind.KNOWLEDGE, "knowledgeType", "help.sandbox.samklang.example:443");
    }
}
