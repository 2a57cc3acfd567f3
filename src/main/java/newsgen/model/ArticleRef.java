package newsgen.model;

/** Enough of an article to list and link it from another page. */
public record ArticleRef(String slug, String title, String outlet, String date) {
    public static ArticleRef of(ArticleRecord record) {
        return new ArticleRef(record.slug(), record.title(), record.outlet(), record.date());
    }

    /**
     * The record's own hash code written out, as {@link EntityRef#hashCode} is and for the same reason: each entity's
     * set of articles hashes its references, and the generated code runs through method handles C1 does not inline.
     */
    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(slug);
        h = 31 * h + java.util.Objects.hashCode(title);
        h = 31 * h + java.util.Objects.hashCode(outlet);
        return 31 * h + java.util.Objects.hashCode(date);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ArticleRef r && java.util.Objects.equals(slug, r.slug)
                && java.util.Objects.equals(title, r.title) && java.util.Objects.equals(outlet, r.outlet)
                && java.util.Objects.equals(date, r.date);
    }
}
