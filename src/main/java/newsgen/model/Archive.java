package newsgen.model;

import java.util.List;

/**
 * Every article and what links them: the entities with a page of their own.
 *
 * @param articles      newest first
 * @param people        most mentioned first
 * @param organizations most mentioned first
 * @param places        most mentioned first
 */
public record Archive(List<ArchivedArticle> articles, List<Entity> people, List<Entity> organizations,
                      List<Entity> places) {
    public Archive {
        articles = List.copyOf(articles);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
    }
}
