package org.samklang.app.internal;

import java.util.Optional;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.StoreHealth;

/**
 * The exit codes the desktop shares with its start scripts (the contract in the README's terms): the script turns
 * them into one line for a terminal user.
 */
final class DeskExit {

    /** The store cannot be used: damaged, newer schema, read-only, I/O error, disk full at start. */
    static final int STORE_UNUSABLE = 74;
    /** Another desk uses the data folder. */
    static final int DATA_FOLDER_IN_USE = 75;

    private DeskExit() {
    }

    /** {@return the exit code a store in this state calls for; empty when the desk can work} */
    static Optional<Integer> of(StoreHealth health) {
        if (health.state() != StoreHealth.State.UNUSABLE) {
            return Optional.empty();
        }
        return Optional.of(health.reason().orElseThrow() == Reason.LOCKED ? DATA_FOLDER_IN_USE : STORE_UNUSABLE);
    }
}
