package newsgen.extract;

import newsgen.model.Actor;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule "abbreviation the article spells out" (AcronymRules.spelledOutBy): invented names in real-news shapes. */
class SpelledOutAbbreviationTest {
    private final Extractor extractor = new Extractor();

    private ArticleRecord record(String... paragraphs) {
        Article a = Articles.body(paragraphs);
        return extractor.extractStrict(a);
    }

    @Test
    void aStateCodeTheArticleSpellsOutAsAnOrganisationIsThatOrganisation() {
        ArticleRecord r = record("The Bureau of Public Assistance said on Monday that it would hire 200 more inspectors.",
                "Too many calls do not get through to the PA hotline, and the PA needs to move faster, critics said.");
        assertTrue(r.places().stream().noneMatch(p -> p.name().equals("Pennsylvania")), r.places().toString());
        Actor bureau = r.actors().stream().filter(x -> x.name().equals("Bureau of Public Assistance")).findFirst().orElseThrow();
        assertEquals(List.of("PA"), bureau.aliases());
        assertEquals(3, bureau.mentions());
    }

    @Test
    void aStateCodeAfterItsTownStaysTheState() {
        ArticleRecord r = record("The Bureau of Public Assistance opened an office in Scranton, PA, on Monday.");
        assertTrue(r.places().stream().anyMatch(p -> p.name().equals("Pennsylvania")), r.places().toString());
    }
}
