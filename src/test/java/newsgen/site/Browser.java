package newsgen.site;

import java.time.Duration;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Debian's chromedriver, headless. Tests never download a browser or a driver:
 * .ci/run installs the packages when they are missing, and a test fails (not skips) without them. On a GitHub
 * Actions runner, which has no Debian chromium but carries Google Chrome and a matching chromedriver (in the folder
 * its CHROMEWEBDRIVER variable names), those are used instead.
 */
final class Browser {
    static final Path CHROMIUM = first(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/google-chrome"));
    static final Path DRIVER = first(Path.of("/usr/bin/chromedriver"),
            System.getenv("CHROMEWEBDRIVER") == null ? null : Path.of(System.getenv("CHROMEWEBDRIVER"), "chromedriver"));

    /** axe-core's rules for WCAG 2.0 and 2.1 A and AA, and 2.2 AA (its target-size rule). */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> SCHEMES = List.of("light", "dark");
    /** A desktop and a phone, in CSS pixels. */
    static final List<Integer> WIDTHS = List.of(1280, 390);

    private Browser() {
    }

    /** The first of the paths that is an executable file, or the first path (to name in the error) when none is. */
    private static Path first(Path wanted, Path instead) {
        return Files.isExecutable(wanted) || instead == null || !Files.isExecutable(instead) ? wanted : instead;
    }

    private static ChromeDriver shared;
    /** The resource lock of the test classes that use the {@link #shared()} browser, which shows one page at a time. */
    static final String LOCK = "chromium";

    /**
     * The one browser of this JVM, started on first use and quit when the JVM exits: every browser test class takes
     * it (starting chromium and its driver costs seconds), showing pages as a 1280-pixel desktop in light mode.
     */
    static synchronized ChromeDriver shared() {
        if (shared == null) {
            shared = start();
            ChromeDriver driver = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "quit-chromium"));
        }
        emulate(shared, WIDTHS.get(0), SCHEMES.get(0));
        return shared;
    }

    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--allow-file-access-from-files", "--window-size=1280,900", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Shows pages as a screen of this width and colour scheme would (CSS pixels; "light" or "dark"). */
    static void emulate(ChromeDriver driver, int width, String scheme) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 600 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        // The open page (if any) has taken the new size and scheme before anything is read from it.
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> driver.getCurrentUrl() + " was not shown " + width + " px wide in "
                + scheme + " (a page without <meta name=viewport> is laid out 980 px wide on a phone)").until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return location.protocol !== 'file:' || (window.innerWidth === arguments[0]"
                        + " && matchMedia('(prefers-color-scheme: dark)').matches === arguments[1]);", width, scheme.equals("dark"))));
    }

    /**
     * What axe-core finds wrong on each page of a site folder in light and dark, on a desktop and a phone: every
     * violation, and every contrast it cannot decide (text over a background it cannot read), which counts as one.
     *
     * <p>Each page is opened once, with axe already in it, and checked in the four settings one after another: the
     * browser lays the page out again for each width and colour scheme ({@link #emulate} waits until it has), as it
     * does when a reader turns a phone or switches the system to dark mode. Opening each page four times, sending it
     * half a megabyte of axe each time, and the library's default run (a blank window opened and axe sent twice more
     * per run, for cross-origin frames these pages do not have) cost several times what the checks themselves do.
     */
    static List<String> axeViolations(ChromeDriver driver, Path site, List<String> pages) {
        List<String> violations = new ArrayList<>();
        Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeScript()))
                .get("identifier");
        try {
            for (String page : pages) {
                driver.get(site.resolve(page).toUri().toString());
                for (String scheme : SCHEMES) {
                    for (int width : WIDTHS) {
                        emulate(driver, width, scheme);
                        Results results = runAxe(driver, page + " " + scheme + " " + width + "px", false);
                        for (Rule rule : results.getViolations()) {
                            violations.add(page + " " + scheme + " " + width + "px: " + rule.getId() + " " + rule.getNodes().stream()
                                    .map(n -> n.getTarget() + " " + n.getFailureSummary()).toList());
                        }
                        for (Rule rule : results.getIncomplete()) {
                            if (rule.getId().equals("color-contrast")) {
                                violations.add(page + " " + scheme + " " + width + "px: undecided color-contrast "
                                        + rule.getNodes().stream().map(n -> n.getTarget() + " " + n.getAny()).toList());
                            }
                        }
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
            emulate(driver, WIDTHS.get(0), SCHEMES.get(0));
        }
        return violations;
    }

    /** axe-core's own script, as the library packs it. */
    private static synchronized String axeScript() {
        if (axeScript == null) {
            try {
                axeScript = new AxeBuilder().getAxeScriptProvider().getScript();
            } catch (javax.naming.OperationNotSupportedException | java.io.IOException e) {
                throw new IllegalStateException("axe-core's script is not in the library", e);
            }
        }
        return axeScript;
    }

    private static String axeScript;

    /**
     * Runs axe with {@link #AXE_TAGS} on the open page (giving it axe first if it has none) and reads its results;
     * unless {@code everything}, only violations and undecided checks come back, which is all a check reads. A run
     * that fails is an error, never an empty result.
     */
    private static Results runAxe(ChromeDriver driver, String what, boolean everything) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(axeScript());
        }
        Object json = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}"
                + (everything ? "" : ", resultTypes: ['violations', 'incomplete']") + "}).then(function (r) {"
                + "  done(JSON.stringify(" + (everything ? "r" : "{violations: r.violations, incomplete: r.incomplete}") + "));"
                + "}, function (e) { done('error: ' + e); });", AXE_TAGS);
        if (!(json instanceof String text) || !text.startsWith("{")) {
            throw new IllegalStateException(what + ": axe failed: " + json);
        }
        try {
            return RESULTS.readValue(text, Results.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(what + ": axe's results do not read: " + e.getMessage(), e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper RESULTS = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The rules axe ran with {@link #AXE_TAGS} on the open page: proof that a rule (target-size) is not left out. */
    static List<String> axeRulesRun(ChromeDriver driver) {
        Results results = runAxe(driver, driver.getCurrentUrl(), true);
        List<String> rules = new ArrayList<>();
        for (List<Rule> list : List.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())) {
            list.forEach(r -> rules.add(r.getId()));
        }
        return rules;
    }

    /**
     * Presses Tab on a freshly loaded page and returns what took the focus. On a loaded machine the first key can
     * reach the window before the page has the focus, leaving it on the body; only then is Tab pressed again (a
     * page whose first tab stop is something else still fails the test, since the focus then leaves the body).
     */
    static WebElement firstTabStop(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        for (int attempt = 0; attempt < 5; attempt++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (!"body".equalsIgnoreCase(focused.getTagName())) {
                return focused;
            }
        }
        return driver.switchTo().activeElement();
    }
}
