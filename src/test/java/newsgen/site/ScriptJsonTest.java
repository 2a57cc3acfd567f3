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

    @Test
    void writtenToAStreamTheBytesOfTheTextInUtf8() throws Exception {
        // emoji (surrogate pairs) at every offset across the generator's and the encoder's buffers, lone surrogates
        // (which getBytes turns into '?'), the escaped characters and text outside Latin-1
        StringBuilder long_ = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            long_.append(i % 7 == 0 ? "\uD83D\uDE00" : i % 11 == 0 ? "é" : i % 13 == 0 ? "中" : "a");
        }
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("hostile", HOSTILE);
        value.put("long", long_.toString());
        value.put("lone", List.of("x\uD83Dy", "\uDE00", "end\uD83D"));
        value.put("line", "a\u2029b\u2028c");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write('[');
        ScriptJson.write(value, out);
        out.write(']'); // the stream is still open
        byte[] want = ("[" + ScriptJson.of(value) + "]").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(-1, java.util.Arrays.mismatch(want, out.toByteArray()), "the first byte that differs");
    }
}
