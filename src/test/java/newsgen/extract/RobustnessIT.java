package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction on inputs too big or too many for the quick tests: it stays linear and never throws. */
class RobustnessIT {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Extractor extractor = new Extractor();

    /**
     * The bytes this thread allocates extracting one paragraph: a count of the work done that, unlike a clock, does
     * not depend on what else the machine is running. Extraction runs on the calling thread only.
     */
    private long allocated(String paragraph) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        ArticleRecord r = extractor.extractStrict(Articles.body(paragraph));
        long after = THREADS.getThreadAllocatedBytes(id);
        assertNotNull(r);
        return after - before;
    }

    /**
     * A quarter and the whole of an input: work that grows linearly allocates about 4 times as much for the whole,
     * a quadratic path 16 times. 6 leaves room for a log factor and for collections growing by doubling.
     */
    private void assertLinear(String what, IntFunction<String> text, int size) {
        allocated(text.apply(size / 16)); // the first call pays for loading classes and word lists
        long quarter = allocated(text.apply(size / 4));
        long whole = allocated(text.apply(size));
        assertTrue(quarter > 0, what + ": nothing counted");
        assertTrue(whole < 6 * quarter, what + ": " + quarter + " bytes allocated for " + size / 4 + " characters, "
                + whole + " for " + size + " (" + String.format("%.1f", (double) whole / quarter) + "x; linear is 4x)");
    }

    private static String pieces(int size) {
        StringBuilder b = new StringBuilder();
        String[] pieces = {"President John Smith said \u201cwe will win,\u201d ", "in July 2023 ", "Mali's ", "'a ", "\"b ",
                "Alliance of Sahel States (AES) ", "he added. ", "1,500 troops ", "\u2014 ", "ISIS ", "Sept. 16, ", "\u2018x\u2019 "};
        Random rnd = new Random(7);
        while (b.length() < size) {
            b.append(pieces[rnd.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    // only a guard against a hang: linearity is asserted by counting, never by the clock
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void oneMegabyteParagraphIsLinear() {
        int mb = 1_000_000;
        assertLinear("news-like pieces", RobustnessIT::pieces, mb);
        assertLinear("one letter", n -> "A".repeat(n), mb);
        assertLinear("opening then closing marks", n -> "\u201c".repeat(n * 3 / 10) + "'".repeat(n * 3 / 10), mb);
        assertLinear("unclosed single quotes", n -> "'a ".repeat(n / 3), mb);
        assertLinear("an organisation's prefix again and again", n -> "The Bank of ".repeat(n / 12), mb);
        assertLinear("one huge word", n -> "Abcdefghij".repeat(n / 10), mb); // name variants must not cost its square
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
            assertNotNull(r);
            for (var actor : r.actors()) {
                assertTrue(actor.id().matches("[a-z0-9-]+"), actor.id());
            }
        }
    }
}
