package newsgen.extract;

import java.util.Set;

/**
 * What makes words a role, and which of them: a title at their head, no more than {@link #MAX_ROLE_TOKENS} tokens,
 * no relative clause, no auxiliary of a verb, no plural head, no age, no trailing words of a name cut off, no one
 * else's name. Its word lists are shared by the two readers of a role: {@link RoleRules} (before a title) and {@link
 * AppositionRoles} (around a name).
 */
final class RoleWords {
    private final Gazetteer gaz = Gazetteer.get();

    /** Articles and possessives: a participle right after one is an adjective ("the alleged shooter"). */
    static final Set<String> ARTICLES = WordSet.of("the", "a", "an", "another", "his", "her", "its", "their", "our");

    /** Words that open a clause before its role and are no part of it ("the", "his", "and"), "former" and "then" kept. */
    static final Set<String> DETERMINERS = WordSet.copyOf(java.util.stream.Stream.concat(ARTICLES.stream(),
            java.util.stream.Stream.of("former", "then", "and", "but", "while", "as", "by", "with", "of")).toList());

    /** Words ending in -ed that describe a role ("ousted president") rather than act ("released president"). */
    static final Set<String> ROLE_PARTICIPLES = WordSet.of("ousted", "deposed", "exiled", "jailed", "detained",
            "elected", "retired", "embattled", "appointed", "designated", "disgraced", "imprisoned", "renowned",
            "celebrated", "respected", "sacked", "suspended", "self-styled", "self-declared", "slain");

    /**
     * Words in -ing that describe a role, not an act: "leading candidate", "outgoing president", "acting political
     * director", "contributing editor". One list for roles read backwards from a title (RoleRules) and for
     * appositions without an article (AppositionRoles).
     */
    static final Set<String> ROLE_FORMS = WordSet.of("leading", "outgoing", "incoming", "sitting", "acting",
            "ruling", "governing", "founding", "managing", "visiting", "reigning", "serving", "presiding", "rising",
            "upcoming", "remaining", "competing", "opposing", "warring", "striking", "reporting", "consulting",
            "polling", "fundraising", "campaigning", "marketing", "banking", "ranking", "longstanding", "sweeping",
            "bestselling", "planning", "organizing", "organising", "running", "training", "housing", "engineering",
            "publishing", "accounting", "nursing", "teaching", "broadcasting", "editing", "recording", "boxing",
            "supervising", "contributing");

    /** Verbs and auxiliaries that end a role read backwards from its title. */
    static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "is", "are", "was", "were", "be", "been",
            "will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "not", "also", "says");

    /** Words that open an apposition and stay in the role ("former head of the agency"). */
    static final Set<String> KEPT = WordSet.of("former", "then");

    /** Words no role holds: a role read backwards from its title stops before them. */
    static final Set<String> ROLE_STOPS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our",
            "and", "but", "while", "as", "by", "with", "that", "who", "which", "when", "where", "said", "says");

    boolean hasTitle(java.util.List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gaz.title.test(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The role words of a clause if it holds a title: leading determiners and a possessive country dropped. */
    String role(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        boolean hasTitle = false;
        for (int k = from; k < to; k++) {
            hasTitle |= gaz.title.test(t.get(k));
        }
        for (int k = from + 1; k < to; k++) {
            // rule "participle after an article": a cue verb right after an article or possessive describes the
            // noun after it ("The alleged shooter, Tomas Roe,"; "her noted colleague"), it starts no clause
            if (!t.get(k).cap() && gaz.cueVerb.test(t.get(k)) && !ARTICLES.contains(t.get(k - 1).key())) {
                to = k; // "a Republican strategist said": the role ends where the clause's verb starts
            }
        }
        to = trimmed(p, from, to);
        // the length counts the words before a relative clause: "a Boca Raton lawyer who represents resort developers
        // and owners and sits on the board …" is a role of four words
        if (hasTitle && trimmed(p, from, beforeRelative(p, from, to)) - from > MAX_ROLE_TOKENS) {
            to = shortened(p, from, to);
        }
        if (!hasTitle || to < 0) {
            return null;
        }
        // only the words before a relative clause: "a Republican pollster who conducted the poll with Jane Roe" is
        // still his role
        if (namesSomeoneElse(p, from, beforeRelative(p, from, to))) {
            return NO_ROLE; // an apposition all the same, but its words are not this person's role
        }
        // rule "relative clause ends the role": "the Republican front-runner who has inflamed voters" is a
        // "Republican front-runner"; a verb's auxiliary left in the words ("note that the businessman had") makes
        // them a clause, no role (an apposition all the same: the name stays a person's)
        to = trimmed(p, from, beforeRelative(p, from, to));
        boolean titleLeft = false;
        for (int k = from; k < to; k++) {
            if (!t.get(k).cap() && AUXILIARIES.contains(t.get(k).key()) && !t.get(k).key().equals("to")) {
                return NO_ROLE;
            }
            titleLeft |= gaz.title.test(t.get(k));
        }
        // rule "plural head is no role": "Tomas and Lena Roe, retired teachers who …" names no one's office
        int words = 0;
        for (int k = from; k < to; k++) {
            words += DETERMINERS.contains(t.get(k).key()) || t.get(k).possessive() ? 0 : 1;
        }
        // without its title (left in the clause cut off) a role is still a noun phrase of two words or more whose
        // head is no verb: "a close friend who …", not "noted that …"
        boolean phrase = words >= 2 && !t.get(to - 1).key().endsWith("ed");
        if (!titleLeft && !phrase || pluralHead(p, from, to)) {
            return NO_ROLE;
        }
        // rule "one of a kind opens no role": "One candidate, Jane Roe, …" is a "candidate" ("one of the president's
        // closest aides" keeps its "one")
        while (from < to && ((DETERMINERS.contains(t.get(from).key()) && !KEPT.contains(t.get(from).key()))
                || t.get(from).possessive() || from + 1 < to && t.get(from).key().equals("one") && !t.get(from + 1).key().equals("of"))) {
            from++;
        }
        from = afterAge(t, from, to);
        return from < to ? p.surface(from, to) : null;
    }

    /**
     * Rule "age is no role": "the 78-year-old president and general manager" holds the office "president and general
     * manager"; the age (and a describing word before it, "a bearded 23-year-old veteran") is not part of it. Returns
     * where the role starts: after the age when one stands in the words with a word after it, else {@code from}.
     */
    private static int afterAge(java.util.List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).key();
            int dash = w.indexOf("-year");
            if (dash <= 0 || !Character.isDigit(w.charAt(0))) {
                continue;
            }
            int after = w.endsWith("-year-old") ? k + 1
                    : w.endsWith("-year") && k + 1 < to && t.get(k + 1).key().equals("old") ? k + 2 : -1;
            if (after > 0 && after < to) {
                return after;
            }
        }
        return from;
    }

    /**
     * Rule "first of two long roles": an apposition longer than {@link #MAX_ROLE_TOKENS} ("a professor of communication
     * at the University of Pennsylvania and the director of its Annenberg Public Policy Center") ends before "and" and a
     * determiner that open a second role, else before the last lowercase preposition that keeps it within the limit
     * ("director of the Center for Women and Politics | at the Eagleton Institute of Politics at Rutgers University");
     * -1 where neither cut leaves a title.
     */
    private int shortened(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        int last = Math.min(to, from + MAX_ROLE_TOKENS + 1);
        for (int k = from + 2; k + 1 < last; k++) {
            if (t.get(k).key().equals("and") && !t.get(k).cap() && SECOND_ROLE_OPENERS.contains(t.get(k + 1).key())
                    && hasTitle(t, from, k)) {
                return k;
            }
        }
        for (int k = last - 1; k > from + 1; k--) {
            if (!t.get(k).cap() && LOOSE_PREPOSITIONS.contains(t.get(k).key()) && !DETERMINERS.contains(t.get(k - 1).key())
                    && hasTitle(t, from, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Prepositions a long role may end before: "of" and "for" bind their noun to the head ("director of …"). */
    private static final Set<String> LOOSE_PREPOSITIONS = WordSet.of("at", "in", "with", "from", "on");

    /** Words after "and" that open a second role of a long apposition: "… and the director of …", "… and a member". */
    private static final Set<String> SECOND_ROLE_OPENERS = WordSet.of("the", "a", "an", "its", "his", "her", "their");

    /**
     * A clause that names another person or tells what someone said is no role: "Vice President Tom Aldine" after
     * "Carl Halvorsen," in a list, "senior adviser Jason Hale said in the statement".
     */
    boolean namesSomeoneElse(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean plain = w.cap() && !w.upper() && p.matchAt(k) == null && !gaz.title.test(w)
                    && !gaz.office.test(w) && !gaz.orgHead.test(w);
            if (plain && gaz.givenName.test(w) && k + 1 < to && t.get(k + 1).cap()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words' end without trailing words that cannot end a role. "a former adviser to Mr. Roe": the clause stopped
     * at the dot of "Mr."; the role is "former adviser". Rule "honorific ends the role": a form of address closed by
     * the apposition's comma is its last word ("the former first lady, Lena Roe"), not a cut-off name's.
     */
    private static int trimmed(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        while (to - from > 1 && (RoleRules.HONORIFICS.contains(t.get(to - 1).key()) && !closedByComma(p, to - 1)
                || TRAILING.contains(t.get(to - 1).key()) || titleOfANameAfter(p, to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * Rule "long apposition": the most tokens an apposition's role may have. "a Roe supporter and president of the
     * Center for Northfield Policy" (11) still gives its name a person and a whole role; ten cut such roles off
     * mid-name ("director of the Project on Government Secrecy at the Federation") and left the name with none.
     */
    static final int MAX_ROLE_TOKENS = 14;

    /**
     * Rule "title of the next name ends no role": "close friend of Gov. Jane Roe", "law professor at Northfield
     * University in St. Louis": a capitalised abbreviation whose dot stopped the words belongs to the name after it.
     */
    static boolean titleOfANameAfter(ArticleText.Para p, int k) {
        Token w = p.tokens().get(k);
        return w.cap() && w.text().length() > 1 && w.end() < p.text().length() && p.text().charAt(w.end()) == '.'
                && Abbreviations.inName(w.text());
    }

    /** Where the words {@code from}..{@code to} end before a relative pronoun ("… pollster who worked …"). */
    static int beforeRelative(ArticleText.Para p, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!p.tokens().get(k).cap() && RELATIVES_OF_A_ROLE.contains(p.tokens().get(k).key())
                    && !AFTER_HEAD.contains(p.tokens().get(k - 1).key())) { // "author of that boast": a determiner
                return k;
            }
        }
        return to;
    }

    /** Whether the head noun of the words is a lowercase plural ("parents", "donors", "members"). */
    static boolean pluralHead(ArticleText.Para p, int from, int to) {
        Token head = p.tokens().get(head(p, from, to));
        String w = head.key();
        return !head.cap() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is");
    }

    /** Relative pronouns: the role ends before the clause they open. */
    private static final Set<String> RELATIVES_OF_A_ROLE = WordSet.of("who", "whose", "whom", "which", "that");

    /** Whether a comma follows token {@code k} right away: the apposition ends there. */
    private static boolean closedByComma(ArticleText.Para p, int k) {
        return PersonRules.firstCharAfter(p.text(), p.tokens().get(k).end()) == ',';
    }

    /** Prepositions after a role's head noun: "secretary of state", "spokeswoman for the agency", "economist at IG". */
    static final Set<String> AFTER_HEAD = WordSet.of("of", "for", "at", "in", "to", "on", "with", "from");

    /**
     * Whether the head noun of the words {@code from}..{@code to} is a title: the word before their first preposition
     * ("secretary of state"), else their last word ("the bank's chief economist").
     */
    boolean titleHeads(ArticleText.Para p, int from, int to) {
        return gaz.title.test(p.tokens().get(head(p, from, to)));
    }

    /** Heads of a role that speaks for the office named after them: the name after the comma is theirs. */
    private static final Set<String> SPEAKS_FOR = WordSet.of("spokesman", "spokeswoman", "spokesperson");

    /**
     * Rule "spokesman for an office": "A spokesman for the president, Kofi Roe, said" makes Roe the spokesman, not
     * the president: when the determiner found at {@code det} opens the object of a preposition and an earlier
     * determiner opens a phrase headed by a spokesman, the role starts there. Returns where the role starts.
     */
    int spokesmanOf(ArticleText.Para p, int clause, int det, int to) {
        var t = p.tokens();
        if (det - 1 <= clause || t.get(det - 1).cap() || !AFTER_HEAD.contains(t.get(det - 1).key())) {
            return det;
        }
        for (int k = det - 2; k >= clause; k--) {
            if (DETERMINERS.contains(t.get(k).key()) || t.get(k).possessive()) {
                int head = head(p, k, to);
                return head < det && SPEAKS_FOR.contains(t.get(head).key()) ? k : det;
            }
        }
        return det;
    }

    /** The head noun of the words: the word before their first preposition, else their last word. */
    private static int head(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        for (int k = from + 1; k < to; k++) {
            if (!t.get(k).cap() && AFTER_HEAD.contains(t.get(k).key())) {
                return k - 1;
            }
        }
        return to - 1;
    }

    /** Words that cannot end a role: it went on with someone's name. */
    private static final Set<String> TRAILING = WordSet.of("to", "for", "of", "with", "on", "from", "by", "at", "in",
            "and", "who", "the", "former", "such", "as"); // "… such as former | Gov. Roe": cut at the title's dot

    /** What {@link #role} gives for an apposition whose words belong to someone else. */
    private static final String NO_ROLE = "";
}
