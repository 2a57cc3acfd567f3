package newsgen.cli;

import newsgen.site.HtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gen build on inputs too big or too hostile for the quick tests: the whole pipeline, then every page checked. */
class BuildCommandIT {
    @TempDir
    Path tmp;
    Path articles;
    Path site;

    @BeforeEach
    void project() throws IOException {
        articles = Files.createDirectories(tmp.resolve("articles"));
        Files.createDirectories(tmp.resolve("templates"));
        site = tmp.resolve("site");
        article("good.md", "---\ntitle: A good article\ndate: 2024-05-01\n---\n\nThe council met on Tuesday.\n");
    }

    private void article(String name, String text) throws IOException {
        Files.writeString(articles.resolve(name), text);
    }

    private GenRun build() {
        return GenRun.of("build", "--articles", articles.toString(), "--templates", tmp.resolve("templates").toString(),
                "--out", site.toString());
    }

    @Test
    void fiveMegabyteArticleAndTenThousandQuotationMarksBuild() throws IOException {
        // Plain sentences: the loader test reads a 5 MB article full of quotes; here the whole pipeline runs.
        String paragraph = "The council met again on Tuesday and discussed the budget for the coming year at length. "
                .repeat(60) + "\n\n";
        StringBuilder text = new StringBuilder("---\ntitle: Long\ndate: 2024-01-01\n---\n\n");
        while (text.length() < 5_000_000) {
            text.append(paragraph);
        }
        article("long.md", text.toString());
        article("quotes.md", "---\ntitle: Quotes\ndate: 2024-01-02\n---\n\n" + "\"".repeat(10_000) + "\n\n"
                + "\u201c".repeat(5_000) + "\u201d".repeat(5_000) + "\n\n" + "\"a".repeat(10_000) + "\n");
        GenRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(5), () -> build());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.size(site.resolve("articles/long.html")) > 5_000_000);
        assertTrue(Files.exists(site.resolve("articles/quotes.html")));
    }

    @Test
    void hostileArticleBecomesHarmlessValidPages() throws Exception {
        article("hostile.md", String.join("\n",
                "---",
                "title: \"<script>alert('title')</script>\"",
                "outlet: \"<img src=x onerror=alert(1)>\"",
                "date: 2024-02-02",
                "url: \"https://example.org/a?b=c&d=e%22\"",
                "---",
                "",
                "Hello <script>alert(3)</script> and <img src=x onerror=alert(4)>.",
                "",
                "[click](javascript:alert(5)) [data](data:text/html,<script>alert(6)</script>) <vbscript:msgbox(7)>",
                "",
                "<iframe src=\"javascript:alert(8)\"></iframe>",
                "",
                "\"" + "\"".repeat(10_000),
                ""));
        GenRun run = build();
        assertEquals(0, run.code(), run.err());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                // The one script the site itself adds is the search box's, the same file on every page.
                doc.select("script[src]").stream()
                        .filter(el -> el.attr("src").matches("(\\.\\./)*assets/search\\.js") && el.html().isEmpty())
                        .forEach(Element::remove);
                assertTrue(doc.select("script, iframe, object, embed").isEmpty(), page + ": " + doc.select("script, iframe"));
                for (Element el : doc.getAllElements()) {
                    el.attributes().forEach(a -> {
                        assertFalse(a.getKey().toLowerCase().startsWith("on"), page + ": " + el.outerHtml());
                        String v = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase();
                        assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"), page + ": " + el.outerHtml());
                    });
                }
            }
        }
        HtmlChecker checker = HtmlChecker.shared();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertEquals(List.of(), checker.errors(page));
            }
        }
        Document page = Jsoup.parse(site.resolve("articles/hostile.html").toFile(), "UTF-8");
        assertEquals("<script>alert('title')</script>", page.selectFirst("h1").text());
        assertTrue(page.text().contains("Hello <script>alert(3)</script> and <img src=x onerror=alert(4)>."), page.text());
        assertEquals(1, page.select("p.source a[href^=https://example.org/a?b=c&d=]").size(), page.select("p.source").outerHtml());
    }
}
