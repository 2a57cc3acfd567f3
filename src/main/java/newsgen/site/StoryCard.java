package newsgen.site;

import java.util.List;

/**
 * A story in the list of stories.
 *
 * @param date     the first report's ISO date, or null
 * @param lastDate the last report's ISO date, or null
 * @param outlets  the outlets that reported it, "outlet not named" for a report without one
 * @param shared   up to six people and organisations every report names
 */
record StoryCard(String title, String href, String date, String dateLabel, String lastDate, String lastDateLabel,
                 int articleCount, List<String> outlets, int pairCount, List<Link> shared) {
}
