package org.samklang.core.internal.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the secrets of plugin instances (passwords, tokens, API keys) are kept: nowhere else than here, never in
 * Configuration Admin, a file, the store or the log. Thread-safe; every method may block on the disk and on
 * encryption, so it is never called on the UI thread.
 */
public interface SecretStore {

    /** A store that holds nothing and refuses to keep anything (tests, a desk without secure storage). */
    SecretStore NONE = new SecretStore() {

        @Override
        public Optional<String> read(String instanceId, String key) {
            return Optional.empty();
        }

        @Override
        public Set<String> keys(String instanceId) {
            return Set.of();
        }

        @Override
        public void write(String instanceId, Map<String, String> changes) {
            if (!changes.isEmpty()) {
                throw new SecretStoreException("no secure storage on this desk", null);
            }
        }

        @Override
        public void forget(String instanceId) {
            // Nothing kept.
        }
    };

    /**
     * {@return the secret {@code key} of {@code instanceId}, if one is kept}
     *
     * @throws SecretStoreException when the storage cannot be read or decrypted
     */
    Optional<String> read(String instanceId, String key);

    /** {@return the keys of {@code instanceId} that have a secret} Never decrypts. */
    Set<String> keys(String instanceId);

    /**
     * Keeps {@code changes} for {@code instanceId} all together, on disk before it returns: a value sets the secret,
     * an empty value clears it.
     *
     * @throws SecretStoreException when they could not be kept; then none of them was
     */
    void write(String instanceId, Map<String, String> changes);

    /** Forgets every secret of {@code instanceId} (it was removed). */
    void forget(String instanceId);

    /** Secure storage failed; the message says why, without any secret. */
    final class SecretStoreException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public SecretStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
