package org.samklang.ui.internal.reception.model;

/**
 * Where the receptionist's favourites live between restarts: the Eclipse instance preferences in the desktop, a
 * field in tests. Called on the UI thread; implementations write a few hundred bytes and must not block for long.
 */
public interface FavouriteStore {

    /** {@return the stored text, "" when nothing was stored yet} */
    String load();

    /** Stores {@code encoded}; a failure is logged by the implementation and never thrown. */
    void save(String encoded);
}
