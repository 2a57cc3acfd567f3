package newsgen.archive;

import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static newsgen.archive.Fixtures.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The entities read back from a memo: tied to the records' mentions as the index ties them, or refused. */
class KeptEntitiesTest {
    /** Two articles: three named mentions, then one actor without a name (no mention) and one place. */
    private static List<ArticleRecord> records() {
        return List.of(
                article("a", "Post", "2024-01-02", "A").actors(person("Jane Roe"), org("Acme Corp"))
                        .places(place("Paris", "city")).build().record(),
                article("b", "Post", "2024-01-03", "B").actors(person(" ")).places(place("Lyon", "city")).build().record());
    }

    /** An index of these records, finished: its groups stand for the memo's (which mention goes to which is the test's). */
    private static EntityIndex index(List<ArticleRecord> records) {
        EntityIndex index = EntityIndex.of(records);
        index.finish(EntityEdits.NONE);
        return index;
    }

    @Test
    void eachActorAndPlaceFindsTheEntityTheIndexGaveIt() {
        List<ArticleRecord> records = records();
        EntityIndex index = index(records);
        int[] groupOf = new int[4];
        for (int m = 0; m < groupOf.length; m++) {
            groupOf[m] = m; // one group each, in mention order
        }
        List<EntityIndex.Group> groups = index.groups().subList(0, 4);
        KeptEntities kept = new KeptEntities(records, groups, groupOf, List.of());
        List<ArticleRecord> r = records;
        assertEquals(groups.get(0).ref(), kept.entityOf(0, EntityKind.of(r.get(0).actors().get(0)), r.get(0).actors().get(0).id()));
        assertEquals(groups.get(1).ref(), kept.entityOf(0, EntityKind.of(r.get(0).actors().get(1)), r.get(0).actors().get(1).id()));
        assertEquals(groups.get(2).ref(), kept.entityOf(0, EntityKind.PLACE, r.get(0).places().get(0).id()));
        // the nameless actor is no mention: the second article's one mention is its place
        assertNull(kept.entityOf(1, EntityKind.of(r.get(1).actors().get(0)), r.get(1).actors().get(0).id()));
        assertEquals(groups.get(3).ref(), kept.entityOf(1, EntityKind.PLACE, r.get(1).places().get(0).id()));
    }

    @Test
    void groupsForAnotherNumberOfMentionsAreRefused() {
        // a stale memo (made for other records) must never be trusted: too few or too many mentions both throw
        List<ArticleRecord> records = records();
        List<EntityIndex.Group> groups = index(records).groups();
        assertThrows(IllegalArgumentException.class, () -> new KeptEntities(records, groups, new int[3], List.of()));
        assertThrows(IllegalArgumentException.class, () -> new KeptEntities(records, groups, new int[5], List.of()));
        assertThrows(IllegalArgumentException.class, () -> new KeptEntities(records, groups, new int[] {0, 1, 2, groups.size()}, List.of()));
    }

    @Test
    void mentionsWalkedBeforehandGiveTheSameEntitiesAndGrowPastTheirFirstSize() {
        // 40 articles of 6 named mentions each: more than the walk's first arrays (4 a record), so they grow
        List<ArticleRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(article("a" + i, "Post", "2024-01-02", "A").actors(person("Jane Roe"), person("John Doe"),
                            org("Acme Corp"), person("Mary Major"))
                    .places(place("Paris", "city"), place("Lyon", "city")).build().record());
        }
        EntityIndex index = index(records);
        int[] groupOf = new int[records.size() * 6];
        for (int m = 0; m < groupOf.length; m++) {
            groupOf[m] = m % index.groups().size();
        }
        KeptEntities walkedBefore = new KeptEntities(records, KeptEntities.Mentions.of(records), index.groups(), groupOf,
                List.of());
        KeptEntities walkedInside = new KeptEntities(records, index.groups(), groupOf, List.of());
        for (int i = 0; i < records.size(); i++) {
            ArticleRecord r = records.get(i);
            for (var a : r.actors()) {
                assertEquals(walkedInside.entityOf(i, EntityKind.of(a), a.id()), walkedBefore.entityOf(i, EntityKind.of(a), a.id()));
            }
            for (var p : r.places()) {
                assertEquals(walkedInside.entityOf(i, EntityKind.PLACE, p.id()), walkedBefore.entityOf(i, EntityKind.PLACE, p.id()));
            }
        }
        assertEquals(index.groups().get(1).ref(), walkedBefore.entityOf(0, EntityKind.PERSON, records.get(0).actors().get(1).id()));
    }

    @Test
    void mentionsWalkedFromOtherRecordsAreRefused() {
        // a walk made beforehand must be of these records: one of fewer (or more) articles throws
        List<ArticleRecord> records = records();
        List<EntityIndex.Group> groups = index(records).groups();
        int[] groupOf = {0, 1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> new KeptEntities(records,
                KeptEntities.Mentions.of(records.subList(0, 1)), groups, groupOf, List.of()));
    }
}
