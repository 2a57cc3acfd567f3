package newsgen.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second scored regression: ten invented articles (fictional people, real organisations and places) with their
 * hand-made gold files, scored over the whole set as shared/eval/score.py scores it. Unlike the seeds these are not
 * expected to be perfect: the test asserts floors a little below the current figures, so a rule that helps one
 * article but hurts the others fails the build. The figures are written to target/dev-set-scores.txt (and printed
 * with {@code -Dnewsgen.scores}).
 */
class DevSetScoreTest {
    /** Floors: a little below what the extractor reaches; raise them when it gets better. */
    private static final double PEOPLE = 0.98;
    private static final double ORGS = 0.97;
    private static final double PLACES = 0.97;
    private static final double QUOTES = 0.97;
    private static final double ATTRIBUTED = 0.94;
    private static final double DATES = 0.98;
    /** Articles (of ten) whose main place must be right. */
    private static final int MAIN_PLACES = 8;

    private final Extractor extractor = new Extractor();

    /** tp, counted predictions, gold size. */
    private static final class Tally {
        int tp;
        int predicted;
        int gold;

        void add(int tp, int predicted, int gold) {
            this.tp += tp;
            this.predicted += predicted;
            this.gold += gold;
        }

        void add(GoldScore.Counts c) {
            add(c.tp(), c.predicted(), c.gold());
        }

        double f1() {
            return new GoldScore.Counts(tp, predicted, gold, List.of(), List.of()).f1();
        }
    }

    @Test
    void devSetScoresStayAboveTheirFloors() throws Exception {
        Path root = Path.of(DevSetScoreTest.class.getResource("/devset").toURI());
        List<Path> golds;
        try (Stream<Path> s = Files.list(root.resolve("gold"))) {
            golds = s.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertTrue(golds.size() >= 10, "dev-set gold files missing");
        Tally people = new Tally();
        Tally orgs = new Tally();
        Tally places = new Tally();
        Tally quotes = new Tally();
        Tally attributed = new Tally();
        Tally dates = new Tally();
        int mainPlaces = 0;
        ObjectMapper json = new ObjectMapper();
        for (Path gf : golds) {
            JsonNode gold = json.readTree(gf.toFile());
            Path md = root.resolve("articles").resolve(gold.path("file").asText());
            ArticleRecord r = extractor.extractStrict(new newsgen.content.ArticleLoader().load(md));

            GoldScore.ArticleScore score = GoldScore.score(gold, r);
            people.add(score.people());
            orgs.add(score.orgs());
            places.add(score.places());
            quotes.add(score.quotes());
            attributed.add(score.attributed());
            dates.add(score.dates());
            mainPlaces += score.placeRight() ? 1 : 0;
        }
        String figures = String.format(java.util.Locale.ROOT, "dev set: people_f1=%.3f orgs_f1=%.3f places_f1=%.3f"
                        + " quotes_f1=%.3f attributed_f1=%.3f dates_f1=%.3f place=%d/%d", people.f1(), orgs.f1(),
                places.f1(), quotes.f1(), attributed.f1(), dates.f1(), mainPlaces, golds.size());
        // A passing test prints nothing (mvn -q package stays quiet): the figures go to a file, and to the
        // terminal when asked for with -Dnewsgen.scores.
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-set-scores.txt"), figures + "\n");
        if (System.getProperty("newsgen.scores") != null) {
            System.out.println(figures);
        }
        assertTrue(people.f1() >= PEOPLE, "people F1 " + people.f1());
        assertTrue(orgs.f1() >= ORGS, "organisations F1 " + orgs.f1());
        assertTrue(places.f1() >= PLACES, "places F1 " + places.f1());
        assertTrue(quotes.f1() >= QUOTES, "quotes F1 " + quotes.f1());
        assertTrue(attributed.f1() >= ATTRIBUTED, "attributed F1 " + attributed.f1());
        assertTrue(dates.f1() >= DATES, "dates F1 " + dates.f1());
        assertTrue(mainPlaces >= MAIN_PLACES, "main places right: " + mainPlaces);
    }

}
