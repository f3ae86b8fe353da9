package org.samklang.ui.internal.model;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.samklang.core.api.CustomerNoteService;
import org.samklang.core.api.model.CustomerId;

/**
 * Saves the customer note a short pause after the agent stops typing ({@link #DELAY_MILLIS}), off the UI thread,
 * and says how it went: "Saved" or "Not saved: reason". Every keystroke replaces the pending text and restarts the
 * pause, so a burst of typing costs one save. {@link #saveNow} saves the pending text at once (the card shows
 * another customer). Thread-safe: {@link #changed} is called on the UI thread; the save and the status callback
 * run on the scheduler's thread, with the customer the status is about (the UI may show another one by then).
 */
public final class NoteAutosave {

    /** The pause after the last keystroke before the note is saved. */
    public static final long DELAY_MILLIS = 500;

    /**
     * How saving the note of {@code customer} went.
     *
     * @param saved true if the service took the note
     * @param text  "Saved" or "Not saved: reason", for the agent
     */
    public record Outcome(CustomerId customer, boolean saved, String text) {
    }

    private record Pending(CustomerId customer, String text) {
    }

    private final Scheduler scheduler;
    private final BiConsumer<CustomerId, String> save;
    private final Consumer<Outcome> status;
    private final UiMessages messages;
    private Pending pending;
    private long generation;

    /**
     * @param save   stores a note (e.g. {@link CustomerNoteService#saveNote}); may throw
     * @param status receives how each save went
     */
    public NoteAutosave(Scheduler scheduler, BiConsumer<CustomerId, String> save, Consumer<Outcome> status,
            UiMessages messages) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.save = Objects.requireNonNull(save, "save");
        this.status = Objects.requireNonNull(status, "status");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The agent changed the note of {@code customer}: it is saved after the pause unless it changes again. */
    public void changed(CustomerId customer, String text) {
        long mine;
        synchronized (this) {
            pending = new Pending(Objects.requireNonNull(customer, "customer"), Objects.requireNonNull(text, "text"));
            mine = ++generation;
        }
        scheduler.schedule(() -> saveIfStill(mine), DELAY_MILLIS);
    }

    /** Saves the pending note now (on the scheduler's thread), if there is one. */
    public void saveNow() {
        long mine;
        synchronized (this) {
            if (pending == null) {
                return;
            }
            mine = generation;
        }
        scheduler.schedule(() -> saveIfStill(mine), 0);
    }

    /** Saves the pending note on the calling thread, if there is one (the part closes with its scheduler). */
    public void saveHere() {
        long mine;
        synchronized (this) {
            if (pending == null) {
                return;
            }
            mine = generation;
        }
        saveIfStill(mine);
    }

    private void saveIfStill(long expected) {
        Pending note;
        synchronized (this) {
            if (generation != expected || pending == null) {
                return;
            }
            note = pending;
            pending = null;
        }
        if (note.text().length() > CustomerNoteService.MAX_LENGTH) {
            notSaved(note.customer(), messages.format("note.tooLong", CustomerNoteService.MAX_LENGTH));
            return;
        }
        try {
            save.accept(note.customer(), note.text());
        } catch (RuntimeException e) {
            notSaved(note.customer(), FailureTexts.describe(e, messages));
            return;
        }
        status.accept(new Outcome(note.customer(), true, messages.format("note.saved")));
    }

    private void notSaved(CustomerId customer, String reason) {
        status.accept(new Outcome(customer, false, messages.format("note.notSaved", reason)));
    }
}
