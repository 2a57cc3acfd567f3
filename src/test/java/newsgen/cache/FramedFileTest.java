package newsgen.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A framed file gives its payload back only under its own magic and key, whole and unchanged. */
class FramedFileTest {
    private static final byte[] MAGIC = "newsgen-test 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY = "0123abcd".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PAYLOAD = "the payload, some bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void thePayloadComesBackUnderItsMagicAndKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/memo");
        FramedFile.write(file, MAGIC, KEY, PAYLOAD);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PAYLOAD, FramedFile.payload(bytes, MAGIC, KEY));
        assertFalse(Files.exists(dir.resolve("sub/memo.tmp")), "the file written aside is renamed");
    }

    @Test
    void anotherKeyOrMagicACutOrAChangedByteGiveNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("memo");
        FramedFile.write(file, MAGIC, KEY, PAYLOAD);
        byte[] bytes = Files.readAllBytes(file);
        assertNull(FramedFile.payload(bytes, MAGIC, "0123abce".getBytes(StandardCharsets.US_ASCII)));
        assertNull(FramedFile.payload(bytes, "newsgen-test 2\n".getBytes(StandardCharsets.US_ASCII), KEY));
        assertNull(FramedFile.payload(Arrays.copyOf(bytes, bytes.length - 1), MAGIC, KEY));
        assertNull(FramedFile.payload(Arrays.copyOf(bytes, 5), MAGIC, KEY));
        byte[] changed = bytes.clone();
        changed[changed.length - 3] ^= 1;
        assertNull(FramedFile.payload(changed, MAGIC, KEY));
    }
}
