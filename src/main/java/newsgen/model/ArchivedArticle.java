package newsgen.model;

/** An article as the archive keeps it: its text for its page, its record for everything linked to it. */
public record ArchivedArticle(Article article, ArticleRecord record) {
}
