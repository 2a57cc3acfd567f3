package newsgen.model;

import java.util.List;
import java.util.Map;

/**
 * How one article's record ties into the archive.
 *
 * @param actors   the archive entity of each actor of the record, by the record's actor id ("null" for none)
 * @param places   the archive entity of each place of the record, by the record's place id ("null" for none)
 * @param names    every name and alias of the record with the entity it names, longest first, for linking the text
 * @param story    the id of the story the article belongs to, or null when no other article covers its event
 */
public record ArticleLinks(Map<String, EntityRef> actors, Map<String, EntityRef> places, List<NamedEntity> names,
                           String story) {
    public ArticleLinks {
        actors = Map.copyOf(actors);
        places = Map.copyOf(places);
        names = List.copyOf(names);
    }

    /** A spelling used in the article and the entity it names. */
    public record NamedEntity(String name, EntityRef entity) {
    }

    /** The entity of the record's actor with this id, or null. */
    public EntityRef actor(String id) {
        return actors.get(String.valueOf(id));
    }

    /** The entity of the record's place with this id, or null. */
    public EntityRef place(String id) {
        return places.get(String.valueOf(id));
    }

    public static final ArticleLinks NONE = new ArticleLinks(Map.of(), Map.of(), List.of(), null);
}
