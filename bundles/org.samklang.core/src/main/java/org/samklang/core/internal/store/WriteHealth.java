package org.samklang.core.internal.store;

import org.samklang.core.api.StoreUnavailableException;

/**
 * Where the {@link Writer} reports whether the store writes: every batch it could not write, and the first it
 * wrote after such failures. Called on the writer thread; must not block.
 */
public interface WriteHealth {

    /** No one listens. */
    WriteHealth NONE = new WriteHealth() {

        @Override
        public void writeFailed(StoreUnavailableException error, int refused, String file) {
            // Nobody to tell.
        }

        @Override
        public void writeRecovered(String file) {
            // Nobody to tell.
        }
    };

    /** A batch could not be written; {@code refused} of its tasks failed (the others are kept for a retry). */
    void writeFailed(StoreUnavailableException error, int refused, String file);

    /** A batch committed after one or more failed. */
    void writeRecovered(String file);
}
