package newsgen.extract;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Rule "country before an organisation's name": "the United States Pacific Command" and, later, "the Pacific
 * Command", "the U.S. Department of Education" and "the Department of Education" are one organisation each; the name
 * without the country is an alias of the one with it, when the article names both. Not a chamber or a court of one
 * word and its head ("the Senate", "the Supreme Court"): states have their own, and articles name both.
 */
final class CountryPrefixes {
    private CountryPrefixes() {
    }

    /** Folded prefixes of the United States, as news write them before a body's name. */
    private static final List<String> PREFIXES = List.of("united states ", "u.s. ", "us ", "u.s ");

    /** Bodies of two words that a state has too, written the same: "the state Supreme Court". */
    private static final java.util.Set<String> STATES_HAVE_THEIR_OWN = WordSet.of("supreme court", "house of representatives",
            "court of appeals", "district court", "attorney general");

    /** Merges each organisation of {@code orgs} (keyed by folded name) into the one named with a country before it. */
    static void merge(Map<String, ActorDraft> orgs) {
        if (orgs.size() < 2) {
            return;
        }
        for (Iterator<Map.Entry<String, ActorDraft>> it = orgs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, ActorDraft> e = it.next();
            ActorDraft shorter = e.getValue();
            if (e.getKey().indexOf(' ') < 0 || STATES_HAVE_THEIR_OWN.contains(e.getKey())) {
                continue;
            }
            for (String prefix : PREFIXES) {
                ActorDraft longer = orgs.get(prefix + e.getKey());
                if (longer != null && longer != shorter) {
                    ActorDraft.alias(longer, shorter.name);
                    longer.aliases.addAll(shorter.aliases);
                    longer.spans.addAll(shorter.spans);
                    longer.spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
                    it.remove();
                    break;
                }
            }
        }
    }
}
