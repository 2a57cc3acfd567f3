package newsgen.archive;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The quotes a speaker's page leaves out because the speaker says the same words at more length in the article. */
class RepeatedWordsTest {
    @Test
    void headlineFragmentInsideTheBodysLongerQuoteIsARepeat() {
        boolean[] drop = RepeatedWords.repeats(List.of("roe", "roe", "roe"),
                List.of("A Disgrace", "She’s a disgrace. She’s a disgrace and those comments are a disgrace", "disgrace"));
        assertArrayEquals(new boolean[] {true, false, true}, drop);
    }

    @Test
    void sameWordsTwiceKeepTheFirst() {
        assertArrayEquals(new boolean[] {false, true}, RepeatedWords.repeats(List.of("roe", "roe"),
                List.of("crazy system", "Crazy System")));
    }

    @Test
    void anotherSpeakersLongerQuoteIsNoRepeat() {
        assertArrayEquals(new boolean[] {false, false}, RepeatedWords.repeats(List.of("roe", "doe"),
                List.of("crazy system", "It is a crazy system")));
    }

    @Test
    void partOfAWordIsNoRepeat() {
        // "grace" is inside "disgrace" as letters, not as a word
        assertArrayEquals(new boolean[] {false, false}, RepeatedWords.repeats(List.of("roe", "roe"),
                List.of("grace", "a disgrace")));
    }

    @Test
    void wordsAreLowerCaseWithoutPunctuationAndApostrophesKept() {
        assertEquals(" shes a disgrace it is ", RepeatedWords.words("“She's a disgrace — it is!”"));
        assertNull(RepeatedWords.words("— …"));
    }
}
