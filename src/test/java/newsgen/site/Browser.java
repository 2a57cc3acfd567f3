package newsgen.site;

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
 * .ci/run installs the packages when they are missing, and a test fails (not skips) without them.
 */
final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** axe-core's rules for WCAG 2.0 and 2.1 A and AA, and 2.2 AA (its target-size rule). */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final List<String> SCHEMES = List.of("light", "dark");
    /** A desktop and a phone, in CSS pixels. */
    static final List<Integer> WIDTHS = List.of(1280, 390);

    private Browser() {
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
    }

    /**
     * What axe-core finds wrong on each page of a site folder in light and dark, on a desktop and a phone: every
     * violation, and every contrast it cannot decide (text over a background it cannot read), which counts as one.
     */
    static List<String> axeViolations(ChromeDriver driver, Path site, List<String> pages) {
        List<String> violations = new ArrayList<>();
        for (String scheme : SCHEMES) {
            for (int width : WIDTHS) {
                emulate(driver, width, scheme);
                for (String page : pages) {
                    driver.get(site.resolve(page).toUri().toString());
                    Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
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
        return violations;
    }

    /** The rules axe ran with {@link #AXE_TAGS} on the open page: proof that a rule (target-size) is not left out. */
    static List<String> axeRulesRun(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        List<String> rules = new ArrayList<>();
        for (List<Rule> list : List.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())) {
            list.forEach(r -> rules.add(r.getId()));
        }
        return rules;
    }
}
