package newsgen.site;

import newsgen.cli.Gen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded archive of news-like articles whose quotes, names and captions carry markup and scripting links, built
 * by the whole pipeline (extraction, archive, every page kind): every page must be valid, script-free and fully
 * linked. It reaches what a single hostile article does not: quote pages, stories, the timeline and linked names.
 */
class HostileSiteIT {
    private static final String[] PEOPLE = {"Awa Diallo", "Assimi Goita", "Moussa Traore", "Fatou Sow"};
    private static final String[] PLACES = {"Bamako", "Niamey", "Dakar", "Ouagadougou"};
    private static final String[] HOSTILE = {
            "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "javascript:alert(3)",
            "\"><svg onload=alert(4)>", "</p><iframe src=javascript:alert(5)>", "&lt;script&gt;", "{{ siteTitle }}",
            "{% raw %}", "<!--", "]]>", "\u2028", "' onmouseover='alert(6)"};

    @TempDir
    static Path tmp;
    static Path site;
    static SiteCrawler crawler;

    @BeforeAll
    static void build() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Random random = new Random(20240501);
        for (int i = 0; i < 24; i++) {
            Files.writeString(articles.resolve("a" + i + ".md"), article(random, i));
        }
        site = tmp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Gen.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--articles", articles.toString(), "--templates", "templates", "--out", site.toString());
        assertEquals(0, code, err.toString());
        crawler = new SiteCrawler(site).crawl();
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String article(Random random, int i) {
        String person = pick(random, PEOPLE);
        String place = pick(random, PLACES);
        String bad = pick(random, HOSTILE);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(place + ", " + (1 + i % 28) + " May 2024 - " + person + " met officials in " + place + " on Tuesday, "
                + "the ministry said of the talks " + bad + ".");
        paragraphs.add("\"We reject " + pick(random, HOSTILE) + " and all of it,\" said Minister " + person + " in " + place + ".");
        paragraphs.add("President " + pick(random, PEOPLE) + " said: \"" + pick(random, HOSTILE) + " will not pass.\"");
        paragraphs.add("[a link](" + (random.nextBoolean() ? "javascript:alert(7)" : "https://example.org/" + i) + ") and "
                + "<a href=\"javascript:alert(8)\">raw</a> " + person + " <b>" + person + "</b>.");
        paragraphs.add("Photo: " + pick(random, HOSTILE));
        return "---\ntitle: \"Talks in " + place + " " + bad.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "date: 2024-05-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "\n"
                + "outlet: \"Desk " + pick(random, HOSTILE).replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n---\n\n"
                + String.join("\n\n", paragraphs) + "\n";
    }

    @Test
    void noPageCarriesAScriptAHandlerOrAScriptingLink() {
        List<String> found = new ArrayList<>();
        for (Path page : crawler.allPages()) {
            Document doc = crawler.parse(page);
            // The one script the site itself adds is the search box's, which is the same file on every page.
            doc.select("script, iframe, svg, object, embed").stream()
                    .filter(el -> !(el.tagName().equals("script") && el.attr("src").matches("(\\.\\./)*assets/search\\.js") && el.html().isEmpty()))
                    .forEach(el -> found.add(page + ": " + el.outerHtml()));
            for (Element el : doc.getAllElements()) {
                el.attributes().forEach(a -> {
                    String value = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || value.startsWith("javascript:")
                            || value.startsWith("data:") || value.startsWith("vbscript:")) {
                        found.add(page + ": " + el.outerHtml());
                    }
                });
            }
        }
        assertEquals(List.of(), found);
        assertTrue(crawler.allPages().size() > 30, crawler.allPages().toString());
    }

    @Test
    void hostileTextIsShownAsText() {
        String all = String.join(" ", crawler.allPages().stream().map(p -> crawler.parse(p).text()).toList());
        assertTrue(all.contains("<script>alert(1)</script>") || all.contains("<img src=x onerror=alert(2)>"));
    }

    @Test
    void everyPageIsValidAndEveryLinkWorks() throws Exception {
        HtmlChecker checker = HtmlChecker.shared();
        List<String> errors = new ArrayList<>();
        for (Path page : crawler.allPages()) {
            errors.addAll(checker.errors(page));
        }
        assertEquals(List.of(), errors);
        assertEquals(List.of(), crawler.brokenLinks);
        assertEquals(List.of(), crawler.unreachable());
    }
}
