package newsgen.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed articles against their hand-made gold files, scored as shared/eval/score.py scores them: all perfect. */
class SeedGoldTest {
    private static final List<String> SEEDS = List.of("000_2881434f48805f6b", "004_04b3bcb1fc385159");
    private final Extractor extractor = new Extractor();

    @TestFactory
    Stream<DynamicTest> seedArticlesMatchTheirGoldFiles() {
        return SEEDS.stream().map(stem -> DynamicTest.dynamicTest(stem, () -> {
            JsonNode gold = new ObjectMapper().readTree(resource("/gold/" + stem + ".gold.json"));
            LocalDate pub = LocalDate.parse(gold.path("date").asText());
            check(gold, extractor.extractStrict(Articles.plain(stem + ".txt", resource("/seeds/" + stem + ".txt"), pub)));
        }));
    }

    /** The same through the real loader, from the seeds as the archive holds them (front matter and all). */
    @TestFactory
    Stream<DynamicTest> seedArticlesLoadedByTheLoaderMatchTheirGoldFiles() {
        return SEEDS.stream().map(stem -> DynamicTest.dynamicTest(stem, () -> {
            JsonNode gold = new ObjectMapper().readTree(resource("/gold/" + stem + ".gold.json"));
            java.nio.file.Path md = java.nio.file.Path.of(SeedGoldTest.class.getResource("/seeds/" + stem + ".md").toURI());
            check(gold, extractor.extractStrict(new newsgen.content.ArticleLoader().load(md)));
        }));
    }

    private void check(JsonNode gold, ArticleRecord r) {
        GoldScore.ArticleScore s = GoldScore.score(gold, r);
        assertPerfect("people", s.people());
        assertEquals(0, s.duplicates(), "unmerged duplicate people");
        assertPerfect("organisations", s.orgs());
        assertPerfect("places", s.places());
        assertPerfect("quotes", s.quotes());
        // every gold quote found with its right speaker and no quote beyond them: a wrong or missing speaker fails
        assertPerfect("quotes with the right speaker", s.attributed());
        assertTrue(s.dateRight(), "publication date: want " + gold.path("date").asText() + ", got " + r.date());
        assertTrue(s.placeRight(), "main place: want " + gold.path("place").asText() + ", got " + r.place());
        assertPerfect("dates", s.dates());
    }

    private static void assertPerfect(String what, GoldScore.Counts c) {
        assertEquals(1.0, c.f1(), 1e-9, what + ": missed " + c.misses() + " extra " + c.extras());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedGoldTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
