package newsgen.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person named by surname alone, or by title and surname ("Okafor", "Mr. Okafor", "Sen. Hollis"), joins the
 * person of that surname named in full somewhere in the archive: the only one, or the one {@link ShortNameDecider}
 * picks among several. A one-letter typo of a surname ("Tiania") joins only an unambiguous person. When nothing
 * decides, the mention stays apart and the candidates are noted for its page.
 */
final class SurnamePass implements ResolutionPass {
    @Override
    public String name() {
        return "surname";
    }

    @Override
    public void run(EntityIndex index) {
        Map<String, Set<Integer>> exact = new HashMap<>();
        Map<String, Set<Integer>> typos = new HashMap<>();
        for (int m : index.fullNames()) {
            if (index.isDropped(m)) {
                continue;
            }
            int root = index.find(m);
            for (PersonName p : index.mention(m).personNames()) {
                if (p.surname().isEmpty()) {
                    continue;
                }
                exact.computeIfAbsent(p.surname(), k -> new HashSet<>()).add(root);
            }
        }
        // The typo index from each surname once, not from each of its mentions: the same sets, far fewer strings.
        exact.forEach((surname, roots) -> {
            if (surname.length() >= FullNameTypoPass.MIN_TYPO_LENGTH) {
                for (String d : NameKey.deletions(surname)) {
                    typos.computeIfAbsent(d, k -> new HashSet<>()).addAll(roots);
                }
            }
        });
        ShortNameDecider decider = new ShortNameDecider(index);
        Map<Integer, ShortNameDecider.Decision> decisions = new LinkedHashMap<>();
        for (int m : index.shortNames()) {
            if (index.isDropped(m)) {
                continue;
            }
            EntityIndex.Mention mention = index.mention(m);
            Set<Integer> found = new HashSet<>();
            for (PersonName p : mention.personNames()) {
                found.addAll(exact.getOrDefault(p.surname(), Set.of()));
            }
            if (found.isEmpty()) {
                Set<Integer> typo = typoCandidates(mention, typos);
                if (typo.size() == 1) {
                    decisions.put(m, new ShortNameDecider.Decision(typo.iterator().next(), "surname typo"));
                }
                continue;
            }
            ShortNameDecider.Decision d = decider.decide(m, found);
            if (d.decided()) {
                decisions.put(m, d);
            } else {
                index.undecided(m, found);
            }
        }
        decisions.forEach((m, d) -> index.union(d.target(), m, d.rule() == null ? name() : name() + ": " + d.rule()));
    }

    private static Set<Integer> typoCandidates(EntityIndex.Mention mention, Map<String, Set<Integer>> typos) {
        Set<Integer> found = new HashSet<>();
        for (PersonName p : mention.personNames()) {
            String key = p.surname();
            if (key.length() < FullNameTypoPass.MIN_TYPO_LENGTH) {
                continue;
            }
            for (String d : NameKey.deletions(key)) {
                found.addAll(typos.getOrDefault(d, Set.of()));
            }
        }
        return found;
    }
}
