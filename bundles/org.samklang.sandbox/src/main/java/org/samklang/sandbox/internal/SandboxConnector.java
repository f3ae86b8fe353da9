package org.samklang.sandbox.internal;

import java.util.Objects;
import org.samklang.core.spi.Connector;
import org.samklang.core.spi.ConnectorConfiguration;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginContext;

/**
 * What every sandbox backend shares as a connector: its id, name and kind, and a simulated remote whose health
 * and settings ("online", "latencyMillis") a demo can change. The desk sees the backends through their configured
 * instances ({@link SandboxBackend}), which apply each start's settings here.
 */
public abstract class SandboxConnector implements Connector {

    private final String id;
    private final String displayName;
    private final ConnectorKind kind;
    /** The simulated remote system this connector talks to. */
    protected final SandboxRemote remote;

    protected SandboxConnector(String id, String displayName, ConnectorKind kind, java.time.Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.remote = new SandboxRemote(displayName, clock);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final ConnectorKind kind() {
        return kind;
    }

    @Override
    public ConnectorHealth health() {
        return remote.health();
    }

    /** Applies its settings (tests start a backend directly; the desk starts its {@link SandboxBackend}). */
    @Override
    public void start(PluginContext context) {
        configure(context.configuration());
    }

    /** Applies settings to the simulated remote at once (tests switch a backend off with it). */
    public void configure(ConnectorConfiguration configuration) {
        remote.configure(configuration);
    }
}
