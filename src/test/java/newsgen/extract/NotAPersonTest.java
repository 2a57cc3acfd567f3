package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Capitalised words that looked like a person to the person rules and name something else. */
class NotAPersonTest {
    private final Extractor extractor = new Extractor();

    private List<String> people(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(Actor::isPerson).map(Actor::name).toList();
    }

    private List<String> orgs(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(a -> !a.isPerson()).map(Actor::name).toList();
    }

    @Test
    void genAndALetterIsAGenerationNoGeneral() {
        // rule "generation letters" (PersonRules.titleWordOfAnotherName)
        assertEquals(List.of(), people("Millennials have the same focus as Baby Boomers and Gen Xers, the poll found."));
        assertEquals(List.of(), people("Many Gen Z voters stayed home."));
        // the title with its dot still makes a general
        assertEquals(List.of("Tomas Rivas"), people("Gen. Tomas Rivas said the troops would stay."));
    }

    @Test
    void aNationalityBeforeASurnameIsNoGivenName() {
        // rule "nationality before a surname" (DemonymSurnames): the article writes "German" as an adjective too
        assertEquals(List.of("Brauneck"), people("\"The budget will pass,\" German Brauneck said on Monday.",
                "He later met the German finance minister."));
        assertEquals(List.of("Tobias Hallinger"), people("Tobias Hallinger met union leaders in Berlin.",
                "Afterwards German Hallinger told reporters the German economy would recover."));
        // the surname alone elsewhere is the same one person (one actor, one id)
        assertEquals(List.of("Brauneck"), people("Brauneck arrived late.",
                "\"The budget will pass,\" German Brauneck said on Monday.", "He later met the German finance minister."));
        // without such a use, "German" is a given name (rule "given name that is a demonym")
        assertEquals(List.of("German Arzamendi"), people("\"We kept the ball,\" said German Arzamendi, one of the defenders."));
    }

    @Test
    void aTitleBeforeAnAmpersandIsAFirmsWord() {
        // rule "title before an ampersand" (PersonRules.titleWordOfAnotherName, OrganizationRules.isOrgName)
        assertEquals(List.of(), people("The line sells at Quorrel, Lord & Halvorsen and other department stores."));
        assertEquals(List.of("Lord & Halvorsen"), orgs("The line sells at Lord & Halvorsen and other department stores."));
    }

    @Test
    void aNameQualifyingRecordsAfterAccordingToIsNoPerson() {
        // rule "according to a source's records" (NameEvidenceRules.sourcesRecords)
        assertEquals(List.of(), people("Median income fell, according to Halvex Census data."));
        // a person after "according to" stays one when no records noun follows
        assertEquals(List.of("Lena Halvorsen"), people("Median income fell, according to Lena Halvorsen."));
    }

    @Test
    void aRightToACauseIsNoPerson() {
        // rule "right to a cause" (NamedForPeople.rightToCause)
        assertEquals(List.of(), people("Roe spoke to Austin Right to Life in September."));
    }

    @Test
    void aFacilityNamedForAPersonIsNoPerson() {
        // rule "facility named for a person" (PersonRules.facilityNamedFor)
        assertEquals(List.of(), people("Flights from Ernesto Villardo airport were cancelled on Tuesday."));
        assertEquals(List.of("Ernesto Villardo"), people("Ernesto Villardo led the country after the war."));
    }

    /** The people of a plain-text article whose first block is its headline. */
    private List<String> plainPeople(String text) {
        return extractor.extractStrict(Articles.plain("t.txt", text, Articles.PUB)).actors().stream()
                .filter(Actor::isPerson).map(Actor::name).toList();
    }

    @Test
    void aRunEndingInHighOrElementaryIsASchool() {
        // rule "school's short name" (PersonRules.schoolsShortName)
        assertEquals(List.of(), plainPeople("Debate Final\n\nThe debate team from Dalton High won the county final for a third year."));
        assertEquals(List.of(), plainPeople("School Opens\n\nPupils at Lincoln Elementary returned on Monday."));
        // "High" inside a name, or a name that is only a given name and a surname, is still a person
        assertEquals(List.of("Dalton Roe"), plainPeople("Fans Chant\n\nDalton Roe, a coach, was met with chants on Monday."));
    }

    @Test
    void anAuxiliaryInAHeadlineEndsTheName() {
        // NameRuns.HEADLINE_VERBS: "has", "had", "does", "did" are no surname's last word in a headline
        assertEquals(List.of("Jane Roe"), plainPeople("Jane Roe Has ‘A Long Way To Go’ On Ethanol\n\nThe speech was long."));
        assertEquals(List.of(), plainPeople("Rally: Roe Has ‘A Long Way To Go’ On Ethanol\n\nThe speech was long."));
    }

    @Test
    void anIndustryWordEndsACompanysName() {
        // org-heads.txt: "Footwear", "Jewelry", "Cosmetics" end a company's name as "Apparel" does
        var actors = extractor.extractStrict(Articles.body("(Jon Vessel Footwear produces her shoe line.)")).actors();
        assertEquals(List.of("Jon Vessel Footwear"), actors.stream().map(Actor::name).toList());
        assertEquals(List.of(false), actors.stream().map(Actor::isPerson).toList());
    }

    @Test
    void anIntensifiedWordOpensNoName() {
        // rule "intensified word opening a name" (NameWordRules.intensified): "Ultrahot" is ultra- and "hot"; the
        // lone "Broadway" later in the text made it a surname echoed (PersonPasses.echoedNames) before
        assertEquals(List.of(), people("\"Ultrahot Broadway musical 'Zanele' will ride its wave all the way to Durban,\" the paper wrote.",
                "The show, which on Broadway has become a celebrity magnet, is sold out; other Broadway smashes have toured too."));
        // a given name that starts like one stays a name
        assertEquals(List.of("Megan Halvorsen"), people("Megan Halvorsen said the show would tour."));
    }
}
