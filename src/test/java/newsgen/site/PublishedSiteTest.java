package newsgen.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import newsgen.cli.Gen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed site built with and without --base-url: feeds, sitemap, canonical links, Open Graph, JSON-LD, search index. */
class PublishedSiteTest {
    static final String BASE = "https://example.org/news/";
    @TempDir
    static Path tmp;
    static Path published;
    static Path local;

    @BeforeAll
    static void build() {
        published = tmp.resolve("published");
        local = tmp.resolve("local");
        assertEquals(0, Gen.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(System.err, true), "build", "--articles", "articles", "--templates", "templates", "--out", published.toString(),
                "--base-url", "https://example.org/news"));
        assertEquals(0, Gen.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(System.err, true), "build", "--articles", "articles", "--templates", "templates", "--out", local.toString()));
    }

    private static List<Path> files(Path site, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static SyndFeed feed(Path file) throws Exception {
        try (XmlReader reader = new XmlReader(file.toFile())) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void theSiteFeedHoldsTheNewestArticlesWithAbsoluteLinks() throws Exception {
        SyndFeed feed = feed(published.resolve("feed.xml"));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("News archive", feed.getTitle());
        assertEquals(2, feed.getEntries().size());
        for (SyndEntry e : feed.getEntries()) {
            assertTrue(e.getLink().startsWith(BASE + "articles/"), e.getLink());
            String page = e.getLink().substring(BASE.length());
            assertTrue(Files.isRegularFile(published.resolve(page)), page);
            assertEquals(Jsoup.parse(published.resolve(page).toFile()).selectFirst("h1").text(), e.getTitle());
            assertEquals("2023-09-16", e.getPublishedDate().toInstant().toString().substring(0, 10));
            assertFalse(e.getDescription().getValue().isBlank());
        }
    }

    @Test
    void everyPersonOrganisationAndPlaceHasAFeedOfItsArticlesLinkedFromItsPage() throws Exception {
        int feeds = 0;
        for (String folder : List.of("people", "organisations", "places")) {
            for (Path page : files(published.resolve(folder), ".html")) {
                if (page.getFileName().toString().equals("index.html") || page.getFileName().toString().startsWith("page-")) {
                    continue;
                }
                Path xml = page.resolveSibling(page.getFileName().toString().replace(".html", ".xml"));
                SyndFeed feed = feed(xml);
                Document doc = Jsoup.parse(page.toFile());
                assertEquals(doc.select("h2:contains(Articles) + ul > li").size(), feed.getEntries().size(), xml.toString());
                Element alternate = doc.selectFirst("link[rel=alternate][href$=" + xml.getFileName() + "]");
                assertTrue(alternate != null, page + " links its feed");
                feeds++;
            }
        }
        assertTrue(feeds >= 20, "feeds: " + feeds);
        SyndFeed goita = feed(published.resolve("people/assimi-goita.xml"));
        assertEquals(2, goita.getEntries().size());
        assertEquals(List.of(BASE + "people/assimi-goita.html"), goita.getLinks().stream()
                .filter(l -> "alternate".equals(l.getRel())).map(l -> l.getHref()).toList());
    }

    @Test
    void theSitemapListsEveryContentPageAbsolutelyAndRobotsPointsToIt() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(published.resolve("sitemap.xml")), "", Parser.xmlParser());
        Set<String> locs = sitemap.select("url > loc").eachText().stream().collect(Collectors.toSet());
        Set<String> pages = files(published, ".html").stream().map(p -> published.relativize(p).toString().replace('\\', '/'))
                .filter(p -> !p.equals("404.html") && !p.equals("search.html"))
                .map(p -> p.equals("index.html") ? BASE : BASE + p).collect(Collectors.toSet());
        assertEquals(pages, locs);
        assertTrue(Files.readString(published.resolve("robots.txt")).contains("\nSitemap: " + BASE + "sitemap.xml\n"));
    }

    @Test
    void everyPageHasItsCanonicalLinkAndOpenGraph() throws Exception {
        for (Path page : files(published, ".html")) {
            String path = published.relativize(page).toString().replace('\\', '/');
            Document doc = Jsoup.parse(page.toFile());
            assertEquals("News archive", doc.select("meta[property=og:site_name]").attr("content"), path);
            if (path.equals("404.html") || path.equals("search.html")) {
                assertTrue(doc.select("link[rel=canonical]").isEmpty(), path);
                continue;
            }
            String url = path.equals("index.html") ? BASE : BASE + path;
            assertEquals(url, doc.select("link[rel=canonical]").attr("href"), path);
            assertEquals(url, doc.select("meta[property=og:url]").attr("content"), path);
            assertFalse(doc.select("meta[property=og:title]").attr("content").isBlank(), path);
            assertEquals(path.startsWith("articles/") ? "article" : "website", doc.select("meta[property=og:type]").attr("content"), path);
        }
    }

    @Test
    void everyArticleCarriesANewsArticleInJsonLd() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Path> articles = files(published.resolve("articles"), ".html");
        assertEquals(2, articles.size());
        for (Path page : articles) {
            Document doc = Jsoup.parse(page.toFile());
            Element script = doc.selectFirst("script[type=application/ld+json]");
            JsonNode ld = json.readTree(script.data());
            assertEquals("https://schema.org", ld.path("@context").asText());
            assertEquals("NewsArticle", ld.path("@type").asText());
            assertEquals(doc.selectFirst("h1").text(), ld.path("headline").asText());
            assertEquals("2023-09-16", ld.path("datePublished").asText());
            assertEquals("Organization", ld.path("publisher").path("@type").asText());
            assertFalse(ld.path("publisher").path("name").asText().isBlank());
            assertEquals(BASE + published.relativize(page).toString().replace('\\', '/'), ld.path("url").asText());
            assertEquals("Place", ld.path("about").get(0).path("@type").asText());
            List<String> people = new ArrayList<>();
            Set<String> types = new java.util.HashSet<>();
            for (JsonNode m : ld.path("mentions")) {
                types.add(m.path("@type").asText());
                assertFalse(m.path("name").asText().isBlank());
                if (m.has("url")) {
                    String target = m.path("url").asText().substring(BASE.length());
                    assertTrue(Files.isRegularFile(published.resolve(target)), target);
                }
                if (m.path("@type").asText().equals("Person")) {
                    people.add(m.path("name").asText());
                }
            }
            assertEquals(Set.of("Person", "Organization", "Place"), types);
            assertTrue(people.contains("Assimi Goita"), people.toString());
        }
    }

    @Test
    void withoutABaseUrlNothingAbsoluteIsWritten() throws Exception {
        assertFalse(Files.exists(local.resolve("feed.xml")));
        assertFalse(Files.exists(local.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(local.resolve("robots.txt")));
        for (Path page : files(local, ".html")) {
            Document doc = Jsoup.parse(page.toFile());
            assertTrue(doc.select("link[rel=canonical], meta[property], script[type=application/ld+json], link[type=application/atom+xml]").isEmpty(), page.toString());
            for (Element el : doc.select("[href], [src], [action]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
                // Only an article's own source link ("Original article") may point elsewhere.
                assertTrue(!ref.contains("://") || el.parent() != null && el.parent().hasClass("source"), page + ": " + ref);
            }
        }
    }

    @Test
    void theSearchIndexIsAScriptFindingTitlesPeopleOrganisationsPlacesAndQuotes() throws Exception {
        String script = Files.readString(local.resolve(SearchIndex.PATH));
        assertTrue(script.startsWith("window.NEWSGEN_SEARCH = ") && script.endsWith(";\n"));
        JsonNode index = new ObjectMapper().readTree(script.substring("window.NEWSGEN_SEARCH = ".length(), script.length() - 2));
        Set<String> kinds = new java.util.HashSet<>();
        boolean goita = false;
        JsonNode items = index.path("items");
        for (JsonNode item : items) {
            kinds.add(item.path("k").asText());
            String href = item.has("a") ? items.get(item.path("a").asInt()).path("h").asText() : item.path("h").asText();
            assertTrue(Files.isRegularFile(local.resolve(href)), item.toString());
            if (item.has("a")) {
                assertEquals("article", items.get(item.path("a").asInt()).path("k").asText(), item.toString());
            }
            goita |= item.path("k").asText().equals("person") && item.path("t").asText().equals("Assimi Goita")
                    && item.path("h").asText().equals("people/assimi-goita.html");
        }
        assertEquals(Set.of("article", "person", "organisation", "place", "quote"), kinds);
        assertTrue(goita);
        assertTrue(Files.readString(local.resolve(Publishing.FUSE_SCRIPT)).contains("Fuse.js v7.1.0"));
        assertTrue(Files.readString(local.resolve(Publishing.FUSE_LICENCE)).contains("Apache License"));
    }
}
