package newsgen.extract;

import java.util.Set;

/**
 * Rule "unnamed group": "“…,” prosecutors alleged", "federal investigators said", "analysts at the bank noted": a
 * subject that is only a plural noun for people of a trade or side, with at most a few modifiers before it, names
 * no one; the quotation keeps those words as its role rather than going to a person named before (a court report's
 * accused, a match report's player), and rather than having no speaker at all.
 */
final class UnnamedGroups {
    private UnnamedGroups() {
    }

    /** Plural nouns for people speaking as a body of their trade or side, never one person. */
    private static final Set<String> GROUPS = WordSet.of("prosecutors", "investigators", "detectives", "officials",
            "analysts", "economists", "strategists", "researchers", "scientists", "doctors", "experts", "witnesses",
            "residents", "villagers", "organisers", "organizers", "authorities", "rescuers", "medics", "regulators",
            "diplomats", "protesters", "protestors", "demonstrators", "traders", "dealers", "brokers", "executives",
            "lawmakers", "legislators", "activists", "campaigners", "farmers", "workers", "teachers", "nurses",
            "judges", "officers", "firefighters", "paramedics", "engineers", "forecasters", "epidemiologists", "members",
            "leaders", "employees", "staffers");

    /** Prepositions that tie a group to its body ("analysts at the bank", "officials of the league"). */
    private static final Set<String> BODY_PREPOSITIONS = WordSet.of("at", "of", "from", "for", "with", "in");

    /** How many words may stand before the noun ("senior federal prosecutors", "the state's chief investigators"). */
    private static final int MODIFIERS = 3;

    /**
     * The role of the subject from token {@code from} to {@code to} (exclusive) when it ends in a noun of
     * {@link #GROUPS} after at most {@link #MODIFIERS} words with no punctuation between them; null otherwise.
     */
    static Speaker role(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        to = Math.min(to, t.size());
        int head = to - 1;
        for (int k = from + 1; k < head && k - from <= MODIFIERS + 1; k++) {
            if (BODY_PREPOSITIONS.contains(t.get(k).key()) && !t.get(k).cap() && GROUPS.contains(t.get(k - 1).key())
                    && !p.text().substring(t.get(k - 1).end(), t.get(head).end()).contains(",")) {
                // "officials at the ministry said", "analysts at the bank noted": the group, the body where it works
                Speaker group = role(p, from, k);
                return group == null ? null : Speaker.role(p.text().substring(t.get(from).start(), t.get(head).end()));
            }
        }
        if (head < from || head - from > MODIFIERS || t.get(head).cap() || !GROUPS.contains(t.get(head).key())) {
            return null;
        }
        for (int k = from; k < head; k++) {
            if (!PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1)) && !t.get(k).possessive()
                    && !pluralPossessive(p.text(), t.get(k), t.get(k + 1))) {
                return null; // "Roe, who met officials" is not a group's phrase
            }
            if (DescriptionWords.INDEFINITE.contains(t.get(k).key())) {
                return null; // "some analysts", "two officials": the indefinite rules' to read
            }
        }
        return Speaker.role(p.text().substring(t.get(from).start(), t.get(head).end()));
    }

    /** "supporters' club members": a plural in the possessive, its apostrophe outside the token. */
    private static boolean pluralPossessive(String text, Token a, Token b) {
        String between = text.substring(a.end(), b.start()).strip();
        return a.key().endsWith("s") && (between.equals("'") || between.equals("\u2019"));
    }
}
