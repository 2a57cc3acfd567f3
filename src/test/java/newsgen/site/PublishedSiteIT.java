package newsgen.site;

import newsgen.cli.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed site built with --base-url, every page through the Nu Html Checker (head tags, JSON-LD, feed links). */
class PublishedSiteIT {
    @TempDir
    Path tmp;

    @Test
    void everyPublishedPagePassesTheNuHtmlChecker() throws Exception {
        Path site = tmp.resolve("site");
        assertEquals(0, Gen.run(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(System.err, true), "build", "--articles", "articles", "--templates", "templates", "--out", site.toString(),
                "--base-url", "https://example.org/news/"));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        HtmlChecker checker = HtmlChecker.shared();
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(checker.errors(page));
        }
        assertEquals(List.of(), errors, pages.size() + " pages checked");
        assertTrue(pages.size() > 20);
    }
}
