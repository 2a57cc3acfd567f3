package newsgen.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import newsgen.content.ArticleLoader;
import newsgen.content.ArticleSource;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor over the 84 real political articles of ../shared/eval/polnear-dev, scored as realnews.py scores
 * them (see {@link RealNewsScore}): every figure must stay at or above its floor. The floors sit just below what
 * the extractor reaches; raise them as it gets better. An integration test: it reads and extracts 84 articles.
 */
class RealNewsDevIT {
    private static final double QUOTE_RECALL = 0.99;
    /**
     * 0.892 until rule "party and home in brackets" stopped making an organisation "D-Newport News" of "state Del. Jane
     * Roe (D-Newport News), shouted": two quotes it was given to counted right only because the annotated source
     * contains "(D-Newport News)"; now they have none (0.8907). 0.8926 (482 of 540) since rule "nickname inside a name"
     * keeps that delegate's name whole and gives her both quotes.
     */
    private static final double NAMED_SPEAKER_ACC = 0.892;
    /**
     * 0.871 until rule according-to stopped reading the writer's words before "according to" as the source: "As a
     * reality TV boss on “The Apprentice,” Jane Roe …, according to show insiders" no longer gives Roe (wrong; the
     * source is the insiders, a description no rule names yet), 204 of 235 given; 205 (0.872) since "cited" and
     * "referenced" are cue verbs ("Although the IMF did not single out …, it referenced “political tensions”");
     * 207 (0.8809) since the world given names and the speaker rules of the twentieth round; 206 (0.8766) since the
     * writer's own line ("I" before the cue verb) is no longer given to the person named before it: the quote had a
     * speaker, the wrong one, which this figure counted as given. 214 (0.9106) since the twenty-third round: the
     * first-person writer of a column, and documents and ads speaking as their makers ("said the ruling", "a Times
     * article hailed", an ad's narrator); those document shapes were picked by reading dev's misses, so this floor is
     * no longer a measure on unseen text for them (train moved 1800 → 1802 of 2078).
     */
    private static final double PRONOUN_GIVEN = 0.910;
    /** 0.9337 since the twenty-third round (one real person more: a leader named in an apposition long only through its relative clause). */
    private static final double PEOPLE_SILVER_RECALL = 0.933;
    /**
     * 0.698 until degrees and drugs in capitals ("MBA", "PCP") were things: CoreNLP calls both organisations (0.6979);
     * 0.6963 since rule "generic super PAC": CoreNLP calls the kind of committee "Super PAC" an organisation too;
     * 0.6979 (432 of 619) since rule "particle inside a name" keeps "Lashkar-e-Taiba" whole; 0.698 since rule "joint
     * name of two known bodies" reads "a Washington Post-ABC News poll" as the two, where CoreNLP lists the pair as one.
     */
    private static final double ORGANIZATIONS_SILVER_RECALL = 0.697;
    private static final double PLACES_SILVER_RECALL = 0.802;
    /**
     * A ceiling: the share of record people that are no silver person. 0.0390 until rule "transcript speaker label"
     * made the moderator "WALLACE:" of a transcript a person (27 of 668, 0.0404): CoreNLP lists only his given name.
     */
    private static final double PEOPLE_EXTRA = 0.041;

    @Test
    void polnearDevScoresStayAboveTheirFloors() throws Exception {
        Path corpus = projectDir().resolve("../shared/eval/polnear-dev").normalize();
        assertTrue(Files.isDirectory(corpus.resolve("texts")) && Files.isRegularFile(corpus.resolve("gold.json")),
                "the real-news dev set is missing: " + corpus + " (texts/ and gold.json)");
        ArticleSource.Loaded loaded = new ArticleSource(new ArticleLoader(false))
                .load(ArticleSource.files(List.of(corpus.resolve("texts"))));
        assertTrue(loaded.errors().isEmpty(), "articles that could not be read: " + loaded.errors());
        Extractor extractor = new Extractor();
        Map<String, ArticleRecord> records = new HashMap<>();
        for (Article a : loaded.articles()) {
            String name = a.file().getFileName().toString();
            records.put(name.substring(0, name.length() - ".txt".length()), extractor.extract(a));
        }
        JsonNode gold = new ObjectMapper().readTree(corpus.resolve("gold.json").toFile());
        RealNewsScore score = new RealNewsScore();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertTrue(records.containsKey(e.getKey()), "no record for " + e.getKey());
            score.add(e.getKey(), e.getValue(), records.get(e.getKey()));
        }
        String figures = score.summary();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/polnear-dev-scores.txt"), figures + "\n");
        if (System.getProperty("newsgen.scores") != null) {
            System.out.println(figures);
        }
        String misses = figures + "\nspeaker misses:\n  " + String.join("\n  ", score.speakerMisses());
        assertTrue(score.quoteRecall() >= QUOTE_RECALL, "quote_recall below its floor\n" + misses);
        assertTrue(score.namedSpeakerAcc() >= NAMED_SPEAKER_ACC, "named_speaker_acc below its floor\n" + misses);
        assertTrue(score.pronounGiven() >= PRONOUN_GIVEN, "pronoun_given below its floor\n" + misses);
        assertTrue(score.peopleSilverRecall() >= PEOPLE_SILVER_RECALL, "people_silver_recall below its floor\n" + figures);
        assertTrue(score.organizationsSilverRecall() >= ORGANIZATIONS_SILVER_RECALL,
                "organizations_silver_recall below its floor\n" + figures);
        assertTrue(score.placesSilverRecall() >= PLACES_SILVER_RECALL, "places_silver_recall below its floor\n" + figures);
        assertTrue(score.peopleExtra() <= PEOPLE_EXTRA, "people_extra above its ceiling\n" + figures);
    }

    /** The project folder (where pom.xml is), however the test is started. */
    private static Path projectDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }
}
