package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which person a name refers to without comparing it with every person: exact keys (names and aliases) by
 * look-up, and surnames and full names among those of the key's length or one letter shorter or longer, so a
 * one-letter typo is found. Among several matches the person added first wins.
 *
 * <p>Why by length and not by look-up of every one-letter-deleted variant, as before: an index holds one article's
 * people, a few dozen names, and the variants were a string for each letter of every name added and of every name
 * looked up: ~17% of all the bytes {@code gen extract} allocated and ~6% of its CPU (JFR, 10,164 real articles).
 * What is found is the same, the bounds of those variants included ({@link #reachable}).
 */
final class NameIndex<T> {
    /**
     * @param variants whether the name was indexed with its one-letter typos, as the usual surname and the full name
     *                 of a length within the bounds are; another surname is matched as written, or when the key is
     *                 it with one letter more
     */
    private record Entry<T>(T item, int order, String name, boolean variants) {
    }

    /** Names shorter than this are only matched exactly: a one-letter change makes another short name. */
    static final int TYPO_MIN_LENGTH = 5;
    /** Longer keys are no names: their variants would cost the square of their length. */
    static final int TYPO_MAX_LENGTH = 40;

    private final Map<String, Entry<T>> exact = new HashMap<>();
    private final ByLength<T> surnames = new ByLength<>();
    private final ByLength<T> fullNames = new ByLength<>();
    private int added;

    /** Indexes a person by its folded full name and the surnames it may be called by (the first is the usual one). */
    void add(T item, String fullKey, String... surnameKeys) {
        int order = added++;
        exact.putIfAbsent(fullKey, new Entry<>(item, order, fullKey, false));
        for (int i = 0; i < surnameKeys.length; i++) {
            // only the usual surname is matched with a typo: the others are matched as written
            surnames.add(new Entry<>(item, order, surnameKeys[i], i == 0 && typoLength(surnameKeys[i])));
        }
        fullNames.add(new Entry<>(item, order, fullKey, typoLength(fullKey)));
    }

    /** A further exact key (an alias) for a person already indexed. */
    void addKey(T item, String key) {
        exact.putIfAbsent(key, new Entry<>(item, Integer.MAX_VALUE, key, false));
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
        ByLength<T> names = single ? surnames : fullNames;
        int n = key.length();
        boolean typo = typos && n >= TYPO_MIN_LENGTH;
        Entry<T> best = null;
        for (int length = typo ? n - 1 : n; length <= (typo ? n + 1 : n); length++) {
            for (Entry<T> c : names.of(length)) {
                if ((best == null || c.order() < best.order()) && (c.name().equals(key)
                        || typo && c.name().length() >= TYPO_MIN_LENGTH && reachable(c, n) && EditDistance.withinOne(c.name(), key))) {
                    best = c;
                }
            }
        }
        return best == null ? null : best.item();
    }

    /**
     * Whether a typo of {@code c}'s name is within what its one-letter-deleted variants, and the key's, reach: keys of
     * up to {@link #TYPO_MAX_LENGTH} letters are varied, and only names indexed with their variants.
     */
    private static boolean reachable(Entry<?> c, int keyLength) {
        int length = c.name().length();
        return keyLength == length ? c.variants() && keyLength <= TYPO_MAX_LENGTH
                : keyLength == length + 1 ? keyLength <= TYPO_MAX_LENGTH
                : c.variants();
    }

    private static boolean typoLength(String name) {
        return name.length() >= TYPO_MIN_LENGTH && name.length() <= TYPO_MAX_LENGTH;
    }

    /** Every person whose surname (any of them) is exactly {@code key}, in the order they were added. */
    List<T> allWithSurname(String key) {
        List<T> out = new ArrayList<>();
        for (Entry<T> e : surnames.of(key.length())) {
            if (e.name().equals(key) && !out.contains(e.item())) {
                out.add(e.item());
            }
        }
        return out;
    }

    /** Entries by the length of their name, each length's in the order added. */
    private static final class ByLength<T> {
        private final List<List<Entry<T>>> lists = new ArrayList<>();

        void add(Entry<T> e) {
            int length = e.name().length();
            while (lists.size() <= length) {
                lists.add(null);
            }
            List<Entry<T>> list = lists.get(length);
            if (list == null) {
                list = new ArrayList<>(2);
                lists.set(length, list);
            }
            list.add(e);
        }

        List<Entry<T>> of(int length) {
            List<Entry<T>> list = length >= 0 && length < lists.size() ? lists.get(length) : null;
            return list == null ? List.of() : list;
        }
    }
}
