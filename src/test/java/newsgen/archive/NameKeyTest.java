package newsgen.archive;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameKeyTest {
    @Test
    void acronymsAreShortUpperCaseRunsWithoutSpaces() {
        assertTrue(NameKey.isAcronym("AES"));
        assertTrue(NameKey.isAcronym("G5"));
        assertTrue(NameKey.isAcronym("U.N."));
        assertFalse(NameKey.isAcronym("Ecowas"));
        assertFalse(NameKey.isAcronym("A"));
        assertFalse(NameKey.isAcronym("ABCDEFGHI"));
        assertFalse(NameKey.isAcronym("AES Sahel"));
    }

    /** The hand-written test keeps exactly what the pattern it replaced kept, in every script. */
    @Test
    void acronymTestAgreesWithTheLetterAndNumberPattern() {
        String[] pieces = {"A", "b", "Z", "1", "9", " ", ".", "-", "&", "É", "é", "ß", "ǅ", "²", "Ⅻ", "ʰ", "中",
                "\uD835\uDC00", "\uD835", "\uDC00", "\u00a0", "İ", "ﬁ"};
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = name.toString();
            String letters = s.replaceAll("[^\\p{L}\\p{N}]", "");
            boolean expected = letters.length() >= 2 && letters.length() <= 8
                    && letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) && !s.contains(" ");
            assertEquals(expected, NameKey.isAcronym(s), s);
        }
    }
}
