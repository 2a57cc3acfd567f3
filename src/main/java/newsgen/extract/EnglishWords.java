package newsgen.extract;

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

    /** A {@link WordSet}: the look-up asks for nothing but a hash and an array (no entry objects to follow). */
    private static Set<String> load() {
        return WordSet.copyOf(WordList.lines("english-words.txt"));
    }

    /** Whether the word, in lower case, is an English word of the list. */
    static boolean contains(String word) {
        return Holder.WORDS.contains(lowerCaseAlready(word) ? word : word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the word is ASCII without a capital, which {@code toLowerCase(Locale.ROOT)} returns as it is. Most
     * callers pass a token's key, already in lower case, and toLowerCase asked Character of each of its characters
     * first (a call a character in gen's C1-compiled code; the look-ups here were ~1.4% of {@code gen extract}'s CPU
     * samples, JFR).
     */
    static boolean lowerCaseAlready(String word) {
        for (int i = 0, n = word.length(); i < n; i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
