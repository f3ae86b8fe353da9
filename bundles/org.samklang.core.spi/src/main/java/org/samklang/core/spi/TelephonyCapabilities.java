package org.samklang.core.spi;

import java.util.Set;

import org.samklang.core.api.internal.Checks;
import org.samklang.core.api.model.TransferMode;

/**
 * Which call controls a {@link Telephony} connector offers, declared so the desktop only shows buttons that work.
 * Hanging up is always offered.
 *
 * @param answer     whether calls can be answered from the desktop (some phones need the handset lifted)
 * @param hold       whether calls can be held and resumed
 * @param transfers  the transfer modes offered; empty if none
 * @param recordings whether {@link CallEvent.Ended} carries recording references
 */
public record TelephonyCapabilities(boolean answer, boolean hold, Set<TransferMode> transfers,
        boolean recordings) {

    public TelephonyCapabilities {
        transfers = Set.copyOf(Checks.notNull(transfers, "transfers"));
    }
}
