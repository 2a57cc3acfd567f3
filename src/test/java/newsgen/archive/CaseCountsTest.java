package newsgen.archive;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseCountsTest {
    private static Article article(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Paragraph(ps.size() + 1, ParagraphKind.BODY, p, p, ps.size() + 1));
        }
        return new Article(Path.of("a.md"), "a", "A", null, null, null, ps);
    }

    @Test
    void aWordWrittenMostlyInLowerCaseIsAWord() {
        CaseCounts counts = new CaseCounts();
        counts.count(article("The absent minister. Absent again, absent twice.", "Mark said: mark my words, Mark."));
        assertEquals(Set.of("absent"), counts.lowercaseWords()); // "mark" is capitalised more often; the rest appear once
    }

    @Test
    void holdsAsManyWordsAsAnArchiveWrites() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            String word = Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
                    .reduce("w", String::concat);
            text.append(word).append(' ').append(word).append(" Wé").append(word).append(' ');
        }
        CaseCounts counts = new CaseCounts();
        counts.count(article(text.toString()));
        Set<String> words = counts.lowercaseWords();
        assertEquals(50_000, words.size());
        assertEquals(true, words.contains("wbcd"));
    }

    /** Shares counted apart and added up give what one count of everything gives, and what countCase gives. */
    @Test
    void sameWordsAsTheMapCountInAnyShares() {
        String[] pieces = {"word", "Word", "WORD", "al-Qaeda", "al-qaeda", "well--known", "end-", "Goïta", "goïta", "x2y",
                "3rd", " ", " ", ". ", "'s", "O'Brien", "o'brien", "–", "straße", "Straße"};
        Random random = new Random(11);
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 300; a++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            articles.add(article(text.toString()));
        }
        Map<String, int[]> map = new HashMap<>();
        articles.forEach(a -> Wording.countCase(a, map));
        CaseCounts whole = new CaseCounts();
        CaseCounts first = new CaseCounts();
        CaseCounts second = new CaseCounts();
        for (int i = 0; i < articles.size(); i++) {
            whole.count(articles.get(i));
            (i % 3 == 0 ? first : second).count(articles.get(i));
        }
        first.addAll(second);
        assertEquals(Wording.lowercaseWords(map), whole.lowercaseWords());
        assertEquals(Wording.lowercaseWords(map), first.lowercaseWords());
    }
}
