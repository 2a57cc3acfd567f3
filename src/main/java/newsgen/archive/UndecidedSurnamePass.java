package newsgen.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A surname that could be several people the archive names in full, and that nothing decided, gets no page of its
 * own when only one article uses it: such a page would present a passing "Hughes" as a person apart from Chris and
 * Jeremy Hughes, which is exactly the guess the archive refuses to make. The article still shows the name, unlinked.
 * Used in several articles, the surname keeps its page, which names the people it could be.
 */
final class UndecidedSurnamePass implements ResolutionPass {
    static final String WHY = "a surname several people share, nothing decides which";

    @Override
    public String name() {
        return "undecided surname";
    }

    @Override
    public void run(EntityIndex index) {
        Map<Integer, Set<Integer>> articlesOfRoot = new HashMap<>();
        Map<Integer, Boolean> allUndecided = new HashMap<>();
        for (int m = 0; m < index.size(); m++) {
            if (index.isDropped(m)) {
                continue;
            }
            int root = index.find(m);
            articlesOfRoot.computeIfAbsent(root, r -> new HashSet<>()).add(index.mention(m).article());
            allUndecided.merge(root, index.isUndecided(m), Boolean::logicalAnd);
        }
        for (int m = 0; m < index.size(); m++) {
            if (index.isDropped(m)) {
                continue;
            }
            int root = index.find(m);
            if (allUndecided.get(root) && articlesOfRoot.get(root).size() == 1) {
                index.drop(m, WHY);
            }
        }
    }
}
