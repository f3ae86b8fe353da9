package org.samklang.core.api;

import java.util.function.Consumer;

import org.samklang.core.api.model.StoreHealth;

/**
 * Whether the desk's store can be used: opening, saving, unable to save (disk full) or unusable (could not be
 * opened). The desk registers it as soon as it starts opening the store, also when the store then cannot be opened,
 * so the desktop can say why instead of waiting for services that never come.
 * <p>
 * <b>Threading.</b> {@link #health()} never blocks. Listeners are called on an engine thread each time the state, its
 * reason or its count of refused changes changes (at most a few times a second), must not block, and must not
 * throw.
 */
public interface StoreHealthService {

    /** The store's health now. */
    StoreHealth health();

    /** Receives the health whenever it changes, starting with the current one; closing the handle stops it. */
    AutoCloseable subscribe(Consumer<StoreHealth> listener);
}
