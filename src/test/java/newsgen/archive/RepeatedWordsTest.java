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

    @Test
    void wordsOfEveryCharacterAsCharactersTablesGiveThem() {
        // the ASCII range is tested by hand, the rest by Character: each character alone, between two letters
        for (char c = 1; c < 0x3000; c++) {
            String text = "a" + c + "b";
            StringBuilder want = new StringBuilder(" a");
            if (Character.isLetterOrDigit(c)) {
                want.append(Character.toLowerCase(c)).append("b ");
            } else if (c == '\'' || c == '’') {
                want.append("b ");
            } else {
                want.append(" b ");
            }
            assertEquals(want.toString(), RepeatedWords.words(text), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aSpeakerQuotedOnceRepeatsNothingWhateverTheWords() {
        assertArrayEquals(new boolean[] {false, false, true, false}, RepeatedWords.repeats(List.of("roe", "doe", "roe", "\0null"),
                List.of("It is a crazy system", "crazy system", "crazy system", "crazy")));
    }

    @Test
    void theSameAsComparingEveryQuoteWithEveryOther() {
        // random articles of few speakers and few words, so that repeats are common: against the plain all-pairs scan
        java.util.Random random = new java.util.Random(10);
        String[] vocabulary = {"a", "crazy", "system", "She’s", "it", "is", "Disgrace", "—"};
        for (int article = 0; article < 2000; article++) {
            int n = random.nextInt(8);
            List<String> speakers = new java.util.ArrayList<>();
            List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                speakers.add("s" + random.nextInt(3));
                StringBuilder t = new StringBuilder();
                for (int w = random.nextInt(4); w >= 0; w--) {
                    t.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                }
                texts.add(t.toString());
            }
            assertArrayEquals(allPairs(speakers, texts), RepeatedWords.repeats(speakers, texts), speakers + " " + texts);
        }
    }

    private static boolean[] allPairs(List<String> speakers, List<String> texts) {
        int n = texts.size();
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            String wi = RepeatedWords.words(texts.get(i));
            for (int j = 0; j < n && wi != null && !drop[i]; j++) {
                String wj = RepeatedWords.words(texts.get(j));
                if (j != i && wj != null && speakers.get(j).equals(speakers.get(i))) {
                    drop[i] = wj.length() > wi.length() ? wj.contains(wi) : j < i && wj.equals(wi);
                }
            }
        }
        return drop;
    }
}
