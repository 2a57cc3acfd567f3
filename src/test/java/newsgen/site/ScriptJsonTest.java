package newsgen.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ScriptJsonTest {
    private static final String HOSTILE = "</script><script>alert(1)</script><!-- \u2028 & \"quoted\" 'single'";

    @Test
    void textCannotCloseTheScriptOrOpenAComment() throws Exception {
        String json = ScriptJson.of(Map.of("headline", HOSTILE));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("headline").asText());
    }

    @Test
    void jsonFilterInATemplateKeepsTheScriptWhole() throws Exception {
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .autoEscaping(true).extension(new ScriptJsonExtension()).build();
        StringWriter out = new StringWriter();
        engine.getTemplate("<html><head><script type=\"application/ld+json\">{{ data | json }}</script></head><body><p>{{ data.headline }}</p></body></html>")
                .evaluate(out, Map.of("data", Map.of("headline", HOSTILE, "tags", List.of("a<b"))));
        Document doc = Jsoup.parse(out.toString());
        assertEquals(1, doc.select("script").size(), out.toString());
        assertEquals(HOSTILE, new ObjectMapper().readTree(doc.selectFirst("script").data()).get("headline").asText());
        assertEquals(HOSTILE, doc.selectFirst("p").text());
    }
}
