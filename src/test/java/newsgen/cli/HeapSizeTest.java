package newsgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeapSizeTest {
    private static final long MB = 1024 * 1024;
    private static final long GB = 1024 * MB;

    @Test
    void anOrdinaryArchiveGetsTheHeapThatKeepsTenThousandArticlesUnderOneGigabyte() {
        assertEquals(800, HeapSize.megabytes(0, 16 * GB));
        assertEquals(800, HeapSize.megabytes(48 * MB, 16 * GB)); // the 10,164-article benchmark corpus
    }

    @Test
    void aBiggerArchiveGetsAHeapInProportionToItsFiles() {
        assertEquals(97 * 14, HeapSize.megabytes(97 * MB, 16 * GB)); // 20,328 articles
        assertEquals(200 * 14, HeapSize.megabytes(200 * MB, 0)); // machine memory unknown: no cap
    }

    @Test
    void neverMoreThanHalfTheMachineNorLessThanTheUsualHeap() {
        assertEquals(2048, HeapSize.megabytes(1000 * MB, 4 * GB));
        assertEquals(800, HeapSize.megabytes(1000 * MB, GB));
    }

    @Test
    void theOldGenerationHoldsTheArchivesPeakInTheUsualHeap() {
        assertEquals(200, HeapSize.youngMegabytes(800));
        // the archive stage keeps ~480 MB alive on 10,164 articles, and the pages stage ~360 MB plus what was promoted
        assertEquals(600, 800 - HeapSize.youngMegabytes(800));
    }

    @Test
    void readsTheArticlesFolderTheCommandWillRead() {
        assertEquals(List.of(Path.of("news")), HeapSize.articlePaths(new String[] {"build", "--articles", "news", "--out", "x"}));
        assertEquals(List.of(Path.of("news")), HeapSize.articlePaths(new String[] {"serve", "--articles=news"}));
        assertEquals(List.of(Path.of("a.md"), Path.of("more")), HeapSize.articlePaths(new String[] {"extract", "a.md", "--allow-html", "more"}));
        assertEquals(List.of(Path.of("articles")), HeapSize.articlePaths(new String[] {"build", "--out", "site"}));
    }

    @Test
    void countsTheBytesOfTheFilesUnderTheFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "x".repeat(1000));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.md"), "y".repeat(500));
        assertEquals(1500, HeapSize.articleBytes(List.of(dir)));
        assertEquals(1000, HeapSize.articleBytes(List.of(dir.resolve("a.md"))));
        assertEquals(0, HeapSize.articleBytes(List.of(dir.resolve("missing"))));
    }
}
