package newsgen.archive;

import newsgen.model.EntityKind;

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
        for (int m = 0; m < index.size(); m++) {
            if (!index.isDropped(m) && index.mention(m).isFullName()) {
                named.add(index.find(m));
            }
        }
        Map<String, Integer> first = new HashMap<>();
        for (int m = 0; m < index.size(); m++) {
            EntityIndex.Mention mention = index.mention(m);
            if (!index.isDropped(m) && mention.kind() == EntityKind.PERSON && !mention.isFullName() && !named.contains(index.find(m))) {
                String key = mention.person().key();
                Integer f = first.putIfAbsent(key, m);
                if (f != null && !key.isEmpty()) {
                    index.union(f, m, name());
                }
            }
        }
    }
}
