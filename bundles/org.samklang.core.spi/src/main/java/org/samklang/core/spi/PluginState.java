package org.samklang.core.spi;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A plugin instance's small durable key-value state, kept by the core in its store (not in a file of the plugin's):
 * where a sync stands (IMAP UIDVALIDITY and MODSEQ, a social API's {@code since_id}), so it resumes there after a
 * restart. Each instance sees only its own keys; removing the instance in the Settings view deletes them.
 * <p>
 * <b>Threading.</b> Thread-safe. Reads return at once from memory (the state is loaded before
 * {@link Connector#start}). Writes return at once; the future completes on a core thread once the value is
 * committed, and only then do reads see it. Writes of one instance are applied in the order they were made.
 * <p>
 * <b>Errors.</b> A key that is not {@code [A-Za-z0-9._:-]}, 1 to 128 characters, a value over 65,536 characters, or
 * a 1,001st key fails the future with {@link IllegalArgumentException}. If the store cannot write (disk full), the
 * future fails with {@code org.samklang.core.api.StoreUnavailableException} and the old value stays: do not advance
 * past what was not saved (re-fetching from the old position is safe, the core dedupes), and write again later. The
 * desk shows the user that its store cannot save. A secret never belongs here: it is in the instance's settings.
 */
public interface PluginState {

    /** The longest key. */
    int MAX_KEY = 128;
    /** The longest value. */
    int MAX_VALUE = 65_536;
    /** The most keys one instance keeps. */
    int MAX_KEYS = 1000;

    /** {@return the value under {@code key}, if one was committed} */
    Optional<String> get(String key);

    /** {@return every committed key and value of this instance} */
    Map<String, String> all();

    /** Sets {@code key} to {@code value}; completes once committed. */
    CompletableFuture<Void> put(String key, String value);

    /** Removes {@code key} (nothing if it has no value); completes once committed. */
    CompletableFuture<Void> remove(String key);
}
