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
        Map<String, Integer> first = new HashMap<>();
        for (int m = 0; m < index.size(); m++) {
            if (index.isDropped(m)) {
                continue;
            }
            for (String key : index.mention(m).strongKeys()) {
                Integer f = first.putIfAbsent(key, m);
                if (f != null) {
                    index.union(f, m, name());
                }
            }
        }
    }
}
