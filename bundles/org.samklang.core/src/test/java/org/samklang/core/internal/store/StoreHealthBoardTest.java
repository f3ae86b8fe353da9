package org.samklang.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samklang.core.api.StoreUnavailableException;
import org.samklang.core.api.StoreUnavailableException.Reason;
import org.samklang.core.api.model.StoreHealth;

class StoreHealthBoardTest {

    private final StoreHealthBoard board = new StoreHealthBoard(
            Clock.fixed(Instant.parse("2026-12-07T20:00:00Z"), ZoneOffset.UTC));

    @Test
    void anUnusableStoreShowsTheSystemsErrorNotTheCoresEnglishSentence() {
        var denied = new AccessDeniedException("store/samklang.db");
        board.unusable(new StoreUnavailableException(Reason.IO_ERROR, "Cannot read or write store/samklang.db ("
                + denied.getMessage() + "). Check the disk and the permissions.", new IOException(denied)),
                "store/samklang.db");

        StoreHealth health = board.health();
        assertEquals(Optional.of(Reason.IO_ERROR), health.reason(), "the desktop words it from the reason");
        assertEquals("store/samklang.db", health.detail());
    }

    @Test
    void aStoreInUseByAnotherDeskHasNoDetailBeyondItsReasonAndLocation() {
        board.unusable(new StoreUnavailableException(Reason.LOCKED, "Another Samklang is already using the data"
                + " directory /data."), "/data");

        assertEquals("", board.health().detail());
    }

    @Test
    void aStoreThatCannotSaveShowsTheDriversErrorOrAtLeastItsType() {
        board.writeFailed(new StoreUnavailableException(Reason.IO_ERROR, "Cannot read or write the store.",
                new IllegalStateException()), 1, "store/samklang.db");

        assertTrue(board.health().detail().equals("IllegalStateException"), board.health().detail());
    }
}
