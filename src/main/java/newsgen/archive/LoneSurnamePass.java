package newsgen.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Surnames that joined no full name: the same surname (titles aside) in several articles is one entity. */
final class LoneSurnamePass implements ResolutionPass {
    @Override
    public String name() {
        return "same surname alone";
    }

    @Override
    public void run(EntityIndex index) {
        Set<Integer> named = new HashSet<>();
        for (int m : index.fullNames()) {
            if (!index.isDropped(m)) {
                named.add(index.find(m));
            }
        }
        Map<String, Integer> first = new HashMap<>();
        for (int m : index.shortNames()) {
            if (!index.isDropped(m) && !named.contains(index.find(m))) {
                String key = index.mention(m).person().key();
                Integer f = first.putIfAbsent(key, m);
                if (f != null && !key.isEmpty()) {
                    index.union(f, m, name());
                }
            }
        }
    }
}
