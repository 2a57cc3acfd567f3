package newsgen.archive;

import java.util.HashMap;
import java.util.Map;

/** The same full name (titles aside), alias, organisation name or place: the same entity. */
final class SameNamePass implements ResolutionPass {
    @Override
    public String name() {
        return "same name";
    }

    @Override
    public void run(EntityIndex index) {
        // Sized for a strong key or two per mention: grown step by step from 16, the map was rehashed a dozen times
        // over ~200,000 mentions (10,164 articles). Only looked up, never walked, so its size changes no join.
        Map<String, Integer> first = new HashMap<>(2 * index.size());
        for (int m = 0; m < index.size(); m++) {
            if (index.isDropped(m)) {
                continue;
            }
            java.util.List<String> keys = index.mention(m).strongKeys();
            for (int k = 0; k < keys.size(); k++) {
                Integer f = first.putIfAbsent(keys.get(k), m);
                if (f != null) {
                    index.union(f, m, name());
                }
            }
        }
    }
}
