package newsgen.model;

/**
 * Enough of an archive entity to name and link it from another page.
 *
 * @param kind {@link Entity#PERSON}, {@link Entity#ORGANIZATION} or {@link Entity#PLACE}
 */
public record EntityRef(String kind, String id, String name) {
    public static EntityRef of(Entity e) {
        return new EntityRef(e.kind(), e.id(), e.name());
    }

    public EntityRef(EntityKind kind, String id, String name) {
        this(kind.value(), id, name);
    }

    /** The entity's kind as an enum. */
    public EntityKind entityKind() {
        return EntityKind.of(kind);
    }

    /** The one key naming this entity across the archive: "person:barack-obama". */
    public String key() {
        return entityKind().key(id);
    }
}
