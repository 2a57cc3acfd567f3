package newsgen.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An acronym alone ("DNC") joins the organisation whose capitalised words it abbreviates ("Democratic National
 * Committee"), even when no article spells the two out together: the only one, or the one the context picks.
 */
final class AcronymPass implements ResolutionPass {
    @Override
    public String name() {
        return "acronym";
    }

    @Override
    public void run(EntityIndex index) {
        Map<String, Set<Integer>> initials = new HashMap<>();
        for (int m : index.organizations()) {
            if (!index.isDropped(m) && !index.isAcronym(m)) {
                String acronym = NameKey.acronym(index.mention(m).name());
                if (!acronym.isEmpty()) {
                    initials.computeIfAbsent(acronym, k -> new HashSet<>()).add(index.find(m));
                }
            }
        }
        ShortNameDecider decider = new ShortNameDecider(index);
        Map<Integer, Integer> joins = new java.util.LinkedHashMap<>();
        Map<Integer, String> rules = new HashMap<>();
        for (int m : index.organizations()) {
            if (index.isDropped(m) || !index.isAcronym(m)) {
                continue;
            }
            EntityIndex.Mention mention = index.mention(m);
            if (!mention.aliases().isEmpty()) {
                continue;
            }
            Set<Integer> found = new HashSet<>(initials.getOrDefault(NameKey.of(mention.name()), Set.of()));
            found.remove(index.find(m));
            if (found.isEmpty()) {
                continue;
            }
            ShortNameDecider.Decision d = decider.decide(m, found);
            if (d.decided()) {
                joins.put(m, d.target());
                rules.put(m, d.rule() == null ? name() : name() + ": " + d.rule());
            }
        }
        joins.forEach((m, target) -> index.union(target, m, rules.get(m)));
    }
}
