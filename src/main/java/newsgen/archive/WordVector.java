package newsgen.archive;

import java.util.Map;

/**
 * Words with weights (an article's title and lead as TF-IDF weights, {@link StoryClusterer.Features#words}), held
 * in two arrays and an open-addressing table of positions instead of a map of boxed weights: 10,164 such maps were
 * ~50 MB kept alive through the whole archive stage. The words keep the order the map they were made from gave
 * them, so a cosine sums its products in the same order, to the same last bit, as it did over the map.
 */
final class WordVector {
    private final String[] words;
    private final double[] weights;
    /** Position + 1 of each word, by its hash; 0 is an empty slot. */
    private final int[] table;

    /** The map's words and weights, in its iteration order. */
    WordVector(Map<String, Double> weights) {
        int n = weights.size();
        this.words = new String[n];
        this.weights = new double[n];
        int size = Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
        this.table = new int[size];
        int k = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            words[k] = e.getKey();
            this.weights[k] = e.getValue();
            int slot = mix(e.getKey().hashCode()) & (size - 1);
            while (table[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = ++k;
        }
    }

    int size() {
        return words.length;
    }

    /** The weight of a word, or null when the vector does not hold it. */
    Double get(String word) {
        int i = find(word);
        return i < 0 ? null : weights[i];
    }

    private int find(String word) {
        int mask = table.length - 1;
        for (int slot = mix(word.hashCode()) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            String w = words[table[slot] - 1];
            if (w == word || w.equals(word)) {
                return table[slot] - 1;
            }
        }
        return -1;
    }

    /** The cosine of two vectors of length 1: the products summed in the smaller vector's order (the first on a tie). */
    static double cosine(WordVector a, WordVector b) {
        WordVector small = a.size() <= b.size() ? a : b;
        WordVector large = small == a ? b : a;
        double dot = 0;
        for (int k = 0; k < small.words.length; k++) {
            int i = large.find(small.words[k]);
            if (i >= 0) {
                dot += small.weights[k] * large.weights[i];
            }
        }
        return dot;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }
}
