package org.samklang.core.internal.plugins;

import java.util.function.Supplier;

import org.samklang.core.api.model.ConnectorStatus;
import org.samklang.core.spi.ConnectorHealth;

/** Where the plugin host puts each instance's entry of the status line. Thread-safe. */
public interface StatusEntries {

    /**
     * Shows (or replaces) the entry under {@code key}; {@code health} is asked on the status line's background poll
     * and may be a plugin's own (it is guarded there).
     */
    void show(Object key, String id, String displayName, ConnectorStatus.Role role, Supplier<ConnectorHealth> health);

    /** Withdraws the entry under {@code key}, if any. */
    void remove(Object key);
}
