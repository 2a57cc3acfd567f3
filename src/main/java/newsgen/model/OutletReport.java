package newsgen.model;

import java.util.List;

/**
 * What one outlet's articles of a story reported that the story's other outlets did not.
 *
 * @param outlet   the outlet's name, or null when its articles name none (each such article is its own report)
 * @param articles its articles in the story, oldest first
 * @param only     people, organisations and places named by this outlet only
 * @param dates    dated facts (date values) given by this outlet only, with their sentence
 * @param quotes   quotes no other outlet of the story carries
 */
public record OutletReport(String outlet, List<ArticleRef> articles, List<EntityRef> only,
                           List<TimelineEntry> dates, List<CitedQuote> quotes) {
    public OutletReport {
        articles = List.copyOf(articles);
        only = List.copyOf(only);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
    }
}
