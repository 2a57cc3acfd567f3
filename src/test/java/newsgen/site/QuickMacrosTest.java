package newsgen.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Macros give the text Pebble's own macros give, although a repeated call with the same plain arguments is answered
 * from memory: a call with other arguments, or with a value that may have changed since (a list), is rendered again.
 */
class QuickMacrosTest {
    @TempDir
    Path tmp;

    private static final String MACROS = "{% macro show(x, root) %}[{{ root }}{{ x }}]{% endmacro %}"
            + "{% macro many(list) %}{% for i in list %}{{ i }};{% endfor %}{% endmacro %}"
            + "{% macro cite(a, root) %}<a href=\"{{ root }}{{ a.href }}\">{{ a.title }}</a>{% endmacro %}"
            + "{% macro twice(x) %}{{ show(x, '/') }}{{ show(x, '/') }}{% endmacro %}"
            + "{% macro fallback(a, b=\"none\") %}{{ a }}-{{ b }}{% endmacro %}";

    private String render(PageRenderer renderer, Map<String, Object> model) {
        return renderer.render(new Page("a/b.html", "t", (PageModel) null), model, Map.of());
    }

    private PageRenderer renderer(String body) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("t.peb"), MACROS + body);
        return new PageRenderer(templates);
    }

    @Test
    void repeatedCallsGiveTheTextOfEachCallEscapedAsBefore() throws IOException {
        PageRenderer renderer = renderer("{{ show(name, root) }}{{ show(name, root) }}{{ show(other, root) }}{{ show(name, '../') }}"
                + "{{ twice(name) }}{{ fallback(name) }}{{ fallback(name, other) }}{{ fallback(name) }}");
        Map<String, Object> model = new HashMap<>();
        model.put("name", "A<b>");
        model.put("other", "C & D");
        assertEquals("[../A&lt;b&gt;][../A&lt;b&gt;][../C &amp; D][../A&lt;b&gt;][/A&lt;b&gt;][/A&lt;b&gt;]"
                + "A&lt;b&gt;-noneA&lt;b&gt;-C &amp; DA&lt;b&gt;-none", render(renderer, model));
        model.put("name", "E");
        assertEquals("[../E][../E][../C &amp; D][../E][/E][/E]E-noneE-C &amp; DE-none", render(renderer, model));
    }

    @Test
    void aListArgumentIsRenderedAgainEachTimeSoAChangeShows() throws IOException {
        PageRenderer renderer = renderer("{{ many(items) }}");
        List<Object> items = new ArrayList<>(List.of(1, "two"));
        assertEquals("1;two;", render(renderer, Map.of("items", items)));
        items.set(0, "one");
        assertEquals("one;two;", render(renderer, Map.of("items", items)));
    }

    @Test
    void aSharedViewIsCitedTheSameOnEveryPageAndAnotherOneItsOwnWay() throws IOException {
        PageRenderer renderer = renderer("{{ cite(a, root) }}|{{ cite(b, root) }}|{{ cite(a, root) }}");
        ArticleLink a = new ArticleLink("s", "Title & more", null, null, null, "articles/s.html");
        ArticleLink b = new ArticleLink("t", "Other", null, null, null, "articles/t.html");
        String expected = "<a href=\"../articles/s.html\">Title &amp; more</a>|<a href=\"../articles/t.html\">Other</a>"
                + "|<a href=\"../articles/s.html\">Title &amp; more</a>";
        assertEquals(expected, render(renderer, Map.of("a", a, "b", b)));
        assertEquals(expected, render(renderer, Map.of("a", a, "b", b)));
    }

    @Test
    void aPageCopiesTheBytesOfARememberedTextAsItsFirstPrintingEncodedThem() throws IOException {
        // Remembered texts beyond ASCII, printed on several pages, between a raw value and inside another macro's
        // text: each page's bytes are its text's UTF-8, whichever print encoded a remembered text first.
        PageRenderer renderer = renderer("{{ show(name, root) }}{{ body | raw }}{{ show(name, root) }}{{ twice(name) }}"
                + "{{ show(other, root) }}{{ many(items) }}{{ show(name, root) }}");
        Map<String, Object> model = new HashMap<>();
        model.put("name", "Caf\u00e9 \u2026 \ud83d\ude00 <q>");
        model.put("other", "\u201cquoted\u201d & more");
        model.put("body", "<p>r\u00e9sum\u00e9 \u2019</p>");
        model.put("items", List.of("\u00fc", 2));
        Page page = new Page("a/b.html", "t", (PageModel) null);
        String expected = render(renderer, model);
        for (int n = 0; n < 3; n++) {
            PageBytes.Utf8 bytes = renderer.renderUtf8(page, model, Map.of());
            assertEquals(expected, new String(bytes.bytes(), 0, bytes.length(), java.nio.charset.StandardCharsets.UTF_8), "page " + n);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Arrays.copyOf(bytes.bytes(), bytes.length()), "page " + n);
        }
    }
}
