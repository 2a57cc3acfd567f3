package newsgen.site;

import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A page model's record is read through a function made for each accessor: the same values Pebble's own resolver
 * reads, for a record of any visibility and a component of any type, and nothing where Pebble would read otherwise.
 */
class RecordAttributesTest {
    @TempDir
    Path tmp;

    /** Private, nested, with a primitive, a boxed, a list and a null component. */
    private record Item(String name, int count, Long big, boolean shown, List<String> tags, String none) {
    }

    /** Pebble prefers getLabel() to label(): the resolver leaves the attribute to Pebble. */
    record Labelled(String label) {
        public String getLabel() {
            return "from getLabel";
        }
    }

    /** An accessor that fails: Pebble's resolver is left to try it and report the failure. */
    record Failing(String text) {
        @Override
        public String text() {
            throw new IllegalStateException("no text");
        }
    }

    private static Object read(Object record, String name) {
        ResolvedAttribute resolved = new RecordAttributes().resolve(record, name, null, null, null, "t", 1);
        return resolved == null ? null : resolved.evaluatedValue;
    }

    @Test
    void readsEachComponentAsItsAccessorGivesIt() {
        Item item = new Item("Name", 3, 1L << 40, true, List.of("a", "b"), null);
        assertEquals("Name", read(item, "name"));
        assertEquals(3, read(item, "count"));
        assertEquals(1L << 40, read(item, "big"));
        assertEquals(true, read(item, "shown"));
        assertEquals(List.of("a", "b"), read(item, "tags"));
        assertNull(new RecordAttributes().resolve(item, "none", null, null, null, "t", 1).evaluatedValue);
    }

    @Test
    void leavesToPebbleWhatItWouldReadOtherwise() {
        Item item = new Item("Name", 3, 1L, true, List.of(), null);
        assertNull(new RecordAttributes().resolve(item, "missing", null, null, null, "t", 1));
        assertNull(new RecordAttributes().resolve(item, "name", new Object[0], null, null, "t", 1));
        assertNull(new RecordAttributes().resolve(new Labelled("x"), "label", null, null, null, "t", 1));
        assertNull(new RecordAttributes().resolve(new Failing("x"), "text", null, null, null, "t", 1));
        assertNull(new RecordAttributes().resolve(Map.of("name", "x"), "name", null, null, null, "t", 1));
    }

    @Test
    void aTemplateReadsTheSameValues() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("t.peb"),
                "{{ item.name }} {{ item.count + 1 }} {{ item.big }} {{ item.shown }} {{ item.tags | join(\",\") }}"
                        + " {{ labelled.label }}");
        String page = new PageRenderer(templates).render(new Page("a.html", "t", (PageModel) null),
                Map.of("item", new Item("A & B", 41, 7L, false, List.of("x", "y"), null), "labelled", new Labelled("x")),
                Map.of());
        assertEquals("A &amp; B 42 7 false x,y from getLabel", page);
    }

    @Test
    void manySitesReadingOneNameEachReadIt() throws IOException {
        // More template sites (each its own string) than the table keeps for one name: every one still reads it.
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("t.peb"), "{{ item.name }}{{ item.count }}".repeat(12) + "{{ item.tags }}");
        PageRenderer renderer = new PageRenderer(templates);
        for (int page = 0; page < 3; page++) {
            Item item = new Item("n" + page, page, 0L, true, List.of(), null);
            assertEquals(("n" + page + page).repeat(12) + "[]", renderer.render(new Page("a.html", "t", (PageModel) null),
                    Map.of("item", item), Map.of()));
        }
        assertEquals("n", read(new Item("n", 1, 1L, true, List.of(), null), new String("name")));
    }
}
