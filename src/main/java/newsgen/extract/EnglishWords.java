package newsgen.extract;

import java.util.HashSet;
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

    private static Set<String> load() {
        var lines = WordList.lines("english-words.txt");
        Set<String> out = new HashSet<>(lines.size() * 2);
        out.addAll(lines);
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Whether the word, in lower case, is an English word of the list. */
    static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
