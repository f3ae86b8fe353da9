package org.samklang.core.api.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.samklang.core.api.StoreUnavailableException;

/**
 * Whether the desk's store can keep what the desk receives and does, for the status line, the window's banner and
 * the start-up check.
 *
 * @param state    what the store can do now
 * @param reason   why it cannot, for {@link State#CANNOT_SAVE} and {@link State#UNUSABLE}; empty otherwise
 * @param location the file or folder the reason is about (the store file, or the data folder another desk uses);
 *                 empty while {@link State#OPENING}
 * @param detail   the technical error behind it, as the system or the database driver said it (not a sentence of
 *                 the engine: the desktop words what happened from {@code reason}), for a details line; empty while
 *                 all is well or when nothing lies behind the reason
 * @param since    when this state began
 * @param refused  how many changes the store refused since it entered {@link State#CANNOT_SAVE}: their senders were
 *                 told (channels do not acknowledge them to their remote and hand them in again; the engine keeps
 *                 its own changes and saves them when it can); zero in every other state
 */
public record StoreHealth(State state, Optional<StoreUnavailableException.Reason> reason, String location,
        String detail, Instant since, long refused) {

    /** What the store can do. */
    public enum State {
        /** The desk is still opening its store; nothing is known yet. */
        OPENING,
        /** The store is open and every change is saved. */
        SAVING,
        /**
         * The store is open but its last write failed (disk full, I/O error): changes are refused, nothing saved
         * before is lost, and the desk saves again by itself on its next write once the cause is gone.
         */
        CANNOT_SAVE,
        /** The store could not be opened (damaged, newer, read-only, in use by another desk): the desk cannot work. */
        UNUSABLE
    }

    public StoreHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(since, "since");
        boolean faulty = state == State.CANNOT_SAVE || state == State.UNUSABLE;
        if (faulty != reason.isPresent()) {
            throw new IllegalArgumentException(state + (faulty ? " needs a reason" : " has no reason"));
        }
        if (refused < 0 || (refused > 0 && state != State.CANNOT_SAVE)) {
            throw new IllegalArgumentException("refused " + refused + " does not fit " + state);
        }
    }

    /** Opening since {@code since}. */
    public static StoreHealth opening(Instant since) {
        return new StoreHealth(State.OPENING, Optional.empty(), "", "", since, 0);
    }

    /** Saving everything since {@code since}; {@code location} is the store file. */
    public static StoreHealth saving(String location, Instant since) {
        return new StoreHealth(State.SAVING, Optional.empty(), location, "", since, 0);
    }

    /** {@return whether the desk cannot keep what it receives: the user must be told} */
    public boolean faulty() {
        return reason.isPresent();
    }
}
