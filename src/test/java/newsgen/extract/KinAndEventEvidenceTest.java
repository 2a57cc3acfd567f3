package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** People named by a kin noun after them or an event noun after them ({@link KinAndEventEvidence}); names invented. */
class KinAndEventEvidenceTest {
    private final Extractor extractor = new Extractor();

    private List<String> people(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(Actor::isPerson).map(Actor::name).toList();
    }

    @Test
    void aFullNameBeforeAnEventNounIsAPerson() {
        // rule "full name before an event noun" (KinAndEventEvidence.eventOfName): after "the", a given name alone is
        // no evidence; the noun of what befell the person is
        assertEquals(List.of("Priya Raghunathan"), people("The minister was plagued by the fallout from the Priya Raghunathan scandal."));
        assertEquals(List.of("Kwame Asante-Boakye"), people("Marchers recalled the Kwame Asante-Boakye police shooting in the capital."));
        assertEquals(List.of("Mei Tanabe"), people("Critics praised the Mei Tanabe documentary at the festival."));
        // a place or a team whose first word is a given name, a plain noun, or no "the": no one
        assertEquals(List.of(), people("The Virginia Tech shooting changed campus security."));
        assertEquals(List.of(), people("Fans left the Santiago Bernabeu stadium early."));
    }

    @Test
    void aKinNounAfterANameMakesAPerson() {
        // rule "kin after a name" (KinAndEventEvidence.kinAfter), the mirror of rule "kin in apposition"
        assertEquals(List.of("Nkechi Obiora", "Chidubem Obiora"),
                people("Marchers were joined by Nkechi Obiora, the mother of Chidubem Obiora, who was shot in March."));
        assertEquals(List.of("Tavita Fale"), people("The crowd cheered Tavita Fale, a cousin of the champion, as he arrived."));
        // no apposition (no comma before the kin noun): no evidence
        assertEquals(List.of(), people("The crowd cheered as Tavita Fale and the mother of the champion arrived."));
    }

    @Test
    void whomAfterANameMakesAPerson() {
        // rule "who after a name" (NameEvidenceRules.whoAfter) reads "whom" too; an organisation takes "which"
        assertEquals(List.of("Abdulhadi Korkmazer"), people("The firm was owned by Abdulhadi Korkmazer, whom local reports name as an aide."));
    }

    private List<Actor> actors(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(Actor::isPerson).toList();
    }

    @Test
    void aGivenNameAloneIsAnAliasOfTheOnePersonWithIt() {
        // rule "given name alone" (GivenNameAliases): the one person named in full with it; two such people, neither
        List<Actor> one = actors("Kwame Mensah-Bonsu and David Okoro spoke to voters in Tamale on Monday.",
                "\"It is not too late for Kwame to turn it around,\" an aide said, standing under the Star of David.");
        assertEquals(List.of("Kwame Mensah-Bonsu", "David Okoro"), one.stream().map(Actor::name).toList());
        assertEquals(List.of(List.of("Kwame"), List.of()), one.stream().map(Actor::aliases).toList());
        List<Actor> two = actors("Kwame Mensah-Bonsu and Kwame Ofori spoke to voters on Monday.",
                "\"It is not too late for Kwame to turn it around,\" an aide said.");
        assertEquals(List.of(List.of(), List.of()), two.stream().map(Actor::aliases).toList());
    }
}
