package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameIndexTest {
    @Test
    void surnameWithOneLetterWrongFindsThePerson() {
        NameIndex<String> index = new NameIndex<>();
        index.add("A", "maria ramos", "ramos");
        assertEquals("A", index.find("ramoz", true));
        assertEquals("A", index.find("maria ramoz", false));
        assertNull(index.find("ramoz", true, false));
        assertNull(index.find("rams", true), "names shorter than five letters are matched exactly");
    }

    @Test
    void personAddedFirstWins() {
        NameIndex<String> index = new NameIndex<>();
        index.add("A", "ana moreno", "moreno");
        index.add("B", "luis morena", "morena");
        assertEquals("A", index.find("morenu", true));
        assertEquals("A", index.find("morena", true), "even over another's surname written exactly");
        assertEquals("B", index.find("morena", true, false));
        assertEquals(List.of("B"), index.allWithSurname("morena"));
    }

    @Test
    void otherSurnamesAreMatchedAsWrittenOrWithALetterMore() {
        NameIndex<String> index = new NameIndex<>();
        index.add("A", "gabriel garcia marquez", "marquez", "garcia marquez");
        assertEquals("A", index.find("garcia marquez", true));
        assertEquals("A", index.find("garcia marquezz", true));
        assertNull(index.find("garcia marquex", true));
    }

    /** The index finds what indexing every one-letter-deleted variant found, bounds included (random names). */
    @Test
    void findsWhatTheVariantIndexFound() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            NameIndex<Integer> index = new NameIndex<>();
            VariantIndex reference = new VariantIndex();
            List<String> names = new ArrayList<>();
            int people = 1 + random.nextInt(12);
            for (int p = 0; p < people; p++) {
                String full = word(random) + " " + word(random);
                String[] surnames = random.nextInt(4) == 0
                        ? new String[]{word(random), word(random)} : new String[]{full.substring(full.indexOf(' ') + 1)};
                index.add(p, full, surnames);
                reference.add(p, full, surnames);
                names.add(full);
                names.addAll(List.of(surnames));
                if (random.nextInt(5) == 0) {
                    String alias = word(random);
                    index.addKey(p, alias);
                    reference.addKey(p, alias);
                }
            }
            for (int q = 0; q < 200; q++) {
                String key = typo(random, names.get(random.nextInt(names.size())));
                for (boolean single : new boolean[]{true, false}) {
                    for (boolean typos : new boolean[]{true, false}) {
                        assertEquals(reference.find(key, single, typos), index.find(key, single, typos), key);
                    }
                }
                assertEquals(reference.allWithSurname(key), index.allWithSurname(key), key);
            }
        }
    }

    /** A word of 1 to 44 letters from a small alphabet, so that names near each other are common. */
    private static String word(Random random) {
        int length = random.nextInt(10) == 0 ? 36 + random.nextInt(9) : 1 + random.nextInt(9);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(3)));
        }
        return b.toString();
    }

    /** The name as written, or with one letter deleted, inserted or changed. */
    private static String typo(Random random, String name) {
        int at = random.nextInt(name.length() + 1);
        char c = (char) ('a' + random.nextInt(3));
        return switch (random.nextInt(4)) {
            case 0 -> name;
            case 1 -> at < name.length() ? name.substring(0, at) + name.substring(at + 1) : name;
            case 2 -> name.substring(0, at) + c + name.substring(at);
            default -> at < name.length() ? name.substring(0, at) + c + name.substring(at + 1) : name;
        };
    }

    /** The index as it was: every one-letter-deleted variant of the names indexed, and of the key looked up. */
    private static final class VariantIndex {
        private record Entry(Integer item, int order, String name) {
        }

        private final Map<String, Entry> exact = new HashMap<>();
        private final Map<String, List<Entry>> surnames = new HashMap<>();
        private final Map<String, List<Entry>> fullNames = new HashMap<>();
        private int added;

        void add(Integer item, String fullKey, String... surnameKeys) {
            int order = added++;
            exact.putIfAbsent(fullKey, new Entry(item, order, fullKey));
            for (int i = 0; i < surnameKeys.length; i++) {
                Entry e = new Entry(item, order, surnameKeys[i]);
                if (i == 0) {
                    variants(surnames, e);
                } else {
                    surnames.computeIfAbsent(surnameKeys[i], k -> new ArrayList<>(1)).add(e);
                }
            }
            variants(fullNames, new Entry(item, order, fullKey));
        }

        void addKey(Integer item, String key) {
            exact.putIfAbsent(key, new Entry(item, Integer.MAX_VALUE, key));
        }

        Integer find(String key, boolean single, boolean typos) {
            Entry e = exact.get(key);
            if (e != null) {
                return e.item();
            }
            Map<String, List<Entry>> map = single ? surnames : fullNames;
            Entry best = better(null, map.get(key), key, typos);
            if (typos && key.length() >= NameIndex.TYPO_MIN_LENGTH && key.length() <= NameIndex.TYPO_MAX_LENGTH) {
                for (int i = 0; i < key.length(); i++) {
                    best = better(best, map.get(key.substring(0, i) + key.substring(i + 1)), key, true);
                }
            }
            return best == null ? null : best.item();
        }

        List<Integer> allWithSurname(String key) {
            List<Integer> out = new ArrayList<>();
            for (Entry e : surnames.getOrDefault(key, List.of())) {
                if (e.name().equals(key) && !out.contains(e.item())) {
                    out.add(e.item());
                }
            }
            return out;
        }

        private static Entry better(Entry best, List<Entry> candidates, String key, boolean typos) {
            if (candidates == null) {
                return best;
            }
            for (Entry c : candidates) {
                boolean ok = c.name().equals(key) || (typos && key.length() >= NameIndex.TYPO_MIN_LENGTH
                        && c.name().length() >= NameIndex.TYPO_MIN_LENGTH && EditDistance.withinOne(c.name(), key));
                if (ok && (best == null || c.order() < best.order())) {
                    best = c;
                }
            }
            return best;
        }

        private static void variants(Map<String, List<Entry>> map, Entry e) {
            String s = e.name();
            map.computeIfAbsent(s, k -> new ArrayList<>(1)).add(e);
            if (s.length() >= NameIndex.TYPO_MIN_LENGTH && s.length() <= NameIndex.TYPO_MAX_LENGTH) {
                for (int i = 0; i < s.length(); i++) {
                    map.computeIfAbsent(s.substring(0, i) + s.substring(i + 1), k -> new ArrayList<>(1)).add(e);
                }
            }
        }
    }
}
