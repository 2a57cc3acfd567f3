package newsgen.extract;

/**
 * Organisation rules about acronyms: one defined in brackets after a name ("Alliance of Sahel States (AES)"), where its
 * letters start in the name, and an acronym nothing else explains. Split from {@link OrganizationRules}.
 */
final class AcronymRules {
    private final Gazetteer gaz = Gazetteer.get();

    /** "Alliance of Sahel States (AES)": the acronym in brackets right after a run, or null. */
    String acronymAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.to() >= t.size()) {
            return null;
        }
        Token a = t.get(run.to());
        boolean closed = a.end() < p.text().length() && p.text().charAt(a.end()) == ')';
        return closed && a.upper() && a.text().length() <= 8 && bracketAlone(p.text(), t.get(run.to() - 1).end(), a.start())
                ? a.text() : null;
    }

    /**
     * Whether {@code text[from, to)} is "(" alone once stripped of white space (as {@code String.strip} strips it): read
     * in place, where the gap cut out and stripped was a string or two for every run of every paragraph, asked twice.
     */
    static boolean bracketAlone(String text, int from, int to) {
        int brackets = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                brackets++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return brackets == 1;
    }

    /** The acronym's letters are the initials of the run's capitalised words, in order. */
    boolean initialsMatch(ArticleText.Para p, NameRuns.Run run, String acronym) {
        StringBuilder initials = new StringBuilder();
        StringBuilder everyWord = new StringBuilder(); // "Students for Fair Admissions (SFFA)" counts "for"
        for (int k = run.from(); k < run.to(); k++) {
            Token w = p.tokens().get(k);
            everyWord.append(Character.toUpperCase(w.text().charAt(0)));
            if (w.cap()) {
                initials.append(Character.toUpperCase(w.text().charAt(0)));
            }
        }
        String letters = acronym.replace(".", "");
        return initials.toString().equals(letters) || everyWord.toString().equals(letters);
    }

    /** Acronyms that name things, measures or times, not organisations (and Roman numerals, US state codes). */
    static final java.util.Set<String> THING_ACRONYMS = WordSet.copyOf(WordList.lines("thing-acronyms.txt"));

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]+");

    /**
     * A lone acronym (two to six capitals, dots allowed) that no gazetteer, definition or person explains, outside an
     * all-capitals line: most often an organisation in news ("MSNBC", "NAACP").
     */
    boolean unknownAcronym(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() != 1) {
            return false;
        }
        Token w = p.tokens().get(run.from());
        String bare = w.text().replace(".", "");
        if (!w.upper() || bare.length() < 2 || bare.length() > 6 || THING_ACRONYMS.contains(bare)
                || ROMAN.matcher(bare).matches() || !bare.chars().allMatch(Character::isLetter)) {
            return false;
        }
        // rule "currency prefix": "NZ$40 million", "HK$3 billion": capitals joined to a currency sign name the currency
        if (w.end() < p.text().length() && CURRENCY_SIGNS.indexOf(p.text().charAt(w.end())) >= 0) {
            return false;
        }
        int upper = 0;
        for (Token t : p.tokens()) {
            upper += t.upper() ? 1 : 0;
        }
        return upper * 2 < p.tokens().size() && p.kind() != newsgen.model.ParagraphKind.CREDIT;
    }

    /** Signs of currencies a country's letters are written before. */
    private static final String CURRENCY_SIGNS = "$€£¥₹";

    /** Single capitals joined by dots: "F.B.I", "G.O.P." (the sentence may have taken the last dot). */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){1,5}\\p{Lu}\\.?");

    /**
     * Rule "acronym written with dots": "the F.B.I. said", "G.O.P. leaders", "by the D.N.C.": some papers write every
     * acronym with dots, and the gazetteer knows it by its letters ("FBI"); single capitals joined by dots are read as
     * those letters. Returns what the gazetteer knows by them (an organisation, or a place: "U.S"), or null.
     */
    Gazetteer.Entry dotted(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() != 1) {
            return null;
        }
        String text = p.tokens().get(run.from()).text();
        return DOTTED.matcher(text).matches() ? gaz.lookup(text.replace(".", "")) : null;
    }

    /**
     * Rule "dateline town in capitals": "CHICO, Calif. -", "RYE, N.H. —": the word in capitals opening a dateline is
     * the town it was filed from ({@link TownRules#datelineTown}, which PlaceFinder names), no acronym of a body.
     */
    static boolean datelineTown(ArticleText.Para p, NameRuns.Run run) {
        return run.from() == 0 && TownRules.datelineTown(p, run) != null;
    }

    /** The run's one word as written, with the dot after it that the sentence's end took ("F.B.I" of "the F.B.I."). */
    static String withLastDot(ArticleText.Para p, NameRuns.Run run) {
        Token w = p.tokens().get(run.from());
        boolean dot = !w.text().endsWith(".") && w.end() < p.text().length() && p.text().charAt(w.end()) == '.';
        return dot ? w.text() + "." : w.text();
    }

    /**
     * Rule "abbreviation the article spells out": "the Department of Veterans Affairs … the VA hotline": a word in
     * capitals that the gazetteer reads as a place ("VA" for Virginia) is the organisation of this article whose name
     * ends in two or more capitalised words with those initials ("Veterans Affairs"). Not a state after its town
     * ("Columbia, S.C."), nor the place spelled out in the name ("N.Y." and "State University of New York").
     * Returns that organisation, or null when none or more than one fits.
     */
    static ActorDraft spelledOutBy(RunAt u, java.util.Collection<ActorDraft> orgs) {
        var p = u.para();
        Token word = p.tokens().get(u.run().from());
        String letters = word.text().replace(".", "");
        Gazetteer.Match place = p.matchAt(u.run().from());
        if (!word.upper() || letters.length() < 2 || letters.length() > 5 || place == null
                || Gazetteer.afterTownComma(p.tokens(), p.text(), u.run().from())) {
            return null;
        }
        ActorDraft found = null;
        for (ActorDraft d : orgs) {
            if (endsInInitials(d.name, letters) && !d.name.endsWith(place.entry().name())) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** Whether a word is capitals only, two at least: "AFT" (dots taken out before). */
    static boolean capitalsOnly(String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (letters.charAt(i) < 'A' || letters.charAt(i) > 'Z') {
                return false;
            }
        }
        return letters.length() >= 2;
    }

    /**
     * Whether the letters are the initials of a name's words: of its capitalised words ("Public Policy Institute of
     * California": PPIC), or of every word ("Coalition for Unity and Democracy" counts "for" in some acronyms).
     */
    static boolean spells(String name, String letters) {
        StringBuilder caps = new StringBuilder();
        StringBuilder every = new StringBuilder();
        // each word's first character, words parted by spaces and hyphens (asked for every pair of an article's
        // organisations, so no regular-expression split)
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((i == 0 || name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '-') && c != ' ' && c != '-'
                    && Character.isLetter(c)) {
                every.append(Character.toUpperCase(c));
                if (Character.isUpperCase(c)) {
                    caps.append(c);
                }
            }
        }
        return caps.toString().equals(letters) || every.toString().equals(letters);
    }

    /** Whether the last capitalised words of a name (two or more, small words between allowed) spell the letters. */
    private static boolean endsInInitials(String name, String letters) {
        String[] w = name.split(" ");
        StringBuilder initials = new StringBuilder();
        int words = 0;
        for (int k = w.length - 1; k >= 0 && initials.length() < letters.length(); k--) {
            if (w[k].isEmpty() || !Character.isUpperCase(w[k].charAt(0))) {
                if (!ACRONYM_SMALL_WORDS.contains(w[k])) {
                    return false;
                }
                continue;
            }
            initials.insert(0, w[k].charAt(0));
            words++;
        }
        return words >= 2 && initials.toString().equals(letters);
    }

    /** A North American broadcast call sign: K or W and two or three capitals, a band or service after a hyphen maybe. */
    private static final java.util.regex.Pattern CALL_SIGN = java.util.regex.Pattern.compile("[KW][A-Z]{2,3}(-(?:TV|FM|AM|DT))?");

    /** Lowercase words after a call sign that say it is a station: "WQRL radio", "the WQRL television station". */
    private static final java.util.Set<String> STATION_NOUNS = WordSet.of("radio", "station", "television", "tv",
            "affiliate", "newsradio");

    /**
     * Rule "broadcast call sign": "KQRL-TV reported", "on WQRL radio in Springfield": a call sign with its band
     * ("-TV", "-FM") or one before a station's noun names that station, even where the letters spell a word ("KING-TV").
     */
    boolean callSign(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() != 1) {
            return false;
        }
        java.util.regex.Matcher m = CALL_SIGN.matcher(t.get(run.from()).text());
        if (!m.matches()) {
            return false;
        }
        return m.group(1) != null || run.to() < t.size() && !t.get(run.to()).cap() && STATION_NOUNS.contains(t.get(run.to()).key())
                && Gazetteer.joinable(p.text(), t.get(run.from()), t.get(run.to()));
    }

    /** Capitals and a channel's number written as one word: "TVN24", "RTL7", "NTV24". */
    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile("\\p{Lu}{2,5}\\d{1,2}");

    private static boolean endsInDigit(String word) {
        char c = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
        return c >= '0' && c <= '9';
    }

    /** Verbs after a source that say it reported: "TVN24 reported", "NTV24 said". */
    private static final java.util.Set<String> REPORT_VERBS = WordSet.of("reported", "reports", "said", "says",
            "quoted", "aired", "broadcast", "showed", "shows", "cited");

    /** Words before a source that make it one: "told TVN24", "in an interview with RTL7", "on TVN24". */
    private static final java.util.Set<String> SOURCE_BEFORE = WordSet.of("told", "with", "on", "to", "by");

    /**
     * Rule "channel with its number": "he told TVN24", "NTV24 reported": capitals and a one- or two-digit number written
     * as one word, as a source (after "told", "with", "on", "by", "according to"; before "reported", "said", "aired")
     * is a broadcaster; elsewhere such words name a flight, a summit or a model ("MH17", "the G20").
     */
    boolean channelName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        // a word ending in an ASCII digit (what the pattern's \d matches) first: no matcher for the other words (this
        // is asked of most lone runs left over)
        if (run.size() != 1 || !endsInDigit(t.get(run.from()).text()) || !CHANNEL.matcher(t.get(run.from()).text()).matches()) {
            return false;
        }
        boolean before = run.from() > 0 && !t.get(run.from() - 1).cap() && SOURCE_BEFORE.contains(t.get(run.from() - 1).key())
                && Gazetteer.joinable(p.text(), t.get(run.from() - 1), t.get(run.from()));
        boolean after = run.to() < t.size() && !t.get(run.to()).cap() && REPORT_VERBS.contains(t.get(run.to()).key())
                && Gazetteer.joinable(p.text(), t.get(run.from()), t.get(run.to()));
        return before || after;
    }

    /**
     * Rule "word in capitals": "BOOM.", "UPDATE:", "WATCH:", "I have NEVER been": a word of four letters or more in
     * capitals that is an English word is the word set in capitals, not an acronym (three-letter ones are too often
     * both: "ORC", "UPS", "AFT"), unless the article defines it in brackets ("Citizens for Responsibility and Ethics in
     * Washington (CREW)").
     */
    boolean wordInCapitals(ArticleText text, ArticleText.Para p, NameRuns.Run run) {
        String word = p.tokens().get(run.from()).text();
        if (run.size() != 1 || word.length() < 4 || !EnglishWords.contains(word)) {
            return false;
        }
        for (ArticleText.Para q : text.paras) {
            if (q.text().contains("(" + word + ")")) {
                return false;
            }
        }
        return true;
    }

    /** Small lowercase words inside an organisation's name that its acronym may skip or keep ("Students for Fair …"). */
    private static final java.util.Set<String> ACRONYM_SMALL_WORDS = WordSet.of("to", "for", "of", "and", "the", "on",
            "against", "in", "with", "a");

    /**
     * Rule "acronym over small words": "Alliance to Reclaim Our Schools (AROS)", "Students for Fair Admissions
     * (SFFA)": the run before the brackets does not give the acronym's letters, but with the capitalised words and small
     * words before it (skipped or counted) it does. Returns where the name starts, or -1.
     */
    int acronymStart(ArticleText.Para p, NameRuns.Run run, String acronym) {
        var t = p.tokens();
        String letters = acronym.replace(".", "");
        for (int from = run.from() - 1; from >= 0 && run.from() - from <= 6; from--) {
            Token w = t.get(from);
            if (!Gazetteer.joinable(p.text(), w, t.get(from + 1)) || w.possessive() || !w.cap() && !ACRONYM_SMALL_WORDS.contains(w.key())) {
                return -1;
            }
            if (w.cap() && !w.initial() || w.cap() && w.initial() && gaz.orgHeads.contains(w.key())) {
                StringBuilder caps = new StringBuilder();
                StringBuilder all = new StringBuilder();
                for (int k = from; k < run.to(); k++) {
                    char c = Character.toUpperCase(t.get(k).text().charAt(0));
                    all.append(c);
                    if (t.get(k).cap()) {
                        caps.append(c);
                    }
                }
                if (caps.toString().equals(letters) || all.toString().equals(letters)) {
                    return from;
                }
            }
        }
        return -1;
    }
}
