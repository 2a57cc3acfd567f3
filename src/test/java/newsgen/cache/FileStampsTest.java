package newsgen.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A scan reads only the files whose stamp changed, and the keys are always those of the files' bytes. */
class FileStampsTest {
    private static final FileTime HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    private static List<Path> files(Path dir, int n) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve("a" + i + ".md");
            Files.writeString(f, "---\ntitle: A" + i + "\n---\n\nText " + i + ".\n");
            Files.setLastModifiedTime(f, HOUR_AGO);
            out.add(f);
        }
        return out;
    }

    /** The files' keys, the stamps of the scan written (they are written on a thread of their own). */
    private static List<String> keys(Path cache, List<Path> files, boolean lookUp) {
        return scan(ArticleCache.open(cache, lookUp, "test"), files, false);
    }

    /**
     * The files' keys from one scan, named by their file names, once its stamps are written: the next scan reads them,
     * and a writer still at work when the test ends would write into the temporary folder as JUnit deletes it.
     */
    private static List<String> scan(ArticleCache cache, List<Path> files, boolean allowHtml) {
        List<String> keys = cache.keys(files, f -> f.getFileName().toString(), allowHtml);
        cache.awaitStamps();
        return keys;
    }

    private static ArticleCache opened(Path cache) {
        return ArticleCache.open(cache, true, "test");
    }

    @Test
    void unchangedFilesAreNotReadAgainAndKeepTheirKeys(@TempDir Path dir) throws IOException {
        List<Path> files = files(Files.createDirectories(dir.resolve("articles")), 5);
        Path cache = dir.resolve("cache");
        ArticleCache first = opened(cache);
        List<String> cold = scan(first, files, false);
        assertEquals(5, first.filesRead());
        ArticleCache second = opened(cache);
        assertEquals(cold, scan(second, files, false));
        assertEquals(0, second.filesRead(), "every stamp was the same");
    }

    @Test
    void anEditOfTheSameSizeAndTimeIsStillSeen(@TempDir Path dir) throws IOException {
        List<Path> files = files(Files.createDirectories(dir.resolve("articles")), 3);
        Path cache = dir.resolve("cache");
        List<String> before = keys(cache, files, true);
        // Same length, modification time set back: only the status-change time (Unix) tells.
        Files.writeString(files.get(1), Files.readString(files.get(1)).replace("Text", "Txet"));
        Files.setLastModifiedTime(files.get(1), HOUR_AGO);
        ArticleCache again = opened(cache);
        List<String> after = scan(again, files, false);
        boolean unix = FileStamps.stat(files.get(1), "x").changed() >= 0;
        if (unix) {
            assertEquals(1, again.filesRead());
            assertNotEquals(before.get(1), after.get(1));
        }
        assertEquals(before.get(0), after.get(0));
        for (int i = 0; i < files.size(); i++) {
            assertEquals(again.key(files.get(i), files.get(i).getFileName().toString(), false), after.get(i),
                    "the key of the file's bytes as they are");
        }
    }

    @Test
    void aFileWrittenJustBeforeItWasReadIsReadAgain(@TempDir Path dir) throws IOException {
        Path f = Files.createDirectories(dir.resolve("articles")).resolve("new.md");
        Files.writeString(f, "---\ntitle: New\n---\n\nText.\n", StandardCharsets.UTF_8);
        Path cache = dir.resolve("cache");
        keys(cache, List.of(f), true);
        ArticleCache again = opened(cache);
        scan(again, List.of(f), false);
        assertEquals(1, again.filesRead(), "modified less than " + FileStamps.SETTLED_MS + " ms before it was read");
    }

    @Test
    void damagedOrForeignStampsMeanEveryFileIsRead(@TempDir Path dir) throws IOException {
        List<Path> files = files(Files.createDirectories(dir.resolve("articles")), 4);
        Path cache = dir.resolve("cache");
        List<String> cold = keys(cache, files, true);
        byte[] bytes = Files.readAllBytes(cache.resolve(FileStamps.FILE));
        bytes[bytes.length - 5] ^= 1;
        Files.write(cache.resolve(FileStamps.FILE), bytes);
        ArticleCache damaged = opened(cache);
        assertEquals(cold, scan(damaged, files, false));
        assertEquals(4, damaged.filesRead());
        ArticleCache other = ArticleCache.open(cache, true, "another gen");
        scan(other, files, false);
        assertEquals(4, other.filesRead());
        ArticleCache html = opened(dir.resolve("cache2"));
        scan(html, files, false);
        ArticleCache withHtml = opened(dir.resolve("cache2"));
        scan(withHtml, files, true);
        assertEquals(4, withHtml.filesRead(), "another --allow-html: other keys");
    }
}
