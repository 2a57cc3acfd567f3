package newsgen.cli;

import newsgen.site.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gen build as a user meets it: one clear line per problem, exit codes 0/1/2, and a last good site that survives. */
class BuildCommandTest {
    @TempDir
    Path tmp;
    Path articles;
    Path templates;
    Path site;

    @BeforeEach
    void project() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        templates = Files.createDirectories(tmp.resolve("templates"));
        site = tmp.resolve("site");
        article("good.md", "---\ntitle: A good article\ndate: 2024-05-01\n---\n\nThe council met on Tuesday.\n");
    }

    private Path article(String name, String text) throws IOException {
        return article(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path article(String name, byte[] bytes) throws IOException {
        return Files.write(articles.resolve(name), bytes);
    }

    private GenRun build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--articles", articles.toString(),
                "--templates", templates.toString(), "--out", site.toString()));
        args.addAll(List.of(extra));
        GenRun run = GenRun.of(args.toArray(String[]::new));
        String prefix = tmp.toString().replace('\\', '/') + "/";
        return new GenRun(run.code(), run.out().replace(prefix, ""), run.err().replace(prefix, ""));
    }

    /** Builds the good site and returns its bytes, to check that a failed build leaves it as it was. */
    private Map<String, String> goodSite() {
        GenRun first = build();
        assertEquals(0, first.code(), first.err());
        return SiteFiles.digests(site);
    }

    private void assertFailsLeavingSite(Map<String, String> before, GenRun run, String... expectedErrors) {
        assertEquals(1, run.code(), run.err());
        assertEquals(List.of(expectedErrors), run.errors());
        assertTrue(run.err().contains("was left as it was"), run.err());
        assertEquals(before, SiteFiles.digests(site));
        assertEquals(List.of(".newsgen-cache", "articles", "site", "templates"), SiteFiles.siblings(site), "no staging folder left behind (the cache sits beside the site)");
    }

    @Test
    void eachBadArticleGetsOneLineAndTheOldSiteStays() throws IOException {
        Map<String, String> before = goodSite();
        article("a-yaml.md", "---\ntitle: Broken\ndate: [2024\n---\n\nText.\n");
        article("b-type.md", "---\ntitle:\n  - one\n  - two\n---\n\nText.\n");
        article("c-date.md", "---\ntitle: When\ndate: next Tuesday\n---\n\nText.\n");
        article("d-latin1.md", "---\ntitle: Caf\u00e9\n---\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1));
        article("e-empty.md", "---\ntitle: Nothing\n---\n");
        article("f-slug.md", "---\ntitle: Up\nslug: ../../etc/passwd\n---\n\nText.\n");
        article("g-url.md", "---\ntitle: Link\nurl: javascript:alert(1)\n---\n\nText.\n");
        article("h-same.md", "---\ntitle: Same\nslug: good\n---\n\nText.\n");
        assertFailsLeavingSite(before, build(),
                "error: articles/a-yaml.md:3: broken YAML front matter: expected ',' or ']', but got <stream end> (while parsing a flow sequence started on line 3)",
                "error: articles/b-type.md:2: 'title' must be text, not a list",
                "error: articles/c-date.md:3: 'date' is not a date: 'next Tuesday' (write it as YYYY-MM-DD)",
                "error: articles/d-latin1.md:2: not valid UTF-8 text (bad byte at offset 14); save the file as UTF-8",
                "error: articles/e-empty.md:4: the article is empty: no text after the front matter",
                "error: articles/f-slug.md:3: 'slug' may hold only a-z, 0-9 and single hyphens: '../../etc/passwd'",
                "error: articles/g-url.md:3: 'url' must be an http:// or https:// address, not 'javascript:alert(1)'",
                "error: articles/h-same.md: slug 'good' is already used by articles/good.md; give one of them another 'slug' in its front matter");
    }

    @Test
    void keepGoingBuildsTheGoodArticlesAndStillFails() throws IOException {
        goodSite();
        article("other.md", "---\ntitle: Another one\ndate: 2024-05-02\n---\n\nThe mayor spoke.\n");
        article("bad.md", "---\ndate: soon\n---\n\nText.\n");
        GenRun run = build("--keep-going");
        assertEquals(1, run.code(), run.err());
        assertEquals(List.of("error: articles/bad.md:2: 'date' is not a date: 'soon' (write it as YYYY-MM-DD)"), run.errors());
        assertTrue(run.out().contains("Built 2 articles") && run.out().contains("; 1 article left out"), run.out());
        assertTrue(Files.exists(site.resolve("articles/other.html")));
        assertFalse(Files.exists(site.resolve("articles/bad.html")));
    }

    @Test
    void warningsDoNotFailTheBuild() throws IOException {
        article("undated.md", "---\ntitle: No date here\n---\n\nThe council met.\n");
        article("untitled.md", "---\ndate: 2024-01-02\n---\n\nthe council met on a Tuesday. It said little.\n");
        GenRun run = build();
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
                "warning: articles/undated.md: no 'date' in the front matter: the article has no place on the timeline",
                "warning: articles/untitled.md: no 'title' in the front matter and no headline line: using 'the council met on a Tuesday'"),
                run.warnings());
        assertEquals(List.of(), run.errors());
    }

    @Test
    void unknownOptionIsAUsageError() {
        GenRun run = GenRun.of("build", "--bogus");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: Unknown option: '--bogus'"), run.err());
        assertEquals(2, GenRun.of("build", "--articles", tmp.resolve("missing").toString()).code());
        assertEquals(2, GenRun.of("nonsense").code());
    }

    @Test
    void templateWithASyntaxErrorIsNamedWithItsLine() throws IOException {
        Map<String, String> before = goodSite();
        Files.writeString(templates.resolve("article.peb"), "{% extends \"base\" %}\n{% block content %}\n<h1>{{ article.title }</h1>\n{% endblock %}\n");
        GenRun run = build();
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).startsWith("error: templates/article.peb:3: "), run.err());
        assertFailsLeavingSite(before, run, run.errors().get(0));
    }

    @Test
    void templateThatDoesNotExistIsNamed() throws IOException {
        Map<String, String> before = goodSite();
        Files.writeString(templates.resolve("index.peb"), "{% extends \"base\" %}\n{% block content %}\n{% include \"sidebar\" %}\n{% endblock %}\n");
        GenRun run = build();
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).startsWith("error: templates/index.peb"), run.err());
        assertTrue(run.errors().get(0).contains("template 'sidebar.peb' does not exist in templates nor in the built-in set"), run.err());
        assertFailsLeavingSite(before, run, run.errors().get(0));
    }

    @Test
    void templateTypoFailsLoudly() throws IOException {
        Map<String, String> before = goodSite();
        Files.writeString(templates.resolve("index.peb"), "{% extends \"base\" %}\n{% block content %}\n{{ artciles | length }}\n{% endblock %}\n");
        GenRun run = build();
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).startsWith("error: templates/index.peb:3: "), run.err());
        assertTrue(run.errors().get(0).contains("artciles"), run.err());
        assertFailsLeavingSite(before, run, run.errors().get(0));
    }

    @Test
    void failureOnTheLastPageLeavesThePreviousSiteByteForByte() throws IOException {
        for (int i = 0; i < 30; i++) {
            article(String.format("n%02d.md", i), "---\ntitle: Article " + i + "\ndate: 2024-03-" + String.format("%02d", i % 28 + 1)
                    + "\n---\n\nThe council met for the " + i + "th time.\n");
        }
        article("zz-last.md", "---\ntitle: Zulu the last\ndate: 2020-01-01\n---\n\nThe last one.\n");
        Map<String, String> before = goodSite();
        assertTrue(before.size() > 30, before.keySet().toString());
        // A user's article template that works on every page but the last (the oldest article) — where it
        // names a variable that does not exist, which strict variables turn into an error mid-build.
        String builtIn = new String(getClass().getResourceAsStream("/templates/article.peb").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("article.peb"), builtIn.replace("<h1>{{ article.title }}</h1>",
                "<h1>{{ article.title }}</h1>{% if article.slug == \"zz-last\" %}{{ failHere.now }}{% endif %}"));
        GenRun run = build();
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).contains("failHere") && run.errors().get(0).contains("articles/zz-last.html"), run.err());
        assertFailsLeavingSite(before, run, run.errors().get(0));
    }

    @Test
    void refusesAFolderItDidNotMakeAndKeepsItAsideWithForce() throws IOException {
        Files.createDirectories(site.resolve("mine"));
        Files.writeString(site.resolve("notes.txt"), "my notes");
        Files.writeString(site.resolve("mine/photo.jpg"), "not really a photo");
        Map<String, String> mine = SiteFiles.digests(site);
        GenRun refused = build();
        assertEquals(1, refused.code());
        assertTrue(refused.errors().get(0).contains("site: exists and was not made by gen"), refused.err());
        assertEquals(mine, SiteFiles.digests(site));

        GenRun forced = build("--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.exists(site.resolve("index.html")));
        List<String> kept = SiteFiles.siblings(site).stream().filter(n -> n.startsWith("site.kept-")).toList();
        assertEquals(1, kept.size(), SiteFiles.siblings(site).toString());
        assertEquals(mine, SiteFiles.digests(tmp.resolve(kept.get(0))), "the user's files, moved aside intact");
        assertTrue(forced.err().contains("note: ") && forced.err().contains(kept.get(0)), forced.err());
    }

    @Test
    void emptyFolderIsUsedWithoutForce() throws IOException {
        Files.createDirectories(site);
        assertEquals(0, build().code());
    }

    @Test
    void outputFolderMayNotHoldTheInput() {
        GenRun run = GenRun.of("build", "--articles", articles.toString(), "--out", tmp.toString(), "--force");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("would replace"), run.err());
        assertTrue(Files.exists(articles.resolve("good.md")));
    }
}
