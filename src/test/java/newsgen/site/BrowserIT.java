package newsgen.site;

import newsgen.cli.Gen;
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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed site opened from disk in a real browser: every page kind passes axe-core's WCAG 2.1 A/AA and 2.2
 * target-size rules in light and dark, on a desktop and a phone; search finds a person and opens his page;
 * the skip link is the first Tab stop.
 */
@ResourceLock(Browser.LOCK)
@Order(2)
class BrowserIT {
    /** One page of each kind the seed build has. */
    static final List<String> PAGE_KINDS = List.of("index.html", "articles/niger-burkina-faso-mali-form-defence-alliance.html",
            "stories/index.html", "people/index.html", "people/assimi-goita.html", "organisations/index.html",
            "organisations/alliance-of-sahel-states.html", "places/index.html", "places/mali.html", "quotes/index.html",
            "timeline/index.html", "search.html", "404.html");

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver driver;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        assertEquals(0, Gen.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(System.err, true), "build", "--articles", "articles", "--templates", "templates", "--out", site.toString()));
        driver = Browser.shared();
    }

    static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    static List<String> pagesWithStory() {
        List<String> pages = new ArrayList<>(PAGE_KINDS);
        try (var stories = java.nio.file.Files.list(site.resolve("stories"))) {
            stories.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html")).sorted().findFirst()
                    .ifPresent(n -> pages.add("stories/" + n));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pages;
    }

    @Test
    void everyPageKindHasNoAxeViolationsInLightAndDarkOnDesktopAndPhone() {
        List<String> pages = pagesWithStory();
        assertEquals(List.of(), Browser.axeViolations(driver, site, pages), pages.size() + " page kinds checked");
    }

    /** The check itself: it must report what is wrong, in the setting where it is wrong, or a clean site proves nothing. */
    @Test
    void axeReportsRealViolationsInTheSettingWhereTheyAre() throws java.io.IOException {
        Path bad = tmp.resolve("bad");
        java.nio.file.Files.createDirectories(bad);
        java.nio.file.Files.writeString(bad.resolve("bad.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>t</title><style>"
                + ".tiny { display: inline-block; padding: 12px; }"
                + "@media (prefers-color-scheme: dark) { body { background: #000; color: #fff; } a { color: #9cf; } .faint { color: #222; } }"
                + "@media (max-width: 600px) { .tiny { padding: 0; width: 8px; height: 8px; overflow: hidden; } }"
                + "</style></head><body><main><h1>t</h1><p class=\"faint\">Faint in the dark.</p>"
                + "<p><a class=\"tiny\" href=\"#a\">a</a><a class=\"tiny\" href=\"#b\">b</a></p><img src=\"x.png\"></main></body></html>");
        List<String> found = Browser.axeViolations(driver, bad, List.of("bad.html"));
        assertEquals(4, found.stream().filter(v -> v.contains(": image-alt ")).count(), found.toString());
        assertEquals(List.of("bad.html dark 1280px", "bad.html dark 390px"), found.stream().filter(v -> v.contains(": color-contrast "))
                .map(v -> v.substring(0, v.indexOf(':'))).toList(), found.toString());
        assertEquals(List.of("bad.html light 390px", "bad.html dark 390px"), found.stream().filter(v -> v.contains(": target-size "))
                .map(v -> v.substring(0, v.indexOf(':'))).toList(), found.toString());
    }

    @Test
    void axeRunsTheTargetSizeRuleOfWcag22() {
        driver.get(url("index.html"));
        List<String> rules = Browser.axeRulesRun(driver);
        assertTrue(rules.contains("target-size") && rules.contains("color-contrast"), rules.toString());
    }

    @Test
    void typingGoitaInTheSearchBoxFindsHimAndHisPageOpens() {
        Browser.emulate(driver, 1280, "light");
        driver.get(url("index.html"));
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("Goita");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        WebElement result = wait.until(d -> d.findElements(By.cssSelector("#search-results a")).stream()
                .filter(a -> a.getText().equals("Assimi Goita")).findFirst().orElse(null));
        assertTrue(driver.findElement(By.cssSelector("#search-results .search-status")).getText().contains("for “Goita”"));
        // Keyboard: Down moves from the box into the results.
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("A", driver.switchTo().activeElement().getTagName().toUpperCase());
        result.click();
        wait.until(d -> d.getCurrentUrl().endsWith("people/assimi-goita.html"));
        assertEquals("Assimi Goita", driver.findElement(By.tagName("h1")).getText());
        // Every file the search loaded came from the site folder: no request left the page.
        driver.get(url("index.html"));
        driver.findElement(By.id("search-box")).sendKeys("Bamako");
        wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        List<String> loaded = loadedFiles();
        assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/search-index.js")), loaded.toString());
        assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/assets/fuse.basic.min.js")), loaded.toString());
        assertTrue(loaded.stream().allMatch(u -> u.startsWith("file:")), loaded.toString());
    }

    @Test
    void theSearchIndexIsLoadedOnlyWhenTheBoxIsUsed() {
        driver.get(url("people/index.html"));
        List<String> before = loadedFiles();
        assertTrue(before.stream().anyMatch(u -> u.endsWith("/assets/search.js")), before.toString());
        assertTrue(before.stream().noneMatch(u -> u.endsWith("search-index.js") || u.contains("fuse")), before.toString());
        driver.findElement(By.id("search-box")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> loadedFiles().stream().anyMatch(u -> u.endsWith("/search-index.js")));
    }

    /** Every script, stylesheet, icon and image the page has asked for, as absolute URLs. */
    @SuppressWarnings("unchecked")
    static List<String> loadedFiles() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('script[src], link[href], img[src], iframe[src]'), function (e) { return e.src || e.href; });");
    }

    @Test
    void theSearchPageListsEveryResultForItsQuery() {
        driver.get(url("search.html") + "?q=Diop");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#search-page-results a")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#search-page-results a")).stream().anyMatch(a -> a.getText().equals("Abdoulaye Diop")));
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheContent() {
        for (String page : PAGE_KINDS) {
            driver.get(url(page));
            WebElement first = Browser.firstTabStop(driver);
            assertEquals("Skip to content", first.getText(), page);
            assertTrue(first.isDisplayed(), "the skip link shows when focused: " + page);
            first.sendKeys(Keys.ENTER);
            assertEquals("content", driver.switchTo().activeElement().getAttribute("id"), page);
        }
    }

}
