package newsgen.archive;

import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kept answers ({@link RepeatsMemo}) are {@link RepeatedWords#repeats}'s for the article's quotes whatever its
 * speakers' keys became since; an archive built with them equals one built without; a damaged file is not trusted.
 */
class RepeatsMemoTest {
    @TempDir
    Path tmp;

    private final Article article = GeneratedArticles.generate(1, 5).get(0).article();

    private RepeatsMemo memo(boolean read) {
        return new RepeatsMemo(tmp, read, Article::slug);
    }

    private static final List<String> WORDS = List.of("a", "disgrace", "crazy", "system", "it", "is", "She's", "she’s",
            "A", "Disgrace", "—", "we", "will", "see");

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = random.nextInt(6); n >= 0; n--) {
            out.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(4) == 0 ? ", " : " ");
        }
        return out.toString().trim();
    }

    private static List<String> speakers(Random random, int n, int kinds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("person:" + random.nextInt(kinds));
        }
        return out;
    }

    @Test
    void theKeptAnswerIsTheWorkedOutOneForAnySpeakersKeysLater() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(7);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                texts.add(text(random));
            }
            RepeatsMemo first = memo(false);
            List<String> before = speakers(random, n, 1 + random.nextInt(3));
            assertArrayEquals(RepeatedWords.repeats(before, texts), first.repeats(article, before, texts));
            first.save();
            // Later keys: the same speakers renamed (the kept answer holds), or merged and parted (worked out again).
            List<String> renamed = before.stream().map(k -> k.replace("person:", "org:")).toList();
            List<String> other = speakers(random, n, 1 + random.nextInt(3));
            for (List<String> later : List.of(before, renamed, other)) {
                assertArrayEquals(RepeatedWords.repeats(later, texts), memo(true).repeats(article, later, texts),
                        texts + " said by " + later + ", kept for " + before);
            }
        }
    }

    @Test
    void aKeptAnswerIsUsedOnlyUnderTheSamePattern() {
        List<String> texts = List.of("a disgrace", "She's a disgrace");
        RepeatsMemo first = memo(false);
        assertArrayEquals(new boolean[] {true, false}, first.repeats(article, List.of("roe", "roe"), texts));
        first.save();
        assertArrayEquals(new boolean[] {false, false}, memo(true).repeats(article, List.of("roe", "doe"), texts),
                "two speakers now: neither repeats the other");
        assertArrayEquals(new int[] {0, 0, 2, 0}, RepeatsMemo.pattern(List.of("x", "x", "y", "x")));
    }

    @Test
    void anArchiveBuiltWithKeptAnswersIsTheColdOne() {
        List<ArchivedArticle> articles = GeneratedArticles.generate(200, 17);
        new ArchiveBuilder().cacheKeys(a -> a.file().toString()).passes(tmp, true).build(articles);
        assertTrue(Files.exists(tmp.resolve(RepeatsMemo.FILE)));
        assertEquals(new ArchiveBuilder().build(articles),
                new ArchiveBuilder().cacheKeys(a -> a.file().toString()).passes(tmp, true).build(articles));
    }

    @Test
    void aDamagedFileIsNotTrusted() throws IOException {
        List<String> texts = List.of("a disgrace", "She's a disgrace");
        RepeatsMemo first = memo(false);
        first.repeats(article, List.of("roe", "roe"), texts);
        first.save();
        Path file = tmp.resolve(RepeatsMemo.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 1;
        Files.write(file, bytes);
        RepeatsMemo damaged = memo(true);
        assertArrayEquals(new boolean[] {true, false}, damaged.repeats(article, List.of("roe", "roe"), texts));
        assertTrue(damaged.warnings().stream().anyMatch(w -> w.toString().contains("damaged")), damaged.warnings().toString());
    }
}
