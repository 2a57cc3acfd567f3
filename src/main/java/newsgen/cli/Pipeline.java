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
        long t0 = Timings.now();
        List<Path> files = ArticleSource.files(paths);
        SourceNames names = new SourceNames(paths);
        Progress.phase(err, files.size(), "reading and extracting " + files.size() + " articles");
        ArticleSource.Loaded loaded = new ArticleSource(new ArticleLoader(allowHtml)).load(files);
        loaded.warnings().forEach(w -> err.println("warning: " + w));
        loaded.errors().forEach(e -> err.println("error: " + e));
        long t1 = Timings.now();
        timings.wall("load", t1 - t0);
        Extractor extractor = new Extractor();
        List<Object> extracted = loaded.articles().parallelStream().map(a -> {
            long start = Timings.now();
            Object result = extract(extractor, a, names);
            timings.work("extract", Timings.now() - start);
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
        try {
            return new ArchivedArticle(article, names.relative(extractor.extract(article), article.file()));
        } catch (ProblemException e) {
            return e.problems().get(0);
        } catch (RuntimeException | StackOverflowError e) {
            return new Problem(article.file().toString().replace('\\', '/'), 0,
                    "extraction failed (" + e.getClass().getSimpleName() + "); please report this as a bug in gen");
        }
    }
}
