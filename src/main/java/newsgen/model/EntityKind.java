package newsgen.model;

import java.util.Locale;

/** What an archive entity is: the three kinds that get pages of their own. */
public enum EntityKind {
    PERSON(Entity.PERSON, "people"),
    ORGANIZATION(Entity.ORGANIZATION, "organisations"),
    PLACE(Entity.PLACE, "places");

    private final String value;
    private final String folder;

    EntityKind(String value, String folder) {
        this.value = value;
        this.folder = folder;
    }

    /** The kind as records, JSON and templates write it: "person", "organization", "place". */
    public String value() {
        return value;
    }

    /** The site folder of this kind's pages. */
    public String folder() {
        return folder;
    }

    /** The one key naming an entity of this kind across the archive: "person:barack-obama". */
    public String key(String id) {
        return value + ":" + id;
    }

    /** The kind written as {@link #value()}, or as an editor may write it ("organisation", "Person"); null when none. */
    public static EntityKind parse(String text) {
        if (text == null) {
            return null;
        }
        // The kinds as gen itself writes them, first: asked for at every link of every page, where stripping and
        // lowering the case made two strings each time.
        switch (text) {
            case "person":
                return PERSON;
            case "organization":
                return ORGANIZATION;
            case "place":
                return PLACE;
            default:
                break;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "person", "people" -> PERSON;
            case "organization", "organisation", "org" -> ORGANIZATION;
            case "place" -> PLACE;
            default -> null;
        };
    }

    /** The kind of a record's actor. */
    public static EntityKind of(Actor actor) {
        return actor.isPerson() ? PERSON : ORGANIZATION;
    }

    /** The kind written as {@link #value()}; throws for anything else. */
    public static EntityKind of(String value) {
        EntityKind kind = parse(value);
        if (kind == null) {
            throw new IllegalArgumentException("no entity kind " + value);
        }
        return kind;
    }
}
