package org.samklang.core.internal.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

class FileDraftStoreTest {

    private static final ConversationId ONE = new ConversationId(1);
    private static final ConversationId TWO = new ConversationId(2);
    private static final Instant AT = Instant.parse("2026-11-12T08:00:00Z");

    @TempDir
    Path directory;

    @Test
    void givenASavedDraft_whenAFreshStoreOpensTheSameDirectory_thenItReadsTheDraftBack() {
        Draft draft = new Draft(ONE, "key-1", "Hej Anna,\nordern kommer i morgon.", Optional.of("sms.main"), AT);
        try (FileDraftStore store = new FileDraftStore(directory)) {
            store.saveDraft(draft);
        }

        try (FileDraftStore fresh = new FileDraftStore(directory)) {
            assertEquals(Optional.of(draft), fresh.draft(ONE));
            assertEquals(Optional.empty(), fresh.draft(TWO));
        }
    }

    @Test
    void givenABurstOfSaves_whenReadAtOnceAndAfterAFlush_thenTheLatestWinsAndOneFileHoldsIt() throws IOException {
        try (FileDraftStore store = new FileDraftStore(directory)) {
            for (int i = 1; i <= 200; i++) {
                store.saveDraft(new Draft(ONE, "key-1", "x".repeat(i), Optional.empty(), AT.plusMillis(i)));
                assertEquals(i, store.draft(ONE).orElseThrow().text().length(), "a read never sees an older save");
            }
            assertTrue(store.flush(Duration.ofSeconds(10)));
            try (var files = Files.list(directory)) {
                assertEquals(1, files.count());
            }
        }
        try (FileDraftStore fresh = new FileDraftStore(directory)) {
            assertEquals(200, fresh.draft(ONE).orElseThrow().text().length());
        }
    }

    @Test
    void givenADiscardedDraft_whenTheStoreIsReopened_thenItIsGoneAndOthersStay() {
        try (FileDraftStore store = new FileDraftStore(directory)) {
            store.saveDraft(new Draft(ONE, "k1", "one", Optional.empty(), AT));
            store.saveDraft(new Draft(TWO, "k2", "two", Optional.empty(), AT));
            assertTrue(store.flush(Duration.ofSeconds(10)));
            store.discard(ONE);
            store.discard(ONE);
            assertEquals(Optional.empty(), store.draft(ONE), "a queued discard is seen at once");
        }
        try (FileDraftStore fresh = new FileDraftStore(directory)) {
            assertEquals(Optional.empty(), fresh.draft(ONE));
            assertEquals("two", fresh.draft(TWO).orElseThrow().text());
        }
    }

    @Test
    void givenHostileText_whenSavedAndReadBack_thenItIsKeptExactly() {
        String hostile = "\u202Eevil\u202C 👩‍👩‍👧 مرحبا Ωμέγα 漢字 \u200D\u0000 <script>alert(1)</script>\r\n";
        Draft draft = new Draft(ONE, "k", hostile, Optional.empty(), AT);
        try (FileDraftStore store = new FileDraftStore(directory)) {
            store.saveDraft(draft);
        }
        try (FileDraftStore fresh = new FileDraftStore(directory)) {
            assertEquals(hostile, fresh.draft(ONE).orElseThrow().text());
        }
    }

    @Test
    void givenADamagedOrForeignFile_whenRead_thenThereIsNoDraftAndNoException() throws IOException {
        try (FileDraftStore store = new FileDraftStore(directory)) {
            store.saveDraft(new Draft(ONE, "k", "text", Optional.empty(), AT));
            store.saveDraft(new Draft(TWO, "k", "text", Optional.empty(), AT));
        }
        Path one = directory.resolve("1.draft");
        byte[] bytes = Files.readAllBytes(one);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(one, bytes);
        Files.copy(directory.resolve("2.draft"), directory.resolve("3.draft"));

        try (FileDraftStore fresh = new FileDraftStore(directory)) {
            assertEquals(Optional.empty(), fresh.draft(ONE), "checksum catches the flipped bits");
            assertEquals(Optional.empty(), fresh.draft(new ConversationId(3)), "a draft of another conversation");
            assertTrue(fresh.draft(TWO).isPresent());
        }
    }

    @Test
    void givenATemporaryFileLeftByACrash_whenTheStoreOpens_thenItIsIgnoredAndRemoved() throws IOException {
        Files.writeString(directory.resolve("1.draft.tmp"), "half a draft");
        try (FileDraftStore store = new FileDraftStore(directory)) {
            assertEquals(Optional.empty(), store.draft(ONE));
            assertTrue(store.flush(Duration.ofSeconds(10)));
        }
        assertFalse(Files.exists(directory.resolve("1.draft.tmp")));
    }

    @Test
    void givenInvalidDrafts_whenBuilt_thenTheyAreRefusedWithAReason() {
        String tooLong = "x".repeat(Draft.MAX_TEXT_LENGTH + 1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Draft(ONE, "k", tooLong, Optional.empty(), AT));
        assertTrue(error.getMessage().contains("longer than"));
        assertThrows(IllegalArgumentException.class, () -> new Draft(ONE, " ", "t", Optional.empty(), AT));
        assertThrows(IllegalArgumentException.class, () -> new Draft(ONE, "k", "t", Optional.of(""), AT));
    }
}
