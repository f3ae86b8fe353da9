package org.samklang.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

class DraftAutosaveTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<Draft> saved = new ArrayList<>();
    private final DraftAutosave autosave = new DraftAutosave(scheduler, saved::add);

    @Test
    void givenABurstOfTyping_whenThePauseEnds_thenOnlyTheLastTextIsSavedOnce() {
        autosave.changed(draft("H"));
        scheduler.advance(100);
        autosave.changed(draft("He"));
        scheduler.advance(100);
        autosave.changed(draft("Hej"));
        scheduler.advance(DraftAutosave.DELAY_MILLIS - 1);
        assertEquals(List.of(), saved, "still typing");

        scheduler.advance(1);
        assertEquals(List.of("Hej"), saved.stream().map(Draft::text).toList());
    }

    @Test
    void givenAPendingDraft_whenTheAgentSwitchesConversation_thenItIsSavedAtOnce() {
        autosave.changed(draft("Hej Anna"));
        autosave.saveNow();
        scheduler.advance(0);

        assertEquals(List.of("Hej Anna"), saved.stream().map(Draft::text).toList());
        scheduler.advance(DraftAutosave.DELAY_MILLIS);
        assertEquals(1, saved.size(), "not saved a second time");
    }

    @Test
    void givenAPendingDraft_whenTheReplyIsSent_thenTheDraftIsNeverSaved() {
        autosave.changed(draft("Skickat"));
        autosave.cancel();
        scheduler.advance(DraftAutosave.DELAY_MILLIS * 2);

        assertEquals(List.of(), saved);
    }

    private static Draft draft(String text) {
        return new Draft(new ConversationId(7), "key", text, Optional.empty(), Instant.EPOCH);
    }
}
