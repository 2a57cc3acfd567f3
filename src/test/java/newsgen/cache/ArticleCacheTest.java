package newsgen.cache;

import newsgen.content.ArticleLoader;
import newsgen.extract.Extractor;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.LazyList;
import newsgen.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An entry gives back the article, record, warnings, lead words and summary it was given; its body is decoded when read. */
class ArticleCacheTest {
    private static final String TEXT = "---\ntitle: Council votes on the bridge\noutlet: Gazette\ndate: 2024-03-05\n---\n\n"
            + "The council voted on Tuesday to rebuild the old bridge, the mayor said.\n\n"
            + "\"We will see,\" said Jane Example, a spokeswoman for the council.\n\n## Next steps\n\nWork starts in May.\n";

    @Test
    void theHeadWritesEveryComponentOfAnArticleButItsParagraphs() {
        List<String> article = new ArrayList<>(Arrays.stream(Article.class.getRecordComponents()).map(RecordComponent::getName).toList());
        assertEquals("paragraphs", article.remove(article.size() - 1));
        List<String> head = Arrays.stream(ArticleCache.Head.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertEquals(article, head.subList(0, article.size()), "a component Article gains must be cached too");
        assertEquals(List.of("record", "warnings", "lead", "summary"), head.subList(article.size(), head.size()));
    }

    @Test
    void anEntryComesBackWholeWithItsBodyDecodedWhenRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bridge.md");
        Files.writeString(file, TEXT);
        Article article = new ArticleLoader(false).load(file);
        ArticleRecord record = new Extractor().extract(article);
        List<Problem> warnings = List.of(new Problem("bridge.md", 3, "a warning"));
        ArticleCache cache = ArticleCache.open(dir.resolve("cache"), true, "test");
        String key = cache.key(file, "bridge.md", false);
        cache.put(key, new ArticleCache.Entry(article, record, warnings, List.of("council", "votes", "bridge"),
                "The council voted on the bridge."));

        ArticleCache.Entry back = ArticleCache.open(dir.resolve("cache"), true, "test").get(key, file);
        LazyList<?> body = assertInstanceOf(LazyList.class, back.article().paragraphs());
        assertFalse(body.made(), "nothing has read the paragraphs yet");
        assertEquals(record, back.record());
        assertEquals(warnings, back.warnings());
        assertEquals(List.of("council", "votes", "bridge"), back.lead());
        assertEquals("The council voted on the bridge.", back.summary());
        assertFalse(body.made(), "nor has the summary");
        assertEquals(article.title(), back.article().title());
        assertEquals(article.paragraphs(), back.article().paragraphs());
        assertTrue(body.made());
        assertEquals(article, back.article());

        cache.put(key, new ArticleCache.Entry(article, record, warnings));
        assertNull(ArticleCache.open(dir.resolve("cache"), true, "test").get(key, file).lead(), "no lead words kept");
        assertNull(ArticleCache.open(dir.resolve("cache"), true, "test").get(key, file).summary(), "no summary kept");
    }

    @Test
    void aChangedByteInTheHeadIsCaughtWhenTheEntryIsRead(@TempDir Path dir) throws IOException {
        Stored stored = stored(dir);
        String key = stored.key();
        flip(dir, key, 64 + 40); // in the head
        ArticleCache again = ArticleCache.open(dir.resolve("cache"), true, "test");
        assertNull(again.get(key, stored.file()));
        assertTrue(again.warnings().get(0).message().contains("checksum mismatch"), again.warnings().toString());
    }

    @Test
    void aChangedByteInTheBodyIsCaughtWhenTheBodyIsReadAndTheArticleIsReadAgain(@TempDir Path dir) throws IOException {
        Stored stored = stored(dir);
        Path file = stored.file();
        Article article = stored.article();
        String key = stored.key();
        Path entry = flip(dir, key, -10); // in the last paragraph's text
        ArticleCache again = ArticleCache.open(dir.resolve("cache"), true, "test");
        List<Path> reread = new ArrayList<>();
        again.rereadBodiesWith(f -> {
            reread.add(f);
            return new ArticleLoader(false).load(f).paragraphs();
        });
        ArticleCache.Entry back = again.get(key, file);
        assertTrue(again.warnings().isEmpty(), "the head is whole: " + again.warnings());
        assertEquals(article.paragraphs(), back.article().paragraphs(), "the paragraphs as the file gives them");
        assertEquals(List.of(file), reread);
        assertTrue(again.warnings().get(0).message().contains("corrupt cache entry (checksum mismatch)"), again.warnings().toString());
        assertFalse(Files.exists(entry), "the damaged entry is removed, to be made again");
    }

    @Test
    void aBodyWhoseEntryWentAwayBeforeItWasReadFailsLoudly(@TempDir Path dir) throws IOException {
        Stored stored = stored(dir);
        String key = stored.key();
        ArticleCache.Entry back = ArticleCache.open(dir.resolve("cache"), true, "test").get(key, stored.file());
        flip(dir, key, -10);
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> back.article().paragraphs().size());
        assertTrue(e.getCause().getMessage().contains("cache entry removed or changed while the build read it (checksum mismatch)"),
                e.getCause().getMessage());
    }

    /** The test article, loaded, extracted and put in a cache under {@code dir/cache}. */
    private record Stored(Path file, Article article, String key) {
    }

    private static Stored stored(Path dir) throws IOException {
        Path file = dir.resolve("bridge.md");
        Files.writeString(file, TEXT);
        Article article = new ArticleLoader(false).load(file);
        ArticleCache cache = ArticleCache.open(dir.resolve("cache"), true, "test");
        String key = cache.key(file, "bridge.md", false);
        cache.put(key, new ArticleCache.Entry(article, new Extractor().extract(article), List.of()));
        return new Stored(file, article, key);
    }

    /** Flips one bit of the entry's byte at {@code at} (from the end when negative); returns the entry's path. */
    private static Path flip(Path dir, String key, int at) throws IOException {
        Path entry = dir.resolve("cache/articles").resolve(key);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[at < 0 ? bytes.length + at : at] ^= 1;
        Files.write(entry, bytes);
        return entry;
    }
}
