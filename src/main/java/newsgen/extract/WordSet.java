package newsgen.extract;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of words for the rules' look-ups of token keys, most of which find nothing: each slot keeps its
 * word's hash, so a word not in the set is told apart by comparing numbers, where {@code Set.of}'s sets call
 * {@code equals} on every word they probe. Those calls were ~10% of {@code gen extract}'s CPU (JFR, 10,164 real
 * articles), in the C1-compiled code gen runs.
 */
final class WordSet extends AbstractSet<String> {
    private final String[] words;
    /**
     * Each slot's word's hash with its top bit set ({@link #mark}), 0 for an empty slot: a word not in the set is
     * turned away reading this array alone. Where {@code words} was read first (is the slot empty?), each probe of a
     * large set (given names, titles) touched two arrays' lines in memory; such look-ups were ~8% of
     * {@code gen extract}'s CPU samples (JFR, 10,164 articles), most of them misses.
     */
    private final int[] hashes;
    private final int mask;
    private final int size;

    private WordSet(Collection<String> all) {
        int capacity = Integer.highestOneBit(Math.max(4, all.size() * 3)) << 1; // at most a third full
        words = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        int n = 0;
        for (String w : all) {
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (words[i] != null && !(hashes[i] == mark(h) && words[i].equals(w))) {
                i = (i + 1) & mask;
            }
            if (words[i] == null) {
                words[i] = w;
                hashes[i] = mark(h);
                n++;
            }
        }
        size = n;
    }

    /** A set of these words; like {@code Set.of}, a word written twice is a mistake in the list and fails at once. */
    static WordSet of(String... words) {
        WordSet set = new WordSet(Arrays.asList(words));
        if (set.size != words.length) {
            throw new IllegalArgumentException("a word is listed twice in " + Arrays.toString(words));
        }
        return set;
    }

    static WordSet copyOf(Collection<String> words) {
        return words instanceof WordSet set ? set : new WordSet(words);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** A hash as a slot keeps it: never 0, which marks an empty slot. */
    private static int mark(int h) {
        return h | Integer.MIN_VALUE;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        int marked = mark(h);
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            int kept = hashes[i];
            if (kept == 0) {
                return false;
            }
            if (kept == marked) {
                String w = words[i];
                if (w == s || w.equals(s)) {
                    return true;
                }
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                while (from < words.length && words[from] == null) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                String w = words[next];
                next = advance(next + 1);
                return w;
            }
        };
    }
}
