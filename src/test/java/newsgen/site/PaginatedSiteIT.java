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
        for (String first : List.of("page-2.html", "people/page-2.html", "stories/page-2.html")) {
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
        int peoplePages = (archive.people().size() + Pagination.PAGE_SIZE - 1) / Pagination.PAGE_SIZE;
        for (String page : List.of("page-2.html", "people/page-2.html")) {
            Document doc = crawler.parse(site.resolve(page));
            int count = page.startsWith("people") ? peoplePages : articlePages;
            assertEquals(2, doc.select("nav.pager").size(), page);
            assertEquals(List.of("Page 2 of " + count, "Page 2 of " + count), doc.select("nav.pager .count").eachText(), page);
            assertEquals(2, doc.select("nav.pager a[rel=prev]").size(), page);
            assertEquals(2, doc.select("nav.pager a[rel=next]").size(), page);
            assertEquals(doc.title().replace(" · Generated", ""), doc.selectFirst("h1").text(), page);
        }
        assertEquals("Articles (page 2)", crawler.parse(site.resolve("page-2.html")).selectFirst("h1").text());
    }

    /**
     * The pages of a list cut where its items choose, in order: from the first page its contents link, along the
     * "next" links, each page linking back to the one before and to the contents at top and bottom.
     */
    private static List<Document> steppedPages(String contents) {
        Document index = crawler.parse(site.resolve(contents));
        assertTrue(index.select("ul.contents a").size() > 1, contents + " lists its pages");
        assertEquals(0, index.select("nav.pager").size(), contents + " has no numbered pager");
        Path page = site.resolve(contents).resolveSibling(index.selectFirst("ul.contents a").attr("href")).normalize();
        List<Document> out = new java.util.ArrayList<>();
        String previous = null;
        while (page != null) {
            Document doc = crawler.parse(page);
            out.add(doc);
            assertEquals(2, doc.select("nav.pager").size(), page.toString());
            assertEquals(2, doc.select("nav.pager a").stream().filter(a -> a.text().equals("Contents")).count(), page.toString());
            assertEquals(doc.title().replace(" · Generated", ""), doc.selectFirst("h1").text(), page.toString());
            if (previous == null) {
                assertEquals(0, doc.select("a[rel=prev]").size(), page.toString());
            } else {
                assertEquals(previous, page.resolveSibling(doc.selectFirst("a[rel=prev]").attr("href")).normalize().toString());
            }
            previous = page.toString();
            org.jsoup.nodes.Element next = doc.selectFirst("a[rel=next]");
            page = next == null ? null : page.resolveSibling(next.attr("href")).normalize();
        }
        assertTrue(out.size() > 1, contents + ": " + out.size() + " pages");
        return out;
    }

    @Test
    void theTimelineIsInOrderAcrossPages() {
        List<String> all = new java.util.ArrayList<>();
        for (Document page : steppedPages("timeline/index.html")) {
            all.addAll(page.select("ol.timeline > li > time").eachAttr("datetime"));
        }
        assertEquals(archive.timeline().size(), all.size());
        assertEquals(archive.timeline().stream().map(t -> t.value()).toList(), all);
    }

    @Test
    void theQuotesPagesHoldEveryAttributedQuoteWithTheSpeakersFromAToZ() {
        int shown = 0;
        List<String> speakers = new java.util.ArrayList<>();
        for (Document page : steppedPages("quotes/index.html")) {
            shown += page.select(".speaker-quotes blockquote").size();
            for (org.jsoup.nodes.Element h : page.select(".speaker-quotes h2")) {
                if (!h.text().endsWith("continued")) {
                    speakers.add(h.text().replace(h.selectFirst("span.muted").text(), "").strip());
                }
            }
        }
        assertEquals(archive.speakers().stream().mapToInt(s -> s.quotes().size()).sum(), shown);
        assertEquals(archive.speakers().size(), speakers.size(), "each speaker starts once");
        List<String> folded = speakers.stream().map(newsgen.model.Slug::fold).toList();
        assertEquals(folded.stream().sorted().toList(), folded, "A to Z");
        Document contents = crawler.parse(site.resolve("quotes/index.html"));
        assertEquals(archive.speakers().size(), contents.select("ul.contents > li").size(), "the contents name every speaker");
    }

    @Test
    void theUnattributedQuotesAreNewestFirstAcrossPages() {
        int shown = 0;
        for (Document page : steppedPages("quotes/unattributed.html")) {
            shown += page.select("ul.quotes blockquote").size();
        }
        assertEquals(archive.unattributed().size(), shown);
    }

    @Test
    void theContentsPagesAndTheSteppedPagesAreValidHtml() throws Exception {
        List<String> errors = new java.util.ArrayList<>();
        for (String contents : List.of("quotes/index.html", "quotes/unattributed.html", "timeline/index.html")) {
            Document index = crawler.parse(site.resolve(contents));
            errors.addAll(HtmlChecker.shared().errors(site.resolve(contents)));
            String second = index.select("ul.contents a").get(1).attr("href");
            errors.addAll(HtmlChecker.shared().errors(site.resolve(contents).resolveSibling(second).normalize()));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void peopleAreListedMostMentionedFirst() {
        List<Integer> mentions = archive.people().stream().map(e -> e.mentions()).toList();
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1) >= mentions.get(i));
        }
    }
}
