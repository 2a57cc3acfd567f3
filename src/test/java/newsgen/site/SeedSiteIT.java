package newsgen.site;

import newsgen.cli.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the seed site, with and without a base URL, passes the Nu Html Checker (the rest is read in {@link SeedSiteTest}). */
class SeedSiteIT {
    @TempDir
    Path tmp;

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        assertValid(tmp.resolve("site"));
    }

    /** With a base URL pages also carry canonical links, Open Graph and JSON-LD: still valid. */
    @Test
    void everyPublishedPagePassesTheNuHtmlChecker() throws Exception {
        assertValid(tmp.resolve("published"), "--base-url", "https://example.org/news");
    }

    private static void assertValid(Path site, String... options) throws Exception {
        List<String> build = new ArrayList<>(List.of("build", "--articles", "articles", "--templates", "templates",
                "--out", site.toString()));
        build.addAll(List.of(options));
        StringWriter err = new StringWriter();
        int code = Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err), build.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        List<Path> pages = new SiteCrawler(site).crawl().allPages();
        HtmlChecker checker = HtmlChecker.shared();
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(checker.errors(page));
        }
        assertEquals(List.of(), errors, pages.size() + " pages checked");
        assertTrue(pages.size() > 3);
    }
}
