package org.samklang.ui.internal.reception;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.samklang.ui.internal.reception.model.FavouriteStore;

/**
 * Keeps the receptionist's favourites in the Eclipse instance preferences of this bundle (under the desktop's data
 * folder), so they survive restarts and {@code -clearPersistedState}. Outside OSGi (the plain-SWT harness) there are
 * no instance preferences; {@link #openOrMemory()} then keeps them in memory for the session.
 */
final class PreferenceFavouriteStore implements FavouriteStore {

    private static final String NODE = "org.samklang.ui";
    private static final String KEY = "reception.favourites";
    private static final System.Logger LOG = System.getLogger(PreferenceFavouriteStore.class.getName());

    private final IEclipsePreferences node;

    private PreferenceFavouriteStore(IEclipsePreferences node) {
        this.node = node;
    }

    /** {@return the preference store, or an in-memory one when preferences are not available} */
    static FavouriteStore openOrMemory() {
        try {
            IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
            node.get(KEY, "");
            return new PreferenceFavouriteStore(node);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "no instance preferences; favourites last for this session only", e);
            return new MemoryStore();
        }
    }

    @Override
    public String load() {
        return node.get(KEY, "");
    }

    @Override
    public void save(String encoded) {
        node.put(KEY, encoded);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "favourites could not be saved", e);
        }
    }

    /** Favourites for one session, when there is nowhere to keep them. */
    private static final class MemoryStore implements FavouriteStore {

        private volatile String stored = "";

        @Override
        public String load() {
            return stored;
        }

        @Override
        public void save(String encoded) {
            stored = encoded;
        }
    }
}
