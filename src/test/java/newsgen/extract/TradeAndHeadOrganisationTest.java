package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisations named by the trade noun before them or by an institution's head word: round 18's rules. */
class TradeAndHeadOrganisationTest {
    private final Extractor extractor = new Extractor();

    private List<String> names(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(a -> !a.isPerson())
                .map(newsgen.model.Actor::name).toList();
    }

    @Test
    void aMakerOrAGiantOfATradeNamesABusiness() {
        // rule "maker or giant of a trade" (NamingNounRules.tradeNoun)
        assertEquals(List.of("Quorrel"), names("It lost ground to rivals such as computer maker Quorrel last year."));
        assertEquals(List.of("Zentrix"), names("He sat on the board of subprime lending giant Zentrix until 2006."));
        assertEquals(List.of("Tessavo"), names("He praised a nutritional-supplement-maker called Tessavo on stage."));
        // a trade of people is no business's: "policy maker", "a literary giant"
        assertEquals(List.of(), names("She met the policy maker Halvorsen on Monday."));
        assertEquals(List.of(), names("They honoured the literary giant Halvorsen in May."));
        // a full name after "giant" is a tycoon's ("retailing giant Tomas Rivas"): one-word names only
        assertEquals(List.of(), names("The list ranks retailing giant Tomas Rivas second."));
    }

    @Test
    void aLibraryOrAClinicEndsAnInstitutionsName() {
        // rule "library and clinic heads" (org-heads.txt)
        assertEquals(List.of("Halvex Public Library"), names("The reception was held at the Halvex Public Library on Friday."));
        assertEquals(List.of("Quorrel Legal Clinic for the Homeless"),
                names("She is a lawyer with the Quorrel Legal Clinic for the Homeless in town."));
    }
}
