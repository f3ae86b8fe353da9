package org.samklang.sandbox.internal.pbx;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.api.model.TransferMode;
import org.samklang.core.spi.CallControlResult;
import org.samklang.core.spi.CallEventListener;
import org.samklang.core.spi.ConnectorKind;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.PresenceCapabilities;
import org.samklang.core.spi.PresenceSink;
import org.samklang.core.spi.PresenceSource;
import org.samklang.core.spi.Telephony;
import org.samklang.core.spi.TelephonyCapabilities;
import org.samklang.sandbox.internal.SandboxBackend;
import org.samklang.sandbox.internal.SandboxMessages;
import org.samklang.sandbox.internal.SandboxWorld;

/**
 * One configured sandbox PBX (call control and the "on a call" presence source): a component per factory
 * configuration of {@value SandboxPbxType#FACTORY_PID}, serving the world's one {@link SandboxPbx}, whose calls the
 * traffic rings. One instance at a time has it: a second is not started and says which one has it. Stopped, it
 * tells the core nothing more (the core has dropped its calls and withdrawn its presence reports) and cuts the desk's
 * calls in the PBX too; the world's callers go on ringing a PBX nobody listens to, and a new instance hears the calls
 * from then on.
 */
@Component(service = {Telephony.class,
        PresenceSource.class}, configurationPid = SandboxPbxType.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SandboxPbxInstance extends SandboxBackend<SandboxPbx> implements Telephony, PresenceSource {

    private SandboxWorld world;

    public SandboxPbxInstance() {
        super(SandboxPbx.ID, ConnectorKind.TELEPHONY, "pbxType.name");
    }

    @Reference
    void setWorld(SandboxWorld sandboxWorld) {
        this.world = sandboxWorld;
    }

    @Override
    protected SandboxPbx open(PluginContext context) {
        SandboxPbx pbx = world.backends().pbx();
        world.claim(pbx, this, context.instanceId()).ifPresent(holder -> {
            throw new IllegalStateException(SandboxMessages.text(context.locale(), "backend.taken",
                    SandboxMessages.text(context.locale(), "pbxType.name"), holder));
        });
        return pbx;
    }

    @Override
    protected void close(SandboxPbx pbx) {
        pbx.stopCallEvents();
        pbx.stopPresence();
        pbx.disconnectDesk();
        world.release(pbx, this);
    }

    @Override
    public TelephonyCapabilities telephonyCapabilities() {
        return new TelephonyCapabilities(true, true, Set.of(TransferMode.values()), true);
    }

    @Override
    public PresenceCapabilities presenceCapabilities() {
        return fromRunning(SandboxPbx::presenceCapabilities, new PresenceCapabilities(Set.of(), false, false));
    }

    @Override
    public void startCallEvents(CallEventListener listener) {
        ifRunning(pbx -> pbx.startCallEvents(listener));
    }

    @Override
    public void stopCallEvents() {
        ifRunning(SandboxPbx::stopCallEvents);
    }

    @Override
    public void startPresence(PresenceSink sink) {
        ifRunning(pbx -> pbx.startPresence(sink));
    }

    @Override
    public void stopPresence() {
        ifRunning(SandboxPbx::stopPresence);
    }

    @Override
    public CompletableFuture<CallControlResult> answer(String callId) {
        return call(pbx -> pbx.answer(callId));
    }

    @Override
    public CompletableFuture<CallControlResult> hold(String callId) {
        return call(pbx -> pbx.hold(callId));
    }

    @Override
    public CompletableFuture<CallControlResult> resume(String callId) {
        return call(pbx -> pbx.resume(callId));
    }

    @Override
    public CompletableFuture<CallControlResult> transfer(String callId, TransferMode mode, String target) {
        return call(pbx -> pbx.transfer(callId, mode, target));
    }

    @Override
    public CompletableFuture<CallControlResult> completeTransfer(String callId) {
        return call(pbx -> pbx.completeTransfer(callId));
    }

    @Override
    public CompletableFuture<CallControlResult> cancelTransfer(String callId) {
        return call(pbx -> pbx.cancelTransfer(callId));
    }

    @Override
    public CompletableFuture<CallControlResult> hangUp(String callId) {
        return call(pbx -> pbx.hangUp(callId));
    }
}
