package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class WordFactTest {
    private static final Set<String> LIST = WordSet.of("may", "said", "de", "van", "the");
    private static final WordFact KEY_IN = WordFact.keyIn(LIST);
    private static final WordFact TEXT_IN = WordFact.textIn(LIST);
    private static final WordFact ENDS_IN_S = WordFact.ofText(w -> w.endsWith("s"));

    private static List<Token> tokens(String s) {
        return Tokenizer.tokens(s, Sentences.split(s));
    }

    /** Every answer, the first time and from the word's kept answers later, is the set's or the test's own. */
    @Test
    void answersAsTheSetAndTheTestDo() {
        String[] words = {"May", "may", "MAY", "said", "Said", "de", "De", "van", "Van", "the", "The", "theirs",
                "Mays", "Café", "cafés", "Roe’s", "US", "U.S.", "x", "1999", "anti-Said", "may-be"};
        Random random = new Random(7);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            text.add(words[random.nextInt(words.length)]);
        }
        for (int round = 0; round < 2; round++) {
            for (Token t : tokens(String.join(" ", text))) {
                assertEquals(LIST.contains(t.key()), KEY_IN.test(t), t.text());
                assertEquals(LIST.contains(t.text()), TEXT_IN.test(t), t.text());
                assertEquals(t.text().endsWith("s"), ENDS_IN_S.test(t), t.text());
            }
        }
    }

    /** A word met again is the same Word, so its answers are asked once: what makes the facts cheap. */
    @Test
    void aWordMetAgainIsTheSameWord() {
        List<Token> t = tokens("The mayor said the plan, the mayor said, would work.");
        assertSame(t.get(1).word(), t.get(6).word());
        assertSame(t.get(2).word(), t.get(7).word());
        assertEquals(t.get(0).key(), t.get(3).key());
    }

    /** A word met again gets its shape from its kept Word: the same as when its characters were read. */
    @Test
    void aWordMetAgainHasTheSameShape() {
        String text = "al-Sudani \u01c5emal \u00c9COLE US U.S. eBay Ob\u00e1lka a I mid-July NATO’s";
        List<Token> first = tokens(text);
        List<Token> again = tokens(text + " " + text).subList(first.size(), 2 * first.size());
        for (int i = 0; i < first.size(); i++) {
            Token a = first.get(i);
            Token b = again.get(i);
            assertEquals(List.of(a.text(), a.key(), a.cap(), a.upper(), a.possessive()),
                    List.of(b.text(), b.key(), b.cap(), b.upper(), b.possessive()), a.text());
        }
        assertEquals(List.of(true, true, true, true, true, false, true, false, true, false, true),
                first.stream().map(Token::cap).toList().subList(0, 11));
    }
}
