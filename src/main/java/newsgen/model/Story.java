package newsgen.model;

import java.util.List;

/**
 * Articles covering the same event, found by shared actors and places, close dates and similar wording.
 *
 * @param id        file-name-safe, the slug of its first article
 * @param title     the title of its first article
 * @param firstDate publication date of its earliest dated article, or null
 * @param lastDate  publication date of its latest dated article, or null
 * @param articles  oldest first
 * @param shared    the entities every outlet of the story names
 * @param reports   one per outlet, by outlet name (unnamed last) then date
 * @param pairs     quotes the outlets share, paired across articles
 * @param timeline  the dates its articles give, in order
 */
public record Story(String id, String title, String firstDate, String lastDate, List<ArticleRef> articles,
                    List<EntityRef> shared, List<OutletReport> reports, List<QuotePair> pairs,
                    List<TimelineEntry> timeline) {
    public Story {
        articles = List.copyOf(articles);
        shared = List.copyOf(shared);
        reports = List.copyOf(reports);
        pairs = List.copyOf(pairs);
        timeline = List.copyOf(timeline);
    }
}
