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
     * says which of them has it. It stays a person of its own ("Tesh"), as it was before the names were known (and with
     * "Ms. Tesh" beside it, rule "couple by their honorifics" makes the two "Mr. Tesh" and "Ms. Tesh").
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

    /**
     * Rule "couple by their honorifics": "Mr. Okafor" and "Ms. Okafor" in one article, with no given name for either,
     * are two people (a couple, a mother and son), named with their honorifics ("Mr. Okafor", "Ms. Okafor") once both
     * are seen; every later "Mr. Okafor" is his, "Ms. Okafor" hers. A surname alone keeps the person it named first.
     */
    static final class Couples {
        private final java.util.Map<ActorDraft, String> addressed = new java.util.HashMap<>();
        private final java.util.Map<String, ActorDraft[]> bySurname = new java.util.HashMap<>();

        /** The person a surname-only candidate after an honorific names, given the one found ({@code d}, or null). */
        ActorDraft person(PersonRules.Candidate c, ActorDraft d, java.util.List<ActorDraft> people, NameIndex<ActorDraft> index) {
            char sex = honorificSex(c);
            if (sex == 0) {
                return d;
            }
            ActorDraft[] pair = bySurname.get(Slugs.fold(c.name()));
            if (pair != null) {
                return pair[sex == 'M' ? 0 : 1];
            }
            if (d == null || !addressed.containsKey(d) && d.name.indexOf(' ') >= 0) {
                return d;
            }
            String before = addressed.get(d);
            if (before == null) {
                addressed.put(d, honorific(c));
                return d;
            }
            char beforeSex = before.toLowerCase(java.util.Locale.ROOT).startsWith("mr.") || before.equalsIgnoreCase("mr") ? 'M' : 'F';
            if (beforeSex == sex) {
                return d;
            }
            ActorDraft other = new ActorDraft(newsgen.model.Actor.PERSON, honorific(c) + " " + c.name());
            people.add(other);
            index.add(other, Slugs.fold(other.name), other.surnames());
            d.name = before + " " + d.name;
            index.addKey(d, Slugs.fold(d.name));
            pair = new ActorDraft[2];
            pair[beforeSex == 'M' ? 0 : 1] = d;
            pair[sex == 'M' ? 0 : 1] = other;
            bySurname.put(Slugs.fold(c.name()), pair);
            return other;
        }

        /** Notes the honorific of a person made from a surname-only candidate ("Mr. Okafor" → Okafor, "Mr."). */
        void made(PersonRules.Candidate c, ActorDraft d) {
            if (honorificSex(c) != 0) {
                addressed.put(d, honorific(c));
            }
        }

        /** The honorific as written before the candidate, with its dot: "Ms.", "Mr". */
        private static String honorific(PersonRules.Candidate c) {
            var t = c.para().tokens();
            return c.para().text().substring(t.get(c.from() - 1).start(), t.get(c.from()).start()).strip();
        }
    }
}
