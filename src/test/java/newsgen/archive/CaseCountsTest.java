package newsgen.archive;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** Shares counted apart and added up give what one count of everything gives, and what a plain count into a map of strings gives. */
    @Test
    void sameWordsAsTheMapCountInAnyShares() {
        String[] pieces = {"word", "Word", "WORD", "al-Qaeda", "al-qaeda", "well--known", "end-", "Goïta", "goïta", "x2y",
                "3rd", " ", " ", ". ", "'s", "O'Brien", "o'brien", "–", "straße", "Straße",
                "\u2019s", "\u201cWord", "word\u201d", "\u2026", "\u2014word", "ⁱword"}; // curly quotes, ellipsis, dash: the General Punctuation block
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
        articles.forEach(a -> countWithStrings(a, map));
        CaseCounts whole = new CaseCounts();
        CaseCounts first = new CaseCounts();
        CaseCounts second = new CaseCounts();
        for (int i = 0; i < articles.size(); i++) {
            whole.count(articles.get(i));
            (i % 3 == 0 ? first : second).count(articles.get(i));
        }
        first.addAll(second);
        assertEquals(lowercaseWords(map), whole.lowercaseWords());
        assertEquals(lowercaseWords(map), first.lowercaseWords());
    }

    /** The reference: each word made a string, folded by NameKey, counted in a map. */
    private static void countWithStrings(Article article, Map<String, int[]> counts) {
        for (Paragraph p : article.paragraphs()) {
            String text = p.text();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (!Character.isLetter(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))) {
                    counts.computeIfAbsent(NameKey.of(text.substring(start, i)), k -> new int[2])[Character.isLowerCase(c) ? 0 : 1]++;
                }
            }
        }
    }

    private static Set<String> lowercaseWords(Map<String, int[]> counts) {
        Set<String> out = new HashSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= 2 && c[0] > c[1]) {
                out.add(w);
            }
        });
        return out;
    }
}
