package newsgen.site;

/**
 * A table in front of a map keyed by records, found by the key's identity: a record's hash, made by its generated
 * method through method handles and over every component, was slow under gen's C1 compiler, and the same key
 * objects (the archive's) are looked up page after page. A slot holds one key and its value, written racily: an
 * entry is immutable, so a reader sees a whole entry or none, and a slot another key takes is only a miss. A miss goes
 * to the map, which stays the answer.
 */
final class IdentityFront<K, V> {
    private final Entry<K, V>[] slots;
    private final int mask;

    private record Entry<K, V>(K key, V value) {
    }

    /** @param bits the table holds {@code 2^bits} slots */
    @SuppressWarnings("unchecked")
    IdentityFront(int bits) {
        this.slots = (Entry<K, V>[]) new Entry<?, ?>[1 << bits];
        this.mask = (1 << bits) - 1;
    }

    /** The value kept for this very key, or null. */
    V get(K key) {
        Entry<K, V> e = slots[slot(key)];
        return e != null && e.key == key ? e.value : null;
    }

    void put(K key, V value) {
        slots[slot(key)] = new Entry<>(key, value);
    }

    private int slot(K key) {
        int h = System.identityHashCode(key);
        return (h ^ (h >>> 16)) & mask;
    }
}
