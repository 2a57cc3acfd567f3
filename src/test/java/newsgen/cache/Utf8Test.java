package newsgen.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Utf8 gives the bytes String.getBytes(UTF_8) gives, unpaired surrogates included. */
class Utf8Test {
    private static byte[] encoded(String s) {
        byte[] out = new byte[Utf8.MAX_BYTES_PER_CHAR * s.length()];
        int end = Utf8.encode(s.toCharArray(), 0, s.length(), out, 0);
        return Arrays.copyOf(out, end);
    }

    private static void same(String s) {
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), encoded(s), s);
    }

    @Test
    void encodesAsGetBytesDoes() {
        same("");
        same("Mali’s junta said “no” — café, naïve, Zürich");
        same("emoji \uD83D\uDE00 and \uD834\uDD1E pairs");
        same("lone high \uD83D then text, lone low \uDE00 here, high at the end \uD83D");
        same("\uDE00\uD83D reversed halves");
        same("ʻOkina \u0800 \uFFFF \u07FF \u0080 \u007F");
    }

    @Test
    void encodesRandomTextAsGetBytesDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            char[] c = new char[random.nextInt(20)];
            for (int i = 0; i < c.length; i++) {
                int kind = random.nextInt(5);
                c[i] = (char) (kind == 0 ? random.nextInt(0x80) : kind == 1 ? random.nextInt(0x800)
                        : kind == 2 ? 0xD800 + random.nextInt(0x800) : random.nextInt(0x10000));
            }
            same(new String(c));
        }
    }
}
