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
 * one person. When two different middles meet ("George W. Bush", "George H. W. Bush"), nothing is joined: they
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
        for (int m = 0; m < index.size(); m++) {
            EntityIndex.Mention mention = index.mention(m);
            if (index.isDropped(m) || !mention.isFullName()) {
                continue;
            }
            for (PersonName p : mention.personNames()) {
                if (!p.isFull()) {
                    continue;
                }
                String given = PersonName.formalGiven(p.words().get(0));
                if (given.length() < MIN_PREFIX) {
                    continue;
                }
                String key = given.substring(0, MIN_PREFIX) + "|" + p.surname() + "|" + p.suffix();
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(new Written(m, given, p.middle()));
            }
        }
        for (List<Written> bucket : buckets.values()) {
            if (bucket.size() < 2 || !oneName(bucket)) {
                continue;
            }
            Set<String> middles = new HashSet<>();
            bucket.forEach(w -> middles.add(w.middle()));
            middles.remove("");
            if (middles.size() > 1) {
                continue;
            }
            for (Written w : bucket) {
                index.union(bucket.get(0).mention(), w.mention(), name());
            }
        }
    }

    /** True when every given name of the bucket is the longest one or a start of it ("Ash" of "Ashton"). */
    private static boolean oneName(List<Written> bucket) {
        String longest = "";
        for (Written w : bucket) {
            if (w.given().length() > longest.length()) {
                longest = w.given();
            }
        }
        for (Written w : bucket) {
            if (!longest.startsWith(w.given())) {
                return false;
            }
        }
        return true;
    }
}
