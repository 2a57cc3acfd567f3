package newsgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenCommandTest {
    /** Runs gen with captured output; returns {exit code, stdout, stderr}. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Gen.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    /**
     * Called from a fork-join pool's thread (as JUnit's parallel runner calls it), gen runs on a thread of its own:
     * the build still runs, prints and returns as from any thread, and none of its parallel work went to the caller's
     * pool (where the caller's other tasks could run inside the build, or the build wait behind them: a CI run hung
     * so). The pool's steal count shows it: a worker taking the one submitted task counts one steal; a build run in
     * the pool adds one per page-writing task another worker takes.
     */
    @Test
    void runFromAForkJoinThreadRunsOutsideThatPool(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
        try {
            GenRun pooled = pool.submit(() -> GenRun.of("build", "--articles", "articles", "--out", tmp.resolve("site").toString())).get();
            assertEquals(0, pooled.code(), pooled.err());
            assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("site/people/index.html")));
            pool.shutdown();
            assertTrue(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES));
            assertTrue(pool.getStealCount() <= 1, pool.getStealCount() + " tasks taken in the caller's pool");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String[] cmd : new String[][]{{}, {"build"}, {"extract"}}) {
            String[] help = run(concat(cmd, "--help"));
            assertEquals("0", help[0], String.join(" ", cmd) + " --help");
            assertTrue(help[1].contains("Usage:"), help[1]);
            String[] version = run(concat(cmd, "--version"));
            assertEquals("0", version[0]);
            assertTrue(version[1].startsWith("gen (newsgen) "), version[1]);
        }
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        String[] result = run("build", "--no-such-option");
        assertEquals("2", result[0]);
        assertEquals(List.of("error: Unknown option: '--no-such-option'", "try 'gen build --help'"), result[2].lines().toList());
    }

    @Test
    void missingArticlesFolderIsAUsageError() {
        String[] result = run("build", "--articles", "no/such/folder");
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("no/such/folder"), result[2]);
    }

    @Test
    void extractPrintsOnlyAJsonArrayWithOneRecordPerArticle() throws Exception {
        String[] result = run("extract", "articles");
        assertEquals("0", result[0], result[2]);
        JsonNode records = new ObjectMapper().readTree(result[1]);
        assertTrue(records.isArray());
        assertEquals(2, records.size());
        for (JsonNode r : records) {
            for (String field : new String[]{"file", "slug", "title", "outlet", "url", "date", "place", "places", "actors", "quotes", "dates"}) {
                assertTrue(r.has(field), "record lacks " + field);
            }
            assertEquals("2023-09-16", r.get("date").asText());
        }
        assertTrue(records.get(0).get("file").asText().startsWith("000_"), "path order, relative to the folder given");
    }

    private static String[] concat(String[] a, String b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = b;
        return r;
    }
}
