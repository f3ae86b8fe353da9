package org.samklang.core.internal.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The frame of a small Samklang file: a magic number and version, the fields, and a CRC-32 over all of it, so a
 * file damaged on disk (or a foreign file with the right name) is recognised and ignored instead of being shown.
 * Atomic replacement by rename already rules out half-written files; the checksum is for the disk, not the crash.
 */
public final class ChecksummedFile {

    /** Writes the fields of one file. */
    @FunctionalInterface
    public interface Fields {

        void write(DataOutputStream out) throws IOException;
    }

    /** Reads the fields of one file. */
    @FunctionalInterface
    public interface Reader<T> {

        T read(DataInputStream in) throws IOException;
    }

    private ChecksummedFile() {
    }

    /** {@return magic, version, the fields and the checksum} */
    public static byte[] encode(int magic, int version, int sizeHint, Fields fields) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + sizeHint);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(magic);
            out.writeInt(version);
            fields.write(out);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    /** Reads the fields of one file knowing which version wrote them (older versions stay readable). */
    @FunctionalInterface
    public interface VersionedReader<T> {

        T read(DataInputStream in, int version) throws IOException;
    }

    /**
     * {@return the fields read from {@code bytes}}
     *
     * @throws IOException naming the problem if the bytes are not an intact file of this magic and version
     */
    public static <T> T decode(byte[] bytes, int magic, int version, Reader<T> reader) throws IOException {
        return decode(bytes, magic, version, version, (in, found) -> reader.read(in));
    }

    /**
     * {@return the fields read from {@code bytes}, written by any version from {@code oldest} to {@code newest}}
     *
     * @throws IOException naming the problem if the bytes are not an intact file of this magic and those versions
     */
    public static <T> T decode(byte[] bytes, int magic, int oldest, int newest, VersionedReader<T> reader)
            throws IOException {
        if (bytes.length < 2 * Integer.BYTES + Long.BYTES) {
            throw new IOException("too short");
        }
        int body = bytes.length - Long.BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, body);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body));
                DataInputStream trailer = new DataInputStream(new ByteArrayInputStream(bytes, body, Long.BYTES))) {
            int version = in.readInt() == magic ? in.readInt() : -1;
            if (version < oldest || version > newest) {
                throw new IOException("not a Samklang file of this kind and a known version");
            }
            if (trailer.readLong() != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            return reader.read(in, version);
        }
    }

    /** Writes {@code value} as its UTF-8 length and bytes. */
    public static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Reads a string written by {@link #writeString}, refusing lengths above {@code maxBytes}. */
    public static String readString(DataInputStream in, int maxBytes) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > maxBytes) {
            throw new IOException("implausible string length " + length);
        }
        byte[] utf8 = in.readNBytes(length);
        if (utf8.length != length) {
            throw new IOException("string cut short");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
