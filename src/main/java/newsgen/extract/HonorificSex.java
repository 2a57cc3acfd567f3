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
