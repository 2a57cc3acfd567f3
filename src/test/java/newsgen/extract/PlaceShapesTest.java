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
    void aCityOfASharedNameIsTheOneOfItsStorysCountry() {
        // cities.tsv keeps the most populous city of each name (San Juan of Argentina, Manchester of England);
        // rule "city beside its country" (SameNameCities.beside): a comma and another country's place choose that one
        List<Place> p = places("SAN JUAN, Puerto Rico — Power returned to most of San Juan on Monday.",
                "Fans marched through Valencia, Spain, before the derby.");
        assertEquals("Puerto Rico", country(p, "San Juan"));
        assertEquals("Spain", country(p, "Valencia"));
        // rule "city of the story's country": no comma, but the story's places are of one country that has a city
        // of the name, and the kept city's country is named nowhere
        assertEquals("United States", country(places("The candidates spoke in Manchester on Sunday.",
                "Voters in New Hampshire and Iowa were still undecided, polls in Concord and Nashua showed."), "Manchester"));
        // the kept city stays when its country's demonym is in its paragraph, when its country is named, and when
        // it is a national capital
        assertEquals("Canada", country(places("The ad showed a Canadian flag in front of the city of Vancouver.",
                "Voters in Iowa, Ohio and Texas saw it."), "Vancouver"));
        assertEquals("United Kingdom", country(places("Fans in Manchester cheered.", "Britain and Ohio and Texas."), "Manchester"));
        assertEquals("United Kingdom", country(places("Talks in London stalled.", "Ontario and Quebec and Alberta objected."), "London"));
        // ... and when the story names only cities of the other country, no state or province (a transfer, a tour)
        assertEquals("United Kingdom", country(places("The American midfielder Tom Barrow left Manchester for New York "
                + "in March.", "He has since played in Chicago and Boston."), "Manchester"));
    }

    private static String country(List<Place> places, String name) {
        return places.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().country();
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

    @Test
    void aPlaceKeepsTheTextsOwnSpellingsBesideItsStandardName() {
        // rule "place as written": the record names the place by the gazetteer's name (one archive page for every
        // spelling) and keeps what this article wrote, once, with the abbreviation's dot the sentence's end shares;
        // a spelling that differs only in case is no other spelling, nor is a postal code's sentence-ending dot
        List<Place> p = places("The refinery in Sacramento, Calif. burned.", "CALIFORNIA officials and Calif. residents agreed.",
                "Aid reached Kiev on Monday, and Kyiv thanked Lynchburg, VA.", "It was made in the U.S.A.");
        assertEquals(List.of("Calif."), alias(p, "California"));
        assertEquals(List.of("Kiev"), alias(p, "Kyiv"));
        assertEquals(List.of("VA"), alias(p, "Virginia"));
        assertEquals(List.of("U.S.A."), alias(p, "United States"));
    }

    @Test
    void missouriAndLouisianaByTheirApAbbreviationsButNotInCapitals() {
        // subdivisions.tsv lists AP's "Mo." and "La."; rule "abbreviation in capitals that means another thing"
        // (PlaceMatchRules.otherInCapitals): "MO" and "LA" are a modus operandi and Los Angeles unless a town's comma is before
        List<Place> p = places("Ann Roe, a truck driver from Ava, Mo., spoke.", "Ed Doe, a technician in Chalmette, La., wrote.",
                "That is the whole MO of the LA field campaign.");
        assertEquals(List.of("Missouri", "Louisiana", "Ava", "Chalmette"), p.stream().map(Place::name).toList());
    }

    @Test
    void aTownListedBesideAKnownPlaceOfItsCountryIsATown() {
        // rule "town listed with a place": towns.tsv names read only after "in" and the like, or in a list right beside a
        // city or region the gazetteer knows in the same country; not beside one of another country
        List<Place> p = places("The group named Bradford, Dewsbury and Leeds as targets.",
                "The district includes most of Richmond and Petersburg, as well as Newport News and Norfolk.");
        assertEquals(List.of("Bradford", "Leeds", "Richmond", "Newport News", "Norfolk", "Dewsbury", "Petersburg"),
                p.stream().map(Place::name).toList());
        assertEquals(List.of("Tokyo"), places("The mayors of Tokyo and Dewsbury met.").stream().map(Place::name).toList());
    }

    @Test
    void aTownAfterAPersonsAgeAndOfIsTheirHometown() {
        // rule "age and hometown" (TownRules.ageBeforeOf): "Name, 32, of Town" puts a one-word town of the towns list,
        // which "of" alone does not ("the voice of Sodus" stays unread)
        assertEquals(List.of("Sodus"), places("\"It matters,\" says Jane Roe, 32, of Sodus, who works in retail.").stream()
                .map(Place::name).toList());
        assertEquals(List.of(), places("He was the voice of Sodus for years.").stream().map(Place::name).toList());
    }

    @Test
    void aDatelinesCapitalsAreTheSameSpellingAsTheAbbreviation() {
        // rule "dateline's capitals" (PlaceSpellings): "REDDING, CALIF. —" and a later "Calif." are one spelling, kept
        // as the body writes it; a spelling in capitals alone keeps its dot
        List<Place> p = places("REDDING, CALIF. — Firefighters battled a blaze on Monday.", "Officials in Calif. said it had spread.");
        assertEquals(List.of("Calif."), alias(p, "California"));
        assertEquals(List.of("ARIZ."), alias(places("TUCSON, ARIZ. — The court ruled on Monday."), "Arizona"));
    }

    @Test
    void franceHasItsRegions() {
        // subdivisions.tsv: France's regions (GeoNames admin1), not the US town of the towns list named Normandy
        List<Place> p = places("Floods hit Brittany and Normandy on Monday, and fires burned in Corsica.");
        assertEquals(List.of("Brittany", "Normandy", "Corsica"), p.stream().map(Place::name).toList());
        assertEquals("France", p.get(1).country());
    }

    private static List<String> alias(List<Place> places, String name) {
        return places.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow().aliases();
    }
}
