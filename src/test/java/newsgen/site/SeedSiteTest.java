package newsgen.site;

import newsgen.cli.Gen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the seed articles as a user would and reads the site back as a browser would. */
class SeedSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static SiteCrawler crawler;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--articles", "articles", "--templates", "templates", "--out", site.toString());
        assertEquals(0, code, err.toString());
        crawler = new SiteCrawler(site).crawl();
    }

    @Test
    void everyJsonFileParsesBack() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Path> files;
        try (var walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path file : files) {
            assertTrue(json.readTree(file.toFile()).isContainerNode(), file.toString());
        }
    }

    @Test
    void noLinkIsBrokenAbsoluteOrAFolder() {
        assertEquals(List.of(), crawler.brokenLinks);
    }

    @Test
    void everyPageIsReachableFromTheIndex() {
        assertEquals(List.of(), crawler.unreachable());
        assertTrue(crawler.allPages().size() > 3, "pages: " + crawler.allPages());
    }

    @Test
    void indexListsBothSeedArticlesWithTheirOutletAndDate() {
        Document index = crawler.parse(site.resolve("index.html"));
        assertEquals(2, index.select("ol.cards > li").size());
        assertTrue(index.text().contains("TRT Afrika"));
        assertEquals(2, index.select("time[datetime=2023-09-16]").size());
    }

    @Test
    void articlePageShowsCaptionSubheadAndCreditAsSuch() {
        Document page = crawler.parse(site.resolve("articles/niger-burkina-faso-mali-form-defence-alliance.html"));
        assertEquals("Niger, Burkina Faso and Mali form defence alliance", page.selectFirst("h1").text());
        assertEquals(3, page.select(".body .caption").size());
        assertEquals(List.of("Defence and economy", "Tension with France"), page.select(".body h2.subhead").eachText());
        assertEquals("TRT Afrika and agencies", page.selectFirst(".body .credit").text());
    }

    @Test
    void dataHoldsOneJsonFilePerArticleAndOneForTheArchive() throws Exception {
        try (var files = Files.list(site.resolve("data"))) {
            assertEquals(3, files.filter(p -> p.toString().endsWith(".json")).count());
        }
        assertFalse(Files.readString(site.resolve("data/archive.json")).isBlank());
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
}
