package org.samklang.core.internal.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.AttachmentRef;
import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;
import org.samklang.core.api.model.ReplyDraft;
import org.samklang.core.internal.files.ChecksummedFile;

/** Drafts keep their attachments across a restart, and draft files written before attachments existed still read. */
class DraftAttachmentsTest {

    private static final ConversationId ONE = new ConversationId(1);
    private static final Instant AT = Instant.parse("2026-11-12T08:00:00Z");
    private static final int MAGIC = 0x534B4446;
    private static final AttachmentRef RECEIPT = new AttachmentRef("kvitto \u00e5\u00e4\u00f6.pdf", "application/pdf",
            80_000, "file:///data/store/attachments/" + "ab".repeat(32));
    private static final AttachmentRef PHOTO = new AttachmentRef("foto.jpg", "image/jpeg", 0,
            "file:///data/store/attachments/" + "cd".repeat(32));

    @TempDir
    Path directory;

    @Test
    void givenADraftWithAttachmentsAndNoTextYet_whenTheStoreIsReopened_thenBothAttachmentsComeBackInOrder() {
        Draft draft = new Draft(ONE, "key-1", "", Optional.of("email.support"), AT, List.of(RECEIPT, PHOTO));
        try (FileDraftStore store = new FileDraftStore(directory)) {
            store.saveDraft(draft);
        }

        try (FileDraftStore fresh = new FileDraftStore(directory)) {
            assertEquals(Optional.of(draft), fresh.draft(ONE));
        }
    }

    @Test
    void givenAVersionOneDraftFile_whenRead_thenItIsADraftWithoutAttachments() throws IOException {
        byte[] versionOne = ChecksummedFile.encode(MAGIC, 1, 64, out -> {
            out.writeLong(ONE.value());
            ChecksummedFile.writeString(out, "old-key");
            out.writeBoolean(false);
            ChecksummedFile.writeString(out, "");
            out.writeLong(AT.toEpochMilli());
            ChecksummedFile.writeString(out, "Skrivet f\u00f6re bilagorna");
        });
        Files.write(directory.resolve("1.draft"), versionOne);

        try (FileDraftStore store = new FileDraftStore(directory)) {
            assertEquals(Optional.of(new Draft(ONE, "old-key", "Skrivet f\u00f6re bilagorna", Optional.empty(), AT)),
                    store.draft(ONE));
        }
    }

    @Test
    void givenAFileClaimingAnImplausibleAttachmentCountOrAnUnknownVersion_whenRead_thenThereIsNoDraft()
            throws IOException {
        byte[] hostile = ChecksummedFile.encode(MAGIC, 2, 64, out -> {
            out.writeLong(ONE.value());
            ChecksummedFile.writeString(out, "k");
            out.writeBoolean(false);
            ChecksummedFile.writeString(out, "");
            out.writeLong(AT.toEpochMilli());
            ChecksummedFile.writeString(out, "text");
            out.writeInt(Integer.MAX_VALUE);
        });
        byte[] future = ChecksummedFile.encode(MAGIC, 3, 8, out -> out.writeLong(ONE.value()));
        Files.write(directory.resolve("1.draft"), hostile);
        Files.write(directory.resolve("2.draft"), future);

        try (FileDraftStore store = new FileDraftStore(directory)) {
            assertEquals(Optional.empty(), store.draft(ONE));
            assertEquals(Optional.empty(), store.draft(new ConversationId(2)));
        }
    }

    @Test
    void givenMoreAttachmentsThanAReplyMayCarry_whenADraftIsBuilt_thenItIsRefusedWithTheLimit() {
        List<AttachmentRef> tooMany = Collections.nCopies(ReplyDraft.MAX_ATTACHMENTS + 1, PHOTO);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Draft(ONE, "k", "t", Optional.empty(), AT, tooMany));

        assertTrue(error.getMessage().contains("at most " + ReplyDraft.MAX_ATTACHMENTS), error.getMessage());
    }
}
