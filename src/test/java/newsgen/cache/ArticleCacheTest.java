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
        assertEquals(List.of("record", "warnings", "summary"), head.subList(article.size(), head.size()));
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
        cache.keepOnly(java.util.Set.of(key)); // the build's end: the index names the entry

        ArticleCache.Entry back = ArticleCache.open(dir.resolve("cache"), true, "test").get(key, file);
        LazyList<?> body = assertInstanceOf(LazyList.class, back.article().paragraphs());
        assertFalse(body.made(), "nothing has read the paragraphs yet");
        assertEquals(record, back.record());
        assertEquals(warnings, back.warnings());
        LazyList<?> lead = assertInstanceOf(LazyList.class, back.lead());
        assertFalse(lead.made(), "the lead words are decoded when read");
        assertEquals(List.of("council", "votes", "bridge"), back.lead());
        assertTrue(lead.made());
        assertEquals("The council voted on the bridge.", back.summary());
        assertFalse(body.made(), "nor has the summary");
        assertEquals(article.title(), back.article().title());
        assertEquals(article.paragraphs(), back.article().paragraphs());
        assertTrue(body.made());
        assertEquals(article, back.article());

        cache.put(key, new ArticleCache.Entry(article, record, warnings));
        cache.keepOnly(java.util.Set.of(key));
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
    void aHeadLengthPastTheEntryIsRefusedEvenWhereAddingItWrapsRound(@TempDir Path dir) {
        // a checksum that still matches cannot save an entry whose head length is 2^31 - 1: 4 + it is negative
        ArticleCache cache = ArticleCache.open(dir.resolve("cache"), true, "test");
        byte[] entry = {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0};
        CorruptEntryException e = org.junit.jupiter.api.Assertions.assertThrows(CorruptEntryException.class,
                () -> cache.decode(entry, 0, entry.length, "k", null));
        assertTrue(e.getMessage().contains("a head of 2147483647 bytes"), e.getMessage());
        byte[] oneOver = {0, 0, 0, 5, 0, 0, 0, 0}; // a head of 5 bytes where 4 are left
        org.junit.jupiter.api.Assertions.assertThrows(CorruptEntryException.class, () -> cache.decode(oneOver, 0, oneOver.length, "k", null));
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
        again.keepOnly(java.util.Set.of(key));
        assertEquals(0, ArticleCache.open(dir.resolve("cache"), true, "test").entryCount(), "the damaged entry is dropped, to be made again");
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

    @Test
    void aDeletedPackIsReportedOnceNotOncePerEntry(@TempDir Path dir) throws IOException {
        Many many = storedMany(dir, 5);
        List<String> keys = many.keys();
        List<Path> files = many.files();
        List<Path> packs = packs(dir.resolve("cache/articles"));
        assertEquals(1, packs.size());
        Files.delete(packs.get(0));
        ArticleCache after = ArticleCache.open(dir.resolve("cache"), true, "test");
        for (int i = 0; i < 5; i++) {
            assertNull(after.get(keys.get(i), files.get(i)), "entry " + i);
        }
        List<Problem> warnings = after.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("its pack is gone"), warnings.toString());
    }

    @Test
    void entriesShareAFewPacksThatAreMergedWhenMostlyUnusedOrTooMany(@TempDir Path dir) throws IOException {
        Many many = storedMany(dir, 20);
        List<String> keys = new ArrayList<>(many.keys());
        List<Path> files = many.files();
        ArticleRecord record = many.record();
        ArticleCache cache;
        assertEquals(1, packs(dir.resolve("cache/articles")).size(), "one pack for a build's entries");

        // Builds that each store one edited article: a pack each, merged once there are more than MAX_PACKS.
        for (int edit = 0; edit < 12; edit++) {
            cache = ArticleCache.open(dir.resolve("cache"), true, "test");
            Files.writeString(files.get(edit), TEXT + "\nEdited " + edit + ".\n");
            keys.set(edit, cache.key(files.get(edit), files.get(edit).getFileName().toString(), false));
            cache.put(keys.get(edit), new ArticleCache.Entry(new ArticleLoader(false).load(files.get(edit)), record, List.of()));
            cache.keepOnly(new java.util.HashSet<>(keys));
            assertTrue(packs(dir.resolve("cache/articles")).size() <= EntryPacks.MAX_PACKS + 1, "packs after edit " + edit);
        }
        // 12 of the first pack's 20 entries are no longer used: it was merged too.
        ArticleCache last = ArticleCache.open(dir.resolve("cache"), true, "test");
        assertEquals(20, last.entryCount());
        long bytes = 0;
        for (Path pack : packs(dir.resolve("cache/articles"))) {
            bytes += Files.size(pack);
        }
        for (int i = 0; i < 20; i++) {
            ArticleCache.Entry back = last.get(keys.get(i), files.get(i));
            assertEquals(new ArticleLoader(false).load(files.get(i)), back.article(), "entry " + i);
        }
        assertTrue(bytes < 2 * 20 * 2_000, "no pack is mostly unused bytes: " + bytes);
        assertTrue(last.warnings().isEmpty(), last.warnings().toString());
    }

    @Test
    void aPackNoIndexNamesIsDeletedAndADamagedIndexIsWarnedAboutAndIgnored(@TempDir Path dir) throws IOException {
        Stored stored = stored(dir);
        ArticleCache unfinished = ArticleCache.open(dir.resolve("cache"), true, "test");
        Path other = write(dir, "other.md", 1);
        String otherKey = unfinished.key(other, "other.md", false);
        unfinished.put(otherKey, new ArticleCache.Entry(new ArticleLoader(false).load(other),
                new Extractor().extract(stored.article()), List.of())); // a build that stops before its end
        assertEquals(2, packs(dir.resolve("cache/articles")).size());
        ArticleCache next = ArticleCache.open(dir.resolve("cache"), true, "test");
        assertNull(next.get(otherKey, other), "an entry the index does not name is not looked up");
        next.keepOnly(java.util.Set.of(stored.key(), otherKey));
        assertEquals(1, packs(dir.resolve("cache/articles")).size(), "the unfinished build's pack is deleted");

        // A build that stored its entries and wrote the index, then stopped (its pages failed): the next one has them.
        ArticleCache stopped = ArticleCache.open(dir.resolve("cache"), true, "test");
        stopped.put(otherKey, new ArticleCache.Entry(new ArticleLoader(false).load(other),
                new Extractor().extract(stored.article()), List.of()));
        stopped.saveIndex();
        ArticleCache after = ArticleCache.open(dir.resolve("cache"), true, "test");
        assertEquals(new ArticleLoader(false).load(other), after.get(otherKey, other).article());
        assertEquals(stored.article(), after.get(stored.key(), stored.file()).article());
        after.keepOnly(java.util.Set.of(stored.key(), otherKey));

        Path index = dir.resolve("cache/articles/index");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length - 5] ^= 1;
        Files.write(index, bytes);
        ArticleCache damaged = ArticleCache.open(dir.resolve("cache"), true, "test");
        assertNull(damaged.get(stored.key(), stored.file()));
        assertTrue(damaged.warnings().get(0).message().contains("damaged (cut short or checksum mismatch); ignored, every article read and extracted again"),
                damaged.warnings().toString());
    }

    private static Path write(Path dir, String name, int i) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, TEXT.replace("Tuesday", "Tuesday " + i));
        return file;
    }

    /** The test article, loaded, extracted and put in a cache under {@code dir/cache}. */
    /** {@code n} articles stored by one build, an entry each (every entry with the first article's record). */
    private record Many(List<String> keys, List<Path> files, ArticleRecord record) {
    }

    private static Many storedMany(Path dir, int n) throws IOException {
        ArticleRecord record = new Extractor().extract(new ArticleLoader(false).load(write(dir, "a0.md", 0)));
        List<String> keys = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        ArticleCache cache = ArticleCache.open(dir.resolve("cache"), true, "test");
        for (int i = 0; i < n; i++) {
            Path file = write(dir, "a" + i + ".md", i);
            files.add(file);
            keys.add(cache.key(file, file.getFileName().toString(), false));
            cache.put(keys.get(i), new ArticleCache.Entry(new ArticleLoader(false).load(file), record, List.of()));
        }
        cache.keepOnly(new java.util.HashSet<>(keys));
        return new Many(keys, files, record);
    }

    private record Stored(Path file, Article article, String key) {
    }

    private static Stored stored(Path dir) throws IOException {
        Path file = dir.resolve("bridge.md");
        Files.writeString(file, TEXT);
        Article article = new ArticleLoader(false).load(file);
        ArticleCache cache = ArticleCache.open(dir.resolve("cache"), true, "test");
        String key = cache.key(file, "bridge.md", false);
        cache.put(key, new ArticleCache.Entry(article, new Extractor().extract(article), List.of()));
        cache.keepOnly(java.util.Set.of(key));
        return new Stored(file, article, key);
    }

    /** Flips one bit of the entry's byte at {@code at} (from the end when negative); returns the entry's pack. */
    private static Path flip(Path dir, String key, int at) throws IOException {
        for (Path pack : packs(dir.resolve("cache/articles"))) {
            byte[] bytes = Files.readAllBytes(pack);
            int[] span = span(bytes, key);
            if (span != null) {
                bytes[at < 0 ? span[1] + at : span[0] + at] ^= 1;
                Files.write(pack, bytes);
                return pack;
            }
        }
        throw new AssertionError("no entry " + key);
    }

    /** The pack files of a cache's entries folder. */
    static List<Path> packs(Path entries) throws IOException {
        try (java.util.stream.Stream<Path> list = Files.list(entries)) {
            return list.filter(p -> p.getFileName().toString().startsWith("pack-")).sorted().toList();
        }
    }

    /** Where the entry of this key starts and ends in a pack's bytes (it ends where the next entry starts), or null. */
    static int[] span(byte[] pack, String key) {
        byte[] start = (new String(EntryPacks.MAGIC, java.nio.charset.StandardCharsets.US_ASCII) + key)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int from = indexOf(pack, start, 0);
        if (from < 0) {
            return null;
        }
        int next = indexOf(pack, EntryPacks.MAGIC, from + 1);
        return new int[] {from, next < 0 ? pack.length : next};
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
