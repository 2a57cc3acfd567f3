package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which person a name refers to without comparing it with every person: exact keys (names and aliases),
 * and surnames and full names with their one-letter-deleted variants, so a one-letter typo is found by look-up.
 * Among several matches the person added first wins.
 */
final class NameIndex<T> {
    private record Entry<T>(T item, int order, String name) {
    }

    /** Names shorter than this are only matched exactly: a one-letter change makes another short name. */
    static final int TYPO_MIN_LENGTH = 5;
    /** Longer keys are no names: their variants would cost the square of their length. */
    static final int TYPO_MAX_LENGTH = 40;

    private final Map<String, Entry<T>> exact = new HashMap<>();
    private final Map<String, List<Entry<T>>> surnames = new HashMap<>();
    private final Map<String, List<Entry<T>>> fullNames = new HashMap<>();
    private int added;

    /** Indexes a person by its folded full name and the surnames it may be called by (the first is the usual one). */
    void add(T item, String fullKey, String... surnameKeys) {
        int order = added++;
        exact.putIfAbsent(fullKey, new Entry<>(item, order, fullKey));
        for (int i = 0; i < surnameKeys.length; i++) {
            // only the usual surname is matched with a typo: the others are matched as written
            Entry<T> e = new Entry<>(item, order, surnameKeys[i]);
            if (i == 0) {
                variants(surnames, e);
            } else {
                surnames.computeIfAbsent(surnameKeys[i], k -> new ArrayList<>(1)).add(e);
            }
        }
        variants(fullNames, new Entry<>(item, order, fullKey));
    }

    /** A further exact key (an alias) for a person already indexed. */
    void addKey(T item, String key) {
        exact.putIfAbsent(key, new Entry<>(item, Integer.MAX_VALUE, key));
    }

    /** The person whose name or alias is {@code key}, else whose surname ({@code single}) or full name equals it or is one letter off. */
    T find(String key, boolean single) {
        return find(key, single, true);
    }

    /** As {@link #find(String, boolean)}, with one-letter typos only when {@code typos}. */
    T find(String key, boolean single, boolean typos) {
        Entry<T> e = exact.get(key);
        if (e != null) {
            return e.item();
        }
        Map<String, List<Entry<T>>> map = single ? surnames : fullNames;
        Entry<T> best = null;
        best = better(best, map.get(key), key, typos);
        if (typos && key.length() >= TYPO_MIN_LENGTH && key.length() <= TYPO_MAX_LENGTH) {
            for (int i = 0; i < key.length(); i++) {
                best = better(best, map.get(key.substring(0, i) + key.substring(i + 1)), key, true);
            }
        }
        return best == null ? null : best.item();
    }

    /** Every person whose surname (any of them) is exactly {@code key}, in the order they were added. */
    List<T> allWithSurname(String key) {
        List<T> out = new ArrayList<>();
        for (Entry<T> e : surnames.getOrDefault(key, List.of())) {
            if (e.name().equals(key) && !out.contains(e.item())) {
                out.add(e.item());
            }
        }
        return out;
    }

    private static <T> Entry<T> better(Entry<T> best, List<Entry<T>> candidates, String key, boolean typos) {
        if (candidates == null) {
            return best;
        }
        for (Entry<T> c : candidates) {
            boolean ok = c.name().equals(key) || (typos && key.length() >= TYPO_MIN_LENGTH && c.name().length() >= TYPO_MIN_LENGTH
                    && EditDistance.withinOne(c.name(), key));
            if (ok && (best == null || c.order() < best.order())) {
                best = c;
            }
        }
        return best;
    }

    private static <T> void variants(Map<String, List<Entry<T>>> map, Entry<T> e) {
        String s = e.name();
        map.computeIfAbsent(s, k -> new ArrayList<>(1)).add(e);
        if (s.length() >= TYPO_MIN_LENGTH && s.length() <= TYPO_MAX_LENGTH) {
            for (int i = 0; i < s.length(); i++) {
                map.computeIfAbsent(s.substring(0, i) + s.substring(i + 1), k -> new ArrayList<>(1)).add(e);
            }
        }
    }
}
