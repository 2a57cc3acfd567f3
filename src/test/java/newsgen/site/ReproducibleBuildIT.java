package newsgen.site;

import newsgen.cli.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same articles and templates give the same bytes, whatever the number of threads or the order files were made in. */
class ReproducibleBuildIT {
    @TempDir
    Path tmp;

    /** Builds inside a pool of the given size: parallel streams started from a pool's thread run in that pool. */
    private static Map<String, String> build(Path articles, Path out, int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            StringWriter err = new StringWriter();
            int code = pool.submit(() -> Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "build", "--articles", articles.toString(), "--templates", "templates", "--out", out.toString())).get();
            assertEquals(0, code, err.toString());
        } finally {
            pool.shutdown();
        }
        return SiteFiles.digests(out);
    }

    private void assertSameBytes(Path articles) throws Exception {
        Map<String, String> first = build(articles, tmp.resolve("a/site"), ForkJoinPool.getCommonPoolParallelism());
        Map<String, String> again = build(articles, tmp.resolve("b/site"), ForkJoinPool.getCommonPoolParallelism());
        Map<String, String> single = build(articles, tmp.resolve("c/site"), 1);
        Map<String, String> many = build(articles, tmp.resolve("d/site"), 7);
        assertTrue(first.size() > 5, first.keySet().toString());
        assertEquals(first, again, "two builds");
        assertEquals(first, single, "single-threaded build");
        assertEquals(first, many, "seven threads");
    }

    @Test
    void seedSiteIsByteIdenticalAcrossBuildsAndThreadCounts() throws Exception {
        assertSameBytes(Path.of("articles"));
    }

    @Test
    void manyArticlesWrittenInRandomOrderGiveIdenticalSites() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(42));
        String[] places = {"Bamako", "Niamey", "Ouagadougou", "Dakar"};
        for (int i : order) {
            // Same dates and titles on purpose: ordering must not fall back on anything the file system decides.
            write(articles.resolve("story-" + i + ".md"), "---\ntitle: \"Talks in " + places[i % 4] + "\"\n"
                    + (i % 5 == 0 ? "" : "date: 2024-0" + (1 + i % 9) + "-1" + (i % 10) + "\n")
                    + "outlet: Desk " + (i % 3) + "\n---\n\nOfficials met in " + places[i % 4] + " on Tuesday, the minister said.\n\n"
                    + "\"We will meet again,\" said Minister Awa Diallo.\n");
        }
        assertSameBytes(articles);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
