package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.CustomerNoteService;
import org.samklang.core.api.model.CustomerId;

class NoteAutosaveTest {

    private static final CustomerId ANNA = new CustomerId(1);
    private static final CustomerId BO = new CustomerId(2);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final UiMessages messages = UiMessages.forLocale(Locale.ENGLISH);
    private final List<String> saved = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private RuntimeException failure;
    private final NoteAutosave autosave = new NoteAutosave(scheduler, (customer, text) -> {
        if (failure != null) {
            throw failure;
        }
        saved.add(customer.value() + ":" + text);
    }, outcome -> statuses.add(outcome.customer().value() + ":" + outcome.saved() + ":" + outcome.text()), messages);

    @Test
    void givenABurstOfTyping_whenThePauseEnds_thenOnlyTheLastTextIsSavedOnceAndSaidToBeSaved() {
        autosave.changed(ANNA, "R");
        scheduler.advance(200);
        autosave.changed(ANNA, "Ri");
        scheduler.advance(200);
        autosave.changed(ANNA, "Ring");
        scheduler.advance(NoteAutosave.DELAY_MILLIS - 1);
        assertEquals(List.of(), saved, "still typing");
        assertEquals(List.of(), statuses, "nothing to say while typing");

        scheduler.advance(1);
        assertEquals(List.of("1:Ring"), saved);
        assertEquals(List.of("1:true:" + messages.format("note.saved")), statuses);
        assertEquals("Saved", messages.format("note.saved"));
    }

    @Test
    void givenAPendingNote_whenTheCardShowsAnotherCustomer_thenTheNoteIsSavedAtOnceForItsOwnCustomer() {
        autosave.changed(ANNA, "Prefers email");
        autosave.saveNow();
        scheduler.advance(0);
        autosave.changed(BO, "Bo");
        scheduler.advance(NoteAutosave.DELAY_MILLIS * 2);

        assertEquals(List.of("1:Prefers email", "2:Bo"), saved, "each note once, for its customer");
    }

    @Test
    void givenAPendingNote_whenThePartClosesAndSavesHere_thenItIsSavedOnTheCallingThreadAndNotAgainLater() {
        autosave.changed(ANNA, "Call back after 15:00");
        autosave.saveHere();
        assertEquals(List.of("1:Call back after 15:00"), saved);

        scheduler.advance(NoteAutosave.DELAY_MILLIS);
        assertEquals(1, saved.size());
    }

    @Test
    void givenNothingPending_whenSavedNow_thenNothingIsSaved() {
        autosave.saveNow();
        scheduler.advance(NoteAutosave.DELAY_MILLIS);

        assertEquals(List.of(), saved);
        assertEquals(0, scheduler.pending());
    }

    @Test
    void givenTheServiceFails_whenTheNoteIsSaved_thenTheStatusSaysNotSavedWithTheReason() {
        failure = new IllegalStateException("disk on fire");
        autosave.changed(ANNA, "x");
        scheduler.advance(NoteAutosave.DELAY_MILLIS);

        assertEquals(List.of("1:false:Not saved: disk on fire"), statuses);
    }

    @Test
    void givenTooLongText_whenThePauseEnds_thenItIsNotSentToTheServiceAndTheStatusSaysWhy() {
        autosave.changed(ANNA, "x".repeat(CustomerNoteService.MAX_LENGTH + 1));
        scheduler.advance(NoteAutosave.DELAY_MILLIS);

        assertEquals(List.of(), saved);
        assertEquals(List.of("1:false:Not saved: the note is longer than 4,000 characters"), statuses);
    }
}
