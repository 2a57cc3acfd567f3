package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The employer rules that take a name past its run ("the" before it, "to" or "and" inside it), and organisations
 * found by their neighbours in a list.
 */
class EmployerNamesTest {
    private final Extractor extractor = new Extractor();

    private List<String> orgs(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(a -> !a.isPerson())
                .map(Actor::name).toList();
    }

    @Test
    void anEmployerMayBeNamedWithThe() {
        // rule "employer named with the"
        assertEquals(List.of("Quorrel Partnership for Civic Principles"), orgs("\"We are worried,\" said Ana Ruiz, the "
                + "executive director of the Quorrel Partnership for Civic Principles, on Tuesday."));
        // the run names a part of a body ("division"), not the body
        assertEquals(List.of(), orgs("\"It is deplorable,\" said Elez Dushku, the director of the Ostrava Eurasian division."));
    }

    @Test
    void anEmployersNameGoesOnWithToAndWithAnd() {
        // rule "employer's name goes on with to"
        assertEquals(List.of("Harbour Roads to Recovery"),
                orgs("Sana Karimi, executive director of Harbour Roads to Recovery, said the group would open two clinics."));
        // "and" joins words that end in an organisation's head word ("Fund")
        // (its last words alone are found by their head word too, as before the rule)
        assertTrue(orgs("Mara Ifeoma, head of the Corvane Legal Defense and Educational Fund, said in an interview.")
                .contains("Corvane Legal Defense and Educational Fund"));
        // "to" and a known place do not go on with the name (and a run before "to" is no name of its own)
        assertEquals(List.of(), orgs("Sana Karimi, director of Harbour Paths to Paris, flew on."));
    }

    @Test
    void aNameListedBesideOrganisationsIsOne() {
        // rule "listed with organisations" (ListedOrganizations)
        assertEquals(List.of("Human Rights Watch", "Quorvia Progress", "Amnesty International"),
                orgs("The letter was signed by Human Rights Watch, Quorvia Progress and Amnesty International."));
        // a sentence's comma is no list: "In a letter to Amnesty International, Kurds insist"; nor plural words
        assertEquals(List.of("Amnesty International"), orgs("In a letter to Amnesty International, Kurds insist they are safe."));
        assertEquals(List.of("Amnesty International"),
                orgs("Unfortunately, Amnesty International could not confirm the report on Monday."));
    }

    @Test
    void aListedSpellingOfAnOrganisationFoundIsThatOrganisation() {
        // rule "listed with organisations": "Hewlett Packard" in a list after "Hewlett-Packard" is the company found,
        // not a second actor with its id (RealCorpusArchiveIT.noRecordHoldsTwoActorsWithOneId)
        List<Actor> actors = extractor.extractStrict(Articles.body(
                "Hewlett-Packard said on Monday it would give less to the gala.",
                "Since March, Microsoft, Hewlett Packard and Coca-Cola have each dropped their sponsorship.")).actors();
        List<Actor> hp = actors.stream().filter(a -> a.id().equals("hewlett-packard")).toList();
        assertEquals(1, hp.size(), actors.toString());
        assertTrue(hp.get(0).aliases().contains("Hewlett Packard"), hp.toString());
    }

    @Test
    void aWordBeforeAClubsJobAndANameIsTheClub() {
        // rule "club before a player's role" (EmployerRules.clubBeforeRole)
        assertEquals(List.of("Tarrazona"), orgs("Tarrazona coach Abel Quintero said the team had played well."));
        // a job no club has ("adviser") makes no body of the word before it
        assertEquals(List.of(), orgs("Velmont adviser Kara Lindqvist denied it."));
    }
}
