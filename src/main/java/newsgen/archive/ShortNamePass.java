package newsgen.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation named by the last word of a longer name ("the Post", "Times") joins that longer name
 * ("The Washington Post"): the only one, or the one the context picks. A generic word that ends many bodies'
 * names ("Committee", "Party", "Court") is left alone, and so is a short name mentioned more than the long one
 * (then the short name is the entity: "Congress" is not the "Library of Congress"), and so is a long name that some
 * article names beside the short one as another actor ("House" beside "White House").
 */
final class ShortNamePass implements ResolutionPass {
    @Override
    public String name() {
        return "short name";
    }

    @Override
    public void run(EntityIndex index) {
        Map<String, Set<Integer>> byLastWord = new HashMap<>();
        Map<Integer, Integer> mentions = new HashMap<>();
        int[] orgs = index.organizations();
        // Each organisation's words, folded once for both loops.
        List<List<String>> wordsOf = new java.util.ArrayList<>(orgs.length);
        for (int i = 0; i < orgs.length; i++) {
            int m = orgs[i];
            if (index.isDropped(m)) {
                wordsOf.add(null);
                continue;
            }
            int root = index.find(m);
            mentions.merge(root, index.count(m), Integer::sum);
            List<String> words = NameKey.words(MentionNames.orgKey(index.mention(m).name()));
            wordsOf.add(words);
            if (words.size() >= 2 && words.size() <= 4) {
                byLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new HashSet<>()).add(root);
            }
        }
        ShortNameDecider decider = new ShortNameDecider(index);
        Map<Integer, ShortNameDecider.Decision> decisions = new LinkedHashMap<>();
        for (int i = 0; i < orgs.length; i++) {
            int m = orgs[i];
            if (index.isDropped(m) || index.isAcronym(m)) {
                continue;
            }
            List<String> words = wordsOf.get(i);
            if (words.size() != 1 || PersonName.isNotAName(words.get(0))) {
                continue;
            }
            int own = index.find(m);
            Set<Integer> found = new HashSet<>(byLastWord.getOrDefault(words.get(0), Set.of()));
            found.remove(own);
            found.removeIf(c -> mentions.getOrDefault(c, 0) < mentions.getOrDefault(own, 0));
            // rule "named apart": an article whose record names both, as two actors, shows two bodies ("the House"
            // beside "the White House"), whichever is the more mentioned
            found.removeIf(c -> decider.namedTogether(own, c));
            if (found.isEmpty()) {
                continue;
            }
            ShortNameDecider.Decision d = decider.decide(m, found);
            if (d.decided()) {
                decisions.put(m, d);
            }
        }
        decisions.forEach((m, d) -> index.union(d.target(), m, d.rule() == null ? name() : name() + ": " + d.rule()));
    }
}
