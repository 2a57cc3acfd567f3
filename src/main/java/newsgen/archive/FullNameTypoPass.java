package newsgen.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Full names with the same given names and a surname one letter apart ("Mohamed Bazoum", "Mohamed Bazoun"). */
final class FullNameTypoPass implements ResolutionPass {
    /** Words shorter than this are never matched as typos ("Sall" and "Fall" are two people). */
    static final int MIN_TYPO_LENGTH = 5;

    @Override
    public String name() {
        return "one-letter typo";
    }

    @Override
    public void run(EntityIndex index) {
        Map<String, Integer> first = new HashMap<>();
        for (int m = 0; m < index.size(); m++) {
            EntityIndex.Mention mention = index.mention(m);
            if (index.isDropped(m) || !mention.isFullName()) {
                continue;
            }
            for (PersonName p : mention.personNames()) {
                List<String> words = p.words();
                if (!p.isFull() || !words.get(words.size() - 1).equals(p.surname()) || p.surname().length() < MIN_TYPO_LENGTH) {
                    continue;
                }
                String key = p.key();
                String given = key.substring(0, key.length() - p.surname().length());
                for (String d : NameKey.deletions(p.surname())) {
                    Integer f = first.putIfAbsent(given + d, m);
                    if (f != null) {
                        index.union(f, m, name());
                    }
                }
            }
        }
    }
}
