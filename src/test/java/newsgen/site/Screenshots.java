package newsgen.site;

import newsgen.cli.Gen;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Takes the README's search and story screenshots from the seed build in headless chromium (a harness, not a
 * test). Usage: {@code java -cp ... newsgen.site.Screenshots docs}. The printed page is made with chromium's own
 * --print-to-pdf and pdftoppm, as the README says.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs");
        Path site = Files.createTempDirectory("newsgen-shots").resolve("site");
        if (Gen.run("build", "--out", site.toString()) != 0) {
            throw new IllegalStateException("build failed");
        }
        ChromeDriver driver = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            Browser.emulate(driver, 1100, "light");
            driver.get(site.resolve("index.html").toUri().toString());
            driver.findElement(By.id("search-box")).sendKeys("Goita");
            wait.until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            Thread.sleep(300);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), docs.resolve("search.png"), StandardCopyOption.REPLACE_EXISTING);

            try (var stories = Files.list(site.resolve("stories"))) {
                Path story = stories.filter(p -> !p.getFileName().toString().equals("index.html")).findFirst().orElseThrow();
                driver.get(story.toUri().toString());
            }
            driver.executeScript("document.getElementById('said-in-both').scrollIntoView()");
            Thread.sleep(300);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), docs.resolve("story-diff.png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.quit();
        }
        System.out.println(site);
    }
}
