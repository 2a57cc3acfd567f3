package newsgen.site;

import newsgen.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One template site reading {@code x.name} from values of changing kinds reads each as Pebble would: the accessor it
 * remembered is used only for the class it belongs to, and what gen's resolver leaves to Pebble still goes there.
 */
class QuickAttributesTest {
    @TempDir
    Path tmp;

    record Person(String name) {
    }

    record Place(String name, String country) {
    }

    /** Pebble prefers getName() to name(). */
    record Preferred(String name) {
        public String getName() {
            return "by getName";
        }
    }

    /** An accessor that fails: Pebble's resolvers are asked, and the error is theirs. */
    record Failing(String name) {
        @Override
        public String name() {
            throw new IllegalStateException("no name");
        }
    }

    private PageRenderer renderer(String template) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("t.peb"), template);
        return new PageRenderer(templates);
    }

    private static String render(PageRenderer renderer, Map<String, Object> model) {
        return renderer.render(new Page("a.html", "t", (PageModel) null), model, Map.of());
    }

    @Test
    void oneSiteReadsEachKindOfValueAsPebbleDoes() throws IOException {
        PageRenderer renderer = renderer("{% for x in items %}{{ x.name }};{% endfor %}");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "from a map");
        List<Object> items = new ArrayList<>(List.of(new Person("Ann"), new Place("Lima", "Peru"), new Person("Bo & Co"),
                map, new Preferred("x"), new Place("Oslo", "Norway")));
        assertEquals("Ann;Lima;Bo &amp; Co;from a map;by getName;Oslo;", render(renderer, Map.of("items", items)));
        // The same compiled site again, its remembered class now the last one read.
        assertEquals("Cy;Dee;", render(renderer, Map.of("items", List.of(new Place("Cy", "-"), new Person("Dee")))));
    }

    @Test
    void aMisspeltOrFailingAttributeIsReportedAsBefore() throws IOException {
        PageRenderer misspelt = renderer("{% for x in items %}{{ x.nme }}{% endfor %}");
        ProblemException e = assertThrows(ProblemException.class, () -> render(misspelt, Map.of("items", List.of(new Person("A")))));
        assertTrue(e.getMessage().contains("no attribute 'nme' in QuickAttributesTest.Person, which has: name"), e.getMessage());

        PageRenderer failing = renderer("{% for x in items %}{{ x.name }}{% endfor %}");
        assertEquals("A", render(failing, Map.of("items", List.of(new Person("A")))));
        assertThrows(ProblemException.class, () -> render(failing, Map.of("items", List.of(new Failing("B")))));

        PageRenderer ofNull = renderer("{{ nothing.name }}");
        ProblemException none = assertThrows(ProblemException.class, () -> render(ofNull, Map.of()));
        assertTrue(none.getMessage().contains("nothing"), none.getMessage());
    }

    @Test
    void namesLookedUpInLoopsAndMacrosStillResolve() throws IOException {
        // Loop variables, macro parameters and set variables are the names QuickAttributes makes the JVM's one copy of.
        PageRenderer renderer = renderer("{% macro line(p, sep) %}{{ p.name }}{{ sep }}{% endmacro %}"
                + "{% set sep = \"|\" %}{% for person in people %}{{ line(person, sep) }}{% endfor %}{{ title }}");
        assertEquals("A|B|T", render(renderer, Map.of("people", List.of(new Person("A"), new Person("B")), "title", "T")));
    }
}
