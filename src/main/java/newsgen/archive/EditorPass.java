package newsgen.archive;

import newsgen.model.EntityKind;
import newsgen.model.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's entities.yaml, applied to the entities the automatic passes made: it has the last word. Edits
 * run in file order; an id the archive does not hold is a warning naming the closest ids it does hold.
 */
final class EditorPass {
    static final String RULE = "entities.yaml";
    /** How many close ids a warning suggests. */
    private static final int SUGGESTIONS = 3;

    private final EntityEdits edits;

    EditorPass(EntityEdits edits) {
        this.edits = edits;
    }

    void apply(EntityIndex index) {
        Map<String, Integer> known = index.entityMentions();
        Map<String, Integer> byName = new HashMap<>();
        index.groups().forEach(g -> byName.putIfAbsent(g.ref().entityKind().key(NameKey.of(g.ref().name())), known.get(g.ref().key())));
        for (EntityEdits.Edit edit : edits.edits()) {
            Integer m = found(edit.target(), known, index);
            if (m == null) {
                continue;
            }
            if (edit.drop()) {
                for (int i = 0; i < index.size(); i++) {
                    if (!index.isDropped(i) && index.find(i) == index.find(m)) {
                        index.drop(i, "dropped in " + edits.file());
                    }
                }
                continue;
            }
            if (edit.sameAs() != null) {
                Integer target = found(edit.sameAs(), known, index);
                if (target != null) {
                    index.union(target, m, RULE);
                }
            }
            for (String alias : edit.aliases()) {
                Integer other = byName.get(edit.target().kind().key(NameKey.of(alias)));
                if (other != null && index.find(other) != index.find(m)) {
                    index.union(m, other, RULE);
                }
            }
            if (edit.type() != null) {
                index.setKind(m, edit.type());
            }
            if (edit.name() != null) {
                index.setName(m, edit.name());
            }
            if (!edit.aliases().isEmpty() || edit.description() != null || edit.link() != null) {
                index.setEditor(m, new EntityIndex.Editor(edit.aliases(), edit.description(), edit.link()));
            }
        }
    }

    /** A mention of the entity the editor names, or null after warning that the archive holds none. */
    private Integer found(EntityEdits.Target target, Map<String, Integer> known, EntityIndex index) {
        Integer m = known.get(target.key());
        if (m == null) {
            index.warn(new Problem(edits.file(), target.line(), "no " + target.kind().value() + " '" + target.id()
                    + "' in this archive; closest: " + String.join(", ", closest(target, known))));
        }
        return m;
    }

    /** The known ids nearest to the target's, by edit distance, kind first. */
    static List<String> closest(EntityEdits.Target target, Map<String, Integer> known) {
        List<String[]> scored = new ArrayList<>();
        for (String key : known.keySet()) {
            int colon = key.indexOf(':');
            EntityKind kind = EntityKind.of(key.substring(0, colon));
            String id = key.substring(colon + 1);
            int d = distance(target.id(), id);
            scored.add(new String[] {(kind == target.kind() ? "0" : "1") + String.format("%04d", d), kind.value() + "/" + id});
        }
        return scored.stream().sorted(Comparator.comparing((String[] x) -> x[0]).thenComparing(x -> x[1]))
                .limit(SUGGESTIONS).map(x -> x[1]).toList();
    }

    /** Levenshtein distance, in two rows. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
