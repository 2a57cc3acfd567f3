package newsgen.site;

import newsgen.model.StoryRef;

/**
 * A story as another page names it.
 *
 * @param date the first report's ISO date, or null
 */
record StoryLink(String id, String title, String date, String dateLabel, int articleCount, String href) {
    static StoryLink of(StoryRef s) {
        return new StoryLink(s.id(), s.title(), s.firstDate(), Views.dateLabel(s.firstDate()), s.articles(),
                RelativeLinks.story(s.id()));
    }
}
