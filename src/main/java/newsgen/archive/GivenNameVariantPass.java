package newsgen.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full names of one surname whose given names are one name written two ways ("Joe"/"Joseph", "Len"/"Leonard",
 * "Ash"/"Ashton") and that differ at most by one middle name or initial ("Colin L. Powell"/"Colin Powell") are
 * one person. When two different middles meet ("George W. Hedge", "George H. W. Hedge"), nothing is joined: they
 * may be two people. A suffix ("Jr") must be the same on both.
 */
final class GivenNameVariantPass implements ResolutionPass {
    /** Letters two given names must share at the start before one may be the other's short form. */
    static final int MIN_PREFIX = 3;

    @Override
    public String name() {
        return "given name variant";
    }

    private record Written(int mention, String given, String middle) {
    }

    @Override
    public void run(EntityIndex index) {
        Map<String, List<Written>> buckets = new HashMap<>();
        // What each name's key gives (its bucket, given name and middle), worked out at its first mention: a name is
        // written ~4 times on average, and its bucket's key was a new string each time. Buckets are made in the same
        // order as before, so the map walks them in the same order.
        Map<String, Slot> slots = new HashMap<>();
        for (int m : index.fullNames()) {
            if (index.isDropped(m)) {
                continue;
            }
            for (PersonName p : index.mention(m).personNames()) {
                Slot slot = slots.get(p.key());
                if (slot == null) {
                    slot = slot(p, buckets);
                    slots.put(p.key(), slot);
                }
                if (slot != NO_SLOT) {
                    slot.bucket().add(new Written(m, slot.given(), slot.middle()));
                }
            }
        }
        for (List<Written> all : buckets.values()) {
            List<Written> bucket = oneName(all);
            if (bucket.size() < 2) {
                continue;
            }
            // A middle initial and the middle name it starts ("J." and "John") are one middle.
            Set<String> middles = new HashSet<>();
            bucket.forEach(w -> middles.add(initials(w.middle())));
            middles.remove("");
            if (middles.size() > 1) {
                continue;
            }
            for (Written w : bucket) {
                index.union(bucket.get(0).mention(), w.mention(), name());
            }
        }
    }

    /** A name's bucket, formal given name and middle; NO_SLOT for a name in none. */
    private record Slot(List<Written> bucket, String given, String middle) {
    }

    private static final Slot NO_SLOT = new Slot(null, null, null);

    /** The slot of a name (the same for every name of its key: the key gives the words, so the surname). */
    private static Slot slot(PersonName p, Map<String, List<Written>> buckets) {
        if (!p.isFull()) {
            return NO_SLOT;
        }
        String given = PersonName.formalGiven(p.words().get(0));
        if (given.length() < MIN_PREFIX) {
            return NO_SLOT;
        }
        String key = given.substring(0, MIN_PREFIX) + "|" + p.surname() + "|" + p.suffix();
        return new Slot(buckets.computeIfAbsent(key, k -> new ArrayList<>()), given, p.middle());
    }

    /**
     * The spellings of the bucket's most written given name, with the short forms and longer forms of it ("Ash" of
     * "Ashton"); another given name in the bucket (a typo, "Donand") is left out, not allowed to stop the rest.
     */
    private static List<Written> oneName(List<Written> bucket) {
        Map<String, Integer> counts = new HashMap<>();
        bucket.forEach(w -> counts.merge(w.given(), 1, Integer::sum));
        String usual = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
        List<Written> out = new ArrayList<>();
        for (Written w : bucket) {
            if (usual.startsWith(w.given()) || w.given().startsWith(usual)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String initials(String middle) {
        StringBuilder out = new StringBuilder();
        for (String w : NameKey.words(middle)) {
            out.append(w.charAt(0));
        }
        return out.toString();
    }

}
