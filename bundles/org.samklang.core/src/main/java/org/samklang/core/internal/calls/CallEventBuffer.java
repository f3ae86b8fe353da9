package org.samklang.core.internal.calls;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Objects;

import org.samklang.core.spi.CallEvent;
import org.samklang.core.spi.CallEventListener;
import org.samklang.core.spi.Telephony;

/**
 * The core's listener for one {@link Telephony} connector, handed to it as soon as the connector is bound, before
 * the desk's call runtime may exist: it keeps the connector's call events until the runtime listens
 * ({@link #attach}), then hands them over in order and forwards every later one at once. So a PBX that reports calls
 * while the desk is still starting loses none, and no plugin keeps events of its own for a listener that is late.
 * <p>
 * Bounded: at most {@code capacity} events wait per connector; beyond that the oldest is dropped, counted and logged
 * once per overflow, since the newest events are the live calls. Thread-safe: the plugin calls {@link #callEvent}
 * from its own threads; forwarding happens under the buffer's lock, so order is kept, and the runtime's listener
 * only queues the event, so the plugin never waits for the desk.
 */
public final class CallEventBuffer implements CallEventListener {

    /** Events kept per connector while nobody listens: a busy switchboard's hour. */
    public static final int DEFAULT_CAPACITY = 5_000;

    private static final System.Logger LOG = System.getLogger(CallEventBuffer.class.getName());

    private final String connector;
    private final int capacity;
    private final ArrayDeque<CallEvent> waiting = new ArrayDeque<>();
    private CallEventListener listener;
    private long dropped;
    private boolean closed;

    public CallEventBuffer(String connector, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, got " + capacity);
        }
        this.connector = Objects.requireNonNull(connector, "connector");
        this.capacity = capacity;
    }

    /**
     * Subscribes to the connector's call events now, with a buffer of the default capacity; a connector that throws
     * here is logged and the buffer stays empty.
     */
    public static CallEventBuffer subscribe(Telephony telephony) {
        String name = PbxCommands.name(telephony);
        CallEventBuffer buffer = new CallEventBuffer(name, DEFAULT_CAPACITY);
        try {
            telephony.startCallEvents(buffer);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "phone connector " + name + " did not start reporting call events", e);
        }
        return buffer;
    }

    @Override
    public synchronized void callEvent(CallEvent event) {
        if (closed) {
            return;
        }
        if (event == null) {
            LOG.log(Level.WARNING, "null call event from {0} ignored", connector);
            return;
        }
        if (listener != null) {
            listener.callEvent(event);
            return;
        }
        if (waiting.size() == capacity) {
            waiting.poll();
            if (dropped++ == 0) {
                LOG.log(Level.WARNING, "phone connector {0} reported more than {1} call events before the desk"
                        + " listened; dropping the oldest", connector, capacity);
            }
        }
        waiting.add(event);
    }

    /** The desk listens from now on: the events kept so far go to {@code runtime} first, in the order they came. */
    public synchronized void attach(CallEventListener runtime) {
        Objects.requireNonNull(runtime, "runtime");
        if (closed) {
            return;
        }
        if (dropped > 0) {
            LOG.log(Level.WARNING, "{0} call events of {1} were dropped before the desk listened; the {2} newest are"
                    + " filed", dropped, connector, waiting.size());
        }
        while (!waiting.isEmpty()) {
            runtime.callEvent(waiting.poll());
        }
        listener = runtime;
    }

    /** {@return how many events wait for the desk} */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** The connector left: events kept are dropped and later ones ignored. */
    public synchronized void close() {
        closed = true;
        listener = null;
        waiting.clear();
    }
}
