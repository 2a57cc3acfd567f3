package newsgen.extract;

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
        List<String> merged = null;
        for (Map.Entry<String, ActorDraft> e : orgs.entrySet()) {
            String key = e.getKey();
            // most names open with no country: one character compared, nothing allocated
            if (key.isEmpty() || key.charAt(0) != 'u') {
                continue;
            }
            for (String prefix : PREFIXES) {
                if (!key.startsWith(prefix)) {
                    continue;
                }
                String rest = key.substring(prefix.length());
                ActorDraft shorter = orgs.get(rest);
                if (shorter != null && rest.indexOf(' ') > 0 && !STATES_HAVE_THEIR_OWN.contains(rest)
                        && (merged == null || !merged.contains(rest))) { // "U.S. X" and "United States X": the first takes X
                    ActorDraft longer = e.getValue();
                    ActorDraft.alias(longer, shorter.name);
                    longer.aliases.addAll(shorter.aliases);
                    longer.spans.addAll(shorter.spans);
                    longer.spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
                    merged = merged == null ? new java.util.ArrayList<>() : merged;
                    merged.add(rest);
                }
                break;
            }
        }
        if (merged != null) {
            merged.forEach(orgs::remove);
        }
    }
}
