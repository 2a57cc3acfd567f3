package newsgen.extract;

import newsgen.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story-wide place rules (StoryPlaceRules) where they must hold back. */
class StoryPlaceRulesTest {
    private final Extractor extractor = new Extractor();

    private List<String> names(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).places().stream().map(Place::name).toList();
    }

    @Test
    void aStatesShortFormIsNoCity() {
        // rule "short form of the story's state": "Carolina" beside North and South Carolina is no city
        List<String> places = names("Voters in North Carolina and South Carolina went to the polls.",
                "\"Carolina is going to decide this,\" the organiser said.");
        assertFalse(places.contains("Carolina"), places.toString());
    }

    @Test
    void theLastWordOfAnotherPlaceIsStillACity() {
        // only a region named by a compass word lends its second word: not "the District of Columbia", not a country
        List<String> columbia = names("The senator spoke in Columbia on Monday.",
                "She flies back to the District of Columbia on Friday.");
        assertTrue(columbia.contains("Columbia"), columbia.toString());
        List<String> salvador = names("The envoy of El Salvador met her counterpart in Salvador, the capital of Bahia.");
        assertTrue(salvador.contains("Salvador"), salvador.toString());
    }
}
