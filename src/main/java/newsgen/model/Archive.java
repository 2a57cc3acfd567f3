package newsgen.model;

import java.util.List;
import java.util.Map;

/**
 * Every article and what links them: the entities with a page of their own, the stories, the timeline.
 *
 * @param articles      newest first
 * @param people        most mentioned first
 * @param organizations most mentioned first
 * @param places        most mentioned first
 * @param stories       stories of two articles or more, newest first
 * @param timeline      every resolved date of every article, oldest first
 * @param speakers      quotes by speaker, most quoted first
 * @param unattributed  quotes whose speaker the text does not name, newest first
 * @param links         how each article's record ties into the archive, by article slug
 */
public record Archive(List<ArchivedArticle> articles, List<Entity> people, List<Entity> organizations,
                      List<Entity> places, List<Story> stories, List<TimelineEntry> timeline,
                      List<SpeakerQuotes> speakers, List<CitedQuote> unattributed, Map<String, ArticleLinks> links) {
    public Archive {
        articles = List.copyOf(articles);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        stories = List.copyOf(stories);
        timeline = List.copyOf(timeline);
        speakers = List.copyOf(speakers);
        unattributed = List.copyOf(unattributed);
        links = Map.copyOf(links);
    }

    /** An archive of entities only: no stories, timeline or quote index. */
    public Archive(List<ArchivedArticle> articles, List<Entity> people, List<Entity> organizations, List<Entity> places) {
        this(articles, people, organizations, places, List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** How an article ties into the archive; {@link ArticleLinks#NONE} for an article the archive does not hold. */
    public ArticleLinks linksOf(String slug) {
        return links.getOrDefault(slug, ArticleLinks.NONE);
    }
}
