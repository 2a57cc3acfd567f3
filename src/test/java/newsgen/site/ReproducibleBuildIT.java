package newsgen.site;

import newsgen.cli.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same articles and templates give the same bytes, whatever the number of threads or the order files were made in. */
class ReproducibleBuildIT {
    @TempDir
    Path tmp;

    /**
     * Builds in a JVM of its own that sees this many processors (0: the machine's), as a user's machine with that many
     * would: the extracting threads and the parallel streams' common pool are sized from it. (A build started inside
     * a fork-join pool of the test's own now runs on a thread of its own, see {@link Gen#run(PrintWriter, PrintWriter,
     * String...)}, so a pool no longer sets its threads.)
     */
    private static Map<String, String> build(Path articles, Path out, int processors) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (processors > 0) {
            command.add("-XX:ActiveProcessorCount=" + processors);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "newsgen.cli.Gen",
                "build", "--articles", articles.toString(), "--templates", "templates", "--out", out.toString()));
        Process gen = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(gen.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, gen.waitFor(), printed);
        return SiteFiles.digests(out);
    }

    private void assertSameBytes(Path articles) throws Exception {
        Map<String, String> first = build(articles, tmp.resolve("a/site"), 0);
        Map<String, String> again = build(articles, tmp.resolve("b/site"), 0);
        Map<String, String> single = build(articles, tmp.resolve("c/site"), 1);
        Map<String, String> many = build(articles, tmp.resolve("d/site"), 8);
        assertTrue(first.size() > 5, first.keySet().toString());
        assertEquals(first, again, "two builds");
        assertEquals(first, single, "single-processor build");
        assertEquals(first, many, "eight processors");
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
