package org.samklang.core.internal.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.CustomerNoteService;
import org.samklang.core.api.model.CustomerId;

class FileNoteStoreTest {

    private static final CustomerId ANNA = new CustomerId(7);
    private static final CustomerId BO = new CustomerId(8);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    @Test
    void givenASavedNote_whenReadAtOnce_thenItIsThereAndOtherCustomersHaveNone() {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(ANNA, "Föredrar e-post.\nRing efter 15:00.");

            assertEquals(Optional.of("Föredrar e-post.\nRing efter 15:00."), store.note(ANNA));
            assertEquals(Optional.empty(), store.note(BO));
        }
    }

    @Test
    void givenASavedNote_whenAFreshStoreOpensTheSameDirectory_thenItReadsTheNoteBackFromItsFile() {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(ANNA, "first");
            store.saveNote(ANNA, "VIP, be kind");
            store.saveNote(BO, "Bo's note");
        }

        assertTrue(Files.isRegularFile(directory.resolve("7.note")));
        try (FileNoteStore fresh = new FileNoteStore(directory)) {
            assertEquals(Optional.of("VIP, be kind"), fresh.note(ANNA));
            assertEquals(Optional.of("Bo's note"), fresh.note(BO));
        }
    }

    @Test
    void givenANote_whenSavedEmptyOrBlank_thenItIsRemovedFromDisk() {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(ANNA, "temporary");
            store.saveNote(BO, "stays");
            assertTrue(store.flush(WAIT));
            assertTrue(Files.exists(directory.resolve("7.note")));

            store.saveNote(ANNA, "  \n\t ");
            assertEquals(Optional.empty(), store.note(ANNA));
            store.saveNote(BO, "");
            store.saveNote(BO, "");
            assertTrue(store.flush(WAIT));
        }

        assertFalse(Files.exists(directory.resolve("7.note")));
        assertFalse(Files.exists(directory.resolve("8.note")));
        try (FileNoteStore fresh = new FileNoteStore(directory)) {
            assertEquals(Optional.empty(), fresh.note(ANNA));
        }
    }

    @Test
    void givenTooLongText_whenSaved_thenItIsRefusedWithAClearMessageAndNothingIsWritten() throws IOException {
        String limit = "n".repeat(CustomerNoteService.MAX_LENGTH);
        try (FileNoteStore store = new FileNoteStore(directory)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> store.saveNote(ANNA, limit + "!"));
            assertTrue(refused.getMessage().contains(Integer.toString(CustomerNoteService.MAX_LENGTH)),
                    refused.getMessage());
            assertEquals(Optional.empty(), store.note(ANNA));
            assertTrue(store.flush(WAIT));
            assertEquals(0, filesIn(directory), "no file was written");

            store.saveNote(BO, limit);
        }
        try (FileNoteStore fresh = new FileNoteStore(directory)) {
            assertEquals(Optional.of(limit), fresh.note(BO), "exactly the limit is accepted");
        }
    }

    @Test
    void givenADamagedOrForeignNoteFile_whenRead_thenItReadsAsNoNote() throws IOException {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(ANNA, "Anna's note");
        }
        Path anna = directory.resolve("7.note");
        Files.copy(anna, directory.resolve("8.note"));
        byte[] bytes = Files.readAllBytes(anna);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(anna, bytes);

        try (FileNoteStore fresh = new FileNoteStore(directory)) {
            assertEquals(Optional.empty(), fresh.note(ANNA), "checksum mismatch");
            assertEquals(Optional.empty(), fresh.note(BO), "file of another customer");
        }
    }

    @Test
    void givenNulls_whenSaved_thenRefused() {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            assertThrows(NullPointerException.class, () -> store.saveNote(null, "x"));
            assertThrows(NullPointerException.class, () -> store.saveNote(ANNA, null));
        }
    }

    private static long filesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void givenTwoCustomersWithNotes_whenMerged_thenTheSurvivorKeepsBothOnceAndTheAbsorbedFileGoes() {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(ANNA, "VIP");
            store.saveNote(BO, "Ring efter 15:00");

            store.customersMerged(ANNA, BO);
            store.customersMerged(ANNA, BO); // the journal may deliver it again after a restart

            assertEquals(Optional.of("VIP\n\nRing efter 15:00"), store.note(ANNA));
            assertEquals(Optional.empty(), store.note(BO));
            assertTrue(store.flush(WAIT));
            assertFalse(Files.exists(directory.resolve("8.note")));
        }
        try (FileNoteStore fresh = new FileNoteStore(directory)) {
            assertEquals(Optional.of("VIP\n\nRing efter 15:00"), fresh.note(ANNA));
        }
    }

    @Test
    void givenOnlyTheAbsorbedHasANote_whenMerged_thenItMovesToTheSurvivor() {
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(BO, "Bo's note");

            store.customersMerged(ANNA, BO);

            assertEquals(Optional.of("Bo's note"), store.note(ANNA));
            assertEquals(Optional.empty(), store.note(BO));
        }
    }

    @Test
    void givenNotesTooLongTogether_whenMerged_thenBothStayAsTheyAreRatherThanBeingCut() {
        String half = "x".repeat(CustomerNoteService.MAX_LENGTH / 2 + 1);
        try (FileNoteStore store = new FileNoteStore(directory)) {
            store.saveNote(ANNA, half);
            store.saveNote(BO, half + "y");

            store.customersMerged(ANNA, BO);

            assertEquals(Optional.of(half), store.note(ANNA));
            assertEquals(Optional.of(half + "y"), store.note(BO));
        }
    }
}
