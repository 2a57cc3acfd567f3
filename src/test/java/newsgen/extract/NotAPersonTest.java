package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs that open with a given name and still name no person; every name here is invented. */
class NotAPersonTest {
    private final Extractor extractor = new Extractor();

    private List<String> people(String text) {
        return extractor.extractStrict(Articles.plain("t.txt", text, Articles.PUB)).actors().stream()
                .filter(Actor::isPerson).map(Actor::name).toList();
    }

    @Test
    void aRunEndingInHighOrElementaryIsASchool() {
        // rule "school's short name" (PersonRules.schoolsShortName)
        assertEquals(List.of(), people("Fans Chant\n\nA basketball team from Dalton High, a school unusually diverse for the region, was met with chants."));
        assertEquals(List.of(), people("School Opens\n\nPupils at Lincoln Elementary returned on Monday."));
        // "High" inside a name, or a name that is only a given name and a surname, is still a person
        assertEquals(List.of("Dalton Roe"), people("Fans Chant\n\nDalton Roe, a coach, was met with chants on Monday."));
    }

    @Test
    void anAuxiliaryInAHeadlineEndsTheName() {
        // NameRuns.HEADLINE_VERBS: "has", "had", "does", "did" are no surname's last word in a headline
        assertEquals(List.of("Jane Roe"), people("Jane Roe Has ‘A Long Way To Go’ On Ethanol\n\nThe speech was long."));
        assertEquals(List.of(), people("Rally: Roe Has ‘A Long Way To Go’ On Ethanol\n\nThe speech was long."));
    }

    @Test
    void anIndustryWordEndsACompanysName() {
        // org-heads.txt: "Footwear", "Jewelry", "Cosmetics" end a company's name as "Apparel" does
        var actors = extractor.extractStrict(Articles.body("(Jon Vessel Footwear produces her shoe line.)")).actors();
        assertEquals(List.of("Jon Vessel Footwear"), actors.stream().map(Actor::name).toList());
        assertEquals(List.of(false), actors.stream().map(Actor::isPerson).toList());
    }
}
