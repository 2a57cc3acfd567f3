package newsgen.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import newsgen.content.ArticleLoader;
import newsgen.extract.Extractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written JSON is, character for character, what Jackson's pretty printer wrote for the same records. */
public class RecordJsonTest {
    /** Every UTF-16 unit in order, lone surrogates among them. */
    public static String everyUnit() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c);
        }
        return all.toString();
    }

    /** A record with {@code s} in every string of every level, and odd numbers. */
    public static ArticleRecord everywhere(String s) {
        Place p = new Place(s, s, s, null, -3);
        Actor a = new Actor(s, s, s, List.of(s, s), List.of(), s, Integer.MAX_VALUE);
        Quote q = new Quote(s, null, s, s, s, true, 0, s);
        DateMention d = new DateMention(s, s, Integer.MIN_VALUE, s);
        return new ArticleRecord(s, s, s, s, s, s, p, List.of(p, p), List.of(a), List.of(q, q), List.of(d));
    }

    /** What gen extract printed before: the records as one array by Jackson, then a line break. */
    private static String jackson(List<ArticleRecord> records) throws IOException {
        StringWriter w = new StringWriter();
        PrintWriter out = new PrintWriter(w);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, records);
        out.println();
        out.flush();
        return w.toString();
    }

    /** The same records as ExtractCommand prints them now. */
    private static String handMade(List<ArticleRecord> records) {
        StringBuilder s = new StringBuilder();
        for (ArticleRecord r : records) {
            RecordJson json = new RecordJson(16).record(r);
            s.append(s.length() == 0 ? "[ " : ", ").append(json.chars(), 0, json.length());
        }
        return s.append(records.isEmpty() ? "[ ]" : " ]").append(System.lineSeparator()).toString();
    }

    @Test
    void recordsOfTheSeedAndDevSetArticlesAreWrittenAsJacksonWroteThem() throws IOException {
        List<ArticleRecord> records = new ArrayList<>();
        Extractor extractor = new Extractor();
        ArticleLoader loader = ArticleLoader.textOnly();
        for (Path folder : List.of(Path.of("articles"), Path.of("src/test/resources/devset/articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(ArticleLoader::isArticle).sorted().toList()) {
                    records.add(extractor.extract(loader.load(f)));
                }
            }
        }
        assertTrue(records.size() >= 12, "articles found: " + records.size());
        assertTrue(records.stream().anyMatch(r -> !r.quotes().isEmpty() && !r.actors().isEmpty() && r.place() != null));
        assertEquals(jackson(records), handMade(records));
    }

    @Test
    void emptyArrayNullsAndEmptyListsAreWrittenAsJacksonWroteThem() throws IOException {
        assertEquals(jackson(List.of()), handMade(List.of()));
        ArticleRecord bare = new ArticleRecord(null, "s", "", null, null, null, null, List.of(), List.of(), List.of(), List.of());
        assertEquals(jackson(List.of(bare, bare)), handMade(List.of(bare, bare)));
    }

    @Test
    void everyCharacterIsEscapedAsJacksonEscapedIt() throws IOException {
        // every UTF-16 unit, lone surrogates among them, in strings at every level of the record
        List<String> strings = List.of(everyUnit(), "\"quoted\\\" \\n\u0000\u001f\u007f\u2028", "ends with a control\u0001",
                "\u0008\t\n\u000b\f\r", "plain", "", "😀 and a lone \uD83D");
        List<ArticleRecord> records = new ArrayList<>();
        for (String s : strings) {
            records.add(everywhere(s));
        }
        assertEquals(jackson(records), handMade(records));
    }
}
