package newsgen.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentPagesTest {
    private static List<List<String>> cut(List<String> items) {
        return ContentPages.cut(items, s -> ContentPages.identity(s));
    }

    private static List<String> items(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("quote " + i);
        }
        return out;
    }

    @Test
    void pagesHoldEveryItemInOrderBetweenTheMinimumAndTheMaximum() {
        List<String> items = items(5000);
        List<List<String>> pages = cut(items);
        assertEquals(items, pages.stream().flatMap(List::stream).toList());
        for (int i = 0; i < pages.size() - 1; i++) {
            assertTrue(pages.get(i).size() >= ContentPages.MIN && pages.get(i).size() <= ContentPages.MAX, pages.get(i).size() + "");
        }
        double mean = 5000.0 / pages.size();
        assertTrue(mean > 30 && mean < 70, "about fifty a page: " + mean);
    }

    @Test
    void anItemAddedInTheMiddleChangesOnlyThePagesAroundIt() {
        List<String> items = items(5000);
        List<List<String>> before = cut(items);
        for (int at : List.of(10, 1234, 2500, 4990)) {
            List<String> after = new ArrayList<>(items);
            after.add(at, "a new quote " + at);
            List<List<String>> pages = cut(after);
            Set<List<String>> old = new java.util.HashSet<>(before);
            long changed = pages.stream().filter(p -> !old.contains(p)).count();
            assertTrue(changed <= 3, changed + " pages changed for one item added at " + at);
        }
    }

    @Test
    void aLongListIsCutWhereItsItemsChooseAsAShortOneIs() {
        // Past PARALLEL items the identities are worked out on every core first: the same cuts as one by one.
        List<String> items = items(3 * ContentPages.PARALLEL);
        List<Integer> ends = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < items.size(); i++) {
            int size = i - from + 1;
            if (size >= ContentPages.MAX || size >= ContentPages.MIN && ContentPages.boundary(ContentPages.identity(items.get(i)))) {
                ends.add(i + 1);
                from = i + 1;
            }
        }
        List<Integer> cut = new ArrayList<>();
        int end = 0;
        for (List<String> page : cut(items)) {
            end += page.size();
            cut.add(end);
        }
        if (from < items.size()) {
            ends.add(items.size());
        }
        assertEquals(ends, cut);
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        assertEquals(List.of(List.of()), cut(List.of()));
    }

    @Test
    void namesComeFromTheFirstItemAndAreMadeUniqueInOrder() {
        assertEquals(List.of("lee-epstein", "lee-epstein-2", "speaker", "index-2"),
                ContentPages.names(List.of("lee-epstein", "lee-epstein", "", "index"), "speaker", Set.of("index")));
    }
}
