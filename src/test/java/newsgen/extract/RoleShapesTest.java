package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The role a title before a name gives a person (RoleRules, PersonRules): invented names in real-news shapes. */
class RoleShapesTest {
    private final Extractor extractor = new Extractor();

    private Actor person(String name, String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream()
                .filter(a -> a.isPerson() && a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aBodyBeforeATitleIsPartOfTheRole() {
        // rule "body before a title": a party's or a company's name written before the title belongs to the role
        String text = "SPD co-leader Lars Brenner said talks would resume. CDU leader Anke Vogt said her party disagreed.";
        assertEquals(List.of("SPD co-leader"), person("Lars Brenner", text).roles());
        Actor vogt = person("Anke Vogt", text);
        assertEquals(List.of("CDU leader"), vogt.roles());
        assertEquals("Christian Democratic Union", vogt.affiliation());
        // a possessive keeps the body out of the role: it is the affiliation only
        assertEquals(List.of("leader"), person("Anke Vogt", "The CDU's leader Anke Vogt said her party disagreed.").roles());
    }

    @Test
    void aPortfolioOpeningASentenceStaysInTheRole() {
        // offices.txt: "Mining", "Tourism" name a portfolio, not a sentence opener to be dropped (rule "Enter President")
        assertEquals(List.of("Mining Minister"),
                person("Gwede Ntuli", "Mining Minister Gwede Ntuli defended the new licences on Tuesday.").roles());
        assertEquals(List.of("Tourism Minister"),
                person("Amara Sesay", "Tourism Minister Amara Sesay opened the new terminal.").roles());
    }

    @Test
    void anIngWordBeforeAPrepositionOpensAClauseNotARole() {
        // rule "verb before a preposition": "running for president" is what he did, "acting director" what he is
        String text = "Mr. Halvorsen was heading home, and Tomas Rivas, running for president, was returning from a rally.";
        assertEquals(List.of(), person("Tomas Rivas", text).roles());
        assertEquals(List.of("acting director of the agency"),
                person("Tomas Rivas", "Tomas Rivas, acting director of the agency, said the plan would hold.").roles());
    }

    @Test
    void anAdverbEndsTheRoleReadBackwards() {
        // rule "adverb ends a role": "most recently" says when, the occupation noun is the role (titles.txt: entertainer)
        String text = "The campaign won several endorsements, most recently entertainer Spike Lemmon.";
        assertEquals(List.of("entertainer"), person("Spike Lemmon", text).roles());
    }

    @Test
    void aDemonymThatIsAGivenNameOpensTheName() {
        // rule "given name that is a demonym" (NameWordRules): "German", "Christian" before one surname are given names
        String text = "\"They laugh at our troubles,\" said German Quintero, one of the stars of the play.";
        assertEquals("German Quintero", person("German Quintero", text).name());
        assertEquals(List.of("Army Capt."),
                person("Christian Pardo", "Among the veterans was Army Capt. Christian Pardo, who served two tours.").roles());
        // the nationality before a title, or a party's name, stays what it was
        Actor chancellor = person("Anke Vogt", "German Chancellor Anke Vogt met the delegation on Monday.");
        assertEquals("Germany", chancellor.affiliation());
    }

    @Test
    void aCapitalisedKinWordBeforeAFullNameIsAReligiousTitle() {
        // rule "religious title" (PersonRules): "Father", "Sister" before a given name and a surname, inside a sentence
        String text = "Soon after the murder of Father Jacques Hamelin in the village, Sister Agnes Wanjiru led prayers.";
        assertEquals(List.of("Father"), person("Jacques Hamelin", text).roles());
        assertEquals(List.of("Sister"), person("Agnes Wanjiru", text).roles());
        // "Mother" before a name is a parent far more often than an abbess: no title
        List<Actor> actors = extractor.extractStrict(Articles.body(
                "Mother Amy Roe said her son was killed on his way home from work.")).actors();
        assertTrue(actors.stream().noneMatch(a -> a.roles() != null && a.roles().contains("Mother")), actors.toString());
    }

    @Test
    void twoPortfoliosJoinedByAndAreOneRole() {
        // rule "two portfolios" (PersonRules, RoleRules.afterInnerPreposition): "and" between two offices is the role's
        String text = "The rules were backed by Trade and Industry Minister Sipho Dube on Monday.";
        assertEquals(List.of("Trade and Industry Minister"), person("Sipho Dube", text).roles());
        // "and" after a word of no office is the sentence's: the role starts after it
        assertEquals(List.of("Industry Minister"),
                person("Sipho Dube", "Prices rose and Industry Minister Sipho Dube said they would fall.").roles());
    }

    @Test
    void aDemonymAndASportNounBeforeANameAreTheRole() {
        // titles.txt: grandmaster, climber, batsman, driver open a name as "sprinter" does; rule "demonym opening a
        // role" (PersonRules): the demonym opening the sentence is the affiliation, as "the Indian grandmaster" was
        Actor rao = person("Arjun Rao", "Indian grandmaster Arjun Rao won the tournament after a draw in the last round.");
        assertEquals(List.of("grandmaster"), rao.roles());
        assertEquals("India", rao.affiliation());
        assertEquals(List.of("climber"), person("Pemba Sherpa", "Nepali climber Pemba Sherpa said the route was crowded.").roles());
        Actor asante = person("Kwame Asante", "The league resumed on Sunday.", "Ghanaian striker Kwame Asante scored twice.");
        assertEquals(List.of("striker"), asante.roles());
        assertEquals("Ghana", asante.affiliation());
        assertEquals(List.of("driver"), person("Lucas Farias", "Brazilian driver Lucas Farias was third in the race.").roles());
    }

    @Test
    void anOccupationOpeningASentenceIsTheRoleNotTheName() {
        // titles.txt: epidemiologist, marathoner, magistrate … open a name as "doctor" does; before, "Epidemiologist"
        // was the person's first name
        assertEquals(List.of("Epidemiologist"),
                person("Wanjiru Kamau", "Epidemiologist Wanjiru Kamau said cases had doubled in a week.").roles());
        Actor kiprono = person("Eliud Kiprono", "Kenyan marathoner Eliud Kiprono won in Berlin on Sunday.");
        assertEquals(List.of("marathoner"), kiprono.roles());
        assertEquals("Kenya", kiprono.affiliation());
    }
}
