package newsgen.site;

import newsgen.archive.SeedRecords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the site of the two seed articles must show, whoever wrote the records: checked on a built site. */
final class SeedSiteFacts {
    static final String PACT = SeedRecords.PACT;
    static final String TRT = SeedRecords.TRT;

    private SeedSiteFacts() {
    }

    static List<String> files(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html") && !n.startsWith("page-")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One page each for Goita, Diop, Tiani and Bazoum, and no page for any of their other spellings. */
    static void onePagePerPerson(Path site) {
        List<String> people = files(site.resolve("people"));
        for (String id : List.of("assimi-goita", "abdoulaye-diop", "abdourahmane-tiani", "mohamed-bazoum")) {
            assertTrue(people.contains(id + ".html"), id + " in " + people);
        }
        for (String surname : List.of("goita", "diop", "tiani", "tiania", "bazoum")) {
            assertTrue(people.stream().noneMatch(p -> p.equals(surname + ".html") || (p.contains(surname) && !p.startsWith("assimi")
                            && !p.startsWith("abdoulaye") && !p.startsWith("abdourahmane") && !p.startsWith("mohamed"))),
                    "a second page for " + surname + ": " + people);
        }
    }

    static Set<String> quoteArticles(Document person) {
        Set<String> out = new java.util.TreeSet<>();
        for (Element a : person.select("ul.quotes .byline a[href^=../articles/]")) {
            out.add(a.attr("href"));
        }
        return out;
    }

    static void quotesFromBothArticles(SiteCrawler crawler, Path site) {
        Set<String> both = Set.of("../articles/" + PACT + ".html", "../articles/" + TRT + ".html");
        for (String id : List.of("assimi-goita", "abdoulaye-diop")) {
            Document page = crawler.parse(site.resolve("people/" + id + ".html"));
            assertEquals(both, quoteArticles(page), id);
        }
        Document diop = crawler.parse(site.resolve("people/abdoulaye-diop.html"));
        assertTrue(diop.select("ul.quotes blockquote").eachText().stream().anyMatch(t -> t.contains("combine military")));
        assertTrue(diop.select("ul.quotes blockquote").eachText().stream().anyMatch(t -> t.contains("combination of military")));
    }

    static void storyPairsTheWordings(SiteCrawler crawler, Path site) {
        List<String> stories = files(site.resolve("stories"));
        List<Document> holding = new ArrayList<>();
        for (String s : stories) {
            Document d = crawler.parse(site.resolve("stories/" + s));
            if (d.select(".report a[href=../articles/" + PACT + ".html]").size() > 0
                    && d.select(".report a[href=../articles/" + TRT + ".html]").size() > 0) {
                holding.add(d);
            }
        }
        assertEquals(1, holding.size(), "one story page holds both articles: " + stories);
        Document story = holding.get(0);
        assertEquals(2, story.select(".report").size());
        Element goita = pairOf(story, "assimi-goita");
        Element diop = pairOf(story, "abdoulaye-diop");
        assertFalse(goita.select("mark.own").isEmpty(), "Goita's wordings differ");
        List<String> marked = diop.select("mark.own").stream().map(Element::ownText).map(String::trim).toList();
        assertTrue(marked.contains("combine"), diop.outerHtml());
        assertTrue(marked.contains("be a combination of"), diop.outerHtml());
        assertTrue(diop.select("mark.own").first().text().startsWith("[only in this wording: "), "screen readers hear the meaning");
        assertEquals(2, diop.select("blockquote").size());
        assertTrue(Files.exists(site.resolve("stories/index.html")));
        assertEquals(1, crawler.parse(site.resolve("stories/index.html")).select("ol.cards > li").size());
    }

    /** The first pair section of a speaker whose wordings differ. */
    private static Element pairOf(Document story, String id) {
        for (Element pair : story.select("section.pair")) {
            if (pair.select("h3 a[href=../people/" + id + ".html]").size() > 0 && !pair.select("mark.own").isEmpty()) {
                return pair;
            }
        }
        throw new AssertionError("no differing pair for " + id + " in " + story.select("section.pair").outerHtml());
    }

    static void timelineInOrder(SiteCrawler crawler, Path site) {
        Document timeline = crawler.parse(site.resolve("timeline/index.html"));
        List<String> values = timeline.select("ol.timeline > li > time").eachAttr("datetime");
        assertFalse(values.isEmpty());
        assertEquals("2012", values.get(0));
        assertEquals("2023-09-16", values.get(values.size() - 1));
        List<String> expectedOrder = List.of("2012", "2015", "2017", "2020", "2023-07", "2023-W36", "2023-09-16");
        List<String> seen = values.stream().distinct().filter(expectedOrder::contains).toList();
        assertEquals(expectedOrder, seen);
        for (Element entry : timeline.select("ol.timeline > li")) {
            assertEquals(1, entry.select("a[href^=../articles/]").size(), "each entry links its article");
        }
    }
}
