package newsgen.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s in one linear pass; apostrophes and hyphens inside a word stay in it. */
final class Tokenizer {
    private Tokenizer() {
    }

    /**
     * The words of the text. The characters are read from an array, not by {@code String.charAt}: gen runs C1-compiled
     * code only, where each {@code charAt} is a call of its own, and those calls were ~40% of tokenizing (JFR).
     */
    static List<Token> tokens(String text, List<Sentences.Span> sentences) {
        return tokens(text, text.toCharArray(), sentences);
    }

    /** As {@link #tokens(String, List)}, given the text's characters. */
    static List<Token> tokens(String text, char[] t, List<Sentences.Span> sentences) {
        // about one word in six characters: the list seldom grows
        List<Token> out = new ArrayList<>(Math.max(10, t.length / 6));
        Words words = Words.THREADS.get(); // once a text, not once a word
        int n = t.length;
        int sentence = 0;
        int prevEnd = 0;
        boolean seenWordInSentence = false;
        int i = 0;
        while (i < n) {
            char c = t[i];
            if (!letterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            int j = i + 1;
            // whether a hyphen joins the word's parts: only then can splitPoint or prefixPoint find one
            boolean hyphenated = false;
            // the hash of t[start, j) as String.hashCode makes it, for the Words' look-up: computed as the word is read,
            // where a second loop over its characters was ~1% of gen extract's CPU samples (JFR)
            int hash = c;
            while (j < n) {
                char d = t[j];
                if (d < 0x80 ? (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9')
                        : d < 0x100 ? LATIN1_LETTER_OR_DIGIT[d]
                        : !punctuation(d) && (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK)) {
                    hash = 31 * hash + d;
                    j++;
                } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2011')
                        && j + 1 < n && letterOrDigit(t[j + 1])) {
                    hyphenated |= d == '-' || d == '\u2011';
                    hash = 31 * (31 * hash + d) + t[j + 1];
                    j += 2;
                } else if (d == '.' && j + 1 < n && upperCase(t[j + 1])
                        && upperCase(t[j - 1]) && (j - 1 == start || t[j - 2] == '.')) {
                    // U.S., U.N.: an initialism keeps its dots, the last one included
                    hash = 31 * (31 * hash + d) + t[j + 1];
                    j += 2;
                    if (j < n && t[j] == '.') {
                        hash = 31 * hash + '.';
                        j++;
                    }
                } else {
                    break;
                }
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).start() <= start) {
                sentence++;
                seenWordInSentence = false;
            }
            boolean afterOpenQuote = start > 0 && QuoteMarks.isMark(t[start - 1]) && QuoteMarks.isOpening(text, start - 1);
            // Most words have no hyphen: looking for one again in each word's characters was ~0.4% of
            // gen extract's CPU samples (JFR)
            int hyphen = !hyphenated ? -1 : upperCase(c) ? splitPoint(text, t, start, j) : prefixPoint(text, t, start, j);
            if (hyphen > 0) {
                // "France-supported", "mid-July": the name part is a word of its own, the lowercase part another
                add(words, out, text, t, start, hyphen, prevEnd, !seenWordInSentence || afterOpenQuote, NO_HASH, 0);
                add(words, out, text, t, hyphen + 1, j, hyphen, false, NO_HASH, 0);
            } else {
                add(words, out, text, t, start, j, prevEnd, !seenWordInSentence || afterOpenQuote, j, hash);
            }
            seenWordInSentence = true;
            prevEnd = j;
            i = j;
        }
        return out;
    }

    /**
     * Offset of the hyphen in "Sahel-based" (capitalised part, then a lowercase word that describes), else -1.
     * A lowercase part that is no such word stays in the name: "Seung-woo", "Ji-ho" are given names.
     */
    private static int splitPoint(String text, char[] t, int start, int end) {
        if (!Character.isUpperCase(t[start])) {
            return -1;
        }
        for (int k = start + 1; k < end - 1; k++) {
            char d = t[k];
            if ((d == '-' || d == '\u2011') && Character.isLowerCase(t[k + 1])) {
                return describing(text.substring(k + 1, end)) ? k : -1;
            }
        }
        return -1;
    }

    /** Lowercase words after a hyphen that make a name an adjective ("-based", "-led", "-born", "-era"). */
    private static final java.util.Set<String> DESCRIBING = WordSet.of("born", "style", "wide", "made", "era",
            "owned", "run", "free", "like", "only", "bound", "type", "level", "scale", "class", "friendly", "centric",
            "specific", "proof", "linked", "backed", "listed", "inspired", "focused", "area", "zone", "year",
            "old", "long", "time", "sized", "size", "speaking", "majority", "minority", "led", "based");

    /** English words that link two names into a compound, not one name: "Washington-to-English", "Editor-in-Chief". */
    private static final java.util.Set<String> COMPOUND_LINKS = WordSet.of("to", "as", "and", "or", "in", "at", "for",
            "by", "of", "the", "with", "over", "vs", "into");

    private static boolean describing(String rest) {
        int cut = rest.indexOf('-');
        if (cut > 0 && cut <= 4 && cut + 1 < rest.length() && Character.isUpperCase(rest.charAt(cut + 1))
                && !COMPOUND_LINKS.contains(rest.substring(0, cut))) {
            return false; // rule "particle inside a name": "Jaish-e-Mohammed", "Stratford-upon-Avon", "Rostov-on-Don"
        }
        String w = rest.toLowerCase(java.util.Locale.ROOT);
        String first = cut > 0 ? w.substring(0, cut) : w;
        return first.endsWith("ed") || first.endsWith("ing") || first.endsWith("en") || first.endsWith("ist")
                || first.endsWith("ian") || first.endsWith("ese") || first.endsWith("ic") || first.endsWith("al")
                || DESCRIBING.contains(first) || cut > 0;
    }

    /** Lowercase prefixes joined to a name by a hyphen ("mid-July", "pro-Russian", "ex-Chelsea"); "al-Qaeda" is not one. */
    private static final java.util.Set<String> PREFIXES = WordSet.of("mid", "pro", "anti", "ex", "non", "post",
            "pre", "neo", "pan", "trans", "inter", "sub", "ultra", "semi", "quasi", "multi", "cross", "then", "early", "late");

    /** Offset of the hyphen in "mid-July" (a known lowercase prefix, then a capitalised part), else -1. */
    private static int prefixPoint(String text, char[] t, int start, int end) {
        for (int k = start + 1; k < end - 1 && k - start <= 5; k++) {
            char d = t[k];
            if (d == '-' || d == '\u2011') {
                return Character.isUpperCase(t[k + 1]) && PREFIXES.contains(text.substring(start, k)) ? k : -1;
            }
        }
        return -1;
    }

    /** Arabic article or particle and a hyphen before a capitalised name: "al-Sudani", "el-Sisi", "bin-Laden". */
    private static final java.util.Set<String> PARTICLES = WordSet.of("al", "el", "ad", "ash", "as", "at", "an",
            "ar", "az", "bin", "ibn", "abu", "abd");

    private static boolean particleName(String w) {
        int h = w.indexOf('-');
        return h > 0 && h <= 3 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1))
                && PARTICLES.contains(w.substring(0, h));
    }

    /** {@link #add}'s {@code hashEnd} when no hash is given. */
    private static final int NO_HASH = -1;

    /** Adds the token t[start, end); {@code hash} is the hash of t[start, hashEnd), computed again for another range. */
    private static void add(Words words, List<Token> out, String text, char[] t, int start, int end, int prevEnd,
                            boolean initial, int hashEnd, int hash) {
        boolean possessive = end - start > 2 && t[end - 1] == 's' && (t[end - 2] == '\'' || t[end - 2] == '\u2019');
        int baseEnd = possessive ? end - 2 : end;
        int slot = baseEnd == hashEnd ? words.slot(hash) : words.slot(t, start, baseEnd);
        Word word = words.word(slot, t, start, baseEnd);
        if (word == null) {
            word = word(text, t, start, baseEnd);
            words.keep(slot, t, start, baseEnd, word);
        }
        boolean spaced = !out.isEmpty() && onlySpaces(t, prevEnd, start);
        out.add(new Token(start, end, word.text, word.key, word.cap, word.upper, possessive, spaced, initial, word));
    }

    /**
     * The word t[start, end) with its key and its shape, all of them its characters' alone: made once for a word the
     * {@link Words} keep. Reading its characters again for every token of a word met before was ~4% of
     * {@code gen extract}'s CPU samples (this loop and its Character calls, JFR).
     */
    private static Word word(String text, char[] t, int start, int end) {
        String base = text.substring(start, end);
        char first = t[start];
        boolean cap = first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first) || Character.isTitleCase(first);
        cap = cap || hyphenNear(t, start, end) && particleName(base);
        int letters = 0;
        boolean upper = true;
        boolean ascii = true;
        boolean capitals = false;
        for (int k = start; k < end; k++) {
            char d = t[k];
            if (d < 0x80) {
                boolean capital = d >= 'A' && d <= 'Z';
                if (capital || d >= 'a' && d <= 'z') {
                    letters++;
                    upper &= capital;
                    capitals |= capital;
                }
            } else {
                ascii = false;
                if (Character.isLetter(d)) {
                    letters++;
                    upper &= Character.isUpperCase(d);
                }
            }
        }
        // An ASCII word's key is the word in lower case: Slugs.fold's scans and replacements found nothing more to
        // do in most words, and were a quarter of tokenizing (JFR).
        String key = !ascii ? Slugs.fold(base) : capitals ? lowerAscii(t, start, end) : base;
        return new Word(base, key, cap, upper && letters >= 2);
    }

    /**
     * Each thread's last words and their keys, by their characters, so that a word met again ("the", "said", a name)
     * is the same string as before and its key is not made again: the words' strings were ~0.4 GB of a cold build's
     * allocations (10,164 articles, JFR). A set of two slots holds the last two words that fell in it. Texts are values,
     * and which copy a token holds changes nothing else.
     */
    private static final class Words {
        static final ThreadLocal<Words> THREADS = ThreadLocal.withInitial(Words::new);
        /**
         * Sets of two slots: a word falls in one set by its hash and is kept in either slot. With one slot to each of
         * 4,096 places, a word met again had lost its place to another for ~7.8% of tokens, and was made and asked its
         * facts again; two to a set over the same slots, ~3.4% (3,000 bench articles, simulated). Four times the slots
         * with one each did as well, but its 768 KB of characters made the look-up itself slower (JFR).
         */
        private static final int SETS = 1 << 11;
        private static final int SLOTS = SETS * 2;
        /** Longer words are seldom met again: not kept. */
        private static final int LONGEST = 24;
        /**
         * The kept words' characters, slot after slot, {@link #LONGEST} to a slot: one array of 196 KB. Each word in an
         * array of its own, scattered over the heap, made each look-up a cache miss before its first character was
         * compared (~3% of {@code gen extract}'s CPU in that comparison loop, perf).
         */
        final char[] chars = new char[SLOTS * LONGEST];
        /**
         * Each kept word's full hash, which tells most other words apart before their characters are compared, and its
         * length: the hash in the high 32 bits, the length in the low ones; 0 for an empty slot (no word is empty).
         */
        final long[] heads = new long[SLOTS];
        /** The kept words, with their keys and the {@link WordFact}s asked of them so far. */
        final Word[] words = new Word[SLOTS];
        /** The hash of the word last given to {@link #slot}. */
        private int hash;

        /** The first slot of the word's set; the second is the next. */
        int slot(char[] t, int from, int to) {
            int h = 0;
            for (int k = from; k < to; k++) {
                h = 31 * h + t[k];
            }
            return slot(h);
        }

        /** As above, for the word's hash as {@code String.hashCode} makes it. */
        int slot(int h) {
            hash = h;
            return ((h ^ (h >>> 16)) & (SETS - 1)) << 1;
        }

        private long head(int length) {
            return (long) hash << 32 | length;
        }

        /** The word t[from, to) kept in the set that starts at the slot, or null when the set holds others. */
        Word word(int slot, char[] t, int from, int to) {
            long head = head(to - from);
            if (heads[slot] == head && same(slot, t, from, to)) {
                return words[slot];
            }
            if (heads[slot + 1] == head && same(slot + 1, t, from, to)) {
                return words[slot + 1];
            }
            return null;
        }

        /**
         * Whether the slot holds the characters t[from, to), of its length. Compared a character at a time: the ranged
         * {@code Arrays.equals} goes through its checks and the word-at-a-time mismatch, which C1 does not turn into an
         * intrinsic, and was ~3% of {@code gen extract}'s CPU on words of a few letters (JFR).
         */
        private boolean same(int slot, char[] t, int from, int to) {
            char[] c = chars;
            for (int k = from, at = slot * LONGEST; k < to; k++, at++) {
                if (c[at] != t[k]) {
                    return false;
                }
            }
            return true;
        }

        /** Keeps the word first in its set; the set's first word moves to the second slot, whose word is dropped. */
        void keep(int slot, char[] t, int from, int to, Word word) {
            if (to - from <= LONGEST) {
                System.arraycopy(chars, slot * LONGEST, chars, (slot + 1) * LONGEST, (int) heads[slot]);
                heads[slot + 1] = heads[slot];
                words[slot + 1] = words[slot];
                System.arraycopy(t, from, chars, slot * LONGEST, to - from);
                heads[slot] = head(to - from);
                words[slot] = word;
            }
        }
    }

    /**
     * Character.isLetterOrDigit, and below isUpperCase, answered for ASCII without the call: in gen's C1-compiled code
     * each is a chain of calls, asked of every character of every paragraph (JFR).
     */
    private static boolean letterOrDigit(char c) {
        return c < 0x100 ? LATIN1_LETTER_OR_DIGIT[c] : letterOrDigitBeyondAscii(c);
    }

    private static boolean letterOrDigitBeyondAscii(char c) {
        return !punctuation(c) && Character.isLetterOrDigit(c);
    }

    /**
     * Which Latin-1 characters are letters or digits, as {@code Character.isLetterOrDigit} answers (Latin-1 holds no
     * non-spacing mark and none of {@link #punctuation}): a look-up keeps {@link #letterOrDigit} small enough for C1
     * to inline at its calls, one for each character between words, and answers the accented letters of names
     * ("José", "Müller") without the chain of calls behind {@code Character.getType} (~1% of {@code gen extract}'s CPU
     * samples, JFR, 10,164 articles).
     */
    private static final boolean[] LATIN1_LETTER_OR_DIGIT = new boolean[0x100];

    static {
        for (char c = 0; c < 0x100; c++) {
            LATIN1_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }

    private static boolean upperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : !punctuation(c) && Character.isUpperCase(c);
    }

    /**
     * Unicode's General Punctuation block (U+2000 to U+206F: curly quotes, dashes, ellipsis, spaces), which holds no
     * letter, digit or mark: the commonest characters above ASCII in news, answered without the Character calls,
     * which were ~2% of {@code gen extract}'s CPU (JFR).
     */
    private static boolean punctuation(char c) {
        return c >= '\u2000' && c <= '\u206F';
    }

    /** Whether a hyphen is among the word's second to fourth characters, where {@link #particleName} looks for one. */
    private static boolean hyphenNear(char[] t, int start, int end) {
        for (int k = start + 1; k < end && k <= start + 3; k++) {
            if (t[k] == '-') {
                return true;
            }
        }
        return false;
    }

    /** t[from, to), all ASCII, in lower case: as toLowerCase(Locale.ROOT) makes it, without its calls a character. */
    private static String lowerAscii(char[] t, int from, int to) {
        char[] low = new char[to - from];
        for (int k = from; k < to; k++) {
            char d = t[k];
            low[k - from] = d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d;
        }
        return new String(low);
    }

    private static boolean onlySpaces(char[] t, int from, int to) {
        if (from >= to) {
            return from == to;
        }
        for (int k = from; k < to; k++) {
            char c = t[k];
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
