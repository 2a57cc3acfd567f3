package newsgen.archive;

import newsgen.model.EntityKind;
import newsgen.model.EntityRef;

import java.util.List;

/**
 * What the archive's later passes read of entity resolution: the entities made (with what the editor gave them), the
 * entity each article's actor or place became, and the editor's warnings. Either the index itself, the passes run
 * ({@link EntityIndex}), or the last build's result of the same inputs read back ({@link KeptEntities}).
 */
interface ResolvedEntities {
    /** Every archive entity, in the order the index gathered them. */
    List<EntityIndex.Group> groups();

    /** The entity an actor or place of the article at this position is merged into, or null (none, or dropped). */
    EntityRef entityOf(int article, EntityKind kind, String localId);

    /** The entity of an actor of that article, person or organisation, or null. */
    default EntityRef actorOf(int article, String localId) {
        EntityRef person = entityOf(article, EntityKind.PERSON, localId);
        return person != null ? person : entityOf(article, EntityKind.ORGANIZATION, localId);
    }

    /** What the editor's file named that the archive does not hold. */
    List<newsgen.model.Problem> warnings();
}
