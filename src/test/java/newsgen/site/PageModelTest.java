package newsgen.site;

import newsgen.cli.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates read typed page models: each record component is a variable or attribute of that name, and a template
 * that misspells one fails the build naming the template, the line and the attributes the record does have.
 */
class PageModelTest {
    @TempDir
    Path tmp;

    @Test
    void eachComponentOfAPageRecordIsATemplateVariableNullsIncluded() {
        Map<String, Object> variables = new PageModel.ListPage<>("People", "people", List.of("a"), 1, 0, null).variables();
        assertEquals(java.util.Set.of("title", "section", "items", "total", "offset", "pager"), variables.keySet());
        assertEquals(List.of("a"), variables.get("items"));
        assertTrue(variables.containsKey("pager") && variables.get("pager") == null, "a single page has a null pager, not a missing one");
    }

    @Test
    void countsHaveThousandsSeparatorsWhateverTheMachinesLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            PageRenderer renderer = new PageRenderer(null);
            Map<String, Object> globals = new java.util.HashMap<>();
            globals.put("siteTitle", "News");
            globals.put("baseUrl", null);
            globals.put("feeds", Map.of());
            String html = renderer.render(new Page("timeline/index.html", "timeline",
                    new PageModel.TimelinePage("Timeline", "timeline", List.of(), 8235, List.of(), null)), globals);
            assertTrue(html.contains("8,235 dated sentences"), html);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aMisspeltAttributeOfThePageRecordFailsTheBuildWithTheTemplateAndLine() throws IOException {
        Path templates = userTemplate("article.peb", "<h1>{{ article.title }}</h1>", "<h1>{{ article.titel }}</h1>");
        Run run = build(templates);
        assertEquals(1, run.code(), run.err());
        String line = "error: " + templates.resolve("article.peb").toString().replace('\\', '/') + ":" + lineOf(templates.resolve("article.peb"), "article.titel") + ": ";
        String first = run.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
        assertTrue(first.startsWith(line), run.err());
        assertTrue(first.contains("no attribute 'titel' in ArticleView, which has: slug, title, outlet,"), run.err());
        assertFalse(Files.exists(tmp.resolve("site")), "a failed first build leaves no site");
    }

    @Test
    void aMisspeltAttributeOfAListItemFailsTheBuildToo() throws IOException {
        Path templates = userTemplate("entities.peb", "{{ e.name }}", "{{ e.nmae }}");
        Run run = build(templates);
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("entities.peb:" + lineOf(templates.resolve("entities.peb"), "e.nmae")
                + ": no attribute 'nmae' in EntityCard, which has: name, href, detail, mentions, articleCount, quoteCount"), run.err());
    }

    @Test
    void theBuiltInTemplatesReadOnlyAttributesThePageRecordsHave() throws IOException {
        Run run = build(Files.createDirectories(tmp.resolve("none")));
        assertEquals(0, run.code(), run.err());
        String person = Files.readString(tmp.resolve("site/people/assimi-goita.html"));
        assertTrue(person.contains("<h1>Assimi Goita</h1>"), "the entity record's name");
        assertTrue(person.contains("<dt>Mentions</dt>"), "the first page's facts");
    }

    private Path userTemplate(String name, String from, String to) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        String builtIn = new String(getClass().getResourceAsStream("/templates/" + name).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(builtIn.contains(from), name + " has " + from);
        Files.writeString(templates.resolve(name), builtIn.replace(from, to));
        return templates;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private record Run(int code, String err) {
    }

    private Run build(Path templates) {
        StringWriter err = new StringWriter();
        int code = Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--articles", "articles",
                "--templates", templates.toString(), "--out", tmp.resolve("site").toString());
        return new Run(code, err.toString());
    }
}
