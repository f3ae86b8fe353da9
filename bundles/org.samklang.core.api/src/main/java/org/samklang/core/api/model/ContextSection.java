package org.samklang.core.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One part of a customer context that loads on its own (the CRM record, the orders...), so the UI can show a
 * state per source instead of one spinner.
 *
 * @param <T> what the section holds when loaded
 * @param state where loading stands
 * @param value the loaded value, present only in state {@link State#LOADED}
 * @param detail data for the desktop's sentence, never a sentence itself: for {@link State#FAILED} the error's own
 *               message, for {@link State#TIMED_OUT} the seconds waited; empty otherwise
 */
public record ContextSection<T>(State state, Optional<T> value, String detail) {

    /** Where loading of a section stands. */
    public enum State {
        /** A connector has been asked and has not answered yet. */
        LOADING,
        /** The connector answered; {@code value} holds the answer. */
        LOADED,
        /** The connector answered that it knows nothing about this customer. */
        NOT_FOUND,
        /** The connector failed; {@code detail} is its error's message. */
        FAILED,
        /** The connector did not answer in time; {@code detail} is the seconds waited. */
        TIMED_OUT,
        /** The section needs another one that could not be loaded (the orders need the CRM's customer id). */
        BLOCKED,
        /** No connector of this kind is installed. */
        NO_SOURCE
    }

    public ContextSection {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(value, "value");
        detail = detail == null ? "" : detail;
        if ((state == State.LOADED) != value.isPresent()) {
            throw new IllegalArgumentException("a section has a value exactly when it is loaded, not when " + state);
        }
    }

    public static <T> ContextSection<T> loading() {
        return new ContextSection<>(State.LOADING, Optional.empty(), "");
    }

    public static <T> ContextSection<T> loaded(T value) {
        return new ContextSection<>(State.LOADED, Optional.of(value), "");
    }

    public static <T> ContextSection<T> of(State state, String detail) {
        return new ContextSection<>(state, Optional.empty(), detail);
    }
}
