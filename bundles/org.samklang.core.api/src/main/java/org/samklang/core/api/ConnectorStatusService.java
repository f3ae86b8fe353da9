package org.samklang.core.api;

import java.util.List;
import java.util.function.Consumer;
import org.samklang.core.api.model.ConnectorStatus;

/**
 * The health of every installed plugin (channels and backend connectors): online, degraded or offline, with the
 * reason and since when, for the status line.
 * <p>
 * <b>Threading.</b> {@link #connectors()} never blocks: health is polled by the core in the background and cached.
 * Listeners are called on a background thread with the whole list whenever any status changes, or a plugin comes
 * or goes, and must not block.
 */
public interface ConnectorStatusService {

    /** One entry per installed plugin, in a stable order (channels first, then connectors, each by name). */
    List<ConnectorStatus> connectors();

    /** Receives the list whenever it changes; closing the handle stops it. */
    AutoCloseable subscribe(Consumer<List<ConnectorStatus>> listener);
}
