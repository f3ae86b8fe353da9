package org.samklang.core.internal.plugins;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.internal.runtime.Desk;
import org.samklang.core.internal.store.StoreHealthBoard;

/**
 * A desk on a test directory with the plugin host's limits short (a hanging start is declared after 2 s: short, yet long enough that a start on a loaded machine is not taken for a hanging one) and
 * secrets in memory, plus ways to wait for what the host does on its own threads.
 */
final class HostDesk implements AutoCloseable {

    static final PluginHost.Limits SHORT = new PluginHost.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2));
    private static final long WAIT_SECONDS = 20;

    final Desk desk;
    final MemorySecrets secrets;

    private HostDesk(Desk desk, MemorySecrets secrets) {
        this.desk = desk;
        this.secrets = secrets;
    }

    /** A desk on {@code data} whose gate is open and whose host knows {@link TestChannelType}. */
    static HostDesk open(Path data, MemorySecrets secrets) {
        Clock clock = Clock.systemUTC();
        Desk desk = Desk.start(data, clock, new StoreHealthBoard(clock), secrets, SHORT);
        desk.plugins().typeAdded(new TestChannelType());
        desk.plugins().openGate();
        return new HostDesk(desk, secrets);
    }

    PluginHost host() {
        return desk.plugins();
    }

    void add(TestChannel channel, Map<String, Object> properties) {
        host().serviceAdded(Facet.CHANNEL, channel, properties);
    }

    /** {@return the status line's entry for {@code id} once {@code until} holds for it (or fails after 20 s)} */
    ConnectorStatus status(String id, java.util.function.Predicate<ConnectorStatus> until) {
        return await(() -> statusOf(id).filter(until), "status of " + id + " in " + statuses());
    }

    Optional<ConnectorStatus> statusOf(String id) {
        desk.connectorStatus().poll();
        return desk.connectorStatus().connectors().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    List<ConnectorStatus> statuses() {
        return desk.connectorStatus().connectors();
    }

    /** The host's own record of {@code instanceId}, once {@code until} holds for it. */
    InstanceStatus instance(String instanceId, java.util.function.Predicate<InstanceStatus> until) {
        return await(() -> host().statuses().stream().filter(s -> s.instanceId().equals(instanceId))
                .filter(until).findFirst(), "instance " + instanceId + " in " + host().statuses());
    }

    /** Waits (at most 20 s, polling) until {@code probe} answers something. */
    static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Optional<T> found = probe.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            found = probe.get();
        }
        return found.orElseThrow(() -> new AssertionError("waited " + WAIT_SECONDS + " s for " + what));
    }

    @Override
    public void close() {
        desk.close();
    }
}
