package newsgen.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Simple front matter is read without the YAML parser, into the fields the YAML parser gives. */
class FrontMatterTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void simpleFieldsAreReadAsYamlReadsThem() throws Exception {
        for (String yaml : List.of("title: \"The Ninth Circle: The Hellish View, #2\"\noutlet: \"breitbart\"\ndate: 2005-11-11",
                "title: \"Côte d’Ivoire — ‘quoted’ 'single' {x} [y] & z\"", "date: 2016-02-30", "slug: \"\"", "a_1: \"  spaced  \"")) {
            Map<String, Object> simple = FrontMatter.simple(yaml.lines().toList());
            assertNotNull(simple, yaml);
            assertEquals(YAML.readValue(yaml, Object.class), simple, yaml);
        }
    }

    @Test
    void anythingElseGoesToTheYamlParser() {
        for (String yaml : List.of("title: plain words", "date: 2016-09-08T10:00", "count: 7", "title: \"with \\\"escape\\\"\"",
                "title:  \"two spaces\"", "Title: \"capital\"", "yes: \"boolean key\"", "title: \"x\"\ntitle: \"twice\"",
                "tags: [\"a\"]", "title: \"tab\there\"", "title: \"x\" # comment", "title: \"emoji 🙂\"")) {
            assertNull(FrontMatter.simple(yaml.lines().toList()), yaml);
        }
    }

    @Test
    void theBodyIsTheLinesAfterTheFrontMatterJoinedByLineFeeds() {
        for (String text : List.of("---\ntitle: \"x\"\n---\nBody\n\nMore.\n", "---\ntitle: \"x\"\n---\nBody", "---\n---\n",
                "---\n---", "---\ntitle: \"x\"\n...\n\n\nBody\n\n", "---  \r\ntitle: \"x\"\r\n---\r\nBody\r\n\r\nMore\r",
                "---\rtitle: \"x\"\r---\rBody\rline\n", "---\ntitle: \"x\"\n---\n\n", "---\ntitle: \"x\"\n---\n\nA\n\n\n")) {
            List<String> lines = text.lines().toList();
            int close = 1;
            while (!lines.get(close).matches("(?:---|\\.\\.\\.)\\s*")) {
                close++;
            }
            FrontMatter front = FrontMatter.parse("a.md", text);
            assertEquals(String.join("\n", lines.subList(close + 1, lines.size())), front.body(), text);
            assertEquals(close + 2, front.bodyStart(), text);
            assertEquals(lines.subList(0, close + 1), front.lines(), text);
        }
        for (String text : List.of("", "\n---\n", "Body only\n", "--- not a fence\n")) {
            FrontMatter front = FrontMatter.parse("a.md", text);
            assertEquals(text, front.body());
            assertEquals(Map.of(), front.fields());
        }
    }

    @Test
    void theBodysCharactersAreTheBodyOfATextWithLineFeedsOnly() {
        // what ArticleLoader reads: its decoded texts hold no carriage return
        for (String text : List.of("---\ntitle: \"x\"\n---\nBody\n\nMore.\n", "---\ntitle: \"x\"\n---\nBody", "---\n---\n",
                "---\n---", "---\ntitle: \"x\"\n...\n\n\nBody\n\n", "---\ntitle: \"x\"\n---\n\n", "---\ntitle: \"x\"\n---\n\nA\n\n\n",
                "---\ntitle: \"x\"\n---\nA “quote”\n", "", "\n---\n", "Body only\n", "Body “only”\n\n", "--- not a fence\n")) {
            FrontMatter front = FrontMatter.parse("a.md", text);
            assertEquals(front.body(), new String(front.bodyChars()), text);
        }
    }

    @Test
    void aKeyGivenTwiceIsStillAnError() {
        org.junit.jupiter.api.Assertions.assertThrows(newsgen.model.ProblemException.class,
                () -> FrontMatter.parse("a.md", "---\ntitle: \"x\"\ntitle: \"y\"\n---\nBody"));
    }

    @Test
    void anIsoDateIsReadAsTheIsoFormatReadsIt() {
        for (String d : new String[]{"2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01",
                "9999-12-31", "2024-1-01", "2024/01/01", "+2024-01-01", "2024-01-0x", "２０２４-01-01"}) {
            java.time.LocalDate iso;
            try {
                iso = java.time.LocalDate.parse(d, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (java.time.format.DateTimeParseException e) {
                iso = null;
            }
            java.time.LocalDate mine = FrontMatter.isoDate(d);
            // read by hand only as the format reads it, and every plain YYYY-MM-DD the format reads is read by hand
            if (mine != null || iso != null && d.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                assertEquals(iso, mine, d);
            }
        }
        assertEquals(java.time.LocalDate.of(2016, 7, 18), FrontMatter.isoDate("2016-07-18"));
    }
}
