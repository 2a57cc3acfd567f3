package newsgen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewCommandTest {
    @TempDir
    Path tmp;

    @AfterEach
    void realClock() {
        NewCommand.clock = Clock.systemDefaultZone();
    }

    @Test
    void writesAnArticleThatBuildsWithTodaysDateAndNeverOverwrites() throws Exception {
        NewCommand.clock = Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC);
        Path articles = tmp.resolve("articles");
        GenRun run = GenRun.of("new", "Sahel: \"pact\" signed #1", "--articles", articles.toString(), "--outlet", "TRT Afrika");
        assertEquals(0, run.code(), run.err());
        Path file = articles.resolve("sahel-pact-signed-1.md");
        assertTrue(Files.isRegularFile(file));
        GenRun extract = GenRun.of("extract", articles.toString());
        assertEquals(0, extract.code(), extract.err());
        JsonNode record = new ObjectMapper().readTree(extract.out()).get(0);
        assertEquals("Sahel: \"pact\" signed #1", record.get("title").asText());
        assertEquals("2024-03-05", record.get("date").asText());
        assertEquals("TRT Afrika", record.get("outlet").asText());

        String before = Files.readString(file);
        Files.writeString(file, before + "\nMy own words.\n");
        GenRun again = GenRun.of("new", "Sahel: pact signed 1", "--articles", articles.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("error: ") && again.err().contains("already exists"), again.err());
        assertTrue(Files.readString(file).endsWith("My own words.\n"), "the existing article is untouched");
    }

    @Test
    void aTitleWithoutLettersIsAUsageError() {
        GenRun run = GenRun.of("new", "!!!", "--articles", tmp.resolve("a").toString());
        assertEquals(2, run.code());
        assertEquals("try 'gen new --help'", run.err().lines().toList().get(1));
    }
}
