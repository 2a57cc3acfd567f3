package newsgen.extract;

/** Where the cue verb of a quotation is: after it ("…,” X said / said X), or before it in its sentence. */
final class Cues {
    /** "according to X": a cue whose subject follows it, even capitalised at the start of a sentence. */
    static final String ACCORDING = "according";
    /** How many words after a quotation a cue verb may stand ("…,” the head of the port authority, X, posted"). */
    private static final int REACH_AFTER = 15;
    /**
     * How far when a name opens the words after the quotation, its apposition long ("“…” Jane Roe, the Republican
     * attorney general of Oklahoma, one of the states suing the agency, said").
     */
    private static final int REACH_AFTER_NAME = 30;

    /**
     * A cue verb found.
     *
     * @param verb      its token in the paragraph
     * @param verbFirst it comes right after the quotation, before its subject ("…,” said X)
     */
    record Cue(int verb, boolean verbFirst) {
    }

    private Cues() {
    }

    /** A cue verb within the words after the closing mark, before the clause ends, or null. */
    static Cue after(QuoteFinder.Span q) {
        TokenReader r = new TokenReader(q.end());
        String s = q.end().text();
        if (q.close() >= s.length()) {
            return null;
        }
        if (titleAfterPreposition(q)) {
            return null;
        }
        char last = q.text().charAt(q.text().length() - 1);
        int close = q.close();
        int joined = joinedFragment(s, close);
        if (joined > 0) {
            // "Guns are “a crisis” and “stunt growth,” Jane Roe said": the verb after the second is the first's too
            close = joined;
            last = ',';
        }
        int next = r.skipSpacesAndMarks(close + 1);
        int first = r.tokenAt(close + 1);
        if (next >= s.length() || (last == '.' && Character.isUpperCase(s.charAt(next)) && !shortAttribution(r, first))) {
            return null; // a new sentence starts: nothing after a full stop introduces the quotation before it
        }
        if (first < r.size() && SUBORDINATORS.contains(r.token(first).key()) && !r.token(first).cap()) {
            return null; // "… footage of Roe saying, “That makes me smart,” when Doe blasted him": a clause of its own
        }
        if (first + 2 < r.size() && r.token(first).key().equals("a") && !r.token(first).cap()
                && r.token(first + 1).text().endsWith("\u00e9") && Gazetteer.get().cueVerb.test(r.token(first + 1))) {
            // "« … », a déclaré Claire Dubois": French "a" and a participle in -é come first, as "said" does ("a" is
            // no determiner here; an English "a declared candidate" is written without the accent)
            return new Cue(first + 1, true);
        }
        int reach = namedApposition(r, first) ? REACH_AFTER_NAME : REACH_AFTER;
        for (int k = first; k < r.size() && k - first < reach; k++) {
            if (k > first && r.endsClause(k - 1) && !nicknameMark(s, r, k - 1) && !titleInApposition(s, r, first, k - 1)) {
                return null;
            }
            if (r.isCueVerb(k)) {
                String key = r.token(k).key();
                if (k == first && adjectiveBeforeName(r, k, first + reach)) {
                    continue; // "“…,” alleged victim Jane Roe told the court": "alleged" describes; "told" is the cue
                }
                if (k == first && key.endsWith("ing") && !key.equals(ACCORDING)) {
                    return null; // "''historic'' saying ''…''": a participle introduces what follows, not what went before
                }
                return new Cue(k, k == first);
            }
        }
        return null;
    }

    /** Words after which an "-ed" cue word is a verb, not a describing word ("alleged by", "noted that"). */
    private static final java.util.Set<String> AFTER_VERB = WordSet.of("by", "to", "that", "in", "on", "at", "as", "the",
            "a", "an", "his", "her", "their", "its", "with", "for", "of", "from", "this", "these", "those", "up",
            "back", "out", "again", "later", "then", "also", "once", "earlier", "today", "yesterday", "recently");

    /**
     * Rule "describing participle": "“…,” alleged victim Jane Roe told the court", "“…,” noted economist Jane Roe said
     * later": an "-ed" cue word right after the quotation, a lowercase noun after it, then a name and another cue verb
     * in the same clause: the first describes the speaker and the later one is the cue. Without the later verb
     * ("“…,” noted economist Jane Roe.") the first stays the cue.
     */
    private static boolean adjectiveBeforeName(TokenReader r, int k, int limit) {
        if (!r.token(k).key().endsWith("ed") || k + 2 >= r.size() || r.token(k + 1).cap() || !r.joined(k)
                || AFTER_VERB.contains(r.token(k + 1).key()) || r.isCueVerb(k + 1)) {
            return false;
        }
        boolean named = false;
        for (int m = k + 2; m < r.size() && m < limit; m++) {
            if (r.endsClause(m - 1)) {
                return false;
            }
            if (r.token(m).cap()) {
                named = true;
            } else if (named && r.isCueVerb(m)) {
                return true;
            } else if (!named) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions that may open a sentence before the title of a programme, book or film ("On “Morning Desk,”"). */
    private static final java.util.Set<String> TITLE_PREPOSITIONS = WordSet.of("on", "in", "at", "from", "during");
    /** The length of the longest of {@link #TITLE_PREPOSITIONS}; lower case never makes a text shorter. */
    private static final int LONGEST_TITLE_PREPOSITION = TITLE_PREPOSITIONS.stream().mapToInt(String::length).max().orElse(0);

    /** How many words a title after a preposition may have. */
    private static final int TITLE_WORDS = 6;

    /**
     * Rule "title after a preposition": "On “Morning Desk,” Sen. Jane Roe said …": a quotation of one to six
     * capitalised words (small words aside) right after a preposition opening its sentence names a programme, a book
     * or a film; the cue verb after it reports something else, not these words.
     */
    private static boolean titleAfterPreposition(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (p != q.end()) {
            return false;
        }
        String s = p.text();
        int sentence = p.sentenceOf(q.open()).start();
        // the words between as strip() leaves them, cut only when short enough to be one preposition: this runs for
        // every quotation, and the sentence before one is mostly long
        int a = sentence;
        int b = q.open();
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        if (b - a > LONGEST_TITLE_PREPOSITION
                || !TITLE_PREPOSITIONS.contains(s.substring(a, b).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return titleWords(q.text());
    }

    /** Whether {@code text} is one to six words, capitalised but for small words, the first capitalised. */
    private static boolean titleWords(String text) {
        String[] words = text.replaceAll("[,.!?]+$", "").split("\\s+");
        if (words.length == 0 || words.length > TITLE_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }

    /** Small words a title writes in lowercase ("Meet the Press", "Game of Thrones"). */
    private static final java.util.Set<String> SMALL_WORDS = WordSet.of("the", "a", "an", "of", "and", "in", "on", "to",
            "for", "at", "with", "by", "or");

    /** How many words a nickname inside a name may have ("Dwayne “The Hammer” Okafor"). */
    private static final int NICKNAME_WORDS = 3;

    /**
     * Rule "nickname inside a name": whether the only thing between tokens {@code j} and {@code j + 1} is the opening
     * or closing mark of one to three capitalised words quoted between two capitalised words ("“…!” state Del.
     * Marcia “Cia” Hollins shouted"): a name runs on, no clause ends there.
     */
    private static boolean nicknameMark(String s, TokenReader r, int j) {
        int open = -1;
        for (int a = j; a >= 0 && j - a <= NICKNAME_WORDS; a--) {
            if (gapIsMarkAndSpace(s, r, a, true)) {
                open = a;
                break;
            }
        }
        if (open < 0 || !r.token(open).cap()) {
            return false;
        }
        for (int b = open + 1; b < r.size() - 1 && b - open <= NICKNAME_WORDS; b++) {
            if (!r.token(b).cap()) {
                return false;
            }
            if (b > open + 1 && !gapIsSpace(s, r, b - 1)) {
                return false;
            }
            if (gapIsMarkAndSpace(s, r, b, false)) {
                return (j == open || j == b) && r.token(b + 1).cap();
            }
        }
        return false;
    }

    /** How many words a title quoted inside an apposition may have ("wearing “Vote Roe” pins"). */
    private static final int APPOSITION_TITLE_WORDS = 4;

    /**
     * Rule "title inside an apposition": "“…,” Texas delegate Bill Roe, wearing a cowboy hat and “Vote Doe” campaign
     * pins, said": whether the only thing between tokens {@code j} and {@code j + 1} is the opening or closing mark of
     * one to four capitalised words (small words aside) quoted between lowercase words of the apposition after a
     * name: a slogan or title the person wears or holds, not a new quotation, so the clause runs on to the verb.
     */
    private static boolean titleInApposition(String s, TokenReader r, int first, int j) {
        int open = -1;
        for (int a = j; a >= 0 && j - a <= APPOSITION_TITLE_WORDS; a--) {
            if (gapIsMarkAndSpace(s, r, a, true)) {
                open = a;
                break;
            }
        }
        if (open < 0 || r.token(open).cap() || !nameThenComma(r, first, open)) {
            return false; // "and “Vote Doe”": a lowercase word before the opening mark, not a name running on
        }
        for (int b = open + 1; b < r.size() - 1 && b - open <= APPOSITION_TITLE_WORDS; b++) {
            if (!r.token(b).cap() && !SMALL_WORDS.contains(r.token(b).key()) || b > open + 1 && !gapIsSpace(s, r, b - 1)) {
                return false;
            }
            if (gapIsMarkAndSpace(s, r, b, false)) {
                return (j == open || j == b) && r.token(open + 1).cap() && !r.token(b + 1).cap();
            }
        }
        return false;
    }

    /** Whether a capitalised word and a comma ("Bill Roe,") stand among tokens {@code from} to {@code to}: an apposition opened. */
    private static boolean nameThenComma(TokenReader r, int from, int to) {
        for (int k = from; k < to; k++) {
            if (r.token(k).cap() && r.charAfter(r.token(k).end()) == ',' && !r.token(k).possessive()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text between tokens {@code k} and {@code k + 1} is a space and an opening mark, or a closing one and a space. */
    private static boolean gapIsMarkAndSpace(String s, TokenReader r, int k, boolean opening) {
        if (k + 1 >= r.size()) {
            return false;
        }
        int from = r.token(k).end();
        int to = r.token(k + 1).start();
        if (to - from != 2) {
            return false;
        }
        char mark = opening ? s.charAt(from + 1) : s.charAt(from);
        char space = opening ? s.charAt(from) : s.charAt(from + 1);
        return space == ' ' && (opening ? QuoteMarks.isDoubleOpen(mark) || mark == '"' : QuoteMarks.isDoubleClose(mark) || mark == '"');
    }

    private static boolean gapIsSpace(String s, TokenReader r, int k) {
        return r.token(k + 1).start() - r.token(k).end() == 1 && s.charAt(r.token(k).end()) == ' ';
    }

    /** Words opening a clause of its own after a quotation, whose verb reports something else ("…,” when X asked). */
    private static final java.util.Set<String> SUBORDINATORS = WordSet.of("when", "after", "before", "because", "while",
            "if", "since", "until", "although", "though", "whereas", "once", "unless");

    /** How many characters a quotation joined to the one before by "and" may have. */
    private static final int JOINED_LENGTH = 120;

    /**
     * "“…” and “…,”": the closing mark of a quotation right after {@code close}, joined to it by "and" or "or" and
     * ending in a comma; -1 when the words after {@code close} are not so.
     */
    private static int joinedFragment(String s, int close) {
        int i = close + 1;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int word = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        String w = s.substring(word, i);
        if (!(w.equals("and") || w.equals("or")) || i + 1 >= s.length() || s.charAt(i) != ' '
                || !QuoteMarks.isOpening(s, i + 1)) {
            return -1;
        }
        int open = i + 1;
        for (int j = open + 1; j < s.length() && j - open < JOINED_LENGTH; j++) {
            char c = s.charAt(j);
            if (QuoteMarks.isDoubleOpen(c)) {
                return -1;
            }
            if (QuoteMarks.isDoubleClose(c) || c == '"') {
                return s.charAt(j - 1) == ',' || j + 1 < s.length() && s.charAt(j + 1) == ',' ? j : -1;
            }
        }
        return -1;
    }

    /** Days and months: "“CBS This Morning” Monday, Roe …" opens no apposition. */
    private static final java.util.Set<String> CALENDAR = CalendarWords.daysAndMonthsAnd("today", "yesterday");

    /** Words that may follow the verb of a short attribution: a time or a place ("Roe said on Monday."). */
    private static final java.util.Set<String> AFTER_SHORT = WordSet.of("on", "in", "at", "during", "after",
            "before", "later", "then", "again", "yesterday", "today", "tonight", "this", "last", "while", "when", "as");

    /**
     * "“… win.” Lund said." / "“….” Mr. Oakes added.": a quotation closed by a full stop, then a sentence of only a
     * name (a determiner and a title allowed) and a cue verb, ending there or with a time or place; the writer's
     * comma lost, the verb still says who spoke.
     */
    private static boolean shortAttribution(TokenReader r, int first) {
        int k = first;
        if (k < r.size() && r.token(k).key().equals("the")) {
            k++;
        }
        int names = k;
        while (k < r.size() && k - names < 4 && r.token(k).cap() && (k == first || r.joined(k - 1) || !r.endsClause(k - 1))) {
            k++;
        }
        if (k == names || k >= r.size() || r.token(k).cap() || !r.isCueVerb(k) || r.token(k).key().endsWith("ing")
                || (k > first && r.endsClause(k - 1)) || !r.joined(k - 1)) {
            return false;
        }
        char after = r.charAfter(r.token(k).end());
        return after == '.' || after == '\0' || k + 1 < r.size() && r.joined(k) && AFTER_SHORT.contains(r.token(k + 1).key());
    }

    /**
     * Whether two or more capitalised words (or one that opens no sentence) open at token {@code first}, then a comma:
     * "Jane Roe, the …", "…,” Roe, the front-runner …".
     */
    private static boolean namedApposition(TokenReader r, int first) {
        int to = first;
        while (to < r.size() && to - first < 5 && r.token(to).cap() && (to == first || r.joined(to - 1))) {
            to++;
        }
        return (to - first >= 2 || to - first == 1 && !r.token(first).initial() && !CALENDAR.contains(r.token(first).key()))
                && to < r.size()
                && r.charAfter(r.token(to - 1).end()) == ',' && !r.token(to - 1).possessive();
    }

    /** The last cue verb before the opening mark in the same sentence (and after any earlier quotation), or -1. */
    static int before(QuoteFinder.Span q) {
        TokenReader r = new TokenReader(q.start());
        int sentenceStart = r.sentenceStart(q.open());
        for (int k = r.tokenAt(q.open()) - 1; k >= 0 && r.token(k).start() >= sentenceStart; k--) {
            if (k + 1 < r.size() && r.token(k + 1).start() < q.open()
                    && r.markBetween(r.token(k).end(), Math.min(r.token(k + 1).start(), q.open()))) {
                return -1; // an earlier quotation: its own cue is not this one's
            }
            if (r.isCueVerb(k)) {
                return k;
            }
        }
        return -1;
    }
}
