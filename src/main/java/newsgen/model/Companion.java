package newsgen.model;

/**
 * An entity named in the same articles as another one.
 *
 * @param articles how many articles name both
 */
public record Companion(EntityRef entity, int articles) {
}
