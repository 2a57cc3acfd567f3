package newsgen.extract;

import newsgen.model.Slug;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EnglishWords.contains folds an ASCII word with Slug.fold, which must give what toLowerCase(Locale.ROOT) gives. */
class EnglishWordsTest {
    @Test
    void anAsciiWordFoldsAsToLowerCaseMakesIt() {
        Random random = new Random(19);
        String alphabet = "abcxyzABCXYZ@[`{09'-’.éÉßİıΣσ\u0130 \u007f";
        int ascii = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = w.toString();
            if (EnglishWords.ascii(word)) {
                ascii++;
                assertEquals(word.toLowerCase(Locale.ROOT), Slug.fold(word), word);
                assertEquals(word.toLowerCase(Locale.ROOT), Slug.fold(word), word + " (folded before)");
            }
        }
        assertTrue(ascii > 10_000, "enough ASCII words drawn: " + ascii);
    }

    @Test
    void capitalsAndNonAsciiAreLookedUpInLowerCase() {
        assertTrue(EnglishWords.ascii("Notice"));
        assertFalse(EnglishWords.ascii("café"));
        assertTrue(EnglishWords.contains("Notice"));
        assertTrue(EnglishWords.contains("notice"));
        assertTrue(EnglishWords.contains("BOOM"));
        assertFalse(EnglishWords.contains("Zentrix"));
    }
}
