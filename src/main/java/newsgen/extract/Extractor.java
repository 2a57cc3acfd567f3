package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;

import java.util.List;

/** Turns one loaded article into its record. Thread-safe: one instance serves every article of a build. */
public final class Extractor {

    public ArticleRecord extract(Article article) {
        // Placeholder until the extraction rules land: the article's own fields, nothing found in the text.
        return new ArticleRecord(article.file().toString().replace('\\', '/'), article.slug(), article.title(),
                article.outlet(), article.url(), article.date() == null ? null : article.date().toString(),
                null, List.of(), List.of(), List.of(), List.of());
    }
}
