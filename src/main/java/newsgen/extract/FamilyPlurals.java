package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * Rule "family plural": "the Halvorsens", "both Okafors" name a family, not the one member the article names in full.
 * Read as a one-letter typo of the surname, such a plural became an alias of that person ("Also written: Halvorsens")
 * and a mention the pronoun rules then counted as hers. Only after "the" or "both": "Governor Quinteros" after
 * "Rafael Quintero" stays a typo of his name.
 */
final class FamilyPlurals {
    static final String RULE = "family plural";

    private static final Set<String> BEFORE = Set.of("the", "both");

    private FamilyPlurals() {
    }

    /** Whether the one-word run is a known surname with an s added, after "the" or "both", and no surname as written. */
    static boolean names(RunAt u, NameIndex<?> index) {
        if (u.run().size() != 1 || u.run().from() == 0) {
            return false;
        }
        String key = u.key();
        List<Token> t = u.para().tokens();
        return key.length() > NameIndex.TYPO_MIN_LENGTH && key.endsWith("s") && BEFORE.contains(t.get(u.run().from() - 1).key())
                && index.find(key, true, false) == null && index.find(key.substring(0, key.length() - 1), true, false) != null;
    }
}
