package newsgen.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import newsgen.content.ArticleLoader;
import newsgen.extract.Extractor;
import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.Place;
import newsgen.model.RecordJsonTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article's data file is, byte for byte, what the site's Jackson mapper wrote for the record and its entities. */
class RecordFileTest {
    private static final ObjectMapper JACKSON = ScriptJson.configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);

    /** What SiteBuilder wrote before: Jackson's bytes of a tree of the record with an "entities" object put last. */
    @SuppressWarnings("unchecked")
    private static String jackson(ArticleRecord r, Map<String, String> actors, Map<String, String> places) throws IOException {
        Map<String, Object> tree = JACKSON.convertValue(r, LinkedHashMap.class);
        Map<String, Object> entities = new LinkedHashMap<>();
        entities.put("actors", actors);
        entities.put("places", places);
        tree.put("entities", entities);
        return new String(JACKSON.writeValueAsBytes(tree), StandardCharsets.ISO_8859_1);
    }

    private static String handMade(ArticleRecord r, Map<String, String> actors, Map<String, String> places) {
        RecordFile.Made file = RecordFile.of(r, actors, places);
        // the archive's copy is the file with each line indented one level more, as SiteBuilder.nested makes it
        assertArrayEquals(SiteBuilder.nested(file.bytes(), file.length()), file.nested());
        return new String(file.bytes(), 0, file.length(), StandardCharsets.ISO_8859_1); // the bytes, one char each
    }

    private static Map<String, String> ids(List<String> ids, String kind) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            m.put(ids.get(i), i % 3 == 2 ? null : kind + "/" + ids.get(i)); // some dropped by the archive: null
        }
        return m;
    }

    @Test
    void recordsOfTheSeedAndDevSetArticlesAreWrittenAsJacksonWroteThem() throws IOException {
        Extractor extractor = new Extractor();
        ArticleLoader loader = ArticleLoader.textOnly();
        int n = 0;
        for (Path folder : List.of(Path.of("articles"), Path.of("src/test/resources/devset/articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(ArticleLoader::isArticle).sorted().toList()) {
                    ArticleRecord r = extractor.extract(loader.load(f));
                    Map<String, String> actors = ids(r.actors().stream().map(Actor::id).toList(), "person");
                    Map<String, String> places = ids(r.places().stream().map(Place::id).toList(), "place");
                    assertEquals(jackson(r, actors, places), handMade(r, actors, places), f.toString());
                    n++;
                }
            }
        }
        assertTrue(n >= 12, "articles found: " + n);
    }

    @Test
    void emptyListsNullsAndEmptyMapsAreWrittenAsJacksonWroteThem() throws IOException {
        ArticleRecord bare = new ArticleRecord(null, "s", "", null, null, null, null, List.of(), List.of(), List.of(), List.of());
        assertEquals(jackson(bare, Map.of(), Map.of()), handMade(bare, Map.of(), Map.of()));
        assertEquals(jackson(bare, ids(List.of("a"), "person"), Map.of()), handMade(bare, ids(List.of("a"), "person"), Map.of()));
    }

    @Test
    void everyCharacterIsEscapedAsJacksonEscapedIt() throws IOException {
        // every UTF-16 unit, lone surrogates among them, in strings at every level of the record and in the entities
        List<String> strings = List.of(RecordJsonTest.everyUnit(), "\"quoted\\\" \\n\u0000\u001f\u007f\u2028\u2029</script><!-- & &amp;",
                "ends with a control\u0001", "\u0008\t\n\u000b\f\r", "plain", "", "😀 and a lone \uD83D", "é ñ € 中");
        for (String s : strings) {
            ArticleRecord r = RecordJsonTest.everywhere(s);
            Map<String, String> actors = new LinkedHashMap<>();
            actors.put(s, s);
            actors.put(s + "2", null);
            Map<String, String> places = Map.of(s, "place/" + s);
            assertEquals(jackson(r, actors, places), handMade(r, actors, places));
        }
    }
}
