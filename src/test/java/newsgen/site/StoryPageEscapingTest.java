package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static newsgen.archive.Fixtures.place;
import static newsgen.archive.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote text on a story page, diffed or not, is text: markup in it is shown, never run. */
class StoryPageEscapingTest {
    @TempDir
    Path tmp;

    @Test
    void diffedQuotesAreEscaped() throws Exception {
        Actor speaker = person("Awa Traore");
        String body = "The minister Awa Traore announced the new water treaty for the river basin at the summit in Niamey today.";
        ArchivedArticle one = article("one", "Outlet One", "2024-03-01", "Water treaty signed").text(body)
                .actors(speaker, org("River Basin Authority")).places(place("Niger", "country"), place("Niamey", "city"))
                .quotes(quote("We <script>alert(1)</script> will share the water & the fish", speaker, 1)).build();
        ArchivedArticle two = article("two", "Outlet Two", "2024-03-02", "Water treaty for the river basin").text(body)
                .actors(speaker, org("River Basin Authority")).places(place("Niger", "country"), place("Niamey", "city"))
                .quotes(quote("We <b>shall</b> share the water & the fish", speaker, 1)).build();
        Archive archive = new ArchiveBuilder().build(List.of(one, two));
        assertEquals(1, archive.stories().size());
        assertEquals(1, archive.stories().get(0).pairs().size());
        Path site = tmp.resolve("site");
        new SiteBuilder().build(archive, new SiteBuilder.Options(Path.of("templates"), site, false, "T"));
        Path page = site.resolve("stories/" + archive.stories().get(0).id() + ".html");
        String html = Files.readString(page);
        assertTrue(html.contains("&lt;") && !html.contains("<script>"), "shown as text");
        Document doc = new SiteCrawler(site).parse(page);
        doc.select(".visually-hidden").remove(); // the screen-reader words around a highlight are not the quote
        // jsoup counts del and ins as blocks and pads their text() with spaces, so read the text whole.
        assertTrue(doc.select("section.pair script, section.pair b").isEmpty(), "never markup");
        assertTrue(doc.select("section.pair").first().wholeText().contains("<script>alert(1)</script>"), doc.select("section.pair").first().wholeText());
        assertTrue(doc.select("section.pair").first().wholeText().contains("share the water & the fish"), doc.select("section.pair").first().wholeText());
    }
}
