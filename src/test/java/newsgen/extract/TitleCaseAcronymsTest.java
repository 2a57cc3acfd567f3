package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule "acronym in title case" (TitleCaseAcronyms), asked of drafts as ActorFinder holds them before the records. */
class TitleCaseAcronymsTest {
    private static ActorDraft org(String name, String... aliases) {
        ActorDraft d = new ActorDraft(Actor.ORGANIZATION, name);
        d.aliases.addAll(List.of(aliases));
        return d;
    }

    private static ActorDraft person(String name) {
        ActorDraft d = new ActorDraft(Actor.PERSON, name);
        d.spans.add(new int[] {4, 0, 4});
        return d;
    }

    @Test
    void aOneWordPersonWrittenLikeAnAcronymOfTheArticleIsThatOrganisation() {
        ActorDraft state = org("Islamic State", "ISIS");
        ActorDraft isis = person("Isis");
        assertTrue(TitleCaseAcronyms.moved(isis, List.of(state)));
        assertEquals(1, state.spans.size(), "the person's mention goes to the organisation");
        assertTrue(state.aliases.contains("Isis"));
    }

    @Test
    void aPersonWithARoleOrNoMatchingAcronymStays() {
        ActorDraft council = org("Andean Trade Council", "ATC");
        ActorDraft titled = person("Atc");
        titled.roles.add("minister");
        assertFalse(TitleCaseAcronyms.moved(titled, List.of(council)), "a role says person");
        assertFalse(TitleCaseAcronyms.moved(person("Halvorsen"), List.of(council)));
        assertFalse(TitleCaseAcronyms.moved(person("ATC"), List.of(council)), "only a name in title case");
    }
}
