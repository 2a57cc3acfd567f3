package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.ArchiveRobustnessTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Odd records (undated, blank and non-Latin names, places without ids) still give a site with no broken link. */
class OddRecordsSiteTest {
    @TempDir
    Path tmp;

    @Test
    void oddRecordsMakeAWholeSite() {
        Path site = tmp.resolve("site");
        new SiteBuilder().build(new ArchiveBuilder().build(ArchiveRobustnessTest.oddArticles()),
                new SiteBuilder.Options(Path.of("templates"), site, false, "Odd"));
        SiteCrawler crawler = new SiteCrawler(site).crawl();
        assertEquals(List.of(), crawler.brokenLinks);
        assertEquals(List.of(), crawler.unreachable());
    }
}
