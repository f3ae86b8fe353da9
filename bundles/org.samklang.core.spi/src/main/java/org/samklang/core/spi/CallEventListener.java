package org.samklang.core.spi;

/**
 * Receives a {@link Telephony} connector's call events; the core provides it in {@link Telephony#startCallEvents}.
 * <p>
 * <b>Threading.</b> Called on the plugin's own thread, one event at a time per call and in order. The core's
 * implementation never blocks and never throws: it hands the event to its own queue and returns.
 */
@FunctionalInterface
public interface CallEventListener {

    /** One event happened. */
    void callEvent(CallEvent event);
}
