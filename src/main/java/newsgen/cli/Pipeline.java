package newsgen.cli;

import newsgen.content.ArticleLoader;
import newsgen.content.ArticleSource;
import newsgen.extract.Extractor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Problem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The first two stages, shared by build and extract: load the articles, then extract their records in parallel. */
final class Pipeline {
    private Pipeline() {
    }

    record Result(List<ArchivedArticle> articles, List<Problem> errors) {
    }

    static Result loadAndExtract(List<Path> paths, boolean allowHtml, PrintWriter err) {
        List<Path> files = ArticleSource.files(paths);
        Progress.phase(err, files.size(), "reading and extracting " + files.size() + " articles");
        ArticleSource.Loaded loaded = new ArticleSource(new ArticleLoader(allowHtml)).load(files);
        loaded.warnings().forEach(w -> err.println("warning: " + w));
        loaded.errors().forEach(e -> err.println("error: " + e));
        Extractor extractor = new Extractor();
        List<ArchivedArticle> articles = loaded.articles().parallelStream()
                .map(a -> new ArchivedArticle(a, extractor.extract(a)))
                .toList();
        return new Result(articles, loaded.errors());
    }
}
