package newsgen.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A SHA-256 over a sequence of values, each written with its length so that ("ab", "c") and ("a", "bc") differ.
 * Cache keys are its first 128 bits: enough that two different inputs never share a key by chance.
 */
public final class Fingerprint {
    private final MessageDigest digest;
    private final byte[] number = new byte[8];

    public Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Fingerprint add(String text) {
        if (text == null) {
            return add(-1L);
        }
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] bytes) {
        add((long) bytes.length);
        digest.update(bytes);
        return this;
    }

    /** Adds the first {@code length} bytes of an array. */
    public Fingerprint add(byte[] bytes, int length) {
        add((long) length);
        digest.update(bytes, 0, length);
        return this;
    }

    public Fingerprint add(long value) {
        // One update of 8 bytes, not 8 of one: a key over ~400,000 words adds a length before each.
        for (int i = 0, shift = 56; i < 8; i++, shift -= 8) {
            number[i] = (byte) (value >>> shift);
        }
        digest.update(number);
        return this;
    }

    public Fingerprint add(boolean value) {
        digest.update((byte) (value ? 1 : 0));
        return this;
    }

    /** Adds a folder: its path and every file under it (name and bytes, in name order); "no folder" when it is missing. */
    public Fingerprint addFolder(Path folder) {
        add(folder == null ? null : folder.toAbsolutePath().normalize().toString());
        if (folder == null || !Files.isDirectory(folder)) {
            return add("no folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(folder.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The first 128 bits as 32 hex digits; the fingerprint cannot be added to afterwards. */
    public String hex() {
        byte[] full = digest.digest();
        return HexFormat.of().formatHex(full, 0, 16);
    }
}
