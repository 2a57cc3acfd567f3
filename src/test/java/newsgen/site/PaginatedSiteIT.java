package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.GeneratedArticles;
import newsgen.model.Archive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated archive large enough that every list runs over several pages. */
class PaginatedSiteIT {
    @TempDir
    static Path tmp;
    static Path site;
    static SiteCrawler crawler;
    static Archive archive;

    @BeforeAll
    static void build() {
        archive = new ArchiveBuilder().build(GeneratedArticles.generate(240, 11));
        site = tmp.resolve("site");
        new SiteBuilder().build(archive, new SiteBuilder.Options(Path.of("templates"), site, false, "Generated"));
        crawler = new SiteCrawler(site).crawl();
    }

    @Test
    void everyPageIsReachableThroughThePagersAndNoLinkIsBroken() {
        assertEquals(List.of(), crawler.brokenLinks);
        assertEquals(List.of(), crawler.unreachable());
    }

    @Test
    void longListsAreSplitIntoPagesOfFifty() {
        for (String first : List.of("page-2.html", "people/page-2.html", "timeline/page-2.html", "quotes/page-2.html",
                "stories/page-2.html", "quotes/unattributed-page-2.html")) {
            assertTrue(Files.exists(site.resolve(first)), first);
        }
        Document people = crawler.parse(site.resolve("people/index.html"));
        assertEquals(Pagination.PAGE_SIZE, people.select("ol.entity-list > li").size());
        Document two = crawler.parse(site.resolve("people/page-2.html"));
        assertEquals("51", two.selectFirst("ol.entity-list").attr("start"));
        assertEquals(2, two.select(".pager a[rel=prev][href=../people/index.html]").size(), "the pagers at top and bottom");
    }

    @Test
    void aSecondPageHasPagersAtTopAndBottomWithTheCountAndItsTitleAsH1() {
        int articlePages = (archive.articles().size() + Pagination.PAGE_SIZE - 1) / Pagination.PAGE_SIZE;
        int timelinePages = (archive.timeline().size() + Pagination.PAGE_SIZE - 1) / Pagination.PAGE_SIZE;
        int peoplePages = (archive.people().size() + Pagination.PAGE_SIZE - 1) / Pagination.PAGE_SIZE;
        int quotes = archive.speakers().stream().mapToInt(s -> s.quotes().size()).sum();
        int quotePages = (quotes + Pagination.PAGE_SIZE - 1) / Pagination.PAGE_SIZE;
        for (String page : List.of("page-2.html", "timeline/page-2.html", "people/page-2.html", "quotes/page-2.html")) {
            Document doc = crawler.parse(site.resolve(page));
            int count = page.startsWith("timeline") ? timelinePages : page.startsWith("people") ? peoplePages
                    : page.startsWith("quotes") ? quotePages : articlePages;
            assertEquals(2, doc.select("nav.pager").size(), page);
            assertEquals(List.of("Page 2 of " + count, "Page 2 of " + count), doc.select("nav.pager .count").eachText(), page);
            assertEquals(2, doc.select("nav.pager a[rel=prev]").size(), page);
            assertEquals(2, doc.select("nav.pager a[rel=next]").size(), page);
            assertEquals(doc.title().replace(" · Generated", ""), doc.selectFirst("h1").text(), page);
        }
        assertEquals("Articles (page 2)", crawler.parse(site.resolve("page-2.html")).selectFirst("h1").text());
    }

    @Test
    void theTimelineIsInOrderAcrossPages() {
        List<String> all = new java.util.ArrayList<>();
        for (int n = 1; ; n++) {
            Path page = site.resolve(Pagination.path("timeline/index.html", n));
            if (!Files.exists(page)) {
                break;
            }
            all.addAll(crawler.parse(page).select("ol.timeline > li > time").eachAttr("datetime"));
        }
        assertEquals(archive.timeline().size(), all.size());
        assertEquals(archive.timeline().stream().map(t -> t.value()).toList(), all);
    }

    @Test
    void theQuotesPagesHoldEveryAttributedQuote() {
        int shown = 0;
        for (int n = 1; ; n++) {
            Path page = site.resolve(Pagination.path("quotes/index.html", n));
            if (!Files.exists(page)) {
                break;
            }
            shown += crawler.parse(page).select(".speaker-quotes blockquote").size();
        }
        assertEquals(archive.speakers().stream().mapToInt(s -> s.quotes().size()).sum(), shown);
    }

    @Test
    void peopleAreListedMostMentionedFirst() {
        List<Integer> mentions = archive.people().stream().map(e -> e.mentions()).toList();
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1) >= mentions.get(i));
        }
    }
}
