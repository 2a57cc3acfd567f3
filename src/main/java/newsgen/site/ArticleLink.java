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
}
