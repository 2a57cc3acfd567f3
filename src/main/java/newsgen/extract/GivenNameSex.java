package newsgen.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a person's given name is borne by women or by men, from {@code given-names-sex.tsv} (US Social Security
 * baby names, public domain): evidence for whom "he" or "she" may stand, never a name by itself. A name borne by
 * both (Jordan, Kelly) says nothing.
 */
final class GivenNameSex {
    private static final Map<String, Character> SEX = load();

    private GivenNameSex() {
    }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        for (String line : WordList.lines("given-names-sex.tsv")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab + 1 < line.length()) {
                out.put(line.substring(0, tab), line.charAt(tab + 1));
            }
        }
        // Read-only as it is, not copied: Map.copyOf rehashed every entry again, ~10 % of loading the lists (JFR)
        return Collections.unmodifiableMap(out);
    }

    /** Whether the list has this given name, as written ("Hope"). */
    static boolean listed(String given) {
        return SEX.containsKey(given);
    }

    /** 'F' or 'M' by the first word of a full name ("Jane Doe"), or 0 when it is one word or says nothing. */
    static char of(String name) {
        int space = name.indexOf(' ');
        if (space <= 0) {
            return 0;
        }
        Character c = SEX.get(name.substring(0, space));
        return c == null ? 0 : c;
    }
}
