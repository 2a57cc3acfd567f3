package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No input makes extraction throw or hang: odd, empty, huge and random texts. */
class RobustnessTest {
    private final Extractor extractor = new Extractor();

    private ArticleRecord run(String... paragraphs) {
        ArticleRecord r = extractor.extractStrict(Articles.body(paragraphs));
        assertNotNull(r);
        return r;
    }

    @Test
    void emptyArticleGivesEmptyRecord() {
        ArticleRecord r = extractor.extractStrict(new Article(Path.of("e.txt"), "e", "E", null, null, null, List.of()));
        assertTrue(r.actors().isEmpty() && r.quotes().isEmpty() && r.dates().isEmpty() && r.place() == null);
    }

    @Test
    void emptyAndBlankParagraphsAreFine() {
        run("", " ", "\n\n", "\t");
    }

    @Test
    void onlyQuotationMarksGiveNoQuotes() {
        ArticleRecord r = run("\"\"\"\"", "“”“”“", "''''''", "‘’‘", "' \" “ ” ‘ ’ ''");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void unbalancedMarksDoNotThrow() {
        run("“Open and never closed", "closed ” without opening", "He said \"one", "and 'two", "‘three”");
    }

    @Test
    void oneLongLineWithoutPunctuation() {
        run("word ".repeat(50_000));
    }

    @Test
    // generous: CI machines are shared; a quadratic path takes hours here, not seconds
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void oneMegabyteParagraphIsLinear() {
        StringBuilder b = new StringBuilder();
        String[] pieces = {"President John Smith said “we will win,” ", "in July 2023 ", "Mali's ", "'a ", "\"b ",
                "Alliance of Sahel States (AES) ", "he added. ", "1,500 troops ", "— ", "ISIS ", "Sept. 16, ", "‘x’ "};
        Random rnd = new Random(7);
        while (b.length() < 1_000_000) {
            b.append(pieces[rnd.nextInt(pieces.length)]);
        }
        run(b.toString());
        run("A".repeat(1_000_000));
        run("“".repeat(300_000) + "'".repeat(300_000));
        run("'a ".repeat(300_000));
        run("The Bank of ".repeat(80_000));
        run("Abcdefghij".repeat(100_000)); // one huge word: name variants must not cost its square
    }

    @Test
    void nonLatinScriptsAreFine() {
        run("Президент Владимир Путин заявил: «Мы победим».", "قال الرئيس «سننتصر» يوم السبت",
                "習近平主席は「勝つ」と述べた。", "राष्ट्रपति ने कहा “हम जीतेंगे”", "🙂 “emoji” 🙂 ‘ok’");
    }

    @Test
    void noPublicationDateLeavesRelativeDatesOut() {
        ArticleRecord r = extractor.extractStrict(Articles.withDate(null, "On Saturday, last week, in July 2023."));
        assertTrue(r.dates().stream().allMatch(d -> d.value().equals("2023-07")), r.dates().toString());
    }

    @Test
    void thousandsOfRandomTextsNeverThrow() {
        String[] words = {"the", "President", "Mali", "Mali’s", "said", "“", "”", "\"", "'", "''", "‘", "’", ",", ".",
                "he", "she", "they", "Saturday", "July", "May", "last", "year", "week", "2023", "1999", "(", ")", "AES",
                "Alliance", "of", "States", "Bank", "—", ":", "Minister", "Diallo", "Jean", "Ahmed", "bin", "al-", "de",
                "16", "Sept.", "Photo:", "X", "\n", "?", "!", "Mr.", "Dr", "U.S.", "ECOWAS", "the charter", "states",
                "Сергей", "中国", "é", "ü", "-", "--", "…", "s", "'s", "’s", "in", "Bamako", "Liptako-Gourma", "Charter"};
        ParagraphKind[] kinds = ParagraphKind.values();
        Random rnd = new Random(Long.getLong("newsgen.fuzz.seed", 20230916L));
        int count = Integer.getInteger("newsgen.fuzz.count", 3000);
        for (int n = 0; n < count; n++) {
            List<Paragraph> ps = new ArrayList<>();
            int paragraphs = rnd.nextInt(5);
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder b = new StringBuilder();
                int len = rnd.nextInt(60);
                for (int w = 0; w < len; w++) {
                    if (rnd.nextInt(10) == 0) {
                        b.append((char) rnd.nextInt(0x3000));
                    } else {
                        b.append(words[rnd.nextInt(words.length)]);
                    }
                    if (rnd.nextInt(3) > 0) {
                        b.append(' ');
                    }
                }
                ps.add(new Paragraph(p + 1, kinds[rnd.nextInt(kinds.length)], b.toString(), "", p + 1));
            }
            LocalDate pub = rnd.nextBoolean() ? LocalDate.of(2000 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)) : null;
            Article a = new Article(Path.of("r" + n + ".txt"), "r" + n, "R", null, null, pub, ps);
            ArticleRecord r = extractor.extractStrict(a);
            for (var actor : r.actors()) {
                assertTrue(actor.id().matches("[a-z0-9-]+"), actor.id());
            }
        }
    }
}
