package newsgen.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A page written as bytes holds the UTF-8 of the text the same template gives as a string, literal text included. */
class EncodedTextTest {
    @TempDir
    Path tmp;

    @Test
    void literalTextInBodiesBlocksLoopsAndMacrosIsEncodedAsTheWholePageWouldBe() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("frame.peb"), "<p>Café · “{% block b %}default…{% endblock %}” 😀</p>\n");
        Files.writeString(templates.resolve("t.peb"), "{% extends \"frame\" %}{% macro m(x) %}«{{ x }}» é{% endmacro %}"
                + "ignored at the top of a child “template”{% block b %}{% for i in items %}– {{ i }} ’{{ m(i) }}{% endfor %}"
                + "{% if items is empty %}none…{% else %}ü{% endif %}{% endblock %}");
        PageRenderer renderer = new PageRenderer(templates);
        Page page = new Page("a.html", "t", (PageModel) null);
        Map<String, Object> model = Map.of("items", java.util.List.of("a & b", "ü", "long piece ".repeat(20)));
        String text = renderer.render(page, model, Map.of());
        for (int twice = 0; twice < 2; twice++) { // the second time into the thread's buffer kept from the first
            PageBytes.Utf8 bytes = renderer.renderUtf8(page, model, Map.of());
            assertEquals(text, new String(Arrays.copyOf(bytes.bytes(), bytes.length()), StandardCharsets.UTF_8));
        }
        assertEquals(true, text.startsWith("<p>Café · “– a &amp; b ’«a &amp; b» é– ü"), text);
    }
}
