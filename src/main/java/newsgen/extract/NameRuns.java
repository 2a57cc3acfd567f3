package newsgen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs of capitalised words that may be one name ("Alliance of Sahel States", "Lucia Ramos"): only spaces
 * or hyphens between them, small connecting words allowed inside, a possessive ends a run.
 */
final class NameRuns {
    /** A run: tokens {@code from} (inclusive) to {@code to} (exclusive) of a paragraph. */
    record Run(int from, int to) {
        int size() {
            return to - from;
        }
    }

    /** Lowercase words that join the capitalised parts of one name ("Bank of England", "Mohammed bin Salman"). */
    static final Set<String> CONNECTORS = WordSet.of("of", "the", "de", "du", "des", "da", "do", "dos", "la", "le",
            "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "for", "on", "di", "del", "ben", "ten", "ter",
            "dela", "delos"); // "dela", "delos": Filipino surnames ("Maricel dela Cruz")
    /** Connectors that join the words of an organisation's name but never of a person's ("Bank of England"). */
    /** {@link #CONNECTORS} asked of a token once for each distinct word ({@link WordFact}). */
    static final WordFact CONNECTOR = WordFact.keyIn(CONNECTORS);
    static final Set<String> ORG_CONNECTORS = WordSet.of("of", "the", "for", "on", "y");
    /** {@link #ORG_CONNECTORS} as a {@link WordFact}. */
    static final WordFact ORG_CONNECTOR = WordFact.keyIn(ORG_CONNECTORS);

    private NameRuns() {
    }

    static List<Run> runs(ArticleText.Para p) {
        List<Token> t = p.tokens();
        List<Run> out = new ArrayList<>();
        boolean headline = headline(p);
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).cap() || stops(t.get(i), headline)) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < t.size() && (Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)) || groupPossessive(p, to))) {
                Token next = t.get(to);
                if (stops(next, headline)) {
                    break;
                } else if (next.cap()) {
                    to++;
                } else if (next.key().equals("on") && onEndsName(p, to)) {
                    break;
                } else if (particlePair(p, to)) {
                    to += 3; // "Ana López de la Cruz", "Pieter van der Merwe"
                } else if (CONNECTOR.test(next) && to + 1 < t.size() && t.get(to + 1).cap()
                        && !Gazetteer.get().nonName.test(t.get(to + 1))
                        && Gazetteer.joinable(p.text(), next, t.get(to + 1))) {
                    to += 2;
                } else if (articleAfterHead(p, to)) {
                    to += 3; // "Committee for a Responsible Federal Budget"
                } else if (ORG_CONNECTOR.test(next) && ordinalAfter(p, to) > 0) {
                    to = ordinalAfter(p, to); // "Court of Appeals for the 3rd Circuit"
                } else if (next.key().equals("and") && andJoins(p, from, to) > 0) {
                    to = andJoins(p, from, to); // "Ministry of Health and Family Welfare"
                } else {
                    break;
                }
            }
            Run r = strip(t, from, to);
            if (r != null && r.from() == from + 1 && NameWordRules.wordGivenName(p, from, to)) {
                r = new Run(from, to); // rule "word given name": "Given Msimango, 27, said"
            }
            if (r != null) {
                out.add(r);
            }
            i = to;
        }
        return out;
    }

    /** Particles that open a pair of particles inside a surname: "de la Cruz", "van der Merwe", "von der Brandt". */
    private static final Set<String> PAIR_FIRSTS = WordSet.of("de", "van", "von");
    private static final WordFact PAIR_FIRST = WordFact.keyIn(PAIR_FIRSTS);
    /** Particles that follow one of {@link #PAIR_FIRSTS} there (each a connector of its own). */
    private static final Set<String> PAIR_SECONDS = WordSet.of("la", "le", "der", "den", "de", "del");

    /**
     * Rule "two particles": "Ana María López de la Cruz", "Pieter van der Merwe", "Ursula von der Brandt": two
     * lowercase particles in a row, then a capitalised word, go on with one surname; one particle alone was always
     * joined, two ended the name before them.
     */
    private static boolean particlePair(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k + 2 >= t.size()) {
            return false;
        }
        Token a = t.get(k);
        Token b = t.get(k + 1);
        Token c = t.get(k + 2);
        return !a.cap() && PAIR_FIRST.test(a) && !b.cap() && PAIR_SECONDS.contains(b.key()) && c.cap()
                && !c.upper() && !Gazetteer.get().nonNames.contains(c.text())
                && Gazetteer.joinable(p.text(), a, b) && Gazetteer.joinable(p.text(), b, c);
    }

    /** Plural group nouns whose possessive goes on inside an organisation's name: "Swiss People's Party". */
    private static final java.util.Set<String> GROUP_POSSESSIVES = WordSet.of("people", "peoples", "workers",
            "children", "women", "veterans", "farmers", "citizens", "teachers", "nurses", "students", "writers",
            "taxpayers", "voters", "employees", "officers", "patients", "consumers", "mothers", "fathers", "parents");

    /** Officers whose office is a body named with their possessive: "Attorney's Office", "Sheriff's Department". */
    private static final java.util.Set<String> OFFICE_POSSESSIVES = WordSet.of("attorney", "attorneys", "sheriff",
            "coroner", "examiner", "governor", "mayor", "comptroller", "controller", "treasurer", "auditor", "marshal",
            "marshals", "prosecutor", "solicitor", "clerk", "assessor", "defender", "recorder");

    /**
     * Rule "group possessive in a name": "Swiss People's Party", "Kurdistan Workers' Party", "Children's Research
     * Hospital": a capitalised plural group noun with a possessive, then a capitalised word, is inside one name.
     */
    static boolean groupPossessive(ArticleText.Para p, int to) {
        var t = p.tokens();
        Token a = t.get(to - 1);
        Token b = t.get(to);
        if (OFFICE_POSSESSIVES.contains(a.key()) && a.possessive() && a.cap() && b.cap() && !b.upper()
                && Gazetteer.get().orgHeads.contains(b.key()) && p.text().substring(a.end(), b.start()).equals(" ")) {
            return true; // rule "office of an officer": "the U.S. Attorney's Office", "Clark County Sheriff's Department"
        }
        if (ownersCompany(p, to)) {
            return true;
        }
        if (!a.cap() || a.upper() || !b.cap() || b.upper() || !GROUP_POSSESSIVES.contains(a.key())) {
            return false;
        }
        String gap = p.text().substring(a.end(), b.start());
        return a.possessive() && gap.equals(" ") || !a.possessive() && (gap.equals("' ") || gap.equals("\u2019 "));
    }

    /** Whether the run is a company named with its owner's possessive ({@link #ownersCompany}): no person. */
    static boolean ownersCompany(ArticleText.Para p, Run run) {
        var t = p.tokens();
        if (run.size() < 3 || !TRADE_HEADS.contains(t.get(run.to() - 1).key())) {
            return false;
        }
        for (int k = run.from() + 1; k < run.to() - 1; k++) {
            if (ownersCompany(p, k)) {
                return true;
            }
        }
        return false;
    }

    /** Last words of a shop's or a maker's name that often holds its founder's possessive. */
    private static final java.util.Set<String> TRADE_HEADS = WordSet.of("goods", "stores", "foods", "motors",
            "airlines", "restaurants", "supermarkets", "pharmacies", "outfitters", "furniture");

    /**
     * Rule "owner's possessive in a company": "Hal's Sporting Goods", "Nora's Fine Foods": a capitalised word with
     * "'s", then one or two capitalised English words ending in a trade's head word, is one company's name; not "Ohio's
     * Fine Foods" (a place's) nor "Musk's Tesla Motors" (a name after the possessive is a company of its own).
     */
    private static boolean ownersCompany(ArticleText.Para p, int to) {
        var t = p.tokens();
        Token a = t.get(to - 1);
        if (!a.possessive() || !a.cap() || a.upper() || p.matchAt(to - 1) != null
                || !p.text().substring(a.end(), t.get(to).start()).equals(" ")) {
            return false;
        }
        for (int k = to; k < t.size() && k <= to + 2; k++) {
            Token w = t.get(k);
            if (!w.cap() || w.upper() || k > to && !Gazetteer.joinable(p.text(), t.get(k - 1), w)) {
                return false;
            }
            if (k > to && TRADE_HEADS.contains(w.key())) {
                return true;
            }
            if (!EnglishWords.KEY.test(w) || w.possessive()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A headline: so classified, or a first paragraph in title case, every word of four letters or more capitalised
     * (a title line ending in a full stop
     * reads as body text to the classifier: "Retired General Reveals ‘Demoralizing’ Experience Of Serving Under Okafor.").
     */
    static boolean headline(ArticleText.Para p) {
        if (p.kind() == newsgen.model.ParagraphKind.HEADLINE || p.kind() == newsgen.model.ParagraphKind.SUBHEAD) {
            return true;
        }
        return p.index() == 1 && p.kind() == newsgen.model.ParagraphKind.BODY && titleCaseLine(p);
    }

    /**
     * A short line in title case anywhere in the text, every word of four letters or more capitalised: a headline, or
     * the headline of another story that the page linked ("Related:" lists).
     */
    static boolean titleCaseLine(ArticleText.Para p) {
        if (p.tokens().size() > 30) {
            return false;
        }
        int long_ = 0;
        for (Token t : p.tokens()) {
            if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
                if (!t.cap()) {
                    return false; // a sentence: its verbs and nouns are in lower case
                }
                long_++;
            }
        }
        return long_ >= 5;
    }

    /**
     * "Won’t", "I’ve", "Don’t": a contraction is no word of a name (a possessive is kept apart by the tokenizer).
     * What the pattern {@code .+['’](?:ve|m|d|ll|re|t)} (ASCII case-insensitive) matches, tested by hand: it was
     * tried on nearly every capitalised word, and its matcher was ~3% of extraction's CPU and 11% of the bytes
     * it allocated (JFR).
     */
    static boolean contraction(String w) {
        return contractionShaped(w);
    }

    /** {@link #contraction} asked once for each distinct word: {@link #stops} asks it of nearly every name's word. */
    private static final WordFact CONTRACTION = WordFact.ofText(NameRuns::contractionShaped);

    private static boolean contractionShaped(String w) {
        int n = w.length();
        return n >= 3 && apostrophe(w.charAt(n - 2)) && oneOf(w, n - 1, "m", "d", "t")
                || n >= 4 && apostrophe(w.charAt(n - 3)) && oneOf(w, n - 2, "ve", "ll", "re");
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Whether {@code w} from {@code from} to its end is one of the lower-case {@code endings}, ignoring ASCII case. */
    private static boolean oneOf(String w, int from, String... endings) {
        for (String e : endings) {
            if (w.regionMatches(true, from, e, 0, e.length()) && asciiOnly(w, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiOnly(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (w.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that end a run and belong to none: a contraction, and in a headline the capitalised verb of saying
     * ("Lindsey Hartwell Says", "Retired General Reveals") that title case gives a capital.
     */
    private static boolean stops(Token w, boolean headline) {
        return CONTRACTION.test(w)
                || headline && w.cap() && !w.upper() && HEADLINE_VERBS.contains(w.key());
    }

    /** Verbs of saying and showing as headlines write them, third person: never the last word of a name there. */
    static final Set<String> HEADLINE_VERBS = WordSet.of("says", "reveals", "tells", "warns", "claims", "admits",
            "slams", "asks", "blasts", "urges", "vows", "denies", "insists", "explains", "calls", "responds",
            "defends", "accuses", "rips", "mocks", "praises", "questions", "confirms", "announces", "reports",
            "predicts", "suggests", "argues", "writes", "tweets", "wants", "thinks", "knows", "is", "was", "wins",
            "loses", "leads", "trails", "be", "has", "had", "does", "did");

    /** Weekdays and months, in full or cut short as dates write them ("Feb. 3"). */
    private static final Set<String> CALENDAR = CalendarWords.daysAndMonthsAnd("jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Head words whose names go on with "on" and a subject: "Council on Foreign Relations", "Committee on Africa". */
    private static final Set<String> SUBJECT_HEADS = WordSet.of("committee", "subcommittee", "council", "commission",
            "conference", "panel", "center", "centre", "institute", "program", "programme", "project", "board", "forum",
            "caucus", "task", "summit", "convention", "initiative");

    /**
     * "on" at {@code on} ends a name when a weekday or month follows ("Universal Pictures on Feb. 3") or a place does
     * after a name that takes no subject ("Hofstra University on Long Island"; not "Council on Africa").
     */
    private static boolean onEndsName(ArticleText.Para p, int on) {
        List<Token> t = p.tokens();
        if (on + 1 >= t.size() || on == 0) {
            return false;
        }
        String after = t.get(on + 1).key();
        if (CALENDAR.contains(after)) {
            return true;
        }
        Gazetteer.Match m = p.matchAt(on + 1);
        return m != null && m.from() == on + 1 && m.entry().isPlace() && !SUBJECT_HEADS.contains(t.get(on - 1).key());
    }

    /** "for a", "for an", "of the", "for the", "on the" after an organisation's head word, then a capitalised word: one name goes on. */
    private static boolean articleAfterHead(ArticleText.Para p, int k) {
        List<Token> t = p.tokens();
        String prep = t.get(k).key();
        String article = k + 1 < t.size() ? t.get(k + 1).key() : "";
        // "Committee for a Responsible Federal Budget"; "Ministry of the Environment", "Coalition for the Homeless",
        // "Committee on the Budget": "the" only after "of", "for", "on", so never in a person's name
        boolean joins = prep.equals("for") && (article.equals("a") || article.equals("an"))
                || (prep.equals("of") || prep.equals("for") || prep.equals("on")) && article.equals("the");
        if (joins && k + 2 < t.size() && article.equals("the")) {
            Gazetteer.Match m = p.matchAt(k + 2);
            if (m != null && m.from() == k + 2 && m.entry().kind() == Gazetteer.Kind.ORGANIZATION
                    || CalendarWords.DAYS_AND_MONTHS.contains(t.get(k + 2).key()) || t.get(k - 1).key().equals("news")) {
                return false; // "Edison Research for the Associated Press", "Fox News on the Wednesday show"
            }
        }
        return k + 2 < t.size() && joins && !t.get(k + 1).cap() && t.get(k + 2).cap() && Gazetteer.get().orgHeads.contains(t.get(k - 1).key())
                && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1)) && Gazetteer.joinable(p.text(), t.get(k + 1), t.get(k + 2));
    }

    /** Ordinal numbers inside a name: "3rd", "9th". */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d{1,3}(?:st|nd|rd|th)");

    /** After a connector at {@code k}: "[the] 3rd Circuit" — the end of the capitalised word after the ordinal, else -1. */
    private static int ordinalAfter(ArticleText.Para p, int k) {
        List<Token> t = p.tokens();
        int j = k + 1;
        if (j < t.size() && t.get(j).key().equals("the")) {
            j++;
        }
        if (j + 1 < t.size() && ORDINAL.matcher(t.get(j).text()).matches() && t.get(j + 1).cap()
                && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))
                && Gazetteer.joinable(p.text(), t.get(j), t.get(j + 1))) {
            return j + 2;
        }
        return -1;
    }

    /**
     * "and" at {@code and} inside one organisation's name: "Ministry of Health and Family Welfare" (a head word and
     * "of" before, then one to three capitalised words that are no place, title or organisation of their own), or
     * "Competition and Markets Authority" (one or two plain words before, a head word ending the words after).
     * Returns the end of the longer name, else -1.
     */
    private static int andJoins(ArticleText.Para p, int from, int and) {
        List<Token> t = p.tokens();
        Gazetteer gaz = Gazetteer.get();
        int j = and + 1;
        while (j < t.size() && j - and <= 3 && t.get(j).cap() && Gazetteer.joinable(p.text(), t.get(j - 1), t.get(j))) {
            j++;
        }
        if (j == and + 1 || !Gazetteer.joinable(p.text(), t.get(and - 1), t.get(and))) {
            return -1;
        }
        // rule "known name across and": "Kenya National Chamber of Commerce and Industry": a gazetteer name that goes
        // on past the "and" ("Chamber of Commerce and Industry") carries the run to its end; not when a place is right
        // before it ("The U.S. Centers for Disease Control and Prevention" is the known body of a country)
        Gazetteer.Match across = p.matchAt(and);
        if (across != null && across.from() > from && across.from() < and && across.to() > and + 1 && across.to() <= j
                && across.entry().kind() == Gazetteer.Kind.ORGANIZATION && p.matchAt(across.from() - 1) == null) {
            return across.to();
        }
        for (int k = from; k < j; k++) {
            boolean after = k > and;
            boolean known = p.matchAt(k) != null && (after || k == and - 1);
            if (k != and && (known || gaz.title.test(t.get(k))
                    || after && (t.get(k).upper() || gaz.givenName.test(t.get(k))))) {
                return -1; // "Bank of England and Barclays", "the ministry and Health Minister Ali"
            }
        }
        boolean headOf = false;
        for (int k = from; k + 1 < and; k++) {
            headOf |= gaz.orgHead.test(t.get(k)) && ORG_CONNECTORS.contains(t.get(k + 1).key());
        }
        boolean lastIsHead = gaz.orgHead.test(t.get(j - 1));
        // rule "adjective before and": "Center for Economic and Policy Research": a head word and "of"/"for", then
        // an adjective right before "and", cannot end the name there
        if (headOf && (!lastIsHead || ADJECTIVE_BEFORE_AND.matcher(t.get(and - 1).key()).matches())) {
            return j;
        }
        // rule "chamber before a committee": "House Ways and Means Committee": a chamber's head word may open the
        // plain words before "and"
        int plainFrom = and - from >= 2 && CHAMBERS.contains(t.get(from).key()) ? from + 1 : from;
        boolean plainBefore = and - plainFrom <= 2;
        for (int k = plainFrom; k < and && plainBefore; k++) {
            plainBefore = t.get(k).cap() && !gaz.orgHead.test(t.get(k));
        }
        return plainBefore && lastIsHead && j - and >= 2 ? j : -1;
    }

    /** Adjective endings of a name's word that leaves the name open before "and": "Economic", "Political", "Legislative". */
    private static final java.util.regex.Pattern ADJECTIVE_BEFORE_AND = java.util.regex.Pattern.compile(".+(?:ic|al|ive)");

    /** Chambers whose committees are named "House Ways and Means Committee", "Senate Commerce and Science Committee". */
    private static final Set<String> CHAMBERS = WordSet.of("house", "senate", "assembly");

    /** Middle names that mark a Vietnamese full name, family name first: "Van" (men's), "Thi" (women's). */
    private static final Set<String> VIETNAMESE_MIDDLES = WordSet.of("van", "thi");

    /**
     * Rule "Vietnamese middle name": "Le Van Hung", "Nguyen Van An", "Tran Thi Mai": a capitalised "Van" or "Thi"
     * between two capitalised words of one run (not the Dutch "van" in lower case) is the middle of a family-first
     * name, so the word before it is a family name even when it is a particle elsewhere ("Le", "Do"), and the word after
     * it a given name even when it is a word elsewhere ("An"). {@code k} is the middle word's index.
     */
    static boolean vietnameseMiddle(List<Token> t, int k, int to) {
        if (k < 1 || k + 1 >= to) {
            return false;
        }
        Token w = t.get(k);
        return w.cap() && !w.upper() && VIETNAMESE_MIDDLES.contains(w.key()) && t.get(k - 1).cap() && !t.get(k - 1).upper()
                && t.get(k + 1).cap() && !t.get(k + 1).upper();
    }

    /** Vietnamese family names that are also particles of other names: "Le", "Do". */
    private static final Set<String> PARTICLE_FAMILY_NAMES = WordSet.of("le", "do");

    /**
     * Rule "Vietnamese family name that is a particle": "Police arrested Le Quoc Bao", "Do Minh Chau said": a
     * capitalised "Le" or "Do" opening a run of exactly three words, the other two capitalised, shaped as names and no
     * English words and of seven letters at most (a syllable), is the family name of a Vietnamese name, not a particle to
     * drop ("Le Monde" has two words, "Le Courrier Picard" a word too long for a syllable).
     */
    static boolean vietnameseParticleName(List<Token> t, int from, int to) {
        if (to - from != 3 || !PARTICLE_FAMILY_NAMES.contains(t.get(from).key()) || !t.get(from).cap() || t.get(from).upper()) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token w = t.get(k);
            if (!w.cap() || w.upper() || w.possessive() && k < to - 1 || EnglishWords.KEY.test(w)
                    || w.key().length() > 7) { // a Vietnamese name's syllable: "Quoc", "Phuong"; not "Le Courrier …"
                return false;
            }
        }
        return true;
    }

    /** Drops leading words that are capitalised only as sentence openers or never name anything ("The", "In"). */
    private static Run strip(List<Token> t, int from, int to) {
        Gazetteer gaz = Gazetteer.get();
        // a capitalised particle that is also a given name opens a name: "Ben Garrity", "Van Ormond"
        // "July and Congress has failed": once "July" is gone, the "and" that joined it opens nothing
        while (from < to && !vietnameseMiddle(t, from + 1, to) && !vietnameseParticleName(t, from, to) && (gaz.nonName.test(t.get(from))
                || t.get(from).text().equals("and") || CONNECTOR.test(t.get(from))
                && !(t.get(from).cap() && from + 1 < to && gaz.givenName.test(t.get(from))))) {
            from++;
        }
        return from < to ? new Run(from, to) : null;
    }
}
