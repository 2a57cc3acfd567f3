package newsgen.cli;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.EntityEdits;
import newsgen.archive.ResolutionMemo;
import newsgen.archive.WordCaseMemo;
import newsgen.cache.ArticleCache;
import newsgen.cache.BuildStamp;
import newsgen.model.Archive;
import newsgen.model.ProblemException;
import newsgen.site.BaseUrl;
import newsgen.model.Timings;
import newsgen.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code gen build}: articles in, a linked static site out. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the static site from the articles and templates.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ArticlesFolder articlesFolder;

    @Option(names = "--templates", paramLabel = "DIR", description = "Folder of Pebble templates overriding the built-in ones (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, replaced as a whole on success (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site");

    @Option(names = "--title", paramLabel = "TEXT", description = "Site title shown on every page (default: ${DEFAULT-VALUE})")
    String title = "News archive";

    @Option(names = "--base-url", paramLabel = "URL", description = "Where the site will be published (https://example.org/news/): "
            + "adds canonical links, Open Graph, JSON-LD, Atom feeds and a sitemap. Without it every URL stays relative.")
    String baseUrl;

    @Option(names = "--force", description = "Write over an output folder gen did not create (it is kept aside, not deleted).")
    boolean force;

    @Option(names = "--entities", paramLabel = "FILE", description = "The editor's entities.yaml (default: entities.yaml beside the articles folder, if there is one)")
    Path entities;

    @Option(names = "--keep-going", description = "Build what can be built despite bad articles (still exits 1).")
    boolean keepGoing;

    @Option(names = "--allow-html", description = "Keep raw HTML inside Markdown as HTML (it is escaped by default).")
    boolean allowHtml;

    @Option(names = "--no-cache", description = "Read and extract every article again, ignoring what "
            + ArticleCache.FOLDER + "/ beside the output folder holds (the article cache is written afresh; no page ledger is kept,"
            + " so the next build renders every page).")
    boolean noCache;

    @Option(names = "--timings", description = "Print the time each stage took (load, extract, archive, plan, render, write, commit).")
    boolean timings;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        WarningLog err = new WarningLog(spec.commandLine().getErr());
        Path articles = articlesFolder.checked(spec);
        for (Path input : List.of(articles, templates)) {
            if (input.toAbsolutePath().normalize().startsWith(out.toAbsolutePath().normalize())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--out " + out + " would replace " + input + ", which the build reads; choose another output folder");
            }
        }
        if (out.toAbsolutePath().normalize().getFileName() != null
                && ArticleCache.FOLDER.equals(out.toAbsolutePath().normalize().getFileName().toString())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " is the name of gen's cache folder, which sits beside the output; choose another output folder");
        }
        BaseUrl base;
        try {
            base = baseUrl == null || baseUrl.isBlank() ? null : BaseUrl.parse(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url " + e.getMessage());
        }
        EntityEdits edits;
        try {
            edits = EditorFile.read(EditorFile.locate(entities, articles));
        } catch (ProblemException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            err.println("build failed; " + out + " was left as it was");
            return 1;
        }
        Timings clock = timings ? new Timings() : Timings.OFF;
        long scanStart = Timings.now();
        BuildCache cache = BuildCache.open(out, !noCache, List.of(articles), allowHtml);
        cache.inputs(templates, EditorFile.locate(entities, articles), List.of("title=" + title, "base-url=" + base,
                "allow-html=" + allowHtml, "keep-going=" + keepGoing, "force=" + force));
        BuildStamp.Stamped same = cache.unchanged();
        clock.wall("scan", Timings.now() - scanStart);
        if (same != null) {
            same.warnings().forEach(err::println);
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "Nothing changed since the last build: %s/ is up to date (%s, %s, %s; checked in %.2f s)",
                    out, Plural.of(same.articles(), "article"), Plural.of(same.pages(), "page"), Plural.of(same.files(), "file"),
                    (System.nanoTime() - start) / 1e9));
            return 0;
        }
        if (!noCache) {
            // Read while the articles are loaded and the archive is built, stages that leave a core idle for long
            // stretches; the page stage needs them only after the archive.
            SiteBuilder.readAhead(ArticleCache.folderFor(out));
        }
        Pipeline.Result loaded = Pipeline.loadAndExtract(List.of(articles), allowHtml, err, clock, cache.articles());
        // The new articles' cache entries are written while the archive is built (see CachedArticles.storePending).
        cache.articles().storePending();
        try {
            return publish(loaded, cache, edits, base, err, clock, start);
        } finally {
            cache.articles().awaitStored();
        }
    }

    /** The stages after extraction: archive, pages, data; then the cache's stamp and the summary line. */
    private int publish(Pipeline.Result loaded, BuildCache cache, EntityEdits edits, BaseUrl base, WarningLog err,
                        Timings clock, long start) {
        cache.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (!loaded.errors().isEmpty() && !keepGoing) {
            err.println("build failed: " + Plural.of(loaded.errors().size(), "problem") + "; " + out + " was left as it was");
            return 1;
        }
        long archiveStart = Timings.now();
        Path cacheFolder = ArticleCache.folderFor(out);
        ArchiveBuilder builder = new ArchiveBuilder(new ResolutionMemo(cacheFolder, !noCache),
                new WordCaseMemo(cacheFolder, !noCache, cache.articles().forMemo())).leads(cache.articles()::lead)
                .cacheKeys(cache.articles().forMemo()::key).passes(cacheFolder, !noCache);
        Archive archive = builder.build(loaded.articles(), edits);
        clock.wall(archiveLabel(builder), Timings.now() - archiveStart);
        builder.warnings().forEach(w -> err.println("warning: " + w));
        // not through err: a damaged memo is replaced by this build, so a later build with nothing changed is silent
        builder.cacheWarnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        SiteBuilder.Result result;
        try {
            Progress.phase(err, loaded.articles().size(), "writing pages");
            cache.siteChanging();
            // --no-cache keeps no page ledger: its keys and change sets (~15 % of the page tasks, JFR, 10,164 articles)
            // serve only a next build. BuildCache.open forgot the old ledger, so that build renders every page.
            result = new SiteBuilder(clock).build(archive, new SiteBuilder.Options(templates, out, force, title, base,
                    noCache ? null : ArticleCache.folderFor(out), cache.articles()::key, cache.articles()::summary,
                    builder.changeKey()));
        } catch (ProblemException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            err.println("build failed; " + out + " was left as it was");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause().getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")");
            err.println("build failed; " + out + " was left as it was");
            return 1;
        }
        cache.built(loaded.errors().isEmpty(), err.warnings(), loaded.articles().size(), result.pages(), result.files(),
                result.listing());
        cache.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        if (result.kept() != null) {
            err.println("note: " + out + " held files gen did not make; they were moved to " + result.kept());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "Built %s into %s (%s) in %s/ in %.2f s%s",
                Plural.of(loaded.articles().size(), "article"), Plural.of(result.pages(), "page"),
                Plural.of(result.files(), "file"), out, seconds,
                loaded.errors().isEmpty() ? "" : "; " + Plural.of(loaded.errors().size(), "article") + " left out"));
        if (timings) {
            spec.commandLine().getOut().flush();
            clock.lines().forEach(err::println);
        }
        return loaded.errors().isEmpty() ? 0 : 1;
    }

    /** "archive", with what was taken from the cache instead of worked out: "archive (resolution reused, …)". */
    private static String archiveLabel(ArchiveBuilder builder) {
        List<String> kept = new java.util.ArrayList<>();
        if (builder.resolutionReused()) {
            kept.add("resolution reused");
        }
        if (builder.entitiesKept()) {
            kept.add("entities kept");
        }
        if (builder.storiesReused()) {
            kept.add("stories reused");
        }
        if (builder.companionsPatched()) {
            kept.add("companions patched");
        }
        return kept.isEmpty() ? "archive" : "archive (" + String.join(", ", kept) + ")";
    }
}
