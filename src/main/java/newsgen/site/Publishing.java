package newsgen.site;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Entity;
import newsgen.model.Problem;
import newsgen.model.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files beside the pages that readers' tools use: the search index and engine, the Atom feeds, the sitemap
 * and robots.txt. Feeds and the sitemap need absolute URLs, so they are written only when a base URL is given;
 * without one the site stays fully relative.
 */
final class Publishing {
    /** fuse.js, packed in gen.jar as a WebJar (see pom.xml); the version here must match the pom's. */
    static final String FUSE = "META-INF/resources/webjars/fuse.js/7.1.0/";
    static final String FUSE_SCRIPT = "assets/fuse.basic.min.js";
    static final String FUSE_LICENCE = "assets/fuse.js-LICENSE.txt";
    static final String FEED = "feed.xml";
    /** Pages that are not content: no search engine should list them. */
    private static final List<String> UNLISTED = List.of("404.html", "search.html");

    private final Archive archive;
    private final BaseUrl base;
    private final String siteTitle;
    /** Each article's summary for the feeds ({@link Views#summary}, or the same kept in the article cache). */
    private final java.util.function.Function<ArchivedArticle, String> summaries;

    Publishing(Archive archive, BaseUrl base, String siteTitle, java.util.function.Function<ArchivedArticle, String> summaries) {
        this.archive = archive;
        this.base = base;
        this.siteTitle = siteTitle;
        this.summaries = summaries;
    }

    /**
     * The feed of each page that has one, by the page's site path; pages link it in their head.
     * Empty without a base URL.
     */
    Map<String, String> feeds() {
        Map<String, String> feeds = new TreeMap<>();
        if (base == null) {
            return feeds;
        }
        for (List<Entity> list : List.of(archive.people(), archive.organizations(), archive.places())) {
            for (Entity e : list) {
                String page = RelativeLinks.entity(e.kind(), e.id());
                feeds.put(page, feedOf(page));
            }
        }
        return feeds;
    }

    private static String feedOf(String page) {
        return page.substring(0, page.length() - ".html".length()) + ".xml";
    }

    /** Writes the files; returns how many. */
    int write(List<Page> pages, OutputFolder out) {
        return write(pages, out, null, null);
    }

    /**
     * @param ledger  the page ledger, or null: an entity's feed made from the same inputs as the old site's is then
     *                carried over, not made again
     * @param sources each article's cache key, or null
     */
    int write(List<Page> pages, OutputFolder out, PageLedger ledger, java.util.function.Function<ArchivedArticle, String> sources) {
        return write(pages, out, ledger, sources, null, null);
    }

    /**
     * As above, the search index made from the last build's pieces where they are the same ({@link SearchSlices}).
     *
     * @param old   the last build's pieces of the search index, or null
     * @param noted where this build's pieces go, noted for the next build, or null
     */
    int write(List<Page> pages, OutputFolder out, PageLedger ledger, java.util.function.Function<ArchivedArticle, String> sources,
              java.util.function.Supplier<SearchSlices> old, SearchSlices noted) {
        int files = 0;
        out.write(SearchIndex.PATH, (OutputFolder.Streamed) stream -> {
            SearchSlices pieces = old == null ? null : old.get();
            try {
                SearchIndex.write(archive, stream, sources, pieces, noted);
            } finally {
                if (pieces != null) {
                    pieces.close();
                }
            }
        });
        out.write(FUSE_SCRIPT, resource(FUSE + "dist/fuse.basic.min.js"));
        out.write(FUSE_LICENCE, resource(FUSE + "LICENSE"));
        files += 3;
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (base != null) {
            files += writeFeeds(out, ledger, sources);
            out.write("sitemap.xml", Sitemap.write(base, pages.stream().map(Page::path).filter(p -> !UNLISTED.contains(p)).toList()));
            files++;
            robots.append("Sitemap: ").append(base.of("sitemap.xml")).append('\n');
        }
        out.write("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
        return files + 1;
    }

    private int writeFeeds(OutputFolder out, PageLedger ledger, java.util.function.Function<ArchivedArticle, String> sources) {
        Map<String, ArchivedArticle> bySlug = new HashMap<>();
        archive.articles().forEach(a -> bySlug.put(a.record().slug(), a));
        java.util.function.Function<String, String> summary = slug -> summaries.apply(bySlug.get(slug));
        // Each article's cache key, asked once: feeds list ~100,000 articles in all.
        Map<String, String> keys = null;
        if (ledger != null && sources != null) {
            keys = new HashMap<>();
            for (ArchivedArticle a : archive.articles()) {
                keys.put(a.record().slug(), sources.apply(a));
            }
        }
        out.write(FEED, AtomFeed.write(base, siteTitle, siteTitle, FEED, "index.html",
                archive.articles().stream().map(a -> newsgen.model.ArticleRef.of(a.record())).toList(), summary));
        int files = 1;
        for (List<Entity> list : List.of(archive.people(), archive.organizations(), archive.places())) {
            for (Entity e : list) {
                String page = RelativeLinks.entity(e.kind(), e.id());
                String path = feedOf(page);
                String title = e.name() + " · " + siteTitle;
                Object inputs = keys == null ? null : feedInputs(title, page, e.articles(), bySlug, keys);
                String key = inputs == null ? null : ledger.inputsKey(path, "feed", inputs);
                files++;
                if (key != null && ledger.carry(path, key, out)) {
                    continue;
                }
                out.write(path, AtomFeed.write(base, siteTitle, title, path, page, e.articles(), summary));
                if (key != null) {
                    ledger.wrote(path, key, out);
                }
            }
        }
        return files;
    }

    /**
     * What an entity's feed is made from besides the site-wide variables (in the ledger's render key): its title and
     * page, and the articles it lists, each by its cache key, which stands for its reference and its summary. Null
     * when an article has no key. Why: with a base URL, ~5,600 feeds were made and compared on every build.
     */
    private static Object feedInputs(String title, String page, List<newsgen.model.ArticleRef> articles,
                                     Map<String, ArchivedArticle> bySlug, Map<String, String> keys) {
        List<newsgen.model.ArticleRef> listed = AtomFeed.entries(articles);
        List<Object> out = new java.util.ArrayList<>(listed.size() + 3);
        out.add("feed");
        out.add(title);
        out.add(page);
        for (newsgen.model.ArticleRef r : listed) {
            ArchivedArticle a = bySlug.get(r.slug());
            String key = a == null ? null : keys.get(r.slug());
            if (key == null || !newsgen.model.ArticleRef.of(a.record()).equals(r)) {
                return null;
            }
            out.add(key);
        }
        return out;
    }

    static byte[] resource(String name) {
        try (InputStream in = Publishing.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ProblemException(new Problem(name, 0, "missing from gen.jar; rebuild it with mvn package"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
