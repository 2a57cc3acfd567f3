package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EnglishWords.contains skips toLowerCase only where toLowerCase would change nothing. */
class EnglishWordsTest {
    @Test
    void aWordTakenAsItIsIsItsOwnLowerCase() {
        Random random = new Random(19);
        String alphabet = "abcxyzABCXYZ09'-’.éÉßİıΣσ\u0130 ";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = w.toString();
            if (EnglishWords.lowerCaseAlready(word)) {
                assertEquals(word.toLowerCase(Locale.ROOT), word, word);
            }
        }
    }

    @Test
    void capitalsAndNonAsciiGoThroughToLowerCase() {
        assertTrue(EnglishWords.lowerCaseAlready("notice"));
        assertFalse(EnglishWords.lowerCaseAlready("Notice"));
        assertFalse(EnglishWords.lowerCaseAlready("café"));
        assertTrue(EnglishWords.contains("Notice"));
        assertTrue(EnglishWords.contains("notice"));
        assertTrue(EnglishWords.contains("BOOM"));
    }
}
