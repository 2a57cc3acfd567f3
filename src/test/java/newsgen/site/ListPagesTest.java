package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.GeneratedArticles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A long list has its pager above and below, each saying which page of how many; its h1 is the page's title. */
class ListPagesTest {
    @TempDir
    Path tmp;

    @Test
    void theSecondPageHasPagersAtTopAndBottomWithTheCount() throws Exception {
        Path site = tmp.resolve("site");
        new SiteBuilder().build(new ArchiveBuilder().build(GeneratedArticles.generate(120, 3)),
                new SiteBuilder.Options(Path.of("templates"), site, false, "Generated"));
        for (String page : List.of("page-2.html", "timeline/page-2.html")) {
            Document doc = Jsoup.parse(site.resolve(page).toFile());
            int count = page.startsWith("timeline") ? 10 : 3;
            assertEquals(2, doc.select("nav.pager").size(), page);
            assertEquals(List.of("Page 2 of " + count, "Page 2 of " + count), doc.select("nav.pager .count").eachText(), page);
            assertEquals(2, doc.select("nav.pager a[rel=prev]").size(), page);
            assertEquals(2, doc.select("nav.pager a[rel=next]").size(), page);
            assertEquals(doc.title().replace(" · Generated", ""), doc.selectFirst("h1").text(), page);
        }
        assertEquals("Articles (page 2)", Jsoup.parse(site.resolve("page-2.html").toFile()).selectFirst("h1").text());
    }
}
