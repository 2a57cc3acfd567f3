package newsgen.cli;

import newsgen.content.ArticleLoader;
import newsgen.content.ArticleSource;
import newsgen.extract.Extractor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.Background;
import newsgen.model.Problem;
import newsgen.model.ProblemException;
import newsgen.model.Timings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/** The first two stages, shared by build and extract: load the articles, then extract their records in parallel. */
final class Pipeline {
    private Pipeline() {
    }

    record Result(List<ArchivedArticle> articles, List<Problem> errors) {
    }

    static Result loadAndExtract(List<Path> paths, boolean allowHtml, PrintWriter err) {
        return loadAndExtract(paths, allowHtml, err, Timings.OFF);
    }

    static Result loadAndExtract(List<Path> paths, boolean allowHtml, PrintWriter err, Timings timings) {
        return loadAndExtract(paths, allowHtml, err, timings, null);
    }

    /**
     * As above, taking each article the cache holds from it (neither parsed nor extracted again) and storing the
     * others; {@code cached} may be null (no cache).
     */
    static Result loadAndExtract(List<Path> paths, boolean allowHtml, PrintWriter err, Timings timings, CachedArticles cached) {
        return loadAndExtract(paths, new ArticleLoader(allowHtml), err, timings, cached);
    }

    /**
     * For records alone ({@code gen extract}): loads and extracts each file and hands its record, turned into a
     * {@code T} by {@code finish} on the thread that extracted it, to {@code sink} on the calling thread, in path
     * order; returns the errors, which are printed after every warning, as {@link #loadAndExtract} prints them. The
     * paragraphs' HTML, which only pages show, is not made.
     *
     * <p>Why not {@link #loadAndExtract}: that keeps every article's text and record until the last is extracted,
     * then prints on one thread while the other core waits. Here a task reads a batch of files, extracts them, then
     * finishes them, a few batches ahead of the one being printed, and each article is let go once it is printed, so
     * the heap holds only those few (on 10,164 real articles the serial collector had ~170 MB of them to copy and
     * keep). Batches, not one file a task: each stage's code and data stay in the processor's caches through a
     * batch, while a task that read, extracted and finished one file at a time took ~10% more CPU (two versions run
     * side by side, three times: 0.90, 0.92, 0.89 with batches of 16; 64 a little better again, 256 no better).
     */
    @SuppressWarnings("unchecked") // a result that is no Problem is what finish made
    static <T> List<Problem> extractEach(List<Path> paths, PrintWriter err, Function<ArticleRecord, T> finish,
                                         Consumer<T> sink) {
        List<Path> files = ArticleSource.files(paths);
        SourceNames names = new SourceNames(paths);
        Progress.phase(err, files.size(), "reading and extracting " + files.size() + " articles");
        ArticleSource source = new ArticleSource(ArticleLoader.textOnly());
        Lazy<Extractor> extractor = new Lazy<>(Extractor::new);
        List<Problem> loadErrors = new ArrayList<>();
        List<Problem> extractErrors = new ArrayList<>();
        Map<String, Path> bySlug = new HashMap<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<List<Done<T>>>> ahead = new ArrayDeque<>();
            Deque<Done<T>> ready = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !ahead.isEmpty() || !ready.isEmpty()) {
                while (next < files.size() && ahead.size() < AHEAD_PER_THREAD * threads) {
                    List<Path> batch = files.subList(next, Math.min(files.size(), next + BATCH));
                    next += batch.size();
                    ahead.add(pool.submit(() -> batch(source, extractor, names, finish, batch)));
                }
                if (ready.isEmpty()) {
                    ready.addAll(await(ahead.poll()));
                }
                Done<T> done = ready.poll();
                if (done.loaded() instanceof ProblemException e) {
                    loadErrors.addAll(e.problems());
                    continue;
                }
                ArticleLoader.Read read = (ArticleLoader.Read) done.loaded();
                Article article = read.article();
                Path earlier = bySlug.putIfAbsent(article.slug(), article.file());
                if (earlier != null) {
                    loadErrors.add(ArticleSource.slugTaken(article, earlier));
                    continue;
                }
                read.warnings().forEach(w -> err.println("warning: " + w));
                if (done.result() instanceof Problem problem) {
                    extractErrors.add(problem);
                } else {
                    sink.accept((T) done.result());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        loadErrors.forEach(e -> err.println("error: " + e));
        extractErrors.forEach(e -> err.println("error: " + e));
        List<Problem> errors = new ArrayList<>(loadErrors);
        errors.addAll(extractErrors);
        return List.copyOf(errors);
    }

    /** Batches queued per thread ahead of the one being printed: enough that no thread waits for work. */
    private static final int AHEAD_PER_THREAD = 2;
    /** Files a task reads, then extracts, then finishes, one stage after the other. */
    private static final int BATCH = 64;

    /**
     * One file read and extracted: {@code loaded} is its {@link ArticleLoader.Read} or the {@link ProblemException}
     * that stopped it; {@code result} its finished record or the {@link Problem} that stopped extraction.
     */
    private record Done<T>(Object loaded, Object result) {
    }

    private static <T> List<Done<T>> batch(ArticleSource source, Lazy<Extractor> extractor, SourceNames names,
                                           Function<ArticleRecord, T> finish, List<Path> files) {
        Object[] loaded = new Object[files.size()];
        for (int i = 0; i < loaded.length; i++) {
            loaded[i] = source.loadOne(files.get(i));
        }
        Object[] results = new Object[loaded.length];
        for (int i = 0; i < loaded.length; i++) {
            if (loaded[i] instanceof ArticleLoader.Read read) {
                results[i] = extract(extractor.get(), read.article(), names);
            }
        }
        List<Done<T>> done = new ArrayList<>(loaded.length);
        for (int i = 0; i < loaded.length; i++) {
            done.add(new Done<>(loaded[i], results[i] instanceof ArchivedArticle a ? finish.apply(a.record()) : results[i]));
        }
        return done;
    }

    /** The task's outcome; what it threw is thrown again here, an error as it was. */
    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw Background.rethrown(e);
        }
    }

    private static Result loadAndExtract(List<Path> paths, ArticleLoader loader, PrintWriter err, Timings timings,
                                         CachedArticles cached) {
        long t0 = Timings.now();
        List<Path> files = cached == null ? ArticleSource.files(paths) : cached.files();
        SourceNames names = new SourceNames(paths);
        Progress.phase(err, files.size(), "reading and extracting " + files.size() + " articles");
        ArticleSource source = new ArticleSource(loader);
        ArticleSource.Loaded loaded = cached == null ? source.load(files) : ArticleSource.collect(cached.load(source));
        loaded.warnings().forEach(w -> err.println("warning: " + w));
        loaded.errors().forEach(e -> err.println("error: " + e));
        long t1 = Timings.now();
        timings.wall("load", t1 - t0);
        // Made only when an article needs extracting: loading its word lists costs more than a cached build's whole load.
        Lazy<Extractor> extractor = new Lazy<>(Extractor::new);
        List<Object> extracted = loaded.articles().parallelStream().map(a -> {
            if (cached != null && cached.record(a) != null) {
                return new ArchivedArticle(a, cached.record(a));
            }
            long start = Timings.now();
            Object result = extract(extractor.get(), a, names);
            timings.work("extract", Timings.now() - start);
            if (cached != null && result instanceof ArchivedArticle done) {
                cached.store(done);
            }
            return result;
        }).toList();
        timings.wall("extract", Timings.now() - t1);
        List<ArchivedArticle> articles = new ArrayList<>(extracted.size());
        List<Problem> errors = new ArrayList<>(loaded.errors());
        for (Object result : extracted) {
            if (result instanceof Problem problem) {
                err.println("error: " + problem);
                errors.add(problem);
            } else {
                articles.add((ArchivedArticle) result);
            }
        }
        return new Result(List.copyOf(articles), List.copyOf(errors));
    }

    /** The article with its record, or the problem that stopped extraction, named by file. */
    private static Object extract(Extractor extractor, Article article, SourceNames names) {
        return extract(extractor::extract, article, names);
    }

    /** As above for any extraction function: a rule that throws becomes the file's problem, naming where it failed. */
    static Object extract(java.util.function.Function<Article, newsgen.model.ArticleRecord> extractor, Article article,
                          SourceNames names) {
        try {
            return new ArchivedArticle(article, names.relative(extractor.apply(article), article.file()));
        } catch (ProblemException e) {
            return e.problems().get(0);
        } catch (RuntimeException | StackOverflowError e) {
            return new Problem(article.file().toString().replace('\\', '/'), 0,
                    "extraction failed (" + e.getClass().getSimpleName() + where(e) + "); please report this as a bug in gen");
        }
    }

    /** " at SpeakerRule.find": the first frame of gen's own code, so a report says which rule failed. */
    private static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("newsgen.")) {
                String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                return " at " + cls + "." + f.getMethodName();
            }
        }
        return "";
    }

    /** A value made on first use, once, whichever thread asks first. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
