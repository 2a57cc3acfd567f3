package newsgen.extract;

import newsgen.model.Slug;

import java.util.Set;

/**
 * Lowercase English words (Debian's wamerican, {@code english-words.txt}): whether a capitalised or all-capitals word
 * is also a plain word ("BOOM", "Notice"). Loaded on first use only: most words never need asking.
 */
final class EnglishWords {
    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private EnglishWords() {
    }

    /** {@link #contains} of a token's text, asked once for each distinct word ({@link WordFact}). */
    static final WordFact TEXT = WordFact.ofText(EnglishWords::contains);
    /** {@link #contains} of a token's key, likewise. */
    static final WordFact KEY = WordFact.ofKey(EnglishWords::contains);

    /** A {@link WordSet}: the look-up asks for nothing but a hash and an array (no entry objects to follow). */
    private static Set<String> load() {
        return WordSet.copyOf(WordList.lines("english-words.txt"));
    }

    /** Whether the word, in lower case, is an English word of the list. */
    static boolean contains(String word) {
        return Holder.WORDS.contains(ascii(word) ? Slug.fold(word) : word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the word is all ASCII, which {@link Slug#fold} puts in lower case as {@code toLowerCase(Locale.ROOT)}
     * does (A-Z only), without asking Character of each character (a call a character in gen's C1-compiled code),
     * returning a word without capitals as it is and a capitalised one as folded before (most are a token's text or
     * key, met again and again). These look-ups were ~1.4% of {@code gen extract}'s CPU samples (JFR).
     */
    static boolean ascii(String word) {
        for (int i = 0, n = word.length(); i < n; i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
