package newsgen.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The one list of words written with a period that does not end a sentence ("Mr.", "Sen.", "Sept.", "Inc."), read
 * from {@code abbreviations.txt}. Sentence splitting, name joining and clause scanning all ask here, so that "said
 * Mr. Smith" and "Mr. Smith said" read the same way everywhere. A single capital letter ("J.") is an initial.
 */
final class Abbreviations {
    private static final Set<String> ANY;
    private static final Set<String> IN_NAMES;

    static {
        Set<String> any = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String line : WordList.lines("abbreviations.txt")) {
            int bar = line.indexOf('|');
            String word = bar < 0 ? line : line.substring(0, bar);
            any.add(word);
            if (bar > 0 && line.substring(bar + 1).equals("name")) {
                names.add(word);
            }
        }
        ANY = WordSet.copyOf(any);
        IN_NAMES = WordSet.copyOf(names);
    }

    private Abbreviations() {
    }

    /** The period after this word (as written, no dot) does not end a sentence: "Mr", "Sept", "Inc", "J". */
    static boolean keepsSentence(String word) {
        return isInitial(word) || ANY.contains(word);
    }

    /** The period after this word does not part the words of a name: "Mr" of "Mr. Smith", "J" of "John F. Kittredge". */
    static boolean inName(String word) {
        return isInitial(word) || IN_NAMES.contains(word);
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }
}
