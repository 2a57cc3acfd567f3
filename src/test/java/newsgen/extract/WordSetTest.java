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
}
