package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "knight's given name": British style calls a knight or a dame by title and given name ("Sir Keith", "Dame
 * Olivia"), never by title and surname. Such a name is the person of the article named in full with that given name,
 * not a new person whose surname it would be.
 */
final class KnightlyNames {
    private KnightlyNames() {
    }

    /** Titles that go with the given name, not the surname. */
    private static final Set<String> GIVEN_NAME_TITLES = WordSet.of("sir", "dame");

    /**
     * The one person of {@code people} whose first name is the single word of {@code c}, when "Sir" or "Dame" stands
     * right before it; null when none does, or several.
     */
    static ActorDraft holder(PersonRules.Candidate c, List<ActorDraft> people) {
        var t = c.para().tokens();
        if (c.to() - c.from() != 1 || c.from() == 0 || !GIVEN_NAME_TITLES.contains(t.get(c.from() - 1).key())
                || !PersonRules.punctuationFree(c.para().text(), t.get(c.from() - 1), t.get(c.from()))) {
            return null;
        }
        return PersonPasses.withGivenName(people, t.get(c.from()).key());
    }
}
