package newsgen.site;

import newsgen.model.ArticleRef;

/**
 * An article as another page names it: its title linked, its outlet and date.
 *
 * @param date      ISO date of publication, or null
 * @param dateLabel the same date as a reader says it ("16 September 2023")
 */
record ArticleLink(String slug, String title, String outlet, String date, String dateLabel, String href) implements SharedView {
    static ArticleLink of(ArticleRef ref) {
        return new ArticleLink(ref.slug(), ref.title(), ref.outlet(), ref.date(), Views.dateLabel(ref.date()),
                RelativeLinks.article(ref.slug()));
    }

    /** Whether this is the link {@link #of} makes of the reference. */
    boolean refersTo(ArticleRef ref) {
        return slug.equals(ref.slug()) && java.util.Objects.equals(title, ref.title()) && java.util.Objects.equals(outlet, ref.outlet())
                && java.util.Objects.equals(date, ref.date());
    }
}
