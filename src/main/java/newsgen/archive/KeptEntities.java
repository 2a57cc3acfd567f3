package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Place;
import newsgen.model.Problem;

import java.util.List;

/**
 * The last build's resolved entities, read back ({@link EntitiesMemo}) for records whose resolution inputs are the
 * same: the groups as gathered, and the group of each mention. The mentions themselves are not made again: an article's
 * mentions are its actors, then its places, each that has a name ({@link EntityIndex#of}), so the entity of an actor
 * or place is found by walking the record as {@link EntityIndex} walks the article's mentions.
 */
final class KeptEntities implements ResolvedEntities {
    private final List<ArticleRecord> records;
    private final List<EntityIndex.Group> groups;
    private final int[] groupOf;
    private final List<Problem> warnings;
    /** Each article's first mention. */
    private final int[] start;
    /**
     * Each mention's kind and local id, as the walk of its record meets them: linking asks for every actor and place
     * of an article, and walking the record again for each (checking each name on the way) was most of linking.
     */
    private final EntityKind[] kinds;
    private final String[] ids;

    /**
     * @throws IllegalArgumentException when the groups are about another number of mentions, or a mention's group is
     *                                  not one of them
     */
    KeptEntities(List<ArticleRecord> records, List<EntityIndex.Group> groups, int[] groupOf, List<Problem> warnings) {
        this(records, Mentions.of(records), groups, groupOf, warnings);
    }

    /**
     * @param mentions the walk of these records ({@link Mentions#of}), made beforehand
     * @throws IllegalArgumentException when the walk is of another number of records, the groups are about another
     *                                  number of mentions, or a mention's group is not one of them
     */
    KeptEntities(List<ArticleRecord> records, Mentions mentions, List<EntityIndex.Group> groups, int[] groupOf,
                 List<Problem> warnings) {
        this.records = records;
        this.groups = groups;
        this.groupOf = groupOf;
        this.warnings = List.copyOf(warnings);
        if (mentions.start.length != records.size() + 1) {
            throw new IllegalArgumentException("mentions of " + (mentions.start.length - 1) + " records, not " + records.size());
        }
        if (mentions.count != groupOf.length) {
            throw new IllegalArgumentException("groups for " + groupOf.length + " mentions, not " + mentions.count);
        }
        this.start = mentions.start;
        this.kinds = mentions.kinds;
        this.ids = mentions.ids;
        for (int g : groupOf) {
            if (g < -1 || g >= groups.size()) {
                throw new IllegalArgumentException("mention of group " + g + " of " + groups.size());
            }
        }
    }

    /**
     * The records' named mentions in {@link EntityIndex}'s order: each article's first, and each mention's kind and
     * local id. It needs the records only, not the memo, so it can be made while the memo's key is still being worked
     * out on the other core ({@link EntitiesMemo#get}).
     */
    static final class Mentions {
        final int[] start;
        /** Each mention's kind and local id; only the first {@link #count} are mentions (the arrays grow by doubling). */
        final EntityKind[] kinds;
        final String[] ids;
        final int count;

        private Mentions(int[] start, EntityKind[] kinds, String[] ids, int count) {
            this.start = start;
            this.kinds = kinds;
            this.ids = ids;
            this.count = count;
        }

        /**
         * One walk of the records, each name checked once (two walks, one to count, were a tenth of reading the
         * entities back: JFR, a one-quotation build of 10,164 articles).
         */
        static Mentions of(List<ArticleRecord> records) {
            int[] start = new int[records.size() + 1];
            EntityKind[] kinds = new EntityKind[Math.max(16, records.size() * 4)];
            String[] ids = new String[kinds.length];
            int m = 0;
            for (int i = 0; i < records.size(); i++) {
                ArticleRecord r = records.get(i);
                for (Actor a : r.actors()) {
                    if (EntityIndex.named(a.name())) {
                        if (m == kinds.length) {
                            kinds = java.util.Arrays.copyOf(kinds, m * 2);
                            ids = java.util.Arrays.copyOf(ids, m * 2);
                        }
                        kinds[m] = EntityKind.of(a);
                        ids[m] = String.valueOf(a.id());
                        m++;
                    }
                }
                for (Place p : r.places()) {
                    if (EntityIndex.named(p.name())) {
                        if (m == kinds.length) {
                            kinds = java.util.Arrays.copyOf(kinds, m * 2);
                            ids = java.util.Arrays.copyOf(ids, m * 2);
                        }
                        kinds[m] = EntityKind.PLACE;
                        ids[m] = String.valueOf(p.id());
                        m++;
                    }
                }
                start[i + 1] = m;
            }
            return new Mentions(start, kinds, ids, m);
        }
    }

    @Override
    public List<EntityIndex.Group> groups() {
        return groups;
    }

    /** As {@link EntityIndex#entityOf}: the first of the article's mentions of this kind and local id. */
    @Override
    public EntityRef entityOf(int article, EntityKind kind, String localId) {
        if (article < 0 || article >= records.size()) {
            return null;
        }
        String wanted = String.valueOf(localId);
        for (int m = start[article]; m < start[article + 1]; m++) {
            if (kinds[m] == kind && wanted.equals(ids[m])) {
                return ref(m);
            }
        }
        return null;
    }

    private EntityRef ref(int m) {
        return groupOf[m] < 0 ? null : groups.get(groupOf[m]).ref();
    }

    @Override
    public List<Problem> warnings() {
        return warnings;
    }
}
