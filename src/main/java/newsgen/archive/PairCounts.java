package newsgen.archive;

/**
 * How often each ordered pair of small numbers (entities, numbered by the caller) was counted, in an
 * open-addressing table of longs. Why not a map per entity keyed by entity: the companion counts of 10,164 articles
 * are ~4 million increments, and a hash-map merge with a record key for each was ~7% of a rebuild's CPU (JFR).
 */
final class PairCounts {
    /** A pair as one long, first number in the high half; never 0 since the second number is stored plus one. */
    private long[] keys = new long[1 << 16];
    private int[] counts = new int[1 << 16];
    private int size;

    /** What is done with each pair and its count. */
    @FunctionalInterface
    interface Visitor {
        void visit(int first, int second, int count);
    }

    void add(int first, int second) {
        long key = ((long) first << 32) | (second + 1L);
        int mask = keys.length - 1;
        int k = slot(key, mask);
        while (keys[k] != 0) {
            if (keys[k] == key) {
                counts[k]++;
                return;
            }
            k = (k + 1) & mask;
        }
        keys[k] = key;
        counts[k] = 1;
        if (2 * ++size > keys.length) {
            grow();
        }
    }

    /** Every pair counted, in no particular order. */
    void forEach(Visitor visitor) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] != 0) {
                visitor.visit((int) (keys[k] >>> 32), (int) keys[k] - 1, counts[k]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int k = slot(oldKeys[j], mask);
                while (keys[k] != 0) {
                    k = (k + 1) & mask;
                }
                keys[k] = oldKeys[j];
                counts[k] = oldCounts[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}
