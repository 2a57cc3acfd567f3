package newsgen.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Full names with the same given names and a surname one letter apart ("Mohamed Bazoum", "Mohamed Bazoun"). */
final class FullNameTypoPass implements ResolutionPass {
    /** Words shorter than this are never matched as typos ("Sall" and "Fall" are two people). */
    static final int MIN_TYPO_LENGTH = 5;

    @Override
    public String name() {
        return "one-letter typo";
    }

    @Override
    public void run(EntityIndex index) {
        // Each typo key ("given names" + surname with one letter left out) is numbered once, and each person name's
        // keys are made once: the same joins as a map of strings per mention, without a string per mention and key.
        Map<String, Integer> ids = new HashMap<>();
        // By the name's key, which gives its words and so its surname: one PersonName's keys serve all of its key.
        Map<String, int[]> keysOf = new HashMap<>();
        int[] first = new int[0];
        for (int m : index.fullNames()) {
            if (index.isDropped(m)) {
                continue;
            }
            for (PersonName p : index.mention(m).personNames()) {
                int[] keys = keysOf.get(p.key());
                if (keys == null) {
                    keys = typoKeys(p, ids);
                    keysOf.put(p.key(), keys);
                }
                for (int key : keys) {
                    if (key >= first.length) {
                        int old = first.length;
                        first = java.util.Arrays.copyOf(first, Math.max(2 * old, key + 64));
                        java.util.Arrays.fill(first, old, first.length, -1);
                    }
                    if (first[key] < 0) {
                        first[key] = m;
                    } else {
                        index.union(first[key], m, name());
                    }
                }
            }
        }
    }

    /** The numbers of a full name's typo keys; none when its surname is short or not its last word. */
    private static int[] typoKeys(PersonName p, Map<String, Integer> ids) {
        List<String> words = p.words();
        if (!p.isFull() || !words.get(words.size() - 1).equals(p.surname()) || p.surname().length() < MIN_TYPO_LENGTH) {
            return new int[0];
        }
        String key = p.key();
        String given = key.substring(0, key.length() - p.surname().length());
        List<String> deletions = NameKey.deletions(p.surname());
        int[] out = new int[deletions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(given + deletions.get(i), k -> ids.size());
        }
        return out;
    }
}
