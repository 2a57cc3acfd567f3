package newsgen.cli;

import newsgen.site.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's entities.yaml, end to end on the two seed articles: pages, record JSON, errors, warnings. */
class EntitiesFileTest {
    @TempDir
    Path tmp;
    Path articles;
    Path site;

    @BeforeEach
    void seeds() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
        site = tmp.resolve("site");
    }

    private GenRun build() {
        GenRun run = GenRun.of("build", "--articles", articles.toString(), "--out", site.toString());
        String prefix = tmp.toString().replace('\\', '/') + "/";
        return new GenRun(run.code(), run.out().replace(prefix, ""), run.err().replace(prefix, ""));
    }

    private void editor(String text) throws IOException {
        Files.writeString(tmp.resolve("entities.yaml"), text);
    }

    private String page(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void mergeRenameTypeDropAliasAndDescriptionShowInPagesAndRecords() throws IOException {
        editor("""
                # the editor's word
                person/abdourahmane-tiani: {same-as: person/mohamed-bazoum}
                person/mohamed-bazoum: {name: Niger's Leaders, type: organization}
                organization/twitter: drop
                organization/alliance-of-sahel-states:
                  aliases: [Sahel alliance]
                  description: A defence pact of Mali, Burkina Faso and Niger.
                  link: https://en.wikipedia.org/wiki/Alliance_of_Sahel_States
                """);
        GenRun run = build();
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(), run.warnings());
        assertFalse(Files.exists(site.resolve("people/abdourahmane-tiani.html")), "merged away");
        assertFalse(Files.exists(site.resolve("people/mohamed-bazoum.html")), "became an organisation");
        assertTrue(Files.exists(site.resolve("organisations/niger-s-leaders.html")), "renamed and retyped");
        assertTrue(page("organisations/niger-s-leaders.html").contains("Abdourahmane Tiani"), "the merged name is an alias");
        assertFalse(Files.exists(site.resolve("organisations/twitter.html")), "dropped");
        String aes = page("organisations/alliance-of-sahel-states.html");
        assertTrue(aes.contains("A defence pact of Mali, Burkina Faso and Niger."));
        assertTrue(aes.contains("href=\"https://en.wikipedia.org/wiki/Alliance_of_Sahel_States\""));
        assertTrue(aes.contains("Sahel alliance"));
        String json = String.join("\n", Files.readAllLines(site.resolve("data/archive.json")));
        assertTrue(json.contains("\"abdourahmane-tiani\" : \"organization/niger-s-leaders\""), "the record says where its actor went");
        assertTrue(json.contains("\"twitter\" : null"), "a dropped actor links nowhere");
        Map<String, String> first = SiteFiles.digests(site);
        assertEquals(0, build().code());
        assertEquals(first, SiteFiles.digests(site), "the same file gives the same site");
    }

    @Test
    void aBrokenFileNamesItsLinesAndLeavesTheOldSite() throws IOException {
        assertEquals(0, build().code());
        Map<String, String> before = SiteFiles.digests(site);
        editor("""
                person/assimi-goita: {type: robot}
                organization/ecowas: {link: "javascript:alert(1)"}
                person/Not An Id: drop
                place/mali: {colour: green}
                person/abdoulaye-diop: maybe
                """);
        GenRun run = build();
        assertEquals(1, run.code());
        assertEquals(List.of(
                "error: entities.yaml:1: type: 'robot' is none of person, organization, place",
                "error: entities.yaml:2: link: 'javascript:alert(1)' is not an http(s) address",
                "error: entities.yaml:3: 'person/Not An Id' is not an entity: write kind/id, as `gen entities` lists it (person/jane-doe)",
                "error: entities.yaml:4: unknown field 'colour'; use aliases, description, link, name, same-as, type",
                "error: entities.yaml:5: write 'drop' or a mapping of aliases, description, link, name, same-as, type after person/abdoulaye-diop"),
                run.errors());
        assertTrue(run.err().contains("was left as it was"));
        assertEquals(before, SiteFiles.digests(site));
    }

    @Test
    void brokenYamlIsOneLineWithItsLineNumber() throws IOException {
        editor("person/assimi-goita: {name: [unclosed\n");
        GenRun run = build();
        assertEquals(1, run.code());
        assertEquals(1, run.errors().size(), run.err());
        assertTrue(run.errors().get(0).startsWith("error: entities.yaml:"), run.err());
        assertTrue(run.errors().get(0).contains("not valid YAML"), run.err());
    }

    @Test
    void anUnknownIdIsAWarningNamingTheClosestIds() throws IOException {
        editor("person/asimi-goita: drop\n");
        GenRun run = build();
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.warnings().size(), run.err());
        assertTrue(run.warnings().get(0).startsWith("warning: entities.yaml:1: no person 'asimi-goita' in this archive; "
                + "closest: person/assimi-goita, person/"), run.err());
        assertTrue(Files.exists(site.resolve("people/assimi-goita.html")));
    }
}
