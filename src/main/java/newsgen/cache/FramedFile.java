package newsgen.cache;

import newsgen.model.Problem;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A memo file of the cache folder: a magic line, a key, the payload's length and CRC-32, then the payload. Shared by
 * the memos that keep one file each ({@code ResolutionMemo}, {@code WordCaseMemo}), so that a file cut short,
 * garbled or of another key is told apart in one place.
 */
public final class FramedFile {
    private FramedFile() {
    }

    /** The payload of these file bytes, or null when they do not start with this magic and key, or are cut short or garbled. */
    public static byte[] payload(byte[] bytes, byte[] magic, byte[] key) {
        int header = magic.length + key.length + 8;
        if (bytes.length < header || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)
                || !Arrays.equals(bytes, magic.length, magic.length + key.length, key, 0, key.length)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, magic.length + key.length, 8);
        int length = b.getInt();
        int crc = b.getInt();
        CRC32 check = new CRC32();
        check.update(bytes, header, bytes.length - header);
        if (length != bytes.length - header || (int) check.getValue() != crc) {
            return null;
        }
        return Arrays.copyOfRange(bytes, header, bytes.length);
    }

    /**
     * The payload of this file, or null when it is missing, cannot be read, or is not a whole, unharmed file of this
     * magic and key: a memo that cannot be read is no memo, and what it stood for is worked out again.
     */
    public static byte[] read(Path file, byte[] magic, byte[] key) {
        try {
            return payload(Files.readAllBytes(file), magic, key);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * As {@link #read(Path, byte[], byte[])}, saying why a file that is there is not used (not such a file, cut short,
     * garbled, unreadable): a warning "{@code <file>: <why>; ignored, <redo>}" is added. A file of this kind made by
     * another gen (another key) is ignored silently: {@code ArticleCache} announces another gen's cache once.
     */
    public static byte[] read(Path file, byte[] magic, byte[] key, List<Problem> warnings, String redo) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            warnings.add(ignored(file, "cannot be read (" + e.getClass().getSimpleName() + ")", redo));
            return null;
        }
        byte[] payload = payload(bytes, magic, key);
        boolean ours = bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
        boolean thisGen = ours && bytes.length >= magic.length + key.length
                && Arrays.equals(bytes, magic.length, magic.length + key.length, key, 0, key.length);
        // Another gen's file is ignored without a word: the cache folder of another gen is announced once, as a whole.
        if (payload == null && (!ours || thisGen)) {
            warnings.add(ignored(file, ours ? "damaged (cut short or checksum mismatch)" : "not a file gen recognises", redo));
        }
        return payload;
    }

    /** The warning for a kept file not used: "{@code <file>: <why>; ignored, <redo>}". */
    public static Problem ignored(Path file, String why, String redo) {
        return new Problem(file.toString().replace('\\', '/'), 0, why + "; ignored, " + redo);
    }

    /**
     * Writes the payload framed as {@link #write}; when that fails, removes the file (best effort), so that no older
     * file is left to be read for this build's. Without it, the next build works out what it held again.
     */
    public static void keep(Path file, byte[] magic, byte[] key, byte[] payload) {
        try {
            write(file, magic, key, payload);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a file that can be neither written nor removed: the next build finds it of another key or damaged
            }
        }
    }

    /** Writes the payload framed with this magic and key: aside, then renamed, so a reader never sees half of it. */
    public static void write(Path file, byte[] magic, byte[] key, byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer all = ByteBuffer.allocate(magic.length + key.length + 8 + payload.length);
        all.put(magic).put(key).putInt(payload.length).putInt((int) crc.getValue()).put(payload);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, all.array());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a memo's payload into what it keeps. */
    public interface Decoder<T> {
        T decode(DataInputStream in) throws IOException;
    }

    /**
     * The payload of this file decoded, or null when there is no file, {@code keys} gives null (nothing to look up) or
     * the file is not usable as {@link #read(Path, byte[], byte[], List, String)} tells; a payload that does not decode
     * adds the warning "{@code <file>: does not decode; ignored, <redo>}". The key is asked for only when a file is there.
     */
    public static <T> T decoded(Path file, byte[] magic, java.util.function.Supplier<String> keys, List<Problem> warnings,
                                String redo, Decoder<T> decoder) {
        if (!Files.exists(file)) {
            return null;
        }
        String key = keys.get();
        if (key == null) {
            return null;
        }
        byte[] payload = read(file, magic, key.getBytes(java.nio.charset.StandardCharsets.US_ASCII), warnings, redo);
        if (payload == null) {
            return null;
        }
        try {
            return decoder.decode(new DataInputStream(new ByteArrayInputStream(payload)));
        } catch (IOException | RuntimeException e) {
            warnings.add(ignored(file, "does not decode", redo));
            return null;
        }
    }

    /** Writes a string that may be null, as {@link #readNullable} reads it. */
    public static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    public static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
