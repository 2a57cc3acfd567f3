package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * The role and affiliation of a person the text names: the words of a title read backwards ("ousted junta leader
 * Ramos"), an apposition around the name ("Jane Roe, the bank's chief economist,"), and the country or organisation
 * written before them ("Peru's defence minister"). {@link PersonRules} decides whether there is a person; this class
 * says what the text calls them.
 */
final class RoleRules {
    private final Gazetteer gaz = Gazetteer.get();

    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "another", "his", "her", "its", "their", "our",
            "former", "then", "and", "but", "while", "as", "by", "with", "of");
    /** Words ending in -ed that describe a role ("ousted president") rather than act ("released president"). */
    private static final Set<String> ROLE_PARTICIPLES = WordSet.of("ousted", "deposed", "exiled", "jailed", "detained",
            "elected", "retired", "embattled", "appointed", "designated", "disgraced", "imprisoned", "renowned",
            "celebrated", "respected", "sacked", "suspended", "self-styled", "self-declared", "slain");
    /** Verbs and auxiliaries that end a role read backwards from its title. */
    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "is", "are", "was", "were", "be", "been",
            "will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "not", "also", "says");

    /** Words that open a sentence before its subject and no role: "Even right-leaning journalist Jan Roe", "Now …". */
    private static final Set<String> OPENING_ADVERBS = WordSet.of("even", "only", "also", "just", "now", "then", "still",
            "yet", "so", "but", "and", "or", "meanwhile", "today", "here", "there", "instead", "indeed", "perhaps", "again");

    /** Modals and auxiliaries after which a title word is the sentence's verb. */
    private static final Set<String> VERB_MAKERS = WordSet.of("will", "would", "could", "should", "can", "may", "might",
            "must", "shall", "not", "did", "does", "do", "never");

    /**
     * Rule "title used as a verb": "he would counsel Roe to run", "she will chair Roe's panel": a lowercase title
     * word right after a modal or auxiliary is the verb of the sentence, and the name after it has no role.
     */
    static boolean titleUsedAsVerb(ArticleText.Para p, int title) {
        var t = p.tokens();
        return title > 0 && !t.get(title).cap() && VERB_MAKERS.contains(t.get(title - 1).key())
                && Gazetteer.joinable(p.text(), t.get(title - 1), t.get(title));
    }

    /** Whether a capitalised word opening a sentence is an adverb of the sentence, not the first word of a role. */
    private static boolean sentenceAdverb(String w) {
        // an adverb in -ly is an English word with -ly added ("Interestingly", "Clearly"), not "Family"
        return OPENING_ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly") && EnglishWords.contains(w.substring(0, w.length() - 2));
    }

    /** Whether a lowercase word before a title belongs to the role ("junta", "former", "ousted"), not to the sentence. */
    private boolean roleWord(String w) {
        if (ROLE_STOPS.contains(w) || AUXILIARIES.contains(w) || gaz.cueVerbs.contains(w) || opensNoRole(w)) {
            return false;
        }
        // "formally nominating billionaire Spade", "including front-runner Spade": a verb in -ing is the sentence's
        if (w.endsWith("ing") && !ING_ROLES.contains(w) && w.indexOf('-') < 0) { // "best-selling", "right-leaning"
            return false;
        }
        return !(w.endsWith("ed") || w.endsWith("es")) || ROLE_PARTICIPLES.contains(w);
    }

    /**
     * Prepositions and pronouns end a role read backwards from its title: "criticism of front-runner Spade" is
     * "front-runner", "he met presidential candidate Spade" is "presidential candidate".
     */
    private static final Set<String> NOT_OF_A_ROLE = WordSet.of("of", "on", "in", "at", "for", "from", "to", "into",
            "about", "after", "before", "behind", "against", "over", "under", "than", "like", "between", "among",
            "toward", "towards", "without", "via", "upon", "if", "or", "nor", "so", "because", "although", "though",
            "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "this", "these", "those", "what");

    /** Sentence words that may come right before a title yet open no role: "particularly Sens.", "met presidential candidate". */
    private static final Set<String> SENTENCE_WORDS = WordSet.of("that", "particularly", "especially", "include",
            "includes", "including", "met", "said", "says", "and", "but", "as", "with", "by", "when", "while");

    /**
     * Rule "no role opener": whether a lowercase word at the start of a title's role is the sentence's, not the role's
     * ("on Mrs. Halvorsen", "that Gov. Ramos"), so the role starts after it.
     */
    static boolean opensNoRole(String key) {
        return NOT_OF_A_ROLE.contains(key) || SENTENCE_WORDS.contains(key);
    }

    /** Prepositions that join the words of an office ("Secretary of State", "Minister for Health"), kept in a role. */
    private static final Set<String> OFFICE_PREPOSITIONS = WordSet.of("of", "for");

    /**
     * Rule "preposition inside a role": "at odds with AIPAC on President Okafor's pact": a lowercase preposition or
     * sentence word between the role's first word and its title (not "of", "for" of an office, nor one after an
     * organisation's head word: "Council on American-Islamic Relations Executive Director") ends the sentence's
     * words; the role starts after it ("President"). Returns where the role starts.
     */
    static int afterInnerPreposition(List<Token> t, int roleFrom, int title) {
        int from = roleFrom;
        for (int k = roleFrom + 1; k < title; k++) {
            String key = t.get(k).key();
            if (!t.get(k).cap() && opensNoRole(key) && !OFFICE_PREPOSITIONS.contains(key)
                    && !Gazetteer.get().orgHead.test(t.get(k - 1))) { // "Council on … Relations Director"
                from = k + 1;
            }
        }
        return from;
    }

    /** Words in -ing that describe a role ("leading candidate", "outgoing president"), not an act. */
    private static final Set<String> ING_ROLES = WordSet.of("leading", "outgoing", "incoming", "sitting", "acting",
            "ruling", "governing", "founding", "managing", "visiting", "reigning", "serving", "presiding", "rising",
            "upcoming", "remaining", "competing", "opposing", "warring", "striking", "reporting", "consulting",
            "polling", "fundraising", "campaigning", "marketing", "banking", "ranking", "longstanding", "sweeping",
            "bestselling", "planning", "organizing", "organising", "running", "training", "housing", "engineering",
            "publishing", "accounting", "nursing", "teaching", "broadcasting", "editing", "recording", "boxing");

    /** Words that open an apposition and stay in the role ("former head of the agency"). */
    private static final Set<String> KEPT = WordSet.of("former", "then");
    private static final Set<String> ROLE_STOPS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our",
            "and", "but", "while", "as", "by", "with", "that", "who", "which", "when", "where", "said", "says");

    /**
     * Where the role before a lowercase title at {@code title} starts: up to three lowercase role words read
     * backwards ("ousted junta leader Ramos"), stopping after one that opens a role ("ousted", "former").
     */
    int roleStart(ArticleText.Para p, int title) {
        var t = p.tokens();
        int roleFrom = title;
        // rule "role opening a sentence": "Chief executive Jane Roe said", "Former coach Jan Roe": the sentence's
        // capital on a role's first word keeps it in the role
        while (roleFrom > 0 && title - roleFrom < 3 && (!t.get(roleFrom - 1).cap() || t.get(roleFrom - 1).initial()
                && !t.get(roleFrom - 1).upper() && !sentenceAdverb(t.get(roleFrom - 1).key()))
                && roleWord(t.get(roleFrom - 1).key())
                && Gazetteer.joinable(p.text(), t.get(roleFrom - 1), t.get(roleFrom))) {
            roleFrom--;
            if (ROLE_PARTICIPLES.contains(t.get(roleFrom).key()) || KEPT.contains(t.get(roleFrom).key())) {
                break; // "ousted", "former" open a role: what comes before is the sentence's
            }
        }
        return roleFrom;
    }

    /** The role as written, with the dot of an abbreviated title ("Sen.", "Gov.") that ends it. */
    static String dotted(ArticleText.Para p, int from, int to) {
        String role = p.surface(from, to);
        int end = p.tokens().get(to - 1).end();
        return end < p.text().length() && p.text().charAt(end) == '.' ? role + "." : role;
    }

    /** "Peru’s military leader, Lucia Ramos," or "Jane Doe, the bank's chief economist,". */
    PersonRules.Candidate apposition(ArticleText.Para p, NameRuns.Run run, String name) {
        var t = p.tokens();
        String text = p.text();
        // rule "headline before a comma": "… Like A Lawyer's Dumbest Client Ever, Jane Roe Says": in a title-case
        // line the words before the comma are the headline's, no role
        if (run.from() > 0 && PersonRules.lastCharBefore(text, t.get(run.from()).start()) == ',' && !NameRuns.headline(p)) {
            int end = run.from() - 1;
            int start = clauseStart(p, end);
            // "… by Jane Roe and her co-founder, John Doe,": the role starts at its own determiner
            for (int k = end; k > start; k--) {
                if (ROLE_STOPS.contains(t.get(k).key()) && DETERMINERS.contains(t.get(k).key()) && hasTitle(t, k, end + 1)) {
                    start = spokesmanOf(p, start, k, end + 1);
                    break;
                }
            }
            // rule "cue verb before the role": "“…,” said another leading court advocate, Jane Roe": the clause opens
            // with the quotation's verb, which is no word of the role; nor is the "that" after it ("noted that the
            // campaign's manager, Jane Roe, is from the state")
            int verbs = start;
            while (start < end && !t.get(start).cap() && gaz.cueVerb.test(t.get(start))) {
                start++;
            }
            if (start > verbs && start < end && t.get(start).key().equals("that")) {
                start++;
            }
            // rule "title heads the role": "the candidate brought his older brother, Tomas Roe": the words before the
            // comma make a role only when their head noun is a title ("the bank's chief economist", "the former
            // secretary of state"); a title further back belongs to a clause of its own
            boolean heads = titleHeads(p, start, end + 1);
            if (!heads) {
                start = objectAfterPreposition(p, start, end + 1); // "a letter to Northfield's president, Lena Roe,"
                heads = start <= end && titleHeads(p, start, end + 1);
            }
            String role = heads ? role(p, start, end + 1) : null;
            if (role != null) {
                return new PersonRules.Candidate(p, run.from(), run.to(), name, role,
                        affiliationIn(p, start, beforeRelative(p, start, end + 1)));
            }
        }
        char sep = run.to() < t.size() ? PersonRules.firstCharAfter(text, t.get(run.to() - 1).end()) : '\0';
        // "Jane Roe, the bank's chief economist," or "Jane Roe — a member of the board —"
        if (sep == ',' || sep != '-' && NameEvidenceRules.DASH.matcher(String.valueOf(sep)).matches()) {
            int start = run.to();
            if (start + 1 < t.size() && Character.isDigit(t.get(start).text().charAt(0))
                    && PersonRules.firstCharAfter(text, t.get(start).end()) == ',') {
                start++; // "Jane Doe, 28, the bank's chief economist,": the age comes first
            }
            int end = start;
            while (end + 1 < t.size() && end - start < MAX_ROLE_TOKENS && PersonRules.punctuationFree(text, t.get(end), t.get(end + 1))) {
                end++;
            }
            if (PersonRules.firstCharAfter(text, t.get(end).end()) != ',' && verbIn(t, start + 1, end + 1)
                    && closesOpeningPhrase(p, run.from())) {
                return null; // "In an interview with Jane Roe, the candidate stated …": the words after are the subject
            }
            // rule "quotation is no apposition": "a fan of Dr. Jane Roe, ''a real leader who …''": words in quotation
            // marks after the comma are someone's words about the person, not a role
            if (QUOTE_MARK.matcher(text.substring(t.get(run.to() - 1).end(), t.get(start).start())).find()) {
                return null;
            }
            // rule "coordination is no apposition": "Tomas Roe, and the former first lady, Lena Roe": after ", and"
            // the words name someone else, not the person before the comma
            if (COORDINATORS.contains(t.get(start).key())) {
                return null;
            }
            // rule "someone spoken to": "Mr. Roe, you're a lawyer" addresses him, it gives no role
            if (ADDRESSED.contains(t.get(start).key())) {
                return null;
            }
            if (DETERMINERS.contains(t.get(start).key()) || t.get(start).possessive() || gaz.title.test(t.get(start))
                    || bareRole(p, start, end)) {
                int listEnd = officeListEnd(p, end);
                String role = role(p, start, (listEnd - start < MAX_ROLE_TOKENS ? listEnd : end) + 1);
                if (role != null) {
                    return new PersonRules.Candidate(p, run.from(), run.to(), name, role,
                            affiliationIn(p, start, beforeRelative(p, start, end + 1)));
                }
            }
        }
        return null;
    }

    /**
     * Rule "list of offices": "Kofi Boateng, the former mayor of Kumasi, finance minister, and ambassador to Japan,
     * said": after the comma that ends the first office come more, each a title with its words and no verb, the last
     * one holding "and"; the role runs to that last one. Where the words after the comma are no office ("and Li Wei,
     * his counterpart", "said on Monday") or no item holds "and", the role ends at the comma: {@code end}.
     */
    private int officeListEnd(ArticleText.Para p, int end) {
        var t = p.tokens();
        String text = p.text();
        int k = end + 1;
        if (k >= t.size() || PersonRules.firstCharAfter(text, t.get(end).end()) != ',') {
            return end;
        }
        for (int items = 0; items < 3 && k < t.size(); items++) {
            int segEnd = k;
            while (segEnd + 1 < t.size() && segEnd - k < 8 && PersonRules.punctuationFree(text, t.get(segEnd), t.get(segEnd + 1))) {
                segEnd++;
            }
            int open = t.get(k).key().equals("and") && !t.get(k).cap() ? k + 1 : k;
            boolean and = open > k;
            for (int i = open; i <= segEnd && !and; i++) {
                and = t.get(i).key().equals("and") && !t.get(i).cap();
            }
            // not "Mr. Roe, then at the bank, and Mr. Doe": a title whose dot stops the item opens the next name
            if (open > segEnd || HONORIFICS.contains(t.get(open).key()) || titleOfANameAfter(p, segEnd)
                    || !(gaz.title.test(t.get(open)) || bareRole(p, open, segEnd)) || verbIn(t, open, segEnd + 1)
                    || pluralHead(p, open, segEnd + 1) || namesSomeoneElse(p, open, segEnd + 1)) {
                return end;
            }
            for (int i = open; i <= segEnd; i++) {
                if (!t.get(i).cap() && AUXILIARIES.contains(t.get(i).key()) && !t.get(i).key().equals("to")) {
                    return end;
                }
            }
            if (and) {
                return segEnd;
            }
            if (PersonRules.firstCharAfter(text, t.get(segEnd).end()) != ',') {
                return end;
            }
            k = segEnd + 1;
        }
        return end;
    }

    /**
     * Rule "opening phrase": whether the name at {@code from} ends a phrase opening its sentence with a preposition
     * ("In an interview with Jane Roe,"; "After meeting Jane Roe,"), no comma before it: its comma closes that phrase.
     */
    private static boolean closesOpeningPhrase(ArticleText.Para p, int from) {
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(p.tokens().get(from).start()));
        return first < from && OPENING_PREPOSITIONS.contains(p.tokens().get(first).key())
                && p.text().substring(p.tokens().get(first).end(), p.tokens().get(from).start()).indexOf(',') < 0;
    }

    /** Whether a lowercase cue verb stands among tokens {@code from}..{@code to}: the words make a clause. */
    private boolean verbIn(java.util.List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).cap() && gaz.cueVerb.test(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OPENING_PREPOSITIONS = WordSet.of("in", "at", "on", "during", "after", "before",
            "with", "following", "from", "for", "to", "like", "unlike", "besides", "despite", "over");

    /**
     * Rule "apposition without an article": "Jane Roe, political science professor at Seton Hall,": up to three
     * lowercase words that are no verb of the sentence, then a lowercase title, open the apposition.
     */
    private boolean bareRole(ArticleText.Para p, int start, int end) {
        var t = p.tokens();
        for (int k = start; k <= end && k - start <= 3; k++) {
            Token w = t.get(k);
            boolean verbLike = (w.key().endsWith("ed") || w.key().endsWith("ing")) && !ROLE_PARTICIPLES.contains(w.key())
                    && !ROLE_FORMS.contains(w.key()); // "served as governor", "outlasting a challenger"
            if (w.cap() || AUXILIARIES.contains(w.key()) || gaz.cueVerb.test(w) || verbLike
                    || w.key().equals("even")) {
                return false;
            }
            if (gaz.title.test(w)) {
                return k > start;
            }
        }
        return false;
    }

    /** Words in -ing and -ed that open a role, not a clause: "acting political director", "retired general". */
    private static final Set<String> ROLE_FORMS = WordSet.of("acting", "managing", "outgoing", "incoming", "founding",
            "ranking", "presiding", "leading", "ruling", "reigning",
            "governing", "supervising", "consulting", "contributing", "visiting", "marketing", "polling", "fundraising");

    private boolean hasTitle(java.util.List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gaz.title.test(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The role words of a clause if it holds a title: leading determiners and a possessive country dropped. */
    private String role(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        boolean hasTitle = false;
        for (int k = from; k < to; k++) {
            hasTitle |= gaz.title.test(t.get(k));
        }
        for (int k = from + 1; k < to; k++) {
            if (!t.get(k).cap() && gaz.cueVerb.test(t.get(k))) {
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
    private boolean namesSomeoneElse(ArticleText.Para p, int from, int to) {
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
        while (to - from > 1 && (HONORIFICS.contains(t.get(to - 1).key()) && !closedByComma(p, to - 1)
                || TRAILING.contains(t.get(to - 1).key()) || titleOfANameAfter(p, to - 1))) {
            to--;
        }
        return to;
    }

    /**
     * Rule "long apposition": the most tokens an apposition's role may have. "a Clinton supporter and president of the
     * Center for American Progress" (11) still gives its name a person and a whole role; ten cut such roles off
     * mid-name ("director of the Project on Government Secrecy at the Federation") and left the name with none.
     */
    static final int MAX_ROLE_TOKENS = 14;

    /** Quotation marks, straight, curly or doubled ('' of some outlets). */
    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("[\"“”‘’']");

    /**
     * Rule "title of the next name ends no role": "close friend of Gov. Mike Pence", "law professor at Washington
     * University in St. Louis": a capitalised abbreviation whose dot stopped the words belongs to the name after it.
     */
    private static boolean titleOfANameAfter(ArticleText.Para p, int k) {
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
    private static boolean pluralHead(ArticleText.Para p, int from, int to) {
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

    /** Words that join a further item to a list: after ", and" comes someone else. */
    private static final Set<String> COORDINATORS = WordSet.of("and", "or", "nor");

    /** Prepositions after a role's head noun: "secretary of state", "spokeswoman for the agency", "economist at IG". */
    private static final Set<String> AFTER_HEAD = WordSet.of("of", "for", "at", "in", "to", "on", "with", "from");

    /**
     * Whether the head noun of the words {@code from}..{@code to} is a title: the word before their first preposition
     * ("secretary of state"), else their last word ("the bank's chief economist").
     */
    private boolean titleHeads(ArticleText.Para p, int from, int to) {
        return gaz.title.test(p.tokens().get(head(p, from, to)));
    }


    /** Heads of a role that speaks for the office named after them: the name after the comma is theirs. */
    private static final Set<String> SPEAKS_FOR = WordSet.of("spokesman", "spokeswoman", "spokesperson");

    /**
     * Rule "spokesman for an office": "A spokesman for the president, Kofi Roe, said" makes Roe the spokesman, not
     * the president: when the determiner found at {@code det} opens the object of a preposition and an earlier
     * determiner opens a phrase headed by a spokesman, the role starts there. Returns where the role starts.
     */
    private int spokesmanOf(ArticleText.Para p, int clause, int det, int to) {
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

    /**
     * Rule "role after a preposition": "wrote a letter to Northfield's president, Lena Roe,": when the clause's own
     * head is no title, the role is the object of its last preposition, if a determiner or a possessive opens it ("for
     * president, Lee Roe" is a clause about an office, no apposition). Returns where that object starts, else
     * {@code to} (no role).
     */
    private static int objectAfterPreposition(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        for (int k = to - 2; k > from; k--) {
            if (!t.get(k).cap() && AFTER_HEAD.contains(t.get(k).key())) {
                Token next = t.get(k + 1);
                return DETERMINERS.contains(next.key()) && !COORDINATORS.contains(next.key()) || next.possessive() ? k + 1 : to;
            }
        }
        return to;
    }

    /** Words that cannot end a role: it went on with someone's name. */
    private static final Set<String> TRAILING = WordSet.of("to", "for", "of", "with", "on", "from", "by", "at", "in",
            "and", "who", "the", "former", "such", "as"); // "… such as former | Gov. Roe": cut at the title's dot

    /** What {@link #role} gives for an apposition whose words belong to someone else. */
    private static final String NO_ROLE = "";

    /** Forms of address, not roles: "Mrs. Halvorsen" has no role "Mrs". */
    /** Words opening a clause spoken to someone, not a role: "Mr. Roe, you're a lawyer". */
    private static final Set<String> ADDRESSED = WordSet.of("you", "you're", "you’re", "your", "i", "i'm", "i’m", "we",
            "we're", "we’re");

    static final Set<String> HONORIFICS = WordSet.of("mr", "mrs", "ms", "mx", "miss", "sir", "dame", "lord",
            "lady", "madam", "madame", "monsieur");

    /** The role of a title branch, or null when it is only an honorific. */
    static String roleOrNull(String role) {
        String k = role.toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return HONORIFICS.contains(k) ? null : role;
    }

    /** Plural titles before several names and the one title each person holds. */
    private static final java.util.Map<String, String> SINGULAR_TITLES = java.util.Map.ofEntries(
            java.util.Map.entry("sens", "Sen"), java.util.Map.entry("reps", "Rep"), java.util.Map.entry("govs", "Gov"),
            java.util.Map.entry("senators", "Senator"), java.util.Map.entry("representatives", "Representative"),
            java.util.Map.entry("governors", "Governor"), java.util.Map.entry("congressmen", "Congressman"),
            java.util.Map.entry("congresswomen", "Congresswoman"), java.util.Map.entry("presidents", "President"),
            java.util.Map.entry("secretaries", "Secretary"), java.util.Map.entry("ministers", "Minister"),
            java.util.Map.entry("judges", "Judge"), java.util.Map.entry("justices", "Justice"),
            java.util.Map.entry("lawmakers", "Lawmaker"));

    /**
     * Rule "plural title": "Sens. Jane Roe and Tom Doe", "Presidents Roe and Doe": a plural title before several
     * names gives each person the singular title ("Sen.", "President"), in the case the text wrote it.
     */
    static String singularTitle(String role) {
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        boolean dot = last.endsWith(".");
        String word = dot ? last.substring(0, last.length() - 1) : last;
        String one = SINGULAR_TITLES.get(word.toLowerCase(java.util.Locale.ROOT));
        if (one == null) {
            return role;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            one = one.toLowerCase(java.util.Locale.ROOT);
        }
        return role.substring(0, space + 1) + one + (dot ? "." : "");
    }

    private int clauseStart(ArticleText.Para p, int end) {
        var t = p.tokens();
        int start = end;
        while (start > 0 && end - start < 10 && PersonRules.punctuationFree(p.text(), t.get(start - 1), t.get(start))) {
            start--;
        }
        return start;
    }

    /**
     * A dash or bracket between a wire service and the text ("(Reuters) - "), or a sentence's end between a country
     * and the next sentence's title ("… in France. Mr. Spade"): either way the country is not the title's.
     */
    private static final java.util.regex.Pattern NOT_ONE_PHRASE = java.util.regex.Pattern.compile("[()\\[\\]" + Dashes.CLASS + "]|[.?!;:]\\s");

    /** A country (possessive or not, or a demonym) right before a role: "Niger's junta leader". */
    String affiliationBefore(ArticleText.Para p, int roleFrom) {
        Gazetteer.Match m = p.matchAt(roleFrom - 1);
        // "(Reuters) - President Okafor": a dateline's wire service, with a dash between, is no affiliation (rule
        // "affiliation in the phrase")
        if (m == null || m.to() != roleFrom
                || NOT_ONE_PHRASE.matcher(p.text()).region(p.tokens().get(roleFrom - 1).end(), p.tokens().get(roleFrom).start()).find()) {
            return null;
        }
        return country(m.entry());
    }

    private String affiliationIn(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            Gazetteer.Match m = p.matchAt(k);
            if (m != null && country(m.entry()) != null) {
                return country(m.entry());
            }
        }
        return null;
    }

    static String country(Gazetteer.Entry e) {
        return switch (e.kind()) {
            case COUNTRY, DEMONYM -> e.country();
            case ORGANIZATION -> e.name();
            default -> null;
        };
    }
}
