package newsgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user sees first: short usage errors, counts in good English, no build-machine paths in the data. */
class FirstContactTest {
    @TempDir
    Path tmp;

    @Test
    void aUsageErrorIsTheMessageAndOneHintLine() {
        GenRun run = GenRun.of("build", "--bogus");
        assertEquals(2, run.code());
        assertEquals(List.of("error: Unknown option: '--bogus'", "try 'gen build --help'"), run.err().lines().toList());
        GenRun none = GenRun.of();
        assertEquals(2, none.code());
        assertEquals("try 'gen --help'", none.err().lines().toList().get(1));
        assertEquals(2, none.err().lines().count(), none.err());
    }

    @Test
    void oneArticleIsCountedInTheSingularAndItsRecordNamesItsFileRelativeToTheArticlesFolder() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("news/articles/2024"));
        Files.writeString(articles.resolve("pact.md"), "---\ntitle: Pact\ndate: 2024-05-01\n---\n\nThe council met on Tuesday.\n");
        Path site = tmp.resolve("site");
        GenRun run = GenRun.of("build", "--articles", tmp.resolve("news/articles").toAbsolutePath().toString(),
                "--templates", tmp.resolve("none").toString(), "--out", site.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Built 1 article into "), run.out());
        assertTrue(!run.out().contains("1 articles") && !run.out().contains("(s)"), run.out());
        for (Path json : List.of(site.resolve("data/pact.json"))) {
            JsonNode record = new ObjectMapper().readTree(json.toFile());
            assertEquals("2024/pact.md", record.get("file").asText());
        }
        String archive = Files.readString(site.resolve("data/archive.json"));
        assertTrue(!archive.contains(tmp.toAbsolutePath().toString()), "no absolute path in the published data");
    }

    @Test
    void pluralsReadRight() {
        assertEquals("1 article", Plural.of(1, "article"));
        assertEquals("0 articles", Plural.of(0, "article"));
        assertEquals("924 pages", Plural.of(924, "page"));
    }
}
