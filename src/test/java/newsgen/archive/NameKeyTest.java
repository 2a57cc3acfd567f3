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

    /** The initials read in place are what splitting by the pattern [\s\-]+ gave, in every script and on every break. */
    @Test
    void acronymAgreesWithSplittingByThePattern() {
        assertEquals("dnc", NameKey.acronym("Democratic National Committee"));
        assertEquals("", NameKey.acronym("the Post"));
        String[] pieces = {"A", "b", "Z", "1", " ", "-", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", ".", "É", "é", "ǅ",
                "İ", "中", "\uD835\uDC00", "\uD835", "\uDC00", "\uD801\uDC00", "Ω", "ω"};
        java.util.regex.Pattern breaks = java.util.regex.Pattern.compile("[\\s\\-]+");
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = name.toString();
            StringBuilder initials = new StringBuilder();
            for (String word : breaks.split(s)) {
                if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                    initials.appendCodePoint(Character.toLowerCase(word.codePointAt(0)));
                }
            }
            String expected = initials.length() < 2 ? "" : NameKey.of(initials.toString());
            assertEquals(expected, NameKey.acronym(s), s);
        }
    }
}
