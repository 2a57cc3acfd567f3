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
}
