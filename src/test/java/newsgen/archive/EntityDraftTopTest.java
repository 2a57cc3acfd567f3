package newsgen.archive;

import newsgen.model.Entity;
import newsgen.model.EntityRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The companions an entity page lists are the whole map sorted and cut, whatever the map's size and ties. */
class EntityDraftTopTest {
    /** The listing as a full sort made it: most articles first, then by kind and name, the first COMPANIONS. */
    private static List<Map.Entry<EntityRef, Integer>> sortedAndCut(Map<EntityRef, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<EntityRef, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, StoryAssembler.BY_KIND_AND_NAME))
                .limit(EntityDraft.COMPANIONS).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    @Test
    void theTopIsTheSortedMapCutAtTheCompanionsAnEntityPageLists() {
        Random random = new Random(10);
        List<String> kinds = List.of(Entity.PERSON, Entity.ORGANIZATION, Entity.PLACE);
        for (int round = 0; round < 2000; round++) {
            Map<EntityRef, Integer> counts = new HashMap<>();
            int size = random.nextInt(round % 3 == 0 ? 5 : 60);
            int names = 1 + random.nextInt(12); // few names: many refs that differ only by kind or id
            int most = 1 + random.nextInt(round % 2 == 0 ? 3 : 50); // few counts: many ties on the count
            for (int i = 0; i < size; i++) {
                EntityRef ref = new EntityRef(kinds.get(random.nextInt(3)), "id-" + random.nextInt(4),
                        "Name " + (char) ('A' + random.nextInt(names)));
                counts.put(ref, 1 + random.nextInt(most));
            }
            List<Map.Entry<EntityRef, Integer>> top = new ArrayList<>(EntityDraft.top(counts).entrySet());
            assertEquals(sortedAndCut(counts), top.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
            assertEquals(LinkedHashMap.class, EntityDraft.top(counts).getClass());
        }
    }

    /**
     * The companions pass picks each entity's top straight from its pair table: the same tops, in the same order, as
     * every pair counted in a map per entity and each map's top taken.
     */
    @Test
    void theCompanionsPassGivesTheTopsOfEveryPairCounted() {
        Random random = new Random(23);
        List<String> kinds = List.of(Entity.PERSON, Entity.ORGANIZATION, Entity.PLACE);
        for (int round = 0; round < 200; round++) {
            List<EntityRef> pool = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                pool.add(new EntityRef(kinds.get(random.nextInt(3)), "id-" + i, "Name " + (char) ('A' + random.nextInt(8))));
            }
            List<List<EntityRef>> articles = new ArrayList<>();
            for (int a = 0, n = random.nextInt(30); a < n; a++) {
                java.util.LinkedHashSet<EntityRef> named = new java.util.LinkedHashSet<>();
                for (int k = random.nextInt(12); k > 0; k--) {
                    named.add(pool.get(random.nextInt(pool.size())));
                }
                articles.add(new ArrayList<>(named));
            }
            Map<EntityRef, Map<EntityRef, Integer>> counted = new HashMap<>();
            for (List<EntityRef> named : articles) {
                for (EntityRef e : named) {
                    Map<EntityRef, Integer> c = counted.computeIfAbsent(e, k -> new HashMap<>());
                    for (EntityRef other : named) {
                        if (!other.equals(e) && !other.kind().equals(Entity.PLACE)) {
                            c.merge(other, 1, Integer::sum);
                        }
                    }
                }
            }
            Map<EntityRef, Map<EntityRef, Integer>> full = CompanionMemo.full(articles);
            assertEquals(counted.keySet(), full.keySet());
            counted.forEach((e, c) -> assertEquals(new ArrayList<>(EntityDraft.top(c).entrySet()),
                    new ArrayList<>(full.get(e).entrySet()), e.toString()));
        }
    }
}
