package newsgen.extract;

import newsgen.model.Slug;

/** Ids and comparison keys for names, built on the project's one {@link Slug}. */
final class Slugs {
    private Slugs() {
    }

    /** "Côte d’Ivoire" → "cote-d-ivoire"; a name with no Latin letter gets "x-" and a hash, so ids stay distinct. */
    static String slug(String name) {
        String slug = Slug.of(name);
        if (!slug.isEmpty()) {
            return slug;
        }
        return name.isBlank() ? "x" : "x-" + Integer.toHexString(name.strip().hashCode());
    }

    /** Lower case, accents removed, curly apostrophes made straight: the key names are compared on. */
    static String fold(String s) {
        return Slug.fold(s).replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
