package org.samklang.sandbox.internal.directory;

import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.DirectorySink;
import org.samklang.core.spi.DirectorySource;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;
import org.samklang.sandbox.internal.SandboxBackend;
import org.samklang.sandbox.internal.SandboxMessages;
import org.samklang.sandbox.internal.SandboxWorld;

/**
 * One configured sandbox people directory (with its calendars and chat server as a presence source): a component
 * per factory configuration of {@value SandboxDirectoryType#FACTORY_PID}, serving the world's one
 * {@link SandboxDirectory}. One instance at a time has it: a second is not started and says which one has it.
 * Stopped, it pushes nothing more; the core takes its people out of the desk and withdraws its presence reports.
 */
@Component(service = {DirectorySource.class,
        PresenceSource.class}, configurationPid = SandboxDirectoryType.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SandboxDirectoryInstance extends SandboxBackend<SandboxDirectory>
        implements
            DirectorySource,
            PresenceSource {

    private SandboxWorld world;

    public SandboxDirectoryInstance() {
        super(SandboxDirectory.ID, ConnectorKind.PRESENCE, "directoryType.name");
    }

    @Reference
    void setWorld(SandboxWorld sandboxWorld) {
        this.world = sandboxWorld;
    }

    @Override
    protected SandboxDirectory open(PluginContext context) {
        SandboxDirectory directory = world.backends().directory();
        world.claim(directory, this, context.instanceId()).ifPresent(holder -> {
            throw new IllegalStateException(SandboxMessages.text(context.locale(), "backend.taken",
                    SandboxMessages.text(context.locale(), "directoryType.name"), holder));
        });
        return directory;
    }

    @Override
    protected void close(SandboxDirectory directory) {
        directory.stopPresence();
        directory.stopDirectory();
        world.release(directory, this);
    }

    @Override
    public PresenceCapabilities presenceCapabilities() {
        return fromRunning(SandboxDirectory::presenceCapabilities, new PresenceCapabilities(Set.of(), false, false));
    }

    @Override
    public void startDirectory(DirectorySink sink) {
        ifRunning(directory -> directory.startDirectory(sink));
    }

    @Override
    public void stopDirectory() {
        ifRunning(SandboxDirectory::stopDirectory);
    }

    @Override
    public void startPresence(PresenceSink sink) {
        ifRunning(directory -> directory.startPresence(sink));
    }

    @Override
    public void stopPresence() {
        ifRunning(SandboxDirectory::stopPresence);
    }
}
