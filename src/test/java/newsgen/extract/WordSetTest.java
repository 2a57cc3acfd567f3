package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordSetTest {
    @Test
    void holdsItsWordsOnceAndNothingElse() {
        Set<String> set = WordSet.copyOf(List.of("said", "told", "said"));
        assertEquals(2, set.size());
        assertTrue(set.contains("said"));
        assertTrue(set.contains(new String("told".toCharArray())), "equal, not only the same string");
        assertFalse(set.contains("says"));
        assertFalse(set.contains(null));
        assertFalse(set.contains(42));
        assertEquals(Set.of("said", "told"), new HashSet<>(set));
    }

    @Test
    void aListWrittenInCodeWithAWordTwiceFailsAsSetOfDoes() {
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("said", "told", "said"));
    }

    @Test
    void answersAsAHashSetOnRandomWords() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Set<String> expected = new HashSet<>();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                expected.add(Integer.toString(random.nextInt(1000), 36));
            }
            Set<String> set = WordSet.copyOf(List.copyOf(expected));
            assertEquals(expected, set);
            assertEquals(expected.size(), set.size());
            for (int i = 0; i < 1000; i++) {
                String w = Integer.toString(i, 36);
                assertEquals(expected.contains(w), set.contains(w), w);
            }
        }
    }

    /** The length and first-character filters turn away only words the set lacks, whatever their length or letters. */
    @Test
    void answersAsAHashSetOnWordsOfEveryLengthAndFirstCharacter() {
        Random random = new Random(11);
        String alphabet = "aAzZ09@`{\u007f\u0080éÉ’-'.ß\u4e2d ";
        for (int round = 0; round < 100; round++) {
            Set<String> expected = new HashSet<>();
            List<String> asked = new java.util.ArrayList<>();
            for (int i = random.nextInt(40); i >= 0; i--) {
                String w = word(random, alphabet);
                expected.add(w);
                asked.add(w);
            }
            Set<String> set = WordSet.copyOf(List.copyOf(expected));
            for (int i = 0; i < 2000; i++) {
                asked.add(word(random, alphabet));
            }
            asked.add("");
            asked.add("x".repeat(64));
            asked.add("x".repeat(90));
            for (String w : asked) {
                assertEquals(expected.contains(w), set.contains(w), w);
            }
        }
        Set<String> longWords = WordSet.of("y".repeat(63), "z".repeat(70), "");
        assertTrue(longWords.contains("z".repeat(70)));
        assertTrue(longWords.contains(""));
        assertFalse(longWords.contains("z".repeat(64)));
        assertFalse(longWords.contains("y"));
    }

    private static String word(Random random, String alphabet) {
        StringBuilder w = new StringBuilder();
        for (int n = random.nextInt(random.nextInt(10) == 0 ? 80 : 6); n > 0; n--) {
            w.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return w.toString();
    }
}
