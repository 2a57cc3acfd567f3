package newsgen.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.Quote;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static newsgen.extract.GoldScore.labels;
import static newsgen.extract.GoldScore.names;
import static newsgen.extract.GoldScore.texts;
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

        List<Set<String>> goldPeople = names(gold.path("people"));
        List<Set<String>> people = GoldScore.actorNames(r, Actor.PERSON);
        GoldScore.Counts p = GoldScore.match(goldPeople, labels(gold.path("people")), people, labels(r, Actor.PERSON), List.of());
        assertEquals(1.0, p.f1(), 1e-9, "people missed " + p.misses() + " extra " + p.extras());
        assertEquals(0, GoldScore.duplicates(goldPeople, people), "unmerged duplicate people");

        GoldScore.Counts o = GoldScore.match(names(gold.path("organizations")), labels(gold.path("organizations")),
                GoldScore.actorNames(r, Actor.ORGANIZATION), labels(r, Actor.ORGANIZATION), names(gold.path("organizations_optional")));
        assertEquals(1.0, o.f1(), 1e-9, "organisations missed " + o.misses() + " extra " + o.extras());

        List<Set<String>> places = new ArrayList<>();
        List<String> placeNames = new ArrayList<>();
        r.places().forEach(pl -> {
            places.add(GoldScore.namesOf(pl.name(), List.of()));
            placeNames.add(pl.name());
        });
        GoldScore.Counts pl = GoldScore.match(names(gold.path("places")), labels(gold.path("places")), places, placeNames, List.of());
        assertEquals(1.0, pl.f1(), 1e-9, "places missed " + pl.misses() + " extra " + pl.extras());

        List<Set<String>> entities = names(gold.path("people"));
        entities.addAll(names(gold.path("organizations")));
        Set<Integer> used = new HashSet<>();
        int attributed = 0;
        for (JsonNode gq : gold.path("quotes")) {
            int hit = GoldScore.intersectsQuote(r.quotes(), used, gq.path("text").asText());
            assertTrue(hit >= 0, "quote missed: " + gq.path("text").asText());
            used.add(hit);
            Quote q = r.quotes().get(hit);
            String goldSpeaker = gq.path("speaker").isNull() ? null : gq.path("speaker").asText();
            assertTrue(GoldScore.speakerOk(goldSpeaker, q.speakerName(), entities),
                    "speaker of \"" + q.text() + "\": want " + goldSpeaker + ", got " + q.speakerName());
            attributed++;
        }
        assertEquals(gold.path("quotes").size(), r.quotes().size(), "extra quotes: " + r.quotes());
        assertEquals(gold.path("quotes").size(), attributed);

        assertEquals(gold.path("date").asText(), r.date());
        assertEquals(GoldScore.norm(gold.path("place").asText()), GoldScore.norm(r.place() == null ? null : r.place().name()));

        Set<String> required = texts(gold.path("dates").path("required"));
        Set<String> optional = texts(gold.path("dates").path("optional"));
        Set<String> values = GoldScore.dateValues(r);
        assertTrue(values.containsAll(required), "dates missed: " + required + " vs " + values);
        values.removeAll(optional);
        values.removeAll(required);
        assertTrue(values.isEmpty(), "extra dates: " + values);
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
