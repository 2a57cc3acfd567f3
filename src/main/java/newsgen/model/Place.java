package newsgen.model;

import java.util.List;

/**
 * A place named in an article.
 *
 * @param type     country, city, region or place
 * @param country  the country it lies in (itself for a country), or null when unknown or several
 * @param mentions how often the text names it
 * @param aliases  the text's own spellings of it that differ from {@code name} other than in case, first seen first
 *                 ("Calif." of California, "Kiev" of Kyiv): the record names a place by its standard name so that one
 *                 archive page holds every article's mentions, and keeps what the article wrote so that a reader or a
 *                 scorer can still find it by that
 */
public record Place(String id, String name, String type, String country, int mentions, List<String> aliases) {
    public Place {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A place the text names only as {@code name}. */
    public Place(String id, String name, String type, String country, int mentions) {
        this(id, name, type, country, mentions, List.of());
    }
}
