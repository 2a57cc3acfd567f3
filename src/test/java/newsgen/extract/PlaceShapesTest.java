package newsgen.extract;

import newsgen.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Place names of real-news shapes, one test each, with invented sentences. */
class PlaceShapesTest {
    private final Extractor extractor = new Extractor();

    private List<Place> places(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).places();
    }

    @Test
    void kazakhstansCapitalIsAstanaByEitherName() {
        // cities.tsv: the capital is named Astana again (since 2022), Nur-Sultan its other name
        List<Place> p = places("The ministers met in Astana on Tuesday.", "Talks in Nur-Sultan had failed a year before.");
        assertEquals(List.of("Astana"), p.stream().map(Place::name).toList());
        assertEquals("Kazakhstan", p.get(0).country());
        assertEquals(2, p.get(0).mentions());
    }

    @Test
    void aTownAfterAPersonsNounAndFromIsWhereThePersonComesFrom() {
        // rule "person from a town" (TownRules.personFrom): a title or a person's noun, "from", a town of the towns list;
        // not after other nouns ("support from Clinton" names a person), nor when a demonym puts the person elsewhere
        List<Place> p = places("\"It was fine,\" said Ann Roe, a home-care aide from Nashua who attended the rally.",
                "A retired teacher from Derry asked the last question.",
                "He won support from Clinton supporters, and a German user from Hanover wrote back.");
        assertEquals(List.of("Nashua", "Derry"), p.stream().map(Place::name).toList());
        assertEquals("United States", p.get(1).country());
    }
}
