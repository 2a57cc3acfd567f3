package newsgen.site;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageBytesTest {
    private static byte[] utf8(String text) {
        PageBytes w = new PageBytes();
        w.write(text);
        PageBytes.Utf8 bytes = w.utf8();
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

    @Test
    void piecesAreEncodedAsTheirWholeWouldBe() {
        Random random = new Random(5);
        // whole characters: a piece that ends in half of a pair the next begins is the one case told apart (see PageBytes)
        String[] alphabet = {"a", "<", "\u00e9", "\u00b7", "\u0800", "\u2026", "\ud83d\ude00"};
        for (int n = 0; n < 500; n++) {
            PageBytes w = new PageBytes();
            StringBuilder whole = new StringBuilder();
            for (int p = random.nextInt(40); p > 0; p--) {
                StringBuilder piece = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    piece.append(alphabet[random.nextInt(alphabet.length)]);
                }
                whole.append(piece);
                w.write(piece.toString());
            }
            PageBytes.Utf8 bytes = w.utf8();
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), Arrays.copyOf(bytes.bytes(), bytes.length()));
        }
    }

    @Test
    void anAutoescapedValueIsWrittenAsItsEscapedTextEncoded() {
        Random random = new Random(3);
        String alphabet = "a&<>\"'\u00e9\u2026\ud83d\ude00\ud800";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            PageBytes w = new PageBytes();
            w.write("<p>");
            w.write((Object) new QuickEscapes.Unescaped(s.toString()));
            w.write((Object) 42);
            PageBytes.Utf8 bytes = w.utf8();
            String expected = "<p>" + HtmlEscaping.escape(s.toString()) + "42";
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(bytes.bytes(), bytes.length()), s.toString());
        }
    }

    @Test
    void shortAsciiValuesAreEscapedAsLongerOnesAre() {
        // Short ASCII values are escaped a character at a time; one that turns out not to be ASCII part way is
        // escaped the long way, with nothing of the first try left in the page.
        Random random = new Random(7);
        String alphabet = "aZ0 &<>\"'/-.\u007f";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (String value : new String[] {s.toString(), s + "\u00e9", s + "\u2026&"}) {
                PageBytes w = new PageBytes();
                w.write((Object) new QuickEscapes.Unescaped(value));
                w.write("|");
                PageBytes.Utf8 bytes = w.utf8();
                String expected = HtmlEscaping.escape(value) + "|";
                assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(bytes.bytes(), bytes.length()), value);
            }
        }
    }

    @Test
    void charactersAndPartsOfTextsAreEncodedAsTheirText() {
        PageBytes w = new PageBytes();
        String text = "caf\u00e9 \u2026 \ud83d\ude00 end";
        w.write(text, 2, text.length() - 2);
        w.write(text.toCharArray(), 0, 4);
        PageBytes.Utf8 bytes = w.utf8();
        String expected = text.substring(2) + text.substring(0, 4);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(bytes.bytes(), bytes.length()));
    }
}
