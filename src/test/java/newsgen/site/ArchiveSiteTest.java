package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.SeedRecords;
import newsgen.content.ArticleLoader;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linked archive of the two seed articles, built from their real text and hand-made records (written as the
 * extractor should write them), read back as a browser would. {@link SeedSiteTest} checks the same facts
 * on the site built with the real extractor.
 */
class ArchiveSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static SiteCrawler crawler;

    @BeforeAll
    static void build() throws Exception {
        Map<String, ArchivedArticle> records = SeedRecords.both().stream()
                .collect(Collectors.toMap(a -> a.record().slug(), a -> a));
        List<ArchivedArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path file : files.sorted().toList()) {
                Article article = new ArticleLoader().load(file);
                articles.add(new ArchivedArticle(article, records.get(article.slug()).record()));
            }
        }
        Archive archive = new ArchiveBuilder().build(articles);
        site = tmp.resolve("site");
        new SiteBuilder().build(archive, new SiteBuilder.Options(Path.of("templates"), site, false, "Archive"));
        crawler = new SiteCrawler(site).crawl();
    }

    static Document page(String path) {
        return crawler.parse(site.resolve(path));
    }

    @Test
    void noLinkIsBrokenAndEveryPageIsReachable() {
        assertEquals(List.of(), crawler.brokenLinks);
        assertEquals(List.of(), crawler.unreachable());
    }

    @Test
    void thereIsOnePagePerPerson() {
        SeedSiteFacts.onePagePerPerson(site);
    }

    @Test
    void goitaAndDiopPagesHoldTheirQuotesFromBothArticles() {
        SeedSiteFacts.quotesFromBothArticles(crawler, site);
    }

    @Test
    void oneStoryPageHoldsBothArticlesAndPairsTheWordings() {
        SeedSiteFacts.storyPairsTheWordings(crawler, site);
    }

    @Test
    void theTimelineRunsFrom2012To20230916InOrder() {
        SeedSiteFacts.timelineInOrder(crawler, site);
    }

    @Test
    void theNavigationLinksEverySection() {
        assertEquals(List.of("Articles", "Stories", "People", "Organisations", "Places", "Quotes", "Timeline"),
                page("index.html").select("header nav a").eachText());
    }

    @Test
    void articleBodyLinksTheFirstMentionOfEachEntityOnly() {
        Document a = page("articles/" + SeedRecords.TRT + ".html");
        List<String> mentions = a.select(".body a.mention").eachAttr("href");
        assertEquals(mentions.stream().distinct().toList(), mentions, "each entity linked once");
        Element goita = a.select(".body a.mention[href=../people/assimi-goita.html]").first();
        assertEquals("Assimi Goita", goita.text());
        assertTrue(a.select(".body a.mention[href=../organisations/alliance-of-sahel-states.html]").size() == 1);
        assertTrue(a.select(".body .caption a").isEmpty(), "captions are left as they are");
        assertEquals(1, a.select(".story-link a[href=../stories/" + SeedRecords.TRT + ".html]").size());
    }

    @Test
    void linkingKeepsTheTextAsWritten() {
        for (String slug : List.of(SeedRecords.PACT, SeedRecords.TRT)) {
            Document a = page("articles/" + slug + ".html");
            assertFalse(a.select(".body").text().contains("&amp;"), "no double escaping");
            assertTrue(a.select(".body a a").isEmpty(), "no link inside a link");
        }
        assertTrue(page("articles/" + SeedRecords.TRT + ".html").select(".body").text().contains("Niger's junta leader Abdourahmane Tiani"));
    }

    @Test
    void quotesPageGroupsBySpeakerWithTheUnattributedApart() {
        Document q = page("quotes/index.html");
        assertEquals("Abdoulaye Diop", q.select(".speaker-quotes h2 a").first().text());
        assertEquals(1, q.select("a[href=../quotes/unattributed.html]").size());
        Document u = page("quotes/unattributed.html");
        assertTrue(u.text().contains("declaration of war"));
    }

    @Test
    void entityPageNamesItsCompanionsAndStories() {
        Document goita = page("people/assimi-goita.html");
        assertTrue(goita.select("dl.facts a[href=../people/abdoulaye-diop.html]").size() == 1, goita.select("dl.facts").outerHtml());
        assertEquals(1, goita.select("a[href=../stories/" + SeedRecords.TRT + ".html]").size());
        assertTrue(goita.text().contains("head of Mali's ruling junta"));
    }
}
