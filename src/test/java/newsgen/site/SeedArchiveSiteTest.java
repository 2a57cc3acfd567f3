package newsgen.site;

import newsgen.cli.Gen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The linked archive of the two seed articles as {@code gen build} makes it, with the real extractor. */
class SeedArchiveSiteTest {
    @TempDir
    static Path tmp;
    static Path site;
    static SiteCrawler crawler;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        assertEquals(0, Gen.run("build", "--articles", "articles", "--templates", "templates", "--out", site.toString()));
        crawler = new SiteCrawler(site).crawl();
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
}
