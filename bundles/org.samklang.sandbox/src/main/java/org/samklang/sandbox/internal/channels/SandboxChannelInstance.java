package org.samklang.sandbox.internal.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.InboundMessage;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;
import org.samklang.sandbox.internal.SandboxMessages;
import org.samklang.sandbox.internal.SandboxRemote;

/**
 * One configured sandbox channel: a Declarative Services component per factory configuration of
 * {@value SandboxChannelType#FACTORY_PID}, which the core's plugin host starts with its checked settings. It takes
 * its simulated customers' traffic from the {@link SandboxLines} and hands it in through the sink bound to it,
 * through a {@link Handover} (kept and handed in again while the core cannot store); it sends through a
 * {@link SandboxChannel} of its kind. Switched off ({@code online = false}) it is offline: nothing is handed in (the
 * traffic waits at the simulated server) and sends wait in the outbox.
 * <p>
 * Everything it uses comes from the context in {@link #start}; the component's own properties are not read. Before
 * {@code start} and after {@code stop} it is offline. Thread-safe: the running state is one immutable value.
 */
@Component(service = ChannelConnector.class, configurationPid = SandboxChannelType.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class SandboxChannelInstance implements ChannelConnector {

    /** How often an item the core could not store is handed in again. */
    private static final Duration HANDOVER_RETRY = Duration.ofSeconds(2);
    private static final long SEED = 20261122L;

    /** One start's worth of state. */
    private record Running(String id, SandboxChannelKind kind, SandboxRemote remote, SandboxChannel channel,
            Handover handover, Locale locale) {
    }

    private SandboxLines lines;
    private volatile Running running;
    /** The id of its last start, kept after {@code stop}: the desk takes it out of work by this id. */
    private volatile String lastId = "sandbox.channel";

    @Reference
    void setLines(SandboxLines sandboxLines) {
        this.lines = sandboxLines;
    }

    @Override
    public void start(PluginContext context) {
        SandboxChannelKind kind = SandboxChannelKind.of(context.configuration().text(SandboxChannelType.MEDIA)
                .orElse("email"));
        Locale locale = context.locale();
        SandboxRemote remote = new SandboxRemote(kind.displayName(locale), context.clock());
        remote.configure(context.configuration());
        String id = context.instanceId();
        lastId = id;
        SandboxChannel channel = kind.channel(id, locale, SEED, context.clock(),
                delivery -> lines.delivered(id, delivery));
        running = new Running(id, kind, remote, channel, new Handover(context.inbound(), HANDOVER_RETRY), locale);
        lines.attach(this);
    }

    @Override
    public void stop() {
        Running stopping = running;
        if (stopping != null) {
            running = null;
            lines.detach(this, stopping.handover().drain());
        }
    }

    /** Hands in what the lines queued for it, unless it is switched off (then its traffic waits). */
    void pump(Instant now, Supplier<List<InboundMessage>> queued) {
        Running now0 = running;
        if (now0 != null && now0.remote().isOnline()) {
            now0.handover().pump(now, queued);
        }
    }

    /** Whether it keeps items the core could not store yet. */
    boolean holding() {
        Running now = running;
        return now != null && now.handover().keptCount() > 0;
    }

    @Override
    public String id() {
        return lastId;
    }

    @Override
    public String displayName() {
        Running now = running;
        return now == null ? id() : now.channel().displayName();
    }

    @Override
    public MediaType mediaType() {
        Running now = running;
        return now == null ? MediaType.EMAIL : now.kind().mediaType();
    }

    @Override
    public ChannelCapabilities capabilities() {
        Running now = running;
        return now == null ? ChannelCapabilities.plainText() : now.channel().capabilities();
    }

    @Override
    public ConnectorHealth health() {
        Running now = running;
        if (now == null) {
            return new ConnectorHealth(ConnectorHealth.Status.OFFLINE,
                    SandboxMessages.text(Locale.getDefault(), "health.notStarted"), Instant.EPOCH);
        }
        return now.remote().isOnline() ? now.channel().health() : now.remote().health();
    }

    /** Sends through its channel after the configured delay; while switched off, the reply waits (retryable). */
    @Override
    public SendResult send(OutboundMessage message, SendAttempt attempt) {
        Running now = running;
        if (now == null || !now.remote().isOnline()) {
            return SendResult.retry(SandboxMessages.text(now == null ? Locale.getDefault() : now.locale(),
                    "health.offline"));
        }
        long delay = now.remote().latencyMillis();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SendResult.retry("interrupted while sending");
            }
        }
        return now.channel().send(message, attempt);
    }
}
