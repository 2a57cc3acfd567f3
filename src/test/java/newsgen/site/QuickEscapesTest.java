package newsgen.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Printed values are escaped as Pebble's escape filter escapes them, wherever a template prints them and however. */
class QuickEscapesTest {
    @TempDir
    Path tmp;

    private String render(String template, Map<String, Object> model) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("t.peb"), template);
        return new PageRenderer(templates).render(new Page("a.html", "t", (PageModel) null), model, Map.of());
    }

    @Test
    void valuesAreEscapedOnceSafeTextIsNotNullPrintsNothingAndOtherStrategiesStayPebbles() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("text", "<a href=\"x\">Tom & 'Jerry'</a>");
        model.put("count", 8235);
        model.put("nothing", null);
        String template = "{% macro m(x) %}<b>{{ x }}</b>{% endmacro %}"
                + "{{ text }}|{{ count }}|{{ nothing }}|{{ text | raw }}|{{ m(text) }}|{{ text | upper }}"
                + "|{% autoescape false %}{{ text }}{% endautoescape %}|{% autoescape \"js\" %}{{ text }}{% endautoescape %}"
                + "|{{ count > 1 ? text : 'none' }}|{% autoescape \"html\" %}{{ text }}{% endautoescape %}";
        String escaped = "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;";
        assertEquals(escaped + "|8235||" + model.get("text") + "|<b>" + escaped + "</b>|"
                + "&lt;A HREF=&quot;X&quot;&gt;TOM &amp; &#39;JERRY&#39;&lt;/A&gt;|" + model.get("text")
                + "|<a href=\\\"x\\\">Tom \\x26 \\'Jerry\\'<\\/a>|" + escaped + "|" + escaped,
                render(template, model));
    }
}
