package newsgen.site;

import newsgen.cli.Gen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an article's page and card show of a plain-text article, as real news files are written. */
class ArticlePageTest {
    @TempDir
    Path tmp;

    private Path build(String name, String text) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve(name), text);
        StringWriter err = new StringWriter();
        Path site = tmp.resolve("site");
        assertEquals(0, Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--articles", articles.toString(),
                "--templates", tmp.resolve("none").toString(), "--out", site.toString()), err.toString());
        return site;
    }

    @Test
    void aFirstLineThatIsTheTitleIsShownOnceAsTheHeadingAndNotInTheSummary() throws IOException {
        Path site = build("politico_2015-11-13_casino-revenue.txt", "Casino revenue up slightly this year.\n\n"
                + "Gambling revenue at the casinos increased 3.5 percent, according to data released Friday.\n\n"
                + "The casinos won slightly less in October than they did this year.\n");
        Document page = Jsoup.parse(site.resolve("articles/politico-2015-11-13-casino-revenue.html").toFile(), "UTF-8");
        assertEquals("Casino revenue up slightly this year", page.selectFirst("h1").text());
        assertTrue(page.select(".body p").stream().noneMatch(p -> p.text().startsWith("Casino revenue")), page.select(".body").html());
        assertTrue(page.selectFirst(".body p").text().startsWith("Gambling revenue"));
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.selectFirst(".card .summary").text().startsWith("Gambling revenue"), index.selectFirst(".card").html());
    }

    @Test
    void aDateTheTextNamesInTheSameWordsTwiceIsOneLineWithHowOften() throws IOException {
        Path site = build("n_2015-11-13_revenue.txt", "Revenue rose\n\n"
                + "Revenue rose this year, officials said.\n\nIt fell last year, and it may rise again this year.\n");
        Document page = Jsoup.parse(site.resolve("articles/n-2015-11-13-revenue.html").toFile(), "UTF-8");
        List<String> dates = page.select("aside.record h2:containsOwn(Dates) + ul li").eachText();
        assertEquals(List.of("2015 “this year”, 2 times", "2014 “last year”"), dates);
    }
}
