package newsgen.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A capitalised run that caught a common word beside a person's name ("Absent Hollis", "Crooked Jane Doe",
 * "Jane Doe Leads") names that person: the word is left out when the archive's own texts use it in lower case
 * (so it is a word, not a name), it is no common given name, and what is left is a name the archive knows
 * (a full name, or the surname of a person named in full). A word never seen in lower case ("Beau") is kept:
 * it may be a given name. Before a known full name, any non-given-name word is left out ("Vermonter Jane Doe").
 */
final class CommonWordPass implements ResolutionPass {
    private final Set<String> lowercaseWords;

    /** @param lowercaseWords folded words the archive's texts write in lower case */
    CommonWordPass(Set<String> lowercaseWords) {
        this.lowercaseWords = lowercaseWords;
    }

    @Override
    public String name() {
        return "common word beside a name";
    }

    @Override
    public void run(EntityIndex index) {
        // Full names the archive knows, shortest first, so a longer name is judged against the shorter ones in it.
        java.util.TreeMap<Integer, Set<String>> byLength = new java.util.TreeMap<>();
        for (int m : index.people()) {
            if (!index.isDropped(m)) {
                for (PersonName p : index.mention(m).personNames()) {
                    if (p.isFull()) {
                        byLength.computeIfAbsent(p.words().size(), k -> new HashSet<>()).add(p.key());
                    }
                }
            }
        }
        Set<String> fullNames = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        Map<String, String> corrected = new HashMap<>();
        for (Set<String> names : byLength.values()) {
            for (String key : names.stream().sorted().toList()) {
                String fix = correction(NameKey.words(key), fullNames, surnames);
                if (fix != null) {
                    corrected.put(key, fix);
                } else if (PersonName.isGivenName(NameKey.words(key).get(0)) || !lowercaseWords.contains(NameKey.words(key).get(0))) {
                    fullNames.add(key);
                    surnames.add(PersonName.of(key).surname());
                }
            }
        }
        Map<Integer, String> renamed = new HashMap<>();
        for (int m : index.people()) {
            if (index.isDropped(m)) {
                continue;
            }
            EntityIndex.Mention mention = index.mention(m);
            String key = mention.person().key();
            String fix = corrected.containsKey(key) ? corrected.get(key)
                    : mention.person().words().size() == 2 ? correction(mention.person().words(), fullNames, surnames) : null;
            if (fix != null) {
                renamed.put(m, fix);
            }
        }
        renamed.forEach((m, key) -> index.rename(m, key, name()));
    }

    /** The known name inside these words once a common word beside it is left out, or null when there is none. */
    private String correction(List<String> w, Set<String> fullNames, Set<String> surnames) {
        if (w.size() < 2) {
            return null;
        }
        String first = w.get(0);
        String last = w.get(w.size() - 1);
        List<String> rest = w.subList(1, w.size());
        // Two words, the common case (most people's names): each key is one word, so no string is joined for it.
        String restKey = w.size() == 2 ? last : String.join("-", rest);
        String headKey = w.size() == 2 ? first : String.join("-", w.subList(0, w.size() - 1));
        if (!PersonName.isGivenName(first) && (fullNames.contains(restKey)
                || rest.size() == 1 && lowercaseWords.contains(first) && surnames.contains(last))) {
            return restKey;
        }
        if (lowercaseWords.contains(last) && !PersonName.isGivenName(last) && fullNames.contains(headKey)) {
            return headKey;
        }
        return null;
    }
}
