package newsgen.model;

/**
 * A place named in an article.
 *
 * @param type     country, city, region or place
 * @param country  the country it lies in (itself for a country), or null when unknown or several
 * @param mentions how often the text names it
 */
public record Place(String id, String name, String type, String country, int mentions) {
}
