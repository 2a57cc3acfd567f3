package newsgen.cli;

import newsgen.cache.ArticleCache;
import newsgen.cache.BuildStamp;
import newsgen.model.Problem;
import newsgen.site.SiteBuilder;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code gen build} keeps between builds of one output folder, in {@code .newsgen-cache/<name>/} beside it:
 * the articles as loaded and extracted ({@link ArticleCache}), and the stamp of the last build ({@link BuildStamp})
 * that lets a build with nothing changed leave the site alone.
 */
final class BuildCache {
    private final Path folder;
    private final Path out;
    private final boolean useStamp;
    private final CachedArticles articles;
    private String inputs;

    private BuildCache(Path folder, Path out, boolean useStamp, CachedArticles articles) {
        this.folder = folder;
        this.out = out;
        this.useStamp = useStamp;
        this.articles = articles;
    }

    /**
     * Opens the cache beside {@code out} and works out every article file's key.
     *
     * @param use false for {@code --no-cache}: nothing cached is used, all of it is made afresh
     */
    static BuildCache open(Path out, boolean use, List<Path> articlePaths, boolean allowHtml) {
        Path folder = ArticleCache.folderFor(out);
        if (!use) {
            BuildStamp.clear(folder);
            SiteBuilder.forgetPages(folder);
        }
        return new BuildCache(folder, out, use, CachedArticles.scan(ArticleCache.open(folder, use), articlePaths, allowHtml));
    }

    CachedArticles articles() {
        return articles;
    }

    /** Fingerprints the build's inputs; the options are every option that changes the output, as "name=value". */
    void inputs(Path templates, Path entities, List<String> options) {
        inputs = BuildInputs.fingerprint(articles, out, templates, entities, options);
    }

    /** The last build, when it had these very inputs and left the site that is there now; else null. */
    BuildStamp.Stamped unchanged() {
        BuildStamp.Stamped same = useStamp && inputs != null ? BuildStamp.check(folder, inputs, out) : null;
        if (same != null) {
            articles.awaitStored(); // nothing more is built: the scan's stamps are written before gen exits
        }
        return same;
    }

    /** Called before the site may change: no build may skip until a new stamp is written. */
    void siteChanging() {
        BuildStamp.clear(folder);
    }

    /**
     * After a build that committed its site: drops entries no longer used and, for an error-free build, stamps it.
     *
     * @param listing the site's files as the build left them ({@code SiteBuilder.Result#listing}), or null to walk it
     */
    void built(boolean clean, List<String> warnings, int articleCount, int pages, int files, List<String> listing) {
        articles.prune();
        if (clean && inputs != null) {
            BuildStamp.write(folder, inputs, out, listing, warnings, articleCount, pages, files);
        }
    }

    /** What was wrong with the cache since last asked (each already repaired). */
    List<Problem> warnings() {
        return articles.warnings();
    }
}
