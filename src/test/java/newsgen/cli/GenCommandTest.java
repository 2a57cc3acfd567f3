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
