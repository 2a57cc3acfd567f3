package newsgen.extract;

import java.util.List;

/**
 * Reads one paragraph as words and the characters between them, in the spirit of jsoup's CharacterReader: one
 * place that knows what a dot, a comma or a quotation mark between two words means, so that the speaker rules do
 * not each scan characters their own way. Abbreviations come from {@link Abbreviations} only: the dot of "said
 * Mr. Smith" or "Sen. Jones said" ends no clause.
 *
 * <p>Token positions are indexes into {@link ArticleText.Para#tokens()}; offsets are character offsets into
 * {@link ArticleText.Para#text()}. A reader holds no state beyond its paragraph, so it is made where needed.
 */
final class TokenReader {
    private final ArticleText.Para para;
    private final String text;
    private final List<Token> tokens;
    /**
     * The paragraph's characters ({@link ArticleText.Para#chars}), read instead of {@code text.charAt}: a call and a
     * bounds check of its own in gen's C1-compiled code on text beyond Latin-1, as most news is (~1% of
     * {@code gen extract}'s CPU samples in this class's scans, JFR).
     */
    private final char[] chars;

    TokenReader(ArticleText.Para para) {
        this.para = para;
        this.text = para.text();
        this.tokens = para.tokens();
        this.chars = para.chars();
    }

    ArticleText.Para para() {
        return para;
    }

    int size() {
        return tokens.size();
    }

    Token token(int k) {
        return tokens.get(k);
    }

    /** The token at {@code k}, or null outside the paragraph. */
    Token tokenOrNull(int k) {
        return k >= 0 && k < tokens.size() ? tokens.get(k) : null;
    }

    /** The first token that starts at or after {@code offset} (the size when none does). */
    int tokenAt(int offset) {
        // the starts strictly increase (tokens neither overlap nor are empty): where none is the offset, the search
        // names the first one past it
        int found = java.util.Arrays.binarySearch(para.starts(), offset);
        return found >= 0 ? found : -found - 1;
    }

    static int firstTokenAt(List<Token> t, int offset) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many tokens start between the two offsets. */
    int wordsBetween(int from, int to) {
        return Math.max(0, tokenAt(to) - tokenAt(from));
    }

    /** Offset where the sentence holding {@code offset} starts. */
    int sentenceStart(int offset) {
        return para.sentenceOf(offset).start();
    }

    /**
     * Whether a clause ends between tokens {@code k} and {@code k + 1}: a full stop, "!", "?", ";" or a quotation
     * mark. A dot right after an abbreviation or an initial ("Mr.", "Sen.", "J.") ends nothing.
     */
    boolean endsClause(int k) {
        Token a = tokens.get(k);
        int to = tokens.get(k + 1).start();
        for (int i = a.end(); i < to; i++) {
            char c = chars[i];
            if (c == '.' && (i == a.end() && !a.possessive() && Abbreviations.keepsSentence(a.text())
                    || i + 1 < to && (chars[i + 1] == ')' || chars[i + 1] == ','))) {
                continue; // "Mr.", "Sen.", "J."; "(D-Nev.)" closes a bracket, "R-Ky., said" goes on: no full stop
            }
            if (c == '.' && i == a.end() && i + 1 == to && (!tokens.get(k + 1).cap() || tokens.get(k + 1).text().length() == 1)) {
                continue; // "fivethirtyeight.com tweeted": a dot inside a web address; "(D-N.Y.) said": inside initials
            }
            if ((c == '\u2019' || c == '\'') && i == a.end() && (a.text().endsWith("s") || a.text().endsWith("S")) && i + 1 < to
                    && Character.isWhitespace(chars[i + 1]) && !tokens.get(k + 1).cap()) {
                continue; // "Jon Roe, Hollis’ campaign manager, said": a plural's possessive, no closing mark
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || QuoteMarks.isMark(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation mark (not an apostrophe inside a word) stands between the two offsets. */
    boolean markBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuoteMarks.isMark(chars[i]) && !QuoteMarks.isInWord(text, i) && !pluralPossessive(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hollis’ senior adviser", "the states' rights", "the SCOTUS’ deadlock": an apostrophe after a plural's s, before
     * a lowercase word.
     */
    private boolean pluralPossessive(int i) {
        char c = chars[i];
        return (c == '\u2019' || c == '\'') && i > 1 && (chars[i - 1] == 's' || chars[i - 1] == 'S')
                && Character.isLetter(chars[i - 2])
                && i + 2 < chars.length && chars[i + 1] == ' ' && Character.isLowerCase(chars[i + 2]);
    }

    /** Whether only spaces (and hyphens) stand between tokens {@code k} and {@code k + 1}. */
    boolean joined(int k) {
        return PersonRules.punctuationFree(text, tokens.get(k), tokens.get(k + 1));
    }

    /** The first character that is not white space at or after {@code offset}, or '\0'. */
    char charAfter(int offset) {
        int k = offset;
        while (k < chars.length && Character.isWhitespace(chars[k])) {
            k++;
        }
        return k < chars.length ? chars[k] : '\0';
    }

    /** The last character that is not white space before {@code offset}, or '\0'. */
    char charBefore(int offset) {
        int k = offset - 1;
        while (k >= 0 && Character.isWhitespace(chars[k])) {
            k--;
        }
        return k >= 0 ? chars[k] : '\0';
    }

    /** Offset of the first character at or after {@code k} that is no space, comma or quotation mark. */
    int skipSpacesAndMarks(int k) {
        while (k < chars.length && (Character.isWhitespace(chars[k]) || chars[k] == ','
                || QuoteMarks.isMark(chars[k]))) {
            k++;
        }
        return k;
    }

    /** Whether a letter or digit stands between the two offsets. */
    boolean wordBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetterOrDigit(chars[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a cue verb as written in running text ("said", "added"; "According" too). */
    boolean isCueVerb(int k) {
        Token w = tokens.get(k);
        if (!Gazetteer.get().cueVerb.test(w)) {
            // "Roe fired back: “…”", "hit back", "shot back": a verb of striking with "back" answers in words
            return !w.cap() && BACK_VERB.test(w) && k + 1 < tokens.size() && tokens.get(k + 1).key().equals("back")
                    && joined(k);
        }
        if (w.key().equals("identified") && k + 1 < tokens.size() && tokens.get(k + 1).key().equals("as")
                || w.key().equals("identified") && k + 2 < tokens.size() && tokens.get(k + 1).key().equals("only")) {
            return false; // rule "known as": "a woman identified only as Amina told" names her, says nothing
        }
        if (w.cap() && !w.initial()) {
            // "“…” Roe, the head of the group, Tweeted on Friday": a past verb set in capitals after an apposition's
            // comma, a lowercase word after it (", Said Hamid," is a name)
            return k > 0 && k + 1 < tokens.size() && w.key().endsWith("ed") && !tokens.get(k + 1).cap()
                    && charBefore(w.start()) == ',' && !w.upper();
        }
        if (w.cap() && !w.key().equals(Cues.ACCORDING)) {
            // "Said Fenwick, “…”", "Stated Flint:": a cue verb opening its sentence before a name
            return w.initial() && k + 1 < tokens.size() && tokens.get(k + 1).cap() && joined(k)
                    && !w.key().endsWith("ing") && !w.key().endsWith("s");
        }
        // "Halvorsen's remarks", "the reports", "his claims": a noun after a possessive or determiner, no verb
        Token before = k > 0 ? tokens.get(k - 1) : null;
        if (before != null && (before.possessive() && joined(k - 1)
                || NOUN_MARKER.test(before) && joined(k - 1) && !(before.cap() && NEVER_NOUNS.contains(w.key()))
                || before.end() < w.start() && pluralPossessive(before.end()))) {
            return false; // also "Hollis’ comments": a plural's possessive before the word
        }
        if (PLURAL_NOUN.test(w) && !(before != null && SUBJECT_PRONOUNS.contains(before.key()) && joined(k - 1))) {
            // ("what it calls “…”", "as he notes": a subject pronoun right before makes the word its verb)
            // "his anti-Muslim remarks", "Spade's over-the-top comments": a plural noun a few describing words after
            for (int i = k - 1; i >= 1 && k - i <= 4 && joined(i - 1) && !tokens.get(i).cap(); i--) {
                Token m = tokens.get(i - 1);
                if (m.possessive() || NOUN_MARKER.test(m) && !m.key().equals("that") && !m.key().equals("of")) {
                    return false;
                }
                if (Gazetteer.get().cueVerb.test(tokens.get(i))) {
                    break;
                }
            }
        }
        return true;
    }

    /** Verbs that answer in words when "back" follows them ("fired back", "hit back", "pushed back"). */
    private static final java.util.Set<String> BACK_VERBS = WordSet.of("fired", "fires", "firing", "hit", "hits",
            "hitting", "shot", "shoots", "pushed", "pushes", "pushing", "struck", "strikes", "striking", "snapped", "lashed",
            "lashes", "lashing", "punched", "swung", "wrote", "writes");

    /** Pronouns that are a verb's subject, never a noun's describing word. */
    private static final java.util.Set<String> SUBJECT_PRONOUNS = WordSet.of("he", "she", "it", "they", "we", "i",
            "you", "who");

    /** Cue words that are as often plural nouns ("his anti-Muslim remarks"). */
    private static final java.util.Set<String> PLURAL_NOUNS = WordSet.of("remarks", "comments", "claims", "calls",
            "notes", "reports", "tweets", "posts", "demands", "pledges", "promises", "threats", "jokes", "quips", "labels",
            "blasts", "praises", "statements", "warnings", "complaints", "denials", "responses", "replies", "answers");

    /**
     * Cue verbs no marker turns into a noun: after a capitalised marker word they are verbs, the word a surname that is
     * also an English word ("“…,” From said" of Jane From).
     */
    private static final java.util.Set<String> NEVER_NOUNS = WordSet.of("said", "told", "wrote", "added", "says",
            "tells", "writes", "adds");

    /** Words after which a cue word ("remarks", "reports", "calls") is a noun. */
    private static final java.util.Set<String> NOUN_MARKERS = WordSet.of("the", "a", "an", "his", "her", "its",
            "their", "our", "my", "your", "these", "those", "this", "that", "such", "whose", "of", "recent", "latest",
            // "in states with more diverse electorates": no verb follows a preposition ("to say" is not one of these)
            "in", "across", "among", "from", "into", "several", "many", "other", "some", "both");

    /**
     * The sets above as {@link WordFact}s, answered once per distinct word: {@link #isCueVerb} asks them of most
     * tokens. Declared after the sets, which they read.
     */
    private static final WordFact BACK_VERB = WordFact.keyIn(BACK_VERBS);
    private static final WordFact PLURAL_NOUN = WordFact.keyIn(PLURAL_NOUNS);
    private static final WordFact NOUN_MARKER = WordFact.keyIn(NOUN_MARKERS);
}
