package newsgen.site;

import newsgen.cli.Gen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated archive in a real browser, where {@link BrowserIT} has the two seed articles: the seeds and 40 real
 * political articles (an even spread of ../shared/eval/polnear-dev over its seven outlets) build into pages of every
 * kind as real news makes them: long lists over numbered pages, people with many quotes and a mention chart,
 * stories, unattributed quotes. Each kind passes axe-core's WCAG 2.1 A/AA and 2.2 target-size rules in light and
 * dark on a desktop and a phone; the search box finds Goita among everyone else and opens his page; the skip link
 * is the first Tab stop.
 */
@ResourceLock(Browser.LOCK)
@Order(1)
class ArchiveBrowserIT {
    static final int SAMPLE = 40;

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void build() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("articles"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        for (Path text : sample()) {
            Files.copy(text, articles.resolve(text.getFileName()));
        }
        site = tmp.resolve("site");
        StringWriter err = new StringWriter();
        assertEquals(0, Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--articles", articles.toString(),
                "--out", site.toString()), err.toString());
        driver = Browser.shared();
    }

    /** Every 84/40-th file of the dev set in name order, so each outlet and the whole date range are in. */
    static List<Path> sample() throws IOException {
        Path texts = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../shared/eval/polnear-dev/texts").normalize();
        assertTrue(Files.isDirectory(texts), "the real-news dev set is missing: " + texts);
        List<Path> all;
        try (Stream<Path> files = Files.list(texts)) {
            all = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(all.size() >= SAMPLE, texts + " holds " + all.size() + " texts");
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(all.get(i * all.size() / SAMPLE));
        }
        return sample;
    }

    static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    /** The first link a list page makes to a page of the given folder ("people/"), as a site path. */
    static String firstLink(String list, String folder) throws IOException {
        Document doc = Jsoup.parse(site.resolve(list).toFile(), "UTF-8");
        String root = RelativeLinks.root(list);
        return doc.select("main a[href]").stream().map(a -> a.attr("href")).filter(h -> h.startsWith(root + folder))
                .map(h -> h.substring(root.length())).filter(h -> !h.equals(folder + "index.html") && !h.startsWith(folder + "page-"))
                .findFirst().orElseThrow(() -> new AssertionError("no link to " + folder + " on " + list));
    }

    /**
     * One page of each kind the archive has, a second page of a list, and the busiest person, organisation and place
     * (first in their lists), whose pages carry facts, a chart and quotes by year. Lists of more than one page carry
     * their pager on the first page too.
     */
    static List<String> pageKinds() throws IOException {
        List<String> pages = new ArrayList<>(List.of("index.html", "stories/index.html", "people/index.html", "people/page-2.html",
                "organisations/index.html", "places/index.html", "quotes/index.html", "quotes/unattributed.html",
                "timeline/index.html", "search.html", "404.html"));
        pages.add(firstLink("index.html", "articles/"));
        pages.add(firstLink("stories/index.html", "stories/"));
        pages.add(firstLink("people/index.html", "people/"));
        pages.add(firstLink("organisations/index.html", "organisations/"));
        pages.add(firstLink("places/index.html", "places/"));
        for (String page : pages) {
            assertTrue(Files.isRegularFile(site.resolve(page)), "the archive has no " + page);
        }
        return pages;
    }

    @Test
    void theArchiveHasRealPagesOfEveryKind() throws IOException {
        Document person = Jsoup.parse(site.resolve(firstLink("people/index.html", "people/")).toFile(), "UTF-8");
        assertTrue(!person.select("figure.mention-chart svg").isEmpty(), "the busiest person's page has a mention chart");
        assertTrue(person.select("ul.quotes > li").size() > 10, "and quotes");
        Document story = Jsoup.parse(site.resolve(firstLink("stories/index.html", "stories/")).toFile(), "UTF-8");
        assertTrue(story.select("section.report").size() >= 2, "a story sets two outlets' reports side by side");
    }

    @Test
    void everyPageKindIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        for (String page : pageKinds()) {
            errors.addAll(HtmlChecker.shared().errors(site.resolve(page)));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void everyPageKindHasNoAxeViolationsInLightAndDarkOnDesktopAndPhone() throws IOException {
        List<String> pages = pageKinds();
        assertEquals(List.of(), Browser.axeViolations(driver, site, pages), pages.size() + " pages checked: " + pages);
    }

    @Test
    void typingGoitaInTheSearchBoxFindsHimAmongTheRealNamesAndHisPageOpens() {
        Browser.emulate(driver, 390, "dark");
        driver.get(url("quotes/index.html"));
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("Goita");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        WebElement result = wait.until(d -> d.findElements(By.cssSelector("#search-results a")).stream()
                .filter(a -> a.getText().equals("Assimi Goita")).findFirst().orElse(null));
        result.click();
        wait.until(d -> d.getCurrentUrl().endsWith("people/assimi-goita.html"));
        assertEquals("Assimi Goita", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theSkipLinkIsTheFirstTabStopOnEveryPageKind() throws IOException {
        Browser.emulate(driver, 1280, "light");
        for (String page : pageKinds()) {
            driver.get(url(page));
            WebElement first = Browser.firstTabStop(driver);
            assertEquals("Skip to content", first.getText(), page);
            first.sendKeys(Keys.ENTER);
            assertEquals("content", driver.switchTo().activeElement().getAttribute("id"), page);
        }
    }
}
