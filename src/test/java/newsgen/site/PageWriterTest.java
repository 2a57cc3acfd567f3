package newsgen.site;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageWriterTest {
    private static byte[] utf8(String text) {
        PageWriter w = new PageWriter();
        w.write(text);
        PageWriter.Utf8 bytes = w.utf8();
        return Arrays.copyOf(bytes.bytes(), bytes.length());
    }

    @Test
    void pagesAreEncodedAsStringGetBytesEncodesThem() {
        Random random = new Random(11);
        String alphabet = "a<\u00e9\u00b7\u07ff\u0800\u2026\u2019\ud83d\ude00\ud800\udc00\uffff";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertArrayEquals(s.toString().getBytes(StandardCharsets.UTF_8), utf8(s.toString()), s.toString());
        }
    }

    @Test
    void everyCharacterIsEncodedAsStringGetBytesEncodesIt() {
        for (int c = 0; c < 0x10000; c++) {
            String s = "x" + (char) c;
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), utf8(s), "character " + c);
        }
    }

    @Test
    void aLongPageAfterAShortOneIsEncodedWhole() {
        utf8("short");
        String page = "\u2026".repeat(100_000) + "end";
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), utf8(page));
    }
}
