package newsgen.model;

/** A quote together with the article it appears in. */
public record CitedQuote(Quote quote, ArticleRef article) {
}
