package org.samklang.core.internal.plugins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.samklang.core.api.model.MediaType;
import org.samklang.core.spi.ChannelCapabilities;
import org.samklang.core.spi.ChannelConnector;
import org.samklang.core.spi.ConnectorHealth;
import org.samklang.core.spi.OutboundMessage;
import org.samklang.core.spi.PluginContext;
import org.samklang.core.spi.SendAttempt;
import org.samklang.core.spi.SendResult;

/**
 * A channel plugin instance for host tests: records each start's context and each stop, and can be told to throw in
 * {@code start}, to hang there until released, or to refuse sends as if its server were away. Thread-safe.
 */
public final class TestChannel implements ChannelConnector {

    /** How the next {@code start} behaves. */
    public enum StartBehaviour {
        RETURN, THROW, HANG
    }

    private final List<PluginContext> starts = new ArrayList<>();
    private final List<OutboundMessage> sent = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile StartBehaviour behaviour = StartBehaviour.RETURN;
    private volatile StartBehaviour stopBehaviour = StartBehaviour.RETURN;
    private volatile boolean reachable = true;
    private volatile ConnectorHealth health = ConnectorHealth.online(Instant.EPOCH);
    private volatile String id;
    private int stops;
    private int inStart;
    private int begun;
    private int mostAtOnce;
    private boolean running;

    /** A configured instance: it learns its id when started. */
    public TestChannel() {
        this("(not started)");
    }

    /** A channel registered by hand, which names itself {@code ownId}. */
    public TestChannel(String ownId) {
        this.id = ownId;
    }

    public TestChannel behaving(StartBehaviour next) {
        behaviour = next;
        return this;
    }

    /** How {@code stop} behaves from now on (throws, hangs until released, or returns). */
    public TestChannel stopping(StartBehaviour next) {
        stopBehaviour = next;
        return this;
    }

    /** Lets a hanging {@code start} or {@code stop} return. */
    public void release() {
        release.countDown();
    }

    /** Reports itself offline (the outbox then leaves its replies waiting) or online again. */
    public void online(boolean value) {
        health = value
                ? ConnectorHealth.online(Instant.EPOCH)
                : new ConnectorHealth(ConnectorHealth.Status.OFFLINE, "the test server is away", Instant.EPOCH);
    }

    /** Whether sends reach the remote; while not, they fail as retryable. */
    public void reachable(boolean value) {
        reachable = value;
    }

    @Override
    public void start(PluginContext context) {
        synchronized (this) {
            inStart++;
            begun++;
            mostAtOnce = Math.max(mostAtOnce, inStart);
        }
        try {
            startAs(behaviour);
        } finally {
            synchronized (this) {
                inStart--;
            }
        }
        synchronized (this) {
            starts.add(context);
            running = true;
        }
        id = context.instanceId();
    }

    private void startAs(StartBehaviour how) {
        switch (how) {
            case THROW -> throw new IllegalStateException("cannot open the mailbox: login refused");
            case HANG -> {
                try {
                    release.await(1, TimeUnit.HOURS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case RETURN -> {
                // Starts at once.
            }
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            stops++;
            running = false;
        }
        startAs(stopBehaviour);
    }

    /** {@return how many {@code start} calls began, returned or not} */
    public synchronized int startsBegun() {
        return begun;
    }

    /** {@return the most {@code start} calls that were running at the same time} */
    public synchronized int mostStartsAtOnce() {
        return mostAtOnce;
    }

    /** {@return whether its last {@code start} returned and no {@code stop} came after it} */
    public synchronized boolean running() {
        return running;
    }

    public synchronized List<PluginContext> starts() {
        return List.copyOf(starts);
    }

    public synchronized PluginContext lastContext() {
        return starts.get(starts.size() - 1);
    }

    public synchronized int stops() {
        return stops;
    }

    public synchronized List<OutboundMessage> sent() {
        return List.copyOf(sent);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Test mailbox";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.EMAIL;
    }

    @Override
    public ChannelCapabilities capabilities() {
        return ChannelCapabilities.plainText();
    }

    @Override
    public ConnectorHealth health() {
        return health;
    }

    @Override
    public SendResult send(OutboundMessage message, SendAttempt attempt) {
        if (!reachable) {
            return SendResult.retry("the test server is away");
        }
        synchronized (this) {
            sent.add(message);
        }
        return SendResult.sent("remote-" + message.idempotencyKey());
    }
}
