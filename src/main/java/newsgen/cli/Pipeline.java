package newsgen.cli;

import newsgen.content.ArticleLoader;
import newsgen.content.ArticleSource;
import newsgen.extract.Extractor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.Problem;
import newsgen.model.ProblemException;
import newsgen.model.Timings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** As above for records alone ({@code gen extract}): the paragraphs' HTML, which only pages show, is not made. */
    static Result extractOnly(List<Path> paths, PrintWriter err) {
        return loadAndExtract(paths, ArticleLoader.textOnly(), err, Timings.OFF, null);
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
