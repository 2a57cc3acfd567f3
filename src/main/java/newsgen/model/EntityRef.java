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

    /**
     * The value the record's own hash code gives (31 times each component's hash plus the next's, from 0, as the JDK's
     * {@code ObjectMethods} makes it), written out: the archive and the pages hash entity references millions of times
     * (maps of drafts and links, sets of named entities), and the generated one runs through method handles that the
     * launcher's C1 compiler does not inline (~7 % of a one-edit build's samples). The same value, so every hash-ordered
     * iteration stays as it was.
     */
    @Override
    public int hashCode() {
        return (31 * java.util.Objects.hashCode(kind) + java.util.Objects.hashCode(id)) * 31 + java.util.Objects.hashCode(name);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof EntityRef r && java.util.Objects.equals(kind, r.kind)
                && java.util.Objects.equals(id, r.id) && java.util.Objects.equals(name, r.name);
    }

    /** The one key naming this entity across the archive: "person:barack-obama". */
    public String key() {
        return entityKind().key(id);
    }
}
