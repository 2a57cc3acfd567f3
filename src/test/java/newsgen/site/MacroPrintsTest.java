package newsgen.site;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A macro printed straight into its page gives the page Pebble's own text, wherever the print stands: in a loop, in
 * another macro's body, under a filter tag, beside a call whose text is kept, set or filtered, or of an imported
 * template; as a page's bytes as well as its text.
 */
class MacroPrintsTest {
    @TempDir
    Path tmp;

    private static final String MACROS = "{% macro many(list) %}{% for i in list %}{{ i }};{% endfor %}{% endmacro %}"
            + "{% macro wrap(list, root) %}({{ many(list) }}|{{ show(root) }}|{{ many(list) }}){% endmacro %}"
            + "{% macro show(x) %}[{{ x }}]{% endmacro %}";

    private static final List<String> TEMPLATES = List.of(
            "{% for l in lists %}<{{ many(l) }}>{% endfor %}",
            "{{ wrap(items, root) }}{{ wrap(items, root) }}",
            "{% filter upper %}a{{ many(items) }}b{% endfilter %}c{{ many(items) }}",
            "{{ many(items) | upper }}{{ many(items) | length }}",
            "{% set s = many(items) %}[{{ s }}]{{ many(holder.items) }}",
            "{{ max(1, 2) }}{% set s = many(items) %}{{ s }}{{ show(many(items)) }}",
            "{% autoescape false %}{{ many(items) }}{{ show(root) }}{% endautoescape %}",
            "{% import \"m\" as lib %}{{ lib.many(items) }}{{ show(lib.many(items)) }}{{ many(items) }}");

    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        List<Object> items = List.of("Caf\u00e9 <b>", 2, "\ud83d\ude00 \u2026 & more");
        model.put("items", items);
        model.put("lists", List.of(items, List.of(), List.of("x")));
        model.put("holder", Map.of("items", List.of("h", "\u00fc")));
        model.put("root", "../");
        return model;
    }

    @Test
    void aPrintedMacroGivesPebblesOwnText() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("m.peb"), MACROS);
        for (int n = 0; n < TEMPLATES.size(); n++) {
            Files.writeString(templates.resolve("t" + n + ".peb"), MACROS + TEMPLATES.get(n));
        }
        PageRenderer renderer = new PageRenderer(templates);
        FileLoader loader = new FileLoader();
        loader.setPrefix(templates.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        PebbleEngine pebble = new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(true)
                .defaultLocale(Locale.ENGLISH).addEscapingStrategy("html", HtmlEscaping::escape).build();
        for (int n = 0; n < TEMPLATES.size(); n++) {
            Page page = new Page("a/b.html", "t" + n, (PageModel) null);
            StringWriter expected = new StringWriter();
            pebble.getTemplate("t" + n).evaluate(expected, model());
            for (int again = 0; again < 2; again++) {
                assertEquals(expected.toString(), renderer.render(page, model(), Map.of()), TEMPLATES.get(n));
                PageBytes.Utf8 bytes = renderer.renderUtf8(page, model(), Map.of());
                assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8),
                        java.util.Arrays.copyOf(bytes.bytes(), bytes.length()), TEMPLATES.get(n));
            }
        }
    }
}
