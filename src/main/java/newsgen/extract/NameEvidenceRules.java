package newsgen.extract;

import java.util.Set;

/**
 * Evidence around a capitalised run that it names a person, from the words beside it: a cue verb ("Garrity said",
 * "according to Jane Roe"), a tenure noun ("the Ashford era"), "who" or an age in commas, a party and state
 * ("(R-Texas)"), a byline ("Editing by …"), a signature under a quote, a news outlet's possessive ("CNN's …").
 */
final class NameEvidenceRules {
    private final Gazetteer gaz = Gazetteer.get();
    private final NameWordRules names = new NameWordRules();

    /** "(R-Texas)", "(D-Calif.)", "(D)", ", R-Ohio,": a party letter and maybe a state after a name, as US news writes them. */
    static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile(
            "\\s*(?:\\(\\s*([RDI])(?:\\s*[-\u2013\u2014,]\\s*\\p{Lu}[\\p{L}. ]{0,20})?\\)|,\\s*([RDI])-\\p{Lu}[\\p{L}.]{0,15}\\s*,)");

    /** The party a "(R-Texas)" after the run names, or null. */
    static String partyAfter(ArticleText.Para p, NameRuns.Run run) {
        int end = p.tokens().get(run.to() - 1).end();
        String text = p.text();
        if (end >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != ',')) {
            return null;
        }
        if (!mayBeParty(text, end)) {
            return null;
        }
        java.util.regex.Matcher m = PARTY_STATE.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!m.lookingAt()) {
            return null;
        }
        String letter = m.group(1) != null ? m.group(1) : m.group(2);
        return letter.equals("R") ? "Republican" : letter.equals("D") ? "Democrat" : "Independent";
    }

    /**
     * What {@link #PARTY_STATE} needs first, read without it: after spaces, "(" and a party letter, or "," and a party
     * letter and a hyphen (each after more spaces maybe). Most names are followed by neither, and the pattern, tried
     * after every name run, was ~0.5% of {@code gen extract}'s CPU (perf); where this answers true the pattern decides.
     */
    static boolean mayBeParty(String text, int end) {
        int n = text.length();
        int k = skipSpaces(text, end);
        if (k >= n || text.charAt(k) != '(' && text.charAt(k) != ',') {
            return false;
        }
        boolean comma = text.charAt(k) == ',';
        k = skipSpaces(text, k + 1);
        if (k >= n || "RDI".indexOf(text.charAt(k)) < 0) {
            return false;
        }
        return !comma || k + 1 < n && text.charAt(k + 1) == '-';
    }

    /** The offset after the {@code \s} characters (ASCII white space, as the pattern reads it) from {@code k}. */
    private static int skipSpaces(String text, int k) {
        while (k < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    /**
     * Rule "who after a name": "Jane Roe, who runs the campaign," or "Jane Roe, who", "Jane Roe, whom the court
     * named": two or three capitalised words that "who" or "whom" describes are a person's name (an organisation takes
     * "which"); not a possessive.
     */
    private static final Set<String> WHO = WordSet.of("who", "whom");

    boolean whoAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k >= t.size() || !WHO.contains(t.get(k).key()) || t.get(k).cap()
                || t.get(k - 1).possessive() || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).equals(", ")) {
            return false;
        }
        // "a voter in Upstate New York, who works in retail": "who" is the voter's, after a place
        if (run.from() > 0 && PLACE_PREPOSITIONS.contains(t.get(run.from() - 1).key())) {
            return false;
        }
        for (int j = run.from(); j < run.to(); j++) {
            Gazetteer.Match m = p.matchAt(j);
            if (m != null && m.entry().isPlace()) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions that put a place after them, whose "who" is someone else's. */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "at", "from", "near", "across", "outside",
            "inside", "throughout");

    /**
     * "CNN's Wolf Brannigan", "Fox News' Maren Nyland": two or three capitalised words, none a title, head word, place
     * or programme word ("MSNBC's Morning Joe"), right after a known organisation's possessive;
     * a person only if the article writes none of the words in lower case (decided in {@link ActorFinder}).
     */
    boolean outletsName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 2 || run.size() > 3 || run.from() == 0 || !names.validName(p, run.from(), run.to())) {
            return false;
        }
        Token prev = t.get(run.from() - 1);
        String gap = p.text().substring(prev.end(), t.get(run.from()).start());
        boolean possessive = prev.possessive() && gap.equals(" ")
                || prev.key().endsWith("s") && (gap.equals("' ") || gap.equals("\u2019 "));
        Gazetteer.Match owner = p.matchAt(run.from() - 1);
        if (!possessive || owner == null || owner.to() != run.from() || owner.entry().kind() != Gazetteer.Kind.ORGANIZATION) {
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Token w = t.get(k);
            if (w.upper() || gaz.title.test(w) || gaz.orgHead.test(w) || gaz.docHeads.contains(w.key())
                    || gaz.nonNames.contains(w.text()) || PlaceFinder.GEO_WORDS.contains(w.key()) || NameWordRules.WORKS.contains(w.key())
                    || p.matchAt(k) != null) {
                return false;
            }
        }
        return true;
    }

    /** Participles of a person's work on a text, film or programme: "Editing by", "directed by", "co-authored by". */
    private static final Set<String> WORK_PARTICIPLES = WordSet.of("reporting", "editing", "writing", "written",
            "edited", "directed", "moderated", "hosted", "co-authored", "coauthored", "authored", "illustrated",
            "translated", "photographed", "narrated", "produced", "compiled", "research");

    /**
     * Rule "work by a name": "Reporting by Jane Roe; Editing by Will Dunstan", "a film directed by Jane Roe": two or
     * three capitalised words after a participle of a person's work and "by" are the person who did it.
     */
    boolean workBy(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int by = run.from() - 1;
        return run.size() >= 2 && run.size() <= 3 && by >= 1 && t.get(by).key().equals("by") && !t.get(by).cap()
                && WORK_PARTICIPLES.contains(t.get(by - 1).key()) && Gazetteer.joinable(p.text(), t.get(by), t.get(run.from()))
                && Gazetteer.joinable(p.text(), t.get(by - 1), t.get(by));
    }

    /**
     * Rule "name signing a quote": "… in the name of patriotism.” ― Jane Roe": a closing quotation mark, a dash, then
     * two or three capitalised words that end the paragraph or come before the next quotation's opening mark (a full
     * stop allowed) name who said it.
     */
    boolean signsQuote(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        String text = p.text();
        if (run.size() < 2 || run.size() > 3) {
            return false;
        }
        String rest = text.substring(t.get(run.to() - 1).end()).strip();
        // the paragraph's end, or the next quotation opening (lines of one paragraph are joined with a space)
        if (!rest.isEmpty() && !rest.equals(".") && !rest.startsWith("\u201c")) {
            return false;
        }
        int k = t.get(run.from()).start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 1 || !DASH.matcher(text.substring(k, k + 1)).matches() || text.charAt(k) == '-' && text.charAt(k - 1) != ' ') {
            return false;
        }
        char quote = PersonRules.lastCharBefore(text, k);
        return quote == '\u201d' || quote == '"';
    }

    /** One dash of any kind. */
    static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[" + Dashes.CLASS + "]");

    /** Rule "age after a name": "Jane Roe, 35, a nurse" or "Jane Roe, 35.": a person's age in commas after the name. */
    boolean ageAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k >= t.size() || t.get(k - 1).possessive()
                || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).equals(", ")) {
            return false;
        }
        String age = t.get(k).text();
        char after = PersonRules.firstCharAfter(p.text(), t.get(k).end());
        int next = t.get(k).end() + 1;
        boolean endsThere = next >= p.text().length() || !Character.isDigit(p.text().charAt(next)); // not "5.5 percent"
        return AGE.matcher(age).matches() && (after == ',' || after == '.' || after == ';') && endsThere;
    }

    /** Verbs that only a person does, as news writes them right after the subject's name. */
    private static final Set<String> PERSON_VERBS = WordSet.of("scored", "pleaded", "resigned", "died", "testified",
            "married", "smiled", "wept", "shrugged", "equalised", "equalized", "netted", "sang", "starred");
    /** A word shaped as a name, hyphens and apostrophes allowed: "Mabaso", "Obi-Adeyemi", "O'Neill", "Thandeka". */
    static final java.util.regex.Pattern NAME_SHAPE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-'\u2019]\\p{Lu}?\\p{Ll}+)*");

    /** Every word of tokens {@code from}..{@code to} shaped as a name ({@link #nameShaped}) and no English word. */
    boolean unlistedWords(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!nameShaped(p, k) || EnglishWords.KEY.test(p.tokens().get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code i} is shaped as a word of a name that no list explains: no acronym, no place or other
     * gazetteer entry, no organisation's head word, no title (rules "subject of a person's verb", "kin in apposition").
     */
    boolean nameShaped(ArticleText.Para p, int i) {
        Token w = p.tokens().get(i);
        return !w.upper() && NAME_SHAPE.matcher(w.text()).matches() && p.matchAt(i) == null
                && !gaz.orgHead.test(w) && !gaz.title.test(w);
    }

    /** Participles that, after "was" or "is", only a person undergoes. */
    private static final Set<String> PERSON_PARTICIPLES = WordSet.of("sentenced", "jailed", "arrested", "acquitted",
            "convicted", "born", "killed", "injured", "wounded", "detained", "kidnapped", "abducted", "elected",
            "appointed", "sworn", "buried", "hospitalised", "hospitalized", "knighted", "extradited", "deported");

    /**
     * Rule "subject of a person's verb": "Sipho Mabaso was sentenced to 12 years", "Thandeka Zulu scored twice":
     * two or three capitalised words, none an English word, a place, an organisation's head or a title (names that
     * no given-name list holds: news from other continents), right before a verb only a person does.
     */
    boolean personVerbAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k >= t.size() || t.get(k - 1).possessive() || NameRuns.headline(p)
                || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
            return false;
        }
        for (int i = run.from(); i < k; i++) {
            if (!nameShaped(p, i) || EnglishWords.KEY.test(t.get(i))) {
                return false;
            }
        }
        String verb = t.get(k).key();
        if (PERSON_VERBS.contains(verb)) {
            return true;
        }
        if (run.size() == 2 && opensSentence(p, run)) {
            // rule "opening subject of a doer's verb": "… led the side", "… has led", "… will lead"; and rule "opening
            // subject of a person's mood": "… was disappointed"
            int v = k;
            if (OPENER_AUXILIARIES.contains(verb) && k + 1 < t.size() && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))) {
                v = k + 1;
            }
            String doer = t.get(v).key();
            boolean done = v == k ? OPENER_VERBS.contains(doer)
                    : OPENER_VERBS.contains(doer) || OPENER_BASE_VERBS.contains(doer);
            if (done && !bodysObject(t, v + 1)) {
                return true;
            }
            if ((verb.equals("was") || verb.equals("is")) && k + 1 < t.size() && PERSON_MOODS.contains(t.get(k + 1).key())
                    && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))) {
                return true;
            }
        }
        return (verb.equals("was") || verb.equals("is")) && k + 1 < t.size() && PERSON_PARTICIPLES.contains(t.get(k + 1).key())
                && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1));
    }

    /**
     * Verbs a person does but a team or a firm may do too ("Tamati Horowai led the side", "Halvex Aroha won the
     * tender"): rule "opening subject of a doer's verb" takes them only after a run of exactly two words that opens its
     * sentence, or follows a short opening phrase of time or place and its comma ("On Saturday, Tamati Horowai led"),
     * none of whose words is a day or a month, and not before what a firm wins or leads ("the contract", "gains"). A
     * firm's name more often carries a word like "Group" or "Motors", English words that fail the run's test; verbs
     * mostly of clubs' results ("beat", "lost to", "finished top") are left out ("Lokomotiv Moskva lost to …"). An
     * auxiliary may come between ("has led", "will lead": {@link #OPENER_BASE_VERBS}); rule "opening subject of a
     * person's mood" takes the same run before "was" or "is" and a mood only a person is in ("was disappointed").
     */
    private static final Set<String> OPENER_VERBS = WordSet.of("led", "won", "arrived", "denied", "denies", "met",
            "visited", "returned", "joined", "admitted", "insisted", "retired",
            "left", "flew", "travelled", "traveled", "captained", "clinched", "claimed", "stood", "spoke", "wrote",
            "urged", "called", "thanked", "praised", "criticised", "criticized", "accused", "recalled", "played", "kicked",
            "took", "walked", "crossed");

    /** Auxiliaries between the opening subject and its verb: "has led", "will lead". */
    private static final Set<String> OPENER_AUXILIARIES = WordSet.of("has", "had", "will", "would", "could", "should",
            "may", "might", "must", "can");

    /** The base forms of {@link #OPENER_VERBS}, after an auxiliary ("will lead", "could win"). */
    private static final Set<String> OPENER_BASE_VERBS = WordSet.of("lead", "win", "arrive", "deny", "meet", "visit",
            "return", "join", "admit", "insist", "retire", "leave", "fly", "travel",
            "captain", "clinch", "claim", "stand", "speak", "write", "urge", "call", "thank", "praise", "criticise",
            "criticize", "accuse", "recall", "play", "kick", "take", "walk", "cross");

    /** Moods only a person is in, after "was" or "is": "Tamati Horowai was disappointed". */
    private static final Set<String> PERSON_MOODS = WordSet.of("disappointed", "delighted", "thrilled", "furious",
            "proud", "emotional", "pleased", "upset", "devastated", "elated", "frustrated", "unhappy", "happy", "angry",
            "heartbroken", "overjoyed", "tearful", "gutted");

    /** What a firm wins or leads ("Halvex Rotan won the contract", "… led gains"), a few words after the verb. */
    private static final Set<String> BODY_OBJECTS = WordSet.of("contract", "contracts", "tender", "tenders", "deal",
            "deals", "bid", "bidding", "licence", "license", "licences", "licenses", "order", "orders", "consortium",
            "gains", "losses", "market", "rally", "approval", "concession", "rights", "stake", "shares", "sales",
            // a party's or a club's: "won the most votes", "won 38 seats", "won the league"
            "votes", "vote", "seats", "league", "derby", "auction", "index");

    /** Whether a firm's object stands within the three words from {@code from} ("won the $2bn contract"). */
    static boolean bodysObject(java.util.List<Token> t, int from) {
        for (int i = from; i < Math.min(t.size(), from + 4); i++) {
            if (BODY_OBJECTS.contains(t.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run opens its sentence (or follows an opening phrase and its comma), none of its words a day or a month. */
    static boolean opensSentence(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int i = run.from(); i < run.to(); i++) {
            if (CalendarWords.DAYS_AND_MONTHS.contains(t.get(i).key())) {
                return false;
            }
        }
        int start = t.get(run.from()).start();
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(start));
        if (first == run.from()) {
            return true;
        }
        // "On Saturday, Tamati Horowai led …": a short opening phrase of time or place and its comma before the run
        int before = run.from() - 1;
        if (first == 0 && Dashes.afterDateline(p, run.from())) {
            return true; // rule "subject after a dateline": "NAIROBI, Kenya (AP) — Sri Wulandari walked free …"
        }
        return run.from() - first <= 4 && OPENING_PHRASE_WORDS.contains(t.get(first).key())
                && p.text().substring(t.get(before).end(), start).strip().equals(",");
    }

    /** Words that open a phrase of time or place before a sentence's subject ("On Saturday,", "In Auckland,"). */
    private static final Set<String> OPENING_PHRASE_WORDS = WordSet.of("on", "in", "at", "after", "before", "during",
            "last", "earlier", "later", "yesterday", "today", "overnight");

    /** Owners before a noun of kin: "her father", "their son". */
    private static final Set<String> KIN_OWNERS = WordSet.of("her", "his", "their", "my", "our", "your");

    /**
     * Rule "kin in apposition": "Her father, Dafydd Roe, told the BBC", "his brother, Tamati Horowai, said", "Dlamuzi's
     * son, Sipho Ndaba,": two or three capitalised words shaped as names, in commas right after a noun of kin
     * ({@link PersonNames#RELATIVES}) that an owner's pronoun or a capitalised possessive (maybe and an adjective)
     * opens, name a person, whatever lists hold their words.
     */
    boolean kinBefore(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() < 2 || run.size() > 3 || k < 2 || run.to() >= t.size() || t.get(run.to() - 1).possessive()
                || NameRuns.headline(p)) {
            return false;
        }
        String text = p.text();
        if (!text.substring(t.get(k - 1).end(), t.get(k).start()).strip().equals(",")
                || !text.substring(t.get(run.to() - 1).end(), t.get(run.to()).start()).strip().equals(",")
                || !PersonNames.RELATIVES.contains(t.get(k - 1).key())) {
            return false;
        }
        int owner = owner(t, k - 2) ? k - 2 : k >= 3 && owner(t, k - 3) ? k - 3 : -1;
        if (owner < 0) {
            return false;
        }
        for (int i = k; i < run.to(); i++) {
            if (!nameShaped(p, i)) {
                return false;
            }
        }
        return true;
    }

    /** An owner of kin at {@code k}: a pronoun, or a capitalised possessive ("Dlamuzi's son", "Mr. Roe's late wife"). */
    private static boolean owner(java.util.List<Token> t, int k) {
        return KIN_OWNERS.contains(t.get(k).key()) || t.get(k).cap() && t.get(k).possessive();
    }

    /** A person's age as news writes it after a name: one to three digits, no more than 120. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9][0-9]?|1[01][0-9]|120");

    boolean cueAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.to() >= t.size()) {
            return false;
        }
        Token next = t.get(run.to());
        return !next.cap() && gaz.cueVerb.test(next) && Gazetteer.joinable(p.text(), t.get(run.to() - 1), next);
    }

    /** Nouns of a body's apposition that {@link NamingNounRules#COMPANY_NOUNS} leaves out: "a unit of …", "a band". */
    private static final Set<String> BODY_NOUNS = WordSet.of("subsidiary", "unit", "division", "affiliate", "arm",
            "maker", "producer", "operator", "chain", "brand", "club", "team", "band", "miner", "developer", "platform",
            "app", "service");

    /**
     * Rule "cue after a short apposition": "Dawa Gyalzen, a guide, said …", "Tsering Lhamo, an innkeeper in the
     * valley, told …": two or three capitalised words shaped as names, none an English word, a place, a head word or a
     * title (names no list holds: news from other continents), then ", a …" or ", an …" of at most five words, a comma
     * and a cue verb. An apposition opening or ending with a company's or a body's noun ("a supplier", "a unit of …", "a
     * cement maker") or ending in an organisation's head word ("a group") is a body's.
     */
    boolean cueAfterApposition(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k + 3 >= t.size() || t.get(k - 1).possessive() || NameRuns.headline(p)
                || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).equals(", ")
                || !(t.get(k).key().equals("a") || t.get(k).key().equals("an")) || t.get(k).cap()
                || !unlistedWords(p, run.from(), k)) {
            return false;
        }
        for (int i = k + 1; i < t.size() && i <= k + 5; i++) {
            Token w = t.get(i);
            String gap = p.text().substring(t.get(i - 1).end(), w.start());
            boolean last = PersonRules.firstCharAfter(p.text(), w.end()) == ',';
            boolean body = NamingNounRules.COMPANY_NOUNS.contains(w.key()) || BODY_NOUNS.contains(w.key());
            if (!gap.equals(" ") || w.cap() && i == k + 1 || body && (i == k + 1 || last)) {
                return false; // "a supplier", "a unit of Okonjo", "a cement maker": a body's apposition
            }
            if (last) {
                if (gaz.orgHead.test(w) || i + 1 >= t.size()) {
                    return false;
                }
                Token cue = t.get(i + 1);
                return !cue.cap() && gaz.cueVerb.test(cue) && !cue.key().endsWith("ing")
                        && p.text().substring(w.end(), cue.start()).equals(", ");
            }
        }
        return false;
    }

    /**
     * Rule "plural subject": "Mourners say", "Millennials argue": a word in -s before the plural form of a cue verb
     * (one whose -s form is a cue verb too) is a group of people, no one's surname ("Roe says").
     */
    boolean pluralSubject(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        String verb = t.get(run.to()).key();
        return t.get(run.to() - 1).key().endsWith("s") && !t.get(run.to() - 1).possessive()
                && gaz.cueVerbs.contains(verb + "s");
    }

    /** Nouns of a person's office or bid after a surname: "the Okafor administration", "the Ashford era". */
    static final Set<String> TENURE_NOUNS = WordSet.of("administration", "administrations", "presidency",
            "era", "campaign", "campaigns", "camp", "years", "appointee", "appointees", "aides", "loyalists",
            "supporters", "doctrine");

    /**
     * Rule "surname before a tenure noun": "the Okafor administration", "the Ashford era", "the Halvorsen campaign"; a
     * candidate like "Garrity said", decided once the article is read (the word must be a proper noun there).
     */
    boolean tenure(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.from() < 1 || run.to() >= t.size()) {
            return false;
        }
        Token the = t.get(run.from() - 1);
        Token next = t.get(run.to());
        // not "the Ashford-Hedge years", "the African-American vote": one plain word
        return the.key().equals("the") && !next.cap() && TENURE_NOUNS.contains(next.key())
                && t.get(run.from()).text().indexOf('-') < 0
                && Gazetteer.joinable(p.text(), the, t.get(run.from())) && Gazetteer.joinable(p.text(), t.get(run.from()), next);
    }

    /** Rule "full name before a tenure noun": "the George W. Hedge administration", "the Jane Roe campaign". */
    boolean tenureOfName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        return run.size() >= 2 && gaz.givenName.test(t.get(run.from())) && run.to() < t.size()
                && TENURE_NOUNS.contains(t.get(run.to()).key()) && !t.get(run.to()).cap()
                && Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(run.to()));
    }

    /** Nouns of figures and papers a body keeps: "according to Census data", "according to Labor figures". */
    private static final java.util.Set<String> RECORD_NOUNS = WordSet.of("data", "figures", "statistics", "stats",
            "estimates", "records", "numbers", "polling", "polls", "survey", "surveys", "research", "analysis", "report",
            "reports", "documents", "filings", "calculations", "projections", "tallies", "counts", "results", "rankings",
            "study", "studies", "database", "models", "forecasts");

    /**
     * Rule "according to a source's records": "according to U.S. Census data", "according to Halvex Bureau figures": the
     * name only qualifies the records that are the source; "according to" then says nothing of a person.
     */
    private static boolean sourcesRecords(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        return run.to() < t.size() && !t.get(run.to()).cap() && RECORD_NOUNS.contains(t.get(run.to()).key())
                && !t.get(run.to() - 1).possessive() && Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(run.to()));
    }

    /** ",” said Jane Doe" or "according to Jane Doe". */
    boolean cueBefore(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.from() < 1) {
            return false;
        }
        Token prev = t.get(run.from() - 1);
        boolean spaced = Gazetteer.joinable(p.text(), prev, t.get(run.from()));
        if (spaced && prev.key().equals("to") && run.from() >= 2 && t.get(run.from() - 2).key().equals("according")) {
            return !sourcesRecords(p, run);
        }
        return spaced && !prev.cap() && gaz.cueVerb.test(prev)
                && (run.from() < 2 || !PersonRules.punctuationFree(p.text(), t.get(run.from() - 2), prev));
    }
}
