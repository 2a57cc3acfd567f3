package newsgen.extract;

import java.util.Set;

/**
 * Rule "owner's circle": "Roe's family said", "“…,” Roe's doctor told reporters", "a friend of … Roe's niece
 * shouted": a person named in the possessive before a noun for someone of his family or circle, who speaks for
 * himself, is not the speaker; the phrase is the speaker's role. Unlike a body that speaks for its owner ("Roe's
 * campaign", "her spokesman": {@link ProxySpeakers}) or a document its owner wrote ("Roe's letter").
 */
final class OwnersCircle {
    private OwnersCircle() {
    }

    /** Nouns for people of someone's family or circle, who speak in their own name. */
    private static final Set<String> CIRCLE = circle("family", "families", "sons", "daughters", "brothers", "sisters",
            "children", "parents", "relatives", "relative", "friend", "friends", "doctor", "physician", "neighbor",
            "neighbour", "neighbors", "neighbours", "classmate", "classmates", "teacher", "biographer", "critics",
            "critic", "supporters", "supporter", "opponent", "opponents", "rival", "rivals", "fans", "partner",
            "girlfriend", "boyfriend", "accuser", "accusers", "victims",
            // rule "counsel is no body" for a named client: "Mwangi's lawyers said" argue for her in their own name
            "lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister", "barristers", "solicitor", "solicitors",
            "advocate", "advocates");

    /** The kin nouns of {@link PersonNames#RELATIVES} (step-relatives among them) and {@code others}. */
    private static Set<String> circle(String... others) {
        java.util.List<String> words = new java.util.ArrayList<>(PersonNames.RELATIVES);
        words.addAll(java.util.List.of(others));
        return WordSet.copyOf(words);
    }

    /** How many describing words may stand between the possessive and the noun ("Roe's longtime friend"). */
    private static final int DESCRIBING_WORDS = 2;

    /**
     * The role "Roe's family" when {@code owner}, a person in the possessive, is followed before token {@code to} by
     * lowercase words ending in a noun of {@link #CIRCLE} ("Roe's family", "Roe's longtime friend"); null otherwise.
     */
    static Speaker role(ArticleText.Para p, ActorFinder.Mention owner, int to) {
        if (owner == null || !owner.actor().isPerson() || !Subjects.isPossessive(p, owner)) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int next = r.tokenAt(owner.end());
        while (next < t.size() && t.get(next).end() <= owner.end()) {
            next++; // past the "'s" or "’" the tokenizer may keep apart
        }
        for (int k = next; k < to && k < t.size() && k - next <= DESCRIBING_WORDS; k++) {
            if (t.get(k).cap() || k > next && !r.joined(k - 1)) {
                return null;
            }
            if (CIRCLE.contains(t.get(k).key())) {
                return Speaker.role(p.text().substring(owner.start(), t.get(k).end()));
            }
        }
        return null;
    }

    /**
     * Rule "owner's circle" for a described owner: "the activist's mother said", "the singer's lawyer told reporters":
     * "the", a lowercase noun in the possessive, then at most {@link #DESCRIBING_WORDS} lowercase words ending in a
     * noun of {@link #CIRCLE} before token {@code to}: the whole phrase is the role, not the person the possessive
     * describes. Null otherwise.
     */
    static Speaker describedOwnerRole(ArticleText.Para p, int from, int to) {
        int owner = describedOwner(p, from, to, CIRCLE);
        var t = p.tokens();
        return owner < 0 ? null : Speaker.role(p.text().substring(t.get(from).start(), t.get(Math.min(to, t.size()) - 1).end()));
    }

    /**
     * Rule "described owner's body": "the former vice president's spokeswoman told reporters": the token of the
     * possessive ("president's") when the phrase from {@code from} to {@code to} is "the", lowercase words ending in
     * that possessive, then a body that speaks for its owner ({@link ProxySpeakers#isOwnBody}); else -1.
     */
    static int describedBodyOwner(ArticleText.Para p, int from, int to) {
        return describedOwner(p, from, to, null);
    }

    /** The possessive's token of "the …'s [words] noun" with the noun in {@code nouns} (own bodies when null); else -1. */
    private static int describedOwner(ArticleText.Para p, int from, int to, Set<String> nouns) {
        var t = p.tokens();
        to = Math.min(to, t.size());
        if (from + 2 >= to || !t.get(from).key().equals("the")) {
            return -1;
        }
        TokenReader r = new TokenReader(p);
        int owner = from + 1;
        while (owner + 1 < to && !t.get(owner).possessive() && owner - from <= 2) {
            if (t.get(owner).cap() || !r.joined(owner)) {
                return -1; // (a paragraph's last word has no word after it to be joined to)
            }
            owner++;
        }
        if (owner >= to - 1 || !t.get(owner).possessive() || t.get(owner).cap()) {
            return -1;
        }
        int head = to - 1;
        String noun = t.get(head).key();
        if (head - owner > DESCRIBING_WORDS + 1 || (nouns == null ? !ProxySpeakers.isOwnBody(noun) || counsel(noun)
                : !nouns.contains(noun))) {
            return -1;
        }
        for (int k = owner + 1; k <= head; k++) {
            if (t.get(k).cap() || !r.joined(k - 1)) {
                return -1;
            }
        }
        return owner;
    }

    /** Whether the noun names a client's counsel, who is of the owner's circle, not a body speaking for him. */
    private static boolean counsel(String noun) {
        return CIRCLE.contains(noun);
    }
}
