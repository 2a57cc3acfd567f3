package newsgen.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Walks a built site as a reader would, from index.html, and reports every link that would fail under file://. */
final class SiteCrawler {
    final Path root;
    final Map<Path, Document> pages = new HashMap<>();
    final List<String> brokenLinks = new ArrayList<>();
    final Set<Path> reached = new LinkedHashSet<>();

    SiteCrawler(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    SiteCrawler crawl() {
        Deque<Path> todo = new ArrayDeque<>();
        Path index = root.resolve("index.html");
        todo.add(index);
        reached.add(index);
        // A server shows 404.html for any address the site lacks: readers reach it without a link.
        Path notFound = root.resolve("404.html");
        if (Files.isRegularFile(notFound)) {
            todo.add(notFound);
            reached.add(notFound);
        }
        while (!todo.isEmpty()) {
            Path page = todo.poll();
            Document doc = parse(page);
            for (Element el : doc.select("a[href], link[href], script[src], img[src], form[action]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
                Path target = check(page, ref);
                if (target != null && target.toString().endsWith(".html") && reached.add(target)) {
                    todo.add(target);
                }
            }
        }
        return this;
    }

    /** The local file a link names, or null for an external link; records the link when it is broken. */
    private Path check(Path page, String ref) {
        String where = root.relativize(page) + " -> " + ref;
        if (ref.isEmpty()) {
            brokenLinks.add(where + " (empty)");
            return null;
        }
        if (ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("mailto:")) {
            return null;
        }
        if (ref.startsWith("/")) {
            brokenLinks.add(where + " (starts with /)");
            return null;
        }
        if (ref.startsWith("#")) {
            return null;
        }
        String path = URI.create(ref.replace(" ", "%20")).getPath();
        if (path == null || path.isEmpty()) {
            brokenLinks.add(where + " (no path)");
            return null;
        }
        Path target = page.getParent().resolve(path).normalize();
        if (!target.startsWith(root)) {
            brokenLinks.add(where + " (leaves the site)");
        } else if (Files.isDirectory(target) || path.endsWith("/")) {
            brokenLinks.add(where + " (points to a folder)");
        } else if (!Files.isRegularFile(target)) {
            brokenLinks.add(where + " (missing)");
        }
        return target;
    }

    Document parse(Path page) {
        return pages.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every HTML page in the site folder. */
    List<Path> allPages() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> unreachable() {
        return allPages().stream().filter(p -> !reached.contains(p)).toList();
    }
}
