package org.samklang.core.internal.drafts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

import org.samklang.core.api.model.ConversationId;
import org.samklang.core.api.model.Draft;

/**
 * The on-disk form of one draft: a magic number and version, the fields, and a CRC-32 over all of it, so a file
 * damaged on disk (or a foreign file with the right name) is recognised and ignored instead of being shown.
 * Atomic replacement by rename already rules out half-written files; the checksum is for the disk, not the crash.
 */
final class DraftFile {

    private static final int MAGIC = 0x534B4446; // "SKDF"
    private static final int VERSION = 1;

    private DraftFile() {
    }

    static byte[] encode(Draft draft) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + draft.text().length() * 2);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(draft.conversationId().value());
            writeString(out, draft.clientKey());
            out.writeBoolean(draft.channelId().isPresent());
            writeString(out, draft.channelId().orElse(""));
            out.writeLong(draft.savedAt().toEpochMilli());
            writeString(out, draft.text());
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** The draft in {@code bytes}, or empty (with the reason) if they are not an intact draft of {@code id}. */
    static Decoded decode(byte[] bytes, ConversationId id) {
        if (bytes.length < 8 + Long.BYTES) {
            return Decoded.damaged("too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Decoded.damaged("not a Samklang draft of a known version");
            }
            long stored = readTrailer(bytes);
            if (stored != crc.getValue()) {
                return Decoded.damaged("checksum mismatch");
            }
            long conversation = in.readLong();
            if (conversation != id.value()) {
                return Decoded.damaged("belongs to conversation " + conversation);
            }
            String clientKey = readString(in);
            boolean hasChannel = in.readBoolean();
            String channel = readString(in);
            Instant savedAt = Instant.ofEpochMilli(in.readLong());
            String text = readString(in);
            return new Decoded(Optional.of(new Draft(id, clientKey, text,
                    hasChannel ? Optional.of(channel) : Optional.empty(), savedAt)), "");
        } catch (IOException | RuntimeException e) {
            return Decoded.damaged(e.toString());
        }
    }

    /** A decoded draft, or why there is none. */
    record Decoded(Optional<Draft> draft, String problem) {

        static Decoded damaged(String problem) {
            return new Decoded(Optional.empty(), problem);
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > Draft.MAX_TEXT_LENGTH * 4) {
            throw new IOException("implausible string length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static long readTrailer(byte[] bytes) {
        byte[] tail = Arrays.copyOfRange(bytes, bytes.length - Long.BYTES, bytes.length);
        long value = 0;
        for (byte b : tail) {
            value = (value << 8) | (b & 0xFF);
        }
        return value;
    }
}
