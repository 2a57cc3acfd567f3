package newsgen.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MainPlaceFinderTest {
    private final Extractor extractor = new Extractor();

    @Test
    void mainPlaceIsTheDateline() {
        var r = extractor.extractStrict(Articles.body("ABIDJAN, Côte d’Ivoire — Cocoa prices rose in Accra and Accra again."));
        assertEquals("Abidjan", r.place().name());
    }

    @Test
    void mainPlaceIsWhereTheEventHappened() {
        var r = extractor.extractStrict(Articles.body("Delegates from Lagos and Lagos met.",
                "The treaty was signed in Nairobi on Friday."));
        assertEquals("Nairobi", r.place().name());
    }

    @Test
    void mainPlaceAfterARoleNoun() {
        var r = extractor.extractStrict(Articles.body("The ceremony took place on Monday in the Kenyan capital Nairobi."));
        assertEquals("Nairobi", r.place().name());
    }

    @Test
    void mainPlaceFallsBackToTheMostNamedCity() {
        var r = extractor.extractStrict(Articles.body("Lagos traders and Abuja officials argued. Lagos won."));
        assertEquals("Lagos", r.place().name());
    }

    @Test
    void noCityMeansNoMainPlace() {
        assertNull(extractor.extractStrict(Articles.body("Peru and Chile disagreed.")).place());
    }

    @Test
    void datelineWithAnAgencyInBrackets() {
        var r = extractor.extractStrict(Articles.body("NAIROBI (Reuters) - Kenya's shilling fell in Lagos."));
        assertEquals("Nairobi", r.place().name());
    }

    @Test
    void capitalisedOpeningThatIsNoPlaceIsNoDateline() {
        var r = extractor.extractStrict(Articles.body("BREAKING - Markets fell."));
        assertNull(r.place());
    }

    @Test
    void datelineInTheEnglishNameOfACityKnownLocallyByAnother() {
        assertEquals("Geneva", extractor.extractStrict(Articles.body("GENEVA — Talks resumed.")).place().name());
    }

    @Test
    void countryNamedFarMoreOftenThanItsOnlyCityIsTheMainPlace() {
        var r = extractor.extractStrict(Articles.body("Ghana's cocoa crop failed.", "Ghana blamed the rain in Kumasi.",
                "Ghana will import seed.", "Farmers in Ghana are worried."));
        assertEquals("Ghana", r.place().name());
    }

    @Test
    void cityNamedAsOftenAsItsCountryStaysTheMainPlace() {
        var r = extractor.extractStrict(Articles.body("Ghana's cocoa crop failed.", "Traders in Kumasi and Ghana's ports waited.",
                "Kumasi is quiet."));
        assertEquals("Kumasi", r.place().name());
    }

    @Test
    void datelineWithAHorizontalBarOrAnyOtherDash() {
        for (String dash : new String[] {"\u2015", "\u2012", "\u2212", "--"}) {
            var r = extractor.extractStrict(Articles.body("PHILADELPHIA " + dash + " Delegates flew in from Lagos, Lagos and Lagos."));
            assertEquals("Philadelphia", r.place().name(), dash);
        }
    }

    @Test
    void oneCityNamedOnceDeepInTheStoryIsNoMainPlace() {
        String[] paras = new String[8];
        java.util.Arrays.fill(paras, "The senators argued about the budget for hours.");
        paras[7] = "One of them had visited Nairobi years ago.";
        assertNull(extractor.extractStrict(Articles.body(paras)).place());
    }

    @Test
    void unknownDatelineCityPlacedByItsState() {
        var r = extractor.extractStrict(Articles.body("MILLBROOK FALLS, N.Y. — The debate was held at the college."));
        assertEquals("Millbrook Falls", r.place().name());
        assertEquals("United States", r.place().country());
        assertNull(extractor.extractStrict(Articles.body("MILLBROOK FALLS, Quickly — The debate was held.")).place());
    }

    @Test
    void aCityThatIsAlsoAWordIsTheCityInADateline() {
        var r = extractor.extractStrict(Articles.body("CLEVELAND, July 19 (UPI) — The delegates voted on Tuesday."));
        assertEquals("Cleveland", r.place().name());
        assertEquals("United States", r.place().country());
    }

    @Test
    void aCityOfTheLeadStaysTheMainPlaceOverItsCountryNamedLessThanThreeTimesAsOften() {
        // rule "city of the lead over its country": Ghana named 5 times, Kumasi 2 (once in the lead)
        var r = extractor.extractStrict(Articles.body("A market fire in Kumasi killed four.", "Ghana mourned.",
                "Ghana's president spoke.", "Ghana will rebuild.", "Ghana's traders and Ghana's banks waited.",
                "Kumasi is quiet."));
        assertEquals("Kumasi", r.place().name());
    }
}
