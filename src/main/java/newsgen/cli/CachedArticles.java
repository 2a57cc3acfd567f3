package newsgen.cli;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.WordCaseMemo;
import newsgen.cache.ArticleCache;
import newsgen.cache.Fingerprint;
import newsgen.content.ArticleLoader;
import newsgen.content.ArticleSource;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.Background;
import newsgen.model.Problem;
import newsgen.site.SiteBuilder;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * One build's article files as the cache knows them: each file's key, the articles the cache gave back (neither
 * parsed nor extracted again), and the newly extracted ones to store.
 */
final class CachedArticles {
    private final ArticleCache cache;
    private final List<Path> files;
    private final List<String> keys;
    private final Map<Path, String> keyOf = new HashMap<>();
    private final Map<Article, ArticleRecord> hits = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Article, List<String>> leads = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Article, String> summaries = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<Path, List<Problem>> loadWarnings = new ConcurrentHashMap<>();
    private final Queue<ArchivedArticle> pending = new ConcurrentLinkedQueue<>();
    private Background<Void> writer;

    /** Each file's name as its record gives it, and whether raw HTML is kept: what a file's key is made with. */
    private final SourceNames names;
    private final boolean allowHtml;

    private CachedArticles(ArticleCache cache, List<Path> files, List<String> keys, SourceNames names, boolean allowHtml) {
        this.cache = cache;
        this.files = files;
        this.keys = keys;
        this.names = names;
        this.allowHtml = allowHtml;
        for (int i = 0; i < files.size(); i++) {
            keyOf.put(files.get(i), keys.get(i));
        }
    }

    /** Finds the article files under the paths and works out their keys (reading every file's bytes). */
    static CachedArticles scan(ArticleCache cache, List<Path> paths, boolean allowHtml) {
        List<Path> files = ArticleSource.files(paths);
        SourceNames names = new SourceNames(paths);
        return new CachedArticles(cache, files, cache.keys(files, names::name, allowHtml), names, allowHtml);
    }

    List<Path> files() {
        return files;
    }

    /** Adds every article file, by path and key, to a fingerprint of the build's inputs. */
    void addTo(Fingerprint inputs) {
        inputs.add(files.size());
        for (int i = 0; i < files.size(); i++) {
            inputs.add(files.get(i).toString()).add(Objects.requireNonNullElse(keys.get(i), "unreadable"));
        }
    }

    /** Loads every file in path order, from the cache where it holds the file, as {@link ArticleSource#loadOne} would. */
    List<Object> load(ArticleSource source) {
        cache.rereadBodiesWith(file -> reread(source, file));
        return IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Path file = files.get(i);
            ArticleCache.Entry entry = cache.get(keys.get(i), file);
            if (entry != null) {
                hits.put(entry.article(), entry.record());
                if (entry.lead() != null) {
                    leads.put(entry.article(), entry.lead());
                }
                if (entry.summary() != null) {
                    summaries.put(entry.article(), entry.summary());
                }
                return new ArticleLoader.Read(entry.article(), entry.warnings());
            }
            Object read = source.loadOne(file);
            if (read instanceof ArticleLoader.Read r) {
                loadWarnings.put(file, r.warnings());
            }
            return read;
        }).toList();
    }

    /**
     * An article's paragraphs read from its file again, for an entry whose body turned out damaged after its head was
     * taken: only while the file still has the bytes its key was made from (checked before and after reading it), so
     * the paragraphs are the ones the rest of its entry goes with.
     */
    private List<newsgen.model.Paragraph> reread(ArticleSource source, Path file) {
        String key = keyOf.get(file);
        String before = cache.key(file, names.name(file), allowHtml);
        Object read = source.loadOne(file);
        String after = cache.key(file, names.name(file), allowHtml);
        if (key == null || !key.equals(before) || !key.equals(after) || !(read instanceof ArticleLoader.Read r)) {
            throw new java.io.UncheckedIOException(new java.io.IOException(file.toString().replace('\\', '/')
                    + ": changed while the build read it; build again"));
        }
        return r.article().paragraphs();
    }

    /**
     * What the archive's word-case memo asks of the cache: an article's key (by its file), and an article an earlier
     * build cached (an edited or deleted file's old entry is still there: entries are pruned after the build).
     */
    WordCaseMemo.Articles forMemo() {
        return new WordCaseMemo.Articles() {
            @Override
            public String key(Article article) {
                return keyOf.get(article.file());
            }

            @Override
            public Article cached(String key, String file) {
                ArticleCache.Entry entry = cache.get(key, Path.of(file));
                return entry == null ? null : entry.article();
            }
        };
    }

    /**
     * An article's cache key, which stands for the article and its record as this build has them (the key covers
     * the file's bytes, its path and name, the options and gen's code); null for an article without one.
     */
    String key(ArchivedArticle article) {
        return keyOf.get(article.article().file());
    }

    /** The cached record of an article the cache gave back, or null for one that was read from its file. */
    ArticleRecord record(Article article) {
        return hits.get(article);
    }

    /**
     * The words of an article's lead for story clustering: kept in its cache entry (the entry's key covers gen's
     * code, so they are what {@link ArchiveBuilder#leadWords} gives), so that an article the cache gave back has its
     * paragraphs neither decoded nor read; worked out for the others.
     */
    List<String> lead(Article article) {
        List<String> kept = leads.get(article);
        return kept != null ? kept : ArchiveBuilder.leadWords(article);
    }

    /**
     * The summary the lists and feeds show for an article: kept in its cache entry (the entry's key covers gen's code,
     * so it is what {@link SiteBuilder#summary} gives), so that feeds need not decode every article's paragraphs
     * (with {@code --base-url}, a one-article edit decoded all 10,164 bodies for them); worked out for the others.
     */
    String summary(ArchivedArticle article) {
        String kept = summaries.get(article.article());
        return kept != null ? kept : SiteBuilder.summary(article);
    }

    /**
     * Notes an article read and extracted in this build, to be stored by {@link #storePending}, with its lead words and
     * summary worked out here, on the extracting thread. Why here: the entry keeps both, and the archive asks for the
     * lead words again ({@link #lead}) and the feeds of a site with a base URL for the summary, once per feed listing
     * the article ({@link #summary}); worked out apart by the cache's writer and by those, each article's were made
     * at least twice in a cold build, the second time on the one thread that writes the entries.
     */
    void store(ArchivedArticle done) {
        Article article = done.article();
        leads.put(article, ArchiveBuilder.leadWords(article));
        summaries.put(article, SiteBuilder.summary(done));
        pending.add(done);
    }

    /**
     * Stores the noted articles on a thread of its own. Why later and apart: the archive's passes run mostly on one
     * core, and writing ~10,000 entries (encoding, checksum, a file each) there uses the other one, where doing it
     * during extraction took time from both.
     */
    void storePending() {
        if (writer != null || pending.isEmpty()) {
            return;
        }
        writer = Background.start("newsgen-cache-writer", () -> {
            for (ArchivedArticle done; (done = pending.poll()) != null; ) {
                Path file = done.article().file();
                cache.put(keyOf.get(file), new ArticleCache.Entry(done.article(), done.record(),
                        loadWarnings.getOrDefault(file, List.of()), lead(done.article()), summary(done)));
                // Stored: the archive has taken its lead words by now, as a rule (one that asks later makes them
                // again); kept to the build's end they only filled the old generation (one more full collection).
                leads.remove(done.article());
            }
            cache.saveIndex(); // what was stored is the next build's even if this one stops before its end
            return null;
        });
    }

    /**
     * Waits until every noted article is stored, and the scan's stamps (before the cache is pruned, or gen exits); what made the writer fail
     * (the cache's own write errors are warnings, an entry that cannot be encoded is not) is thrown here.
     */
    void awaitStored() {
        cache.awaitStamps();
        storePending();
        if (writer != null) {
            writer.await();
        }
    }

    /** What was wrong with the cache since last asked (each already repaired). */
    List<Problem> warnings() {
        return cache.drainWarnings();
    }

    /** After a build: drops the entries of articles that are gone or changed. */
    void prune() {
        awaitStored();
        Set<String> used = new HashSet<>(keys);
        used.remove(null);
        cache.keepOnly(used);
    }
}
