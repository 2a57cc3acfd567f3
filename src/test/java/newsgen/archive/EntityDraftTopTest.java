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
}
