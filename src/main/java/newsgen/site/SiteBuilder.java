package newsgen.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import newsgen.cache.CodeVersion;
import newsgen.cache.Fingerprint;
import newsgen.model.Archive;
import newsgen.model.ArticleLinks;
import newsgen.model.EntityRef;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRecord;
import newsgen.model.Background;
import newsgen.model.Problem;
import newsgen.model.ProblemException;
import newsgen.model.Timings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** Plans, renders and writes the whole site, swapping it into place only when every page succeeded. */
public final class SiteBuilder {
    /** Static files every site carries, looked up in the user's templates first, then in the built-in set. */
    static final List<String> ASSETS = List.of("assets/style.css", "assets/search.js", "assets/favicon.svg");
    private static final ObjectMapper JSON = ScriptJson.configure(new ObjectMapper()).enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param templates the user's template folder (may be missing: the built-in set is used)
     * @param force     write over an output folder gen did not make
     * @param cache     where the build keeps its {@link PageLedger} between builds (a page whose model did not change
     *                  is then carried over, not rendered), or null to render every page
     * @param sources   each article's key in the article cache (null for one without), or null: with it, the ledger
     *                  tells most unchanged pages by what they are made from ({@link PageInputs}) without making
     *                  their models
     * @param summaries each article's summary as {@link #summary} gives it (kept in the article cache, so the feeds
     *                  need not decode every body), or null to work each out
     * @param changeKey what the archive's links were made from ({@code ArchiveBuilder.changeKey}), or null: with it,
     *                  the pages that cannot have changed since the last build are carried without being keyed
     *                  ({@link SiteChanges})
     */
    public record Options(Path templates, Path out, boolean force, String siteTitle, BaseUrl baseUrl, Path cache,
                          Function<ArchivedArticle, String> sources, Function<ArchivedArticle, String> summaries,
                          String changeKey) {
        public Options(Path templates, Path out, boolean force, String siteTitle, BaseUrl baseUrl, Path cache,
                       Function<ArchivedArticle, String> sources, Function<ArchivedArticle, String> summaries) {
            this(templates, out, force, siteTitle, baseUrl, cache, sources, summaries, null);
        }

        public Options(Path templates, Path out, boolean force, String siteTitle, BaseUrl baseUrl, Path cache,
                       Function<ArchivedArticle, String> sources) {
            this(templates, out, force, siteTitle, baseUrl, cache, sources, null);
        }

        public Options(Path templates, Path out, boolean force, String siteTitle, BaseUrl baseUrl, Path cache) {
            this(templates, out, force, siteTitle, baseUrl, cache, null);
        }

        public Options(Path templates, Path out, boolean force, String siteTitle) {
            this(templates, out, force, siteTitle, null);
        }

        public Options(Path templates, Path out, boolean force, String siteTitle, BaseUrl baseUrl) {
            this(templates, out, force, siteTitle, baseUrl, null);
        }
    }

    /**
     * What the build wrote.
     *
     * @param kept    where a folder gen did not make was moved aside (with force), or null
     * @param listing the site's files as {@code BuildStamp.listing} gives them, when the build knows them without
     *                walking the site ({@link OutputFolder#listing}); else null
     */
    public record Result(int pages, int files, Path kept, List<String> listing) {
    }

    private final Timings timings;

    /** Forgets which model each page of the site in a cache folder came from: the next build renders every page. */
    public static void forgetPages(Path cache) {
        PageLedger.open(cache, "").clear();
        SiteChanges.clear(cache);
    }

    /**
     * Starts reading what the last build kept in a cache folder for its pages (the page ledger and the memo of
     * changes) on threads of their own, for a later {@link #build} with that folder: the build takes what was read
     * while the files are as they were then, and reads them itself otherwise ({@code cache/ReadAhead}).
     */
    public static void readAhead(Path cache) {
        PageLedger.readAhead(cache);
        SiteChanges.readAhead(cache);
    }

    public SiteBuilder() {
        this(Timings.OFF);
    }

    /** A builder that reports its stages' times (plan, render, write, data, commit) to the given timings. */
    public SiteBuilder(Timings timings) {
        this.timings = timings;
    }

    /** The first lines of an article's story, as the list of articles and the feeds show it. */
    public static String summary(ArchivedArticle article) {
        return Views.summary(article);
    }

    public Result build(Archive archive, Options options) {
        long t0 = Timings.now();
        Publishing publishing = new Publishing(archive, options.baseUrl(), options.siteTitle(),
                options.summaries() == null ? SiteBuilder::summary : options.summaries());
        Map<String, Object> globals = new HashMap<>();
        globals.put("siteTitle", options.siteTitle());
        globals.put("baseUrl", options.baseUrl() == null ? null : options.baseUrl().value());
        globals.put("feeds", publishing.feeds());
        String renderKey = options.cache() == null ? null : renderKey(options, globals);
        PageLedger ledger = options.cache() == null ? null : PageLedger.open(options.cache(), renderKey);
        SiteChanges changes = ledger == null ? SiteChanges.NONE
                : SiteChanges.open(options.cache(), renderKey, options.changeKey(), archive, options.sources());
        try (OutputFolder out = new OutputFolder(options.out(), options.force())) {
            // The data files need the archive only: written on a thread of their own from before the pages are planned
            // (planning runs on this thread alone) and while they are rendered, so that writing archive.json, one
            // stream on one thread, overlaps the planning and the pages' work on both cores; the search index and
            // feeds on another, so that the two do not wait for each other once the pages are done (one after the
            // other on one thread, they were most of what a one-edit build did after its pages).
            Function<ArchivedArticle, String> sources = ledger == null ? null : options.sources();
            Background<Integer> dataFiles = Background.start("newsgen-data", () -> writeData(archive, out, ledger, sources, changes));
            List<Page> pages;
            PageRenderer renderer;
            try {
                pages = new SitePlanner(options.baseUrl(), options.siteTitle(),
                        options.cache() == null ? null : options.sources()).plan(archive, changes);
                renderer = new PageRenderer(options.templates());
                Set<String> templates = new LinkedHashSet<>();
                pages.forEach(p -> templates.add(p.template()));
                renderer.compile(templates);
            } catch (RuntimeException | Error e) {
                dataFiles.join(); // nothing may still be writing when the staging folder is discarded
                throw e;
            }
            long t1 = Timings.now();
            timings.wall("plan", t1 - t0);
            // The search index from the last build's pieces where they are the same, read on the publishing thread.
            SearchSlices searchNoted = ledger == null || sources == null ? null : SearchSlices.noting();
            java.util.function.Supplier<SearchSlices> searchOld = searchNoted == null ? null
                    : () -> SearchSlices.previous(options.cache(), renderKey, out);
            Background<Integer> published = Background.start("newsgen-publish",
                    () -> publishing.write(pages, out, ledger, sources, searchOld, searchNoted));
            try {
                writePages(pages, renderer, globals, out, ledger);
            } catch (RuntimeException | Error e) {
                dataFiles.join(); // nothing may still be writing when the staging folder is discarded
                published.join();
                throw e;
            }
            long t2 = Timings.now();
            timings.wall("pages", t2 - t1);
            int data;
            try {
                data = dataFiles.await();
            } finally {
                published.join();
            }
            data += published.await();
            for (String asset : ASSETS) {
                out.write(asset, asset(options.templates(), asset));
            }
            out.write(".nojekyll", "");
            long t3 = Timings.now();
            timings.wall("data", t3 - t2);
            if (ledger != null) {
                ledger.clear();
                SiteChanges.clear(options.cache());
                SearchSlices.clear(options.cache());
            }
            out.commit();
            List<String> listing;
            if (ledger != null) {
                // The site's listing, the memo of changes and the ledger are three files' worth of independent work
                // (none reads what another writes): the listing and the memo on threads of their own while this one
                // saves the ledger; one after another they were most of a one-edit build's time after its commit
                // (JFR, 10,164 articles).
                Background<List<String>> listed = Background.start("newsgen-listing", out::listing);
                Background<Void> changesSaved = Background.start("newsgen-changes", () -> {
                    changes.save(options.out());
                    if (searchNoted != null) {
                        searchNoted.save(options.cache(), renderKey, options.out());
                    }
                    return null;
                });
                try {
                    ledger.save();
                } finally {
                    changesSaved.join(); // nothing may still be writing when the build returns, failed or not
                    listed.join();
                }
                changesSaved.await();
                listing = listed.await();
            } else {
                listing = out.listing();
            }
            timings.wall("commit", Timings.now() - t3);
            return new Result(pages.size(), pages.size() + data + ASSETS.size(), out.kept(), listing);
        }
    }

    /**
     * What every page's bytes depend on besides its own model: gen's code (built-in templates included), the user's
     * templates, and the site-wide variables.
     */
    private static String renderKey(Options options, Map<String, Object> globals) {
        Fingerprint f = new Fingerprint().add(CodeVersion.current());
        f.addFolder(options.templates());
        try {
            ModelHash.add(f, new java.util.TreeMap<>(globals));
        } catch (ModelHash.Unhashable e) {
            f.add("unhashable globals " + System.nanoTime()); // matches no ledger: every page is rendered
        }
        return f.hex();
    }

    /**
     * Renders and writes the pages in parallel. A failing page stops the others from starting, and every task has
     * finished before this returns or throws, so nothing is still writing when the staging folder is discarded.
     */
    private void writePages(List<Page> pages, PageRenderer renderer, Map<String, Object> globals, OutputFolder out, PageLedger ledger) {
        Queue<Problem> problems = new ConcurrentLinkedQueue<>();
        Queue<RuntimeException> faults = new ConcurrentLinkedQueue<>();
        AtomicBoolean failed = new AtomicBoolean();
        pages.parallelStream().forEach(page -> {
            if (failed.get()) {
                return;
            }
            try {
                long start = Timings.now();
                if (ledger == null) {
                    PageBytes.Utf8 html = renderer.renderUtf8(page, page.model(), globals);
                    long rendered = Timings.now();
                    out.write(page.path(), html.bytes(), html.length());
                    timings.work("render", rendered - start);
                    timings.work("write", Timings.now() - rendered);
                    return;
                }
                // A page that says what it is made from is keyed by that, and its model made only to render it.
                Object inputs = page.inputs() == null ? null : page.inputs().get();
                if (inputs instanceof SiteChanges.Unchanged unchanged) {
                    if (ledger.carry(page.path(), out)) {
                        timings.work("unkeyed", Timings.now() - start);
                        return;
                    }
                    inputs = unchanged.inputs().get(); // not carried after all: keyed and rendered
                }
                PageModel model = inputs == null ? page.content().get() : null;
                String key = inputs == null ? ledger.key(page, model) : ledger.inputsKey(page, inputs);
                if (key != null && ledger.carry(page.path(), key, out)) {
                    timings.work("carry", Timings.now() - start);
                    return;
                }
                if (model == null) {
                    model = page.content().get();
                }
                PageBytes.Utf8 html = renderer.renderUtf8(page, model.variables(), globals);
                long rendered = Timings.now();
                out.write(page.path(), html.bytes(), html.length());
                if (key != null) {
                    ledger.wrote(page.path(), key, out);
                }
                timings.work("render", rendered - start);
                timings.work("write", Timings.now() - rendered);
            } catch (ProblemException e) {
                failed.set(true);
                problems.addAll(e.problems());
            } catch (RuntimeException e) {
                failed.set(true);
                faults.add(e);
            }
        });
        if (!faults.isEmpty()) {
            throw faults.peek();
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems.stream().distinct()
                    .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message)).toList());
        }
    }

    /** How many records' JSON trees are made at once: the archive's file is written a batch at a time. */
    private static final int DATA_BATCH = 256;

    /**
     * The records as JSON: one file per article and one for the archive. The archive's file is streamed a batch of
     * records at a time: its trees held at once, then its ~100 MB of bytes, ran gen's heap out on 10,164 articles.
     */
    private static int writeData(Archive archive, OutputFolder out, PageLedger ledger, Function<ArchivedArticle, String> sources,
                                 SiteChanges changes) {
        List<ArchivedArticle> records = archive.articles();
        out.write("data/archive.json", file -> {
            CountingStream stream = new CountingStream(file);
            try (ArchiveSlices old = ledger == null ? null : changes.previousArchive(out);
                 JsonGenerator json = JSON.writer().createGenerator(stream)) {
                // The generator is flushed before each record's bytes go in: into the buffer, not down to the file.
                json.configure(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM, false);
                json.writeStartObject();
                json.writeFieldName("articles");
                json.writeStartArray();
                for (int from = 0; from < records.size(); from += DATA_BATCH) {
                    // One file per record, made and written on its own, then indented for the archive's file: both
                    // cores work, where one did.
                    List<Nested> linked = records.subList(from, Math.min(records.size(), from + DATA_BATCH))
                            .parallelStream().map(a -> nestedRecord(a, archive.linksOf(a.record().slug()), out, ledger, sources, changes, old))
                            .toList();
                    // The archive's file holds the same bytes one level deeper: the generator writes the separator
                    // before each, then the record's own file goes in with its lines indented, not serialised again,
                    // or the record's bytes in the last build's archive file, copied from there.
                    for (int i = 0; i < linked.size(); i++) {
                        json.writeRawValue("");
                        json.flush();
                        ArchivedArticle a = records.get(from + i);
                        long at = stream.count;
                        byte[] bytes = linked.get(i).bytes();
                        if (bytes == null && !old.copy(linked.get(i).oldPlace(), stream)) {
                            bytes = nested(recordFile(a, archive.linksOf(a.record().slug()), out, ledger, sources, changes));
                        }
                        if (bytes != null) {
                            stream.write(bytes);
                        }
                        changes.placed(a.record().slug(), at, (int) (stream.count - at));
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
        return records.size() + 1;
    }

    /** Counts the bytes written through it: where each record goes in the archive's file. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /**
     * An article's record as the archive's file holds it: from the last build's archive file when the record's own
     * file is carried over unchanged and that file is there as the last build left it ({@link ArchiveSlices}), else
     * its record file's bytes indented.
     */
    private static Nested nestedRecord(ArchivedArticle a, ArticleLinks links, OutputFolder out, PageLedger ledger,
                                       Function<ArchivedArticle, String> sources, SiteChanges changes, ArchiveSlices old) {
        String path = "data/" + a.record().slug() + ".json";
        if (old != null && changes.dataUnchanged(a) && ledger.carry(path, out)) {
            long[] place = old.place(a.record().slug());
            if (place != null) {
                return new Nested(null, place);
            }
        }
        return new Nested(nested(recordFile(a, links, out, ledger, sources, changes)), null);
    }

    /** The record file's bytes indented one level, as the archive's file holds them. */
    private static byte[] nested(RecordFile.Made file) {
        return file.nested() != null ? file.nested() : nested(file.bytes(), file.length());
    }

    /**
     * A record as the archive's file holds it: its bytes, or (bytes null) its place in the last build's archive file
     * ({@link ArchiveSlices#place}), copied from there as the file is written.
     */
    private record Nested(byte[] bytes, long[] oldPlace) {
    }

    /**
     * Writes an article's record file and gives its bytes (a fresh file's are this thread's, until its next). With a ledger and the article's cache key, a file made
     * from the same record and links as the old site's is carried over and its bytes read back, not serialised again
     * (~10,000 records made into JSON on every build was most of the data thread's work when one article changed).
     */
    private static RecordFile.Made recordFile(ArchivedArticle a, ArticleLinks links, OutputFolder out, PageLedger ledger,
                                     Function<ArchivedArticle, String> sources, SiteChanges changes) {
        String path = "data/" + a.record().slug() + ".json";
        if (ledger != null && changes.dataUnchanged(a) && ledger.carry(path, out)) {
            try {
                return whole(Files.readAllBytes(out.current(path))); // the old site's file: nothing it shows changed
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Object inputs = ledger == null || sources == null ? null : PageInputs.data(sources.apply(a), links);
        String key = inputs == null ? null : ledger.inputsKey(path, "data", inputs);
        if (key != null && ledger.carry(path, key, out)) {
            try {
                return whole(Files.readAllBytes(out.current(path))); // the old site's file when it was kept
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        RecordFile.Made bytes = recordFile(a.record(), links);
        out.write(path, bytes.bytes(), bytes.length());
        if (key != null) {
            ledger.wrote(path, key, out);
        }
        return bytes;
    }

    /**
     * A record's own file as an item of the archive's list: each line after the first indented one level (two spaces)
     * more (JSON strings hold no raw line break, so every line break in the bytes is the printer's). Made into one
     * array on the record's own task: written line by line into the archive's stream on the data thread, it was a
     * third of that thread's work when one article changed (JFR, 10,164 articles).
     */
    static byte[] nested(byte[] bytes, int length) {
        int[] lines = new int[16];
        int breaks = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                if (breaks == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, breaks * 2);
                }
                lines[breaks++] = i;
            }
        }
        return RecordFile.indented(bytes, length, lines, breaks);
    }

    private static RecordFile.Made whole(byte[] bytes) {
        return new RecordFile.Made(bytes, bytes.length, null);
    }

    /**
     * The record's file: the record with the archive entity each of its actors and places became ("person/jane-doe",
     * or null when the archive, or the editor's entities.yaml, dropped it), so the data shows what resolution decided.
     * The bytes the site's mapper wrote for the record with an "entities" field put last ({@link RecordFile}).
     */
    static RecordFile.Made recordFile(ArticleRecord record, ArticleLinks links) {
        Map<String, String> actors = new java.util.LinkedHashMap<>();
        record.actors().forEach(a -> actors.put(String.valueOf(a.id()), entityPath(links.actor(a.id()))));
        Map<String, String> places = new java.util.LinkedHashMap<>();
        record.places().forEach(p -> places.put(String.valueOf(p.id()), entityPath(links.place(p.id()))));
        return RecordFile.of(record, actors, places);
    }

    private static String entityPath(EntityRef e) {
        return e == null ? null : e.kind() + "/" + e.id();
    }

    private static byte[] asset(Path userTemplates, String name) {
        try {
            if (userTemplates != null) {
                Path user = userTemplates.resolve(name);
                if (Files.isRegularFile(user)) {
                    return Files.readAllBytes(user);
                }
            }
            try (InputStream in = SiteBuilder.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                if (in == null) {
                    throw new ProblemException(new Problem("templates/" + name, 0, "asset does not exist"));
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
