package newsgen.model;

import java.util.List;

/**
 * A person, organisation or place of the whole archive, merged across articles; it has a page of its own.
 *
 * @param kind         {@link #PERSON}, {@link #ORGANIZATION} or {@link #PLACE}
 * @param aliases      every other spelling seen in any article
 * @param roles        titles seen (people and organisations)
 * @param affiliations countries or organisations seen
 * @param placeType    country, city or region for places, else null
 * @param country      the country a place lies in, else null
 * @param mentions     mentions summed over all articles
 * @param articles     the articles naming it, newest first
 * @param quotes       what it said, newest first (people and organisations)
 * @param companions   the entities named in the most articles with it, most shared first
 * @param stories      the stories it is named in, newest first
 * @param undecided    for a name several entities share (a surname alone), the entities it could be: the archive
 *                     did not guess; empty otherwise
 * @param description  a short description from the editor's entities.yaml, or null
 * @param link         an http(s) link from the editor's entities.yaml (a Wikipedia page), or null
 */
public record Entity(String id, String kind, String name, List<String> aliases, List<String> roles,
                     List<String> affiliations, String placeType, String country, int mentions,
                     List<ArticleRef> articles, List<CitedQuote> quotes, List<Companion> companions,
                     List<StoryRef> stories, List<EntityRef> undecided, String description, String link) {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
        companions = List.copyOf(companions);
        stories = List.copyOf(stories);
        undecided = List.copyOf(undecided);
    }

    /** An entity with nothing undecided and no editor's description. */
    public Entity(String id, String kind, String name, List<String> aliases, List<String> roles,
                  List<String> affiliations, String placeType, String country, int mentions,
                  List<ArticleRef> articles, List<CitedQuote> quotes, List<Companion> companions,
                  List<StoryRef> stories) {
        this(id, kind, name, aliases, roles, affiliations, placeType, country, mentions, articles, quotes, companions,
                stories, List.of(), null, null);
    }

    /** An entity with no companions or stories worked out. */
    public Entity(String id, String kind, String name, List<String> aliases, List<String> roles,
                  List<String> affiliations, String placeType, String country, int mentions,
                  List<ArticleRef> articles, List<CitedQuote> quotes) {
        this(id, kind, name, aliases, roles, affiliations, placeType, country, mentions, articles, quotes, List.of(), List.of());
    }
}
