package newsgen.extract;

/**
 * Rule "honorific of the other sex": "Mrs. Roe" beside "John Roe" and "Mary Roe" is hers, "Mr.
 * Roe" his: a surname after "Mr." goes to the person of that surname whose given name is no woman's, after
 * "Mrs.", "Ms." or "Miss" to one whose given name is no man's. With no such person it stays with the one found:
 * a given name borne by women is no proof ("Mr. Roe" may be a Lindsey Roe), so "Mr. Roe" beside "the first
 * lady, Mary Roe" alone is still hers.
 */
final class HonorificSex {
    static final String RULE = "honorific of the other sex";

    private HonorificSex() {
    }

    /** The person a surname-only candidate after an honorific names: {@code found}, or one of its sex beside it. */
    static ActorDraft personOfItsSex(PersonRules.Candidate c, ActorDraft found, NameIndex<ActorDraft> index) {
        if (unknownAmongUnknowns(c, found, index)) {
            return surnameAlone(c, index);
        }
        if (!clash(c, found)) {
            return found;
        }
        for (ActorDraft other : index.allWithSurname(Slugs.fold(c.name()))) {
            if (!clash(c, other)) {
                return other;
            }
        }
        return found;
    }

    /**
     * Rule "honorific among unknown sexes": "Mr. Tesh" beside "Khalo Tesh", "Amira Tesh" and "Nuru Tesh", none of whose
     * given names a list knows the sex of, is none of them in particular: the honorific picks one sex, and nothing
     * says which of them has it. It stays a person of its own ("Tesh"), as it was before the names were known.
     */
    private static boolean unknownAmongUnknowns(PersonRules.Candidate c, ActorDraft found, NameIndex<ActorDraft> index) {
        if (honorificSex(c) == 0 || GivenNameSex.of(found.name) != 0) {
            return false;
        }
        for (ActorDraft other : index.allWithSurname(Slugs.fold(c.name()))) {
            if (other != found && other.name.indexOf(' ') > 0 && GivenNameSex.of(other.name) == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person of its own that an earlier "Mr. Tesh" among unknown sexes made, so that every later one is that same
     * person (one "Tesh", not one per mention), or null for the first.
     */
    private static ActorDraft surnameAlone(PersonRules.Candidate c, NameIndex<ActorDraft> index) {
        for (ActorDraft other : index.allWithSurname(Slugs.fold(c.name()))) {
            if (other.name.indexOf(' ') < 0) {
                return other;
            }
        }
        return null;
    }

    private static boolean clash(PersonRules.Candidate c, ActorDraft d) {
        char said = honorificSex(c);
        char named = GivenNameSex.of(d.name);
        return said != 0 && named != 0 && said != named;
    }

    private static char honorificSex(PersonRules.Candidate c) {
        if (c.from() == 0) {
            return 0;
        }
        String before = c.para().tokens().get(c.from() - 1).key();
        return before.equals("mr") ? 'M' : before.equals("mrs") || before.equals("ms") || before.equals("miss") ? 'F' : 0;
    }
}
