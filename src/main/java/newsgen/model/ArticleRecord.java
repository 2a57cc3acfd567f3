package newsgen.model;

import java.util.List;

/**
 * The structured record of one article, as {@code gen extract} prints it (see RECORD.md).
 *
 * @param file  the source path, with forward slashes
 * @param date  publication date as ISO {@code YYYY-MM-DD}, or null
 * @param place the story's main place, or null
 */
public record ArticleRecord(String file, String slug, String title, String outlet, String url, String date,
                            Place place, List<Place> places, List<Actor> actors, List<Quote> quotes,
                            List<DateMention> dates) {
    public ArticleRecord {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
    }
}
