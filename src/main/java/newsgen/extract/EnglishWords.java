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
        return Holder.WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
