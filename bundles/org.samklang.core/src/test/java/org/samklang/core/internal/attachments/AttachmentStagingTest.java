package org.samklang.core.internal.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samklang.core.api.model.AttachmentRef;

class AttachmentStagingTest {

    private static final long CAP = 4_096;

    @TempDir
    Path home;

    @TempDir
    Path data;

    private AttachmentStaging staging() {
        return new AttachmentStaging(data.resolve("attachments"), CAP);
    }

    @Test
    void givenAFile_whenStaged_thenAContentNamedCopyInTheDataDirectoryHoldsItsBytes() throws Exception {
        byte[] bytes = "Kvitto #10452\n".getBytes(StandardCharsets.UTF_8);
        Path original = Files.write(home.resolve("kvitto.txt"), bytes);

        AttachmentRef ref = staging().stage(original);

        Path stored = Path.of(URI.create(ref.uri()));
        assertEquals(data.resolve("attachments").toAbsolutePath(), stored.getParent());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                stored.getFileName().toString());
        assertArrayEquals(bytes, Files.readAllBytes(stored));
        assertEquals("kvitto.txt", ref.name());
        assertEquals(bytes.length, ref.sizeBytes());
        assertFalse(ref.mimeType().isBlank());
        Files.delete(original);
        assertArrayEquals(bytes, Files.readAllBytes(stored), "the copy outlives the original");
    }

    @Test
    void givenTheSameContentTwice_whenStaged_thenOneStoredFileAndTheSameUri() throws IOException {
        Path first = Files.writeString(home.resolve("a.pdf"), "same bytes");
        Path copy = Files.writeString(home.resolve("b.pdf"), "same bytes");
        AttachmentStaging staging = staging();

        AttachmentRef once = staging.stage(first);
        AttachmentRef twice = staging.stage(first);
        AttachmentRef renamed = staging.stage(copy);

        assertEquals(once, twice);
        assertEquals(once.uri(), renamed.uri());
        assertEquals("b.pdf", renamed.name());
        assertEquals(List.of(Path.of(URI.create(once.uri())).getFileName().toString()), storedNames());
    }

    @Test
    void givenAnEmptyFile_whenStaged_thenItIsKeptAsZeroBytes() throws IOException {
        Path empty = Files.createFile(home.resolve("tom.txt"));

        AttachmentRef ref = staging().stage(empty);

        assertEquals(0, ref.sizeBytes());
        assertEquals(0, Files.size(Path.of(URI.create(ref.uri()))));
    }

    @Test
    void givenAMissingFileADirectoryOrAnOversizeFile_whenStaged_thenAClearErrorAndNothingIsStored()
            throws IOException {
        Path big = Files.write(home.resolve("stor.bin"), new byte[(int) CAP + 1]);
        Path folder = Files.createDirectory(home.resolve("mapp"));
        AttachmentStaging staging = staging();

        String missing = assertThrows(IllegalArgumentException.class,
                () -> staging.stage(home.resolve("borta.pdf"))).getMessage();
        String directory = assertThrows(IllegalArgumentException.class, () -> staging.stage(folder)).getMessage();
        String oversize = assertThrows(IllegalArgumentException.class, () -> staging.stage(big)).getMessage();

        assertTrue(missing.contains("borta.pdf") && missing.contains("does not exist"), missing);
        assertTrue(directory.contains("mapp") && directory.contains("folder"), directory);
        assertTrue(oversize.contains("stor.bin") && oversize.contains(Long.toString(CAP)), oversize);
        String root = assertThrows(IllegalArgumentException.class, () -> staging.stage(Path.of("/"))).getMessage();
        assertTrue(root.startsWith(AttachmentNames.FALLBACK_NAME + " is a folder"), root);
        assertEquals(List.of(), storedNames(), "nothing staged, no temp file left");
        assertTrue(Files.exists(big), "the agent's file is untouched");
    }

    @Test
    void givenAnUnreadableFile_whenStaged_thenItIsRefusedAsUnreadable() throws IOException {
        Path secret = Files.writeString(home.resolve("hemlig.txt"), "x");
        assertTrue(secret.toFile().setReadable(false, false));
        try {
            if (Files.isReadable(secret)) {
                // Running as root, which reads every file: then the file is simply staged.
                assertEquals(1, staging().stage(secret).sizeBytes());
                return;
            }
            String message = assertThrows(IllegalArgumentException.class, () -> staging().stage(secret))
                    .getMessage();
            assertTrue(message.contains("hemlig.txt") && message.contains("readable"), message);
        } finally {
            secret.toFile().setReadable(true, false);
        }
    }

    @Test
    void givenHostileNames_whenStaged_thenTheDisplayNameIsCleanAndTheStoredFileIsInsideTheStagingArea()
            throws IOException {
        Path bidi = Files.writeString(home.resolve("a\u202Eexe.pdf"), "trick");
        Path controls = Files.writeString(home.resolve("rad\u0007\tbrytning.txt"), "bell");

        AttachmentRef bidiRef = staging().stage(bidi);
        AttachmentRef controlRef = staging().stage(controls);

        assertEquals("aexe.pdf", bidiRef.name(), "no right-to-left override that would show 'afdp.exe'");
        assertEquals("radbrytning.txt", controlRef.name());
        for (AttachmentRef ref : List.of(bidiRef, controlRef)) {
            assertEquals(data.resolve("attachments").toAbsolutePath(), Path.of(URI.create(ref.uri())).getParent());
        }
    }

    @Test
    void displayNames_dropDirectoryPartsAndInvisibleCharacters_andNeverComeOutEmpty() {
        assertEquals("passwd", AttachmentNames.displayName("../../etc/passwd"));
        assertEquals("boot.ini", AttachmentNames.displayName("..\\..\\windows\\boot.ini"));
        assertEquals("faktura.pdf", AttachmentNames.displayName("\u200Bfaktura\u0000.pdf "));
        assertEquals(AttachmentNames.FALLBACK_NAME, AttachmentNames.displayName(".."));
        assertEquals(AttachmentNames.FALLBACK_NAME, AttachmentNames.displayName("\u202E\u0001"));
        assertEquals(AttachmentNames.MAX_NAME_LENGTH, AttachmentNames.displayName("x".repeat(1_000)).length());
        assertEquals("😀".repeat(127), AttachmentNames.displayName("😀".repeat(200)), "no half surrogate pair");
    }

    @Test
    void givenStagedAndForeignReferences_whenChecked_thenOnlyFilesOfTheStagingAreaWithTheirSizePass()
            throws IOException {
        AttachmentStaging staging = staging();
        AttachmentRef staged = staging.stage(Files.writeString(home.resolve("ok.txt"), "ok"));
        Path outside = Files.writeString(home.resolve("passwd"), "root:x:0:0");
        String inside = staging.directory().resolve("0".repeat(64)).toUri().toString();
        String escaping = staging.directory().toUri() + "../../" + home.getFileName() + "/passwd";

        assertDoesNotThrow(() -> staging.requireStaged(staged));
        for (String uri : List.of(outside.toUri().toString(), escaping, inside, "https://evil.example/x",
                "file:relative", "not a uri", staged.uri() + "?x=1")) {
            AttachmentRef foreign = new AttachmentRef("x.pdf", "application/pdf", 2, uri);
            String message = assertThrows(IllegalArgumentException.class, () -> staging.requireStaged(foreign),
                    uri).getMessage();
            assertTrue(message.contains("x.pdf"), message);
        }
        AttachmentRef lying = new AttachmentRef("ok.txt", "text/plain", 3, staged.uri());
        assertThrows(IllegalArgumentException.class, () -> staging.requireStaged(lying));
    }

    @Test
    void givenATempFileLeftByACrash_whenTheStagingAreaOpens_thenItIsRemoved() throws IOException {
        Path directory = Files.createDirectories(data.resolve("attachments"));
        Path leftover = Files.writeString(directory.resolve("staging-123.tmp"), "half");

        staging();

        assertFalse(Files.exists(leftover));
    }

    private List<String> storedNames() throws IOException {
        Path directory = data.resolve("attachments");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
