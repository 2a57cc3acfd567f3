package newsgen.model;

/** Enough of an article to list and link it from another page. */
public record ArticleRef(String slug, String title, String outlet, String date) {
    public static ArticleRef of(ArticleRecord record) {
        return new ArticleRef(record.slug(), record.title(), record.outlet(), record.date());
    }
}
