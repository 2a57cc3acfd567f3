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
    void aKeyGivenTwiceIsStillAnError() {
        org.junit.jupiter.api.Assertions.assertThrows(newsgen.model.ProblemException.class,
                () -> FrontMatter.parse("a.md", "---\ntitle: \"x\"\ntitle: \"y\"\n---\nBody"));
    }
}
