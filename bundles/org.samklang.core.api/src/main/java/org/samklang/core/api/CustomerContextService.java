package org.samklang.core.api;

import java.util.function.Consumer;
import org.samklang.core.api.model.Address;
import org.samklang.core.api.model.CustomerContext;

/**
 * Who the customer behind an address is: the CRM record, ERP orders and invoices, and earlier conversations on
 * every channel, gathered from whichever connectors are installed.
 * <p>
 * <b>Threading.</b> {@link #open} returns at once with a snapshot whose sections are loading; it never blocks
 * on a connector. Each connector is asked on a background thread with a timeout, and the listener receives a new
 * immutable snapshot every time a section settles (loaded, not found, failed, timed out). The listener is
 * called on a background thread and must not block; UI callers hop to their own thread.
 * <p>
 * <b>Errors.</b> A slow or failing connector never fails the whole context: its section says why, and the other
 * sections still load. Calling {@link #open} again for the same address reuses a recent result (screen pop
 * prefetches on ringing, so the card is usually complete when the agent looks).
 */
public interface CustomerContextService {

    /**
     * Starts gathering the context for an address and returns the first snapshot.
     *
     * @param address the normalised address of the party (for example the caller's number)
     * @param listener receives each newer snapshot until the returned handle is closed
     */
    Handle open(Address address, Consumer<CustomerContext> listener);

    /** Stops updates for one {@link #open} call. */
    interface Handle extends AutoCloseable {

        /** The newest snapshot. */
        CustomerContext current();

        @Override
        void close();
    }
}
