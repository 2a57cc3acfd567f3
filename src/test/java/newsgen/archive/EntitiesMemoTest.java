package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import newsgen.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The entities gathered by the last build, read back when the resolution's inputs and the editor's edits are the same,
 * give the archive (and the edits' warnings) a build without any memo gives; another name, other edits (a line moved
 * too, which the warnings name) or a damaged file make the index again.
 */
class EntitiesMemoTest {
    @TempDir
    Path tmp;

    private final List<ArchivedArticle> articles = GeneratedArticles.generate(400, 31);

    private ArchiveBuilder memoBuilder() {
        return new ArchiveBuilder(new ResolutionMemo(tmp, true)).passes(tmp, true);
    }

    private static ArchivedArticle withRecord(ArchivedArticle a, List<Actor> actors, List<Quote> quotes) {
        ArticleRecord r = a.record();
        return new ArchivedArticle(a.article(), new ArticleRecord(r.file(), r.slug(), r.title(), r.outlet(), r.url(),
                r.date(), r.place(), r.places(), actors, quotes, r.dates()));
    }

    /** The articles with a quotation appended to one of them, said by the given actor's local id (or no one). */
    private List<ArchivedArticle> quoted(int article, String speaker) {
        List<ArchivedArticle> out = new ArrayList<>(articles);
        ArchivedArticle a = out.get(article);
        List<Quote> quotes = new ArrayList<>(a.record().quotes());
        quotes.add(new Quote("We will see about that.", speaker, null, null, "said", false, 0));
        out.set(article, withRecord(a, a.record().actors(), quotes));
        return out;
    }

    @Test
    void aQuotationAddedReadsTheEntitiesBackAndGivesTheColdArchive() {
        ArchiveBuilder first = memoBuilder();
        assertEquals(new ArchiveBuilder().build(articles), first.build(articles));
        assertFalse(first.entitiesKept(), "nothing was kept yet");

        String speaker = articles.get(9).record().actors().get(0).id();
        for (List<ArchivedArticle> edited : List.of(quoted(5, null), quoted(9, speaker))) {
            ArchiveBuilder kept = memoBuilder();
            Archive built = kept.build(edited);
            assertTrue(kept.entitiesKept(), "no name changed: the entities are read back");
            assertTrue(kept.resolutionReused());
            assertEquals(new ArchiveBuilder().build(edited), built);
        }
    }

    /**
     * With the entities kept, the story clusters are found by the entities key without the story key being worked
     * out, and the key they stand for (in the change key the pages trust) is the one worked out in full.
     */
    @Test
    void theClustersFoundByTheEntitiesKeyStandForTheWholeStoryKey() throws IOException {
        memoBuilder().build(articles);
        List<ArchivedArticle> edited = quoted(5, null);
        ArchiveBuilder kept = memoBuilder();
        Archive built = kept.build(edited);
        assertTrue(kept.storiesByEntities(), "no name nor lead word changed");
        assertEquals(new ArchiveBuilder().build(edited), built);

        Files.delete(tmp.resolve(StoryMemo.FILE));
        ArchiveBuilder full = memoBuilder();
        assertEquals(built, full.build(edited));
        assertFalse(full.storiesReused(), "no clusters kept: clustered, under the whole key");
        assertEquals(full.changeKey(), kept.changeKey());

        // Other edits: another entities key, though no article's entity keys moved. Found by the whole key, and
        // kept under the new entities key for the next build.
        String id = built.people().get(0).id();
        EntityEdits edits = EntityEdits.parse("entities.yaml", "person/" + id + ": {description: Mayor of Port Velin}\n");
        ArchiveBuilder described = memoBuilder();
        Archive withEdits = described.build(edited, edits);
        assertTrue(described.storiesReused());
        assertFalse(described.storiesByEntities());
        ArchiveBuilder again = memoBuilder();
        assertEquals(withEdits, again.build(edited, edits));
        assertTrue(again.storiesByEntities());
        assertEquals(described.changeKey(), again.changeKey());
    }

    @Test
    void aNewNameGathersAgain() {
        memoBuilder().build(articles);
        List<ArchivedArticle> named = new ArrayList<>(articles);
        ArchivedArticle a = named.get(3);
        List<Actor> more = new ArrayList<>(a.record().actors());
        more.add(new Actor("someone-new", "Someone Newname", Actor.PERSON, List.of("Newname"), List.of(), null, 1));
        named.set(3, withRecord(a, more, a.record().quotes()));
        ArchiveBuilder renamed = memoBuilder();
        assertEquals(new ArchiveBuilder().build(named), renamed.build(named));
        assertFalse(renamed.entitiesKept());
        ArchiveBuilder again = memoBuilder();
        assertEquals(new ArchiveBuilder().build(named), again.build(named));
        assertTrue(again.entitiesKept(), "kept afresh by the build that gathered");
    }

    @Test
    void theEditorsEditsAndTheirWarningsAreKeptUnderTheirOwnKey() {
        String id = new ArchiveBuilder().build(articles).people().get(0).id();
        String yaml = "person/" + id + ": {description: Mayor of Port Velin, aliases: [The Mayor]}\nperson/nobody-at-all: drop\n";
        EntityEdits edits = EntityEdits.parse("entities.yaml", yaml);
        ArchiveBuilder cold = new ArchiveBuilder();
        Archive expected = cold.build(articles, edits);
        assertFalse(cold.warnings().isEmpty(), "an id the archive does not hold is a warning");

        memoBuilder().build(articles, edits);
        ArchiveBuilder kept = memoBuilder();
        assertEquals(expected, kept.build(articles, edits));
        assertTrue(kept.entitiesKept());
        assertEquals(cold.warnings(), kept.warnings());

        // The same edits a line lower: the warning names another line, so the kept entities are not used.
        EntityEdits moved = EntityEdits.parse("entities.yaml", "\n" + yaml);
        ArchiveBuilder lower = memoBuilder();
        ArchiveBuilder coldLower = new ArchiveBuilder();
        assertEquals(coldLower.build(articles, moved), lower.build(articles, moved));
        assertFalse(lower.entitiesKept());
        assertEquals(coldLower.warnings(), lower.warnings());

        ArchiveBuilder none = memoBuilder();
        assertEquals(new ArchiveBuilder().build(articles), none.build(articles));
        assertFalse(none.entitiesKept(), "no edits: another key");
    }

    @Test
    void aDamagedMemoIsNotTrusted() throws IOException {
        Archive cold = new ArchiveBuilder().build(articles);
        memoBuilder().build(articles);
        Path file = tmp.resolve(EntitiesMemo.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x22;
        Files.write(file, bytes);
        ArchiveBuilder damaged = memoBuilder();
        assertEquals(cold, damaged.build(articles));
        assertFalse(damaged.entitiesKept());
        assertTrue(damaged.resolutionReused(), "the decisions are still kept");
        assertEquals(List.of(file + ": damaged (cut short or checksum mismatch); ignored, the entities gathered again from every"
                + " article's mentions"), damaged.cacheWarnings().stream().map(Object::toString).toList());
        ArchiveBuilder repaired = memoBuilder();
        assertEquals(cold, repaired.build(articles));
        assertTrue(repaired.entitiesKept(), "and it was written afresh");
        assertEquals(List.of(), repaired.cacheWarnings());
    }

    @Test
    void theMentionsWalkedWhileTheKeyIsNotReadyReadBackTheSameEntities() {
        // EntitiesMemo.get walks the records first when the key is still being worked out: the entities read back
        // must be the same as when it walks them after the key, and another key must still find nothing
        List<ArticleRecord> records = articles.stream().map(ArchivedArticle::record).toList();
        EntityIndex index = EntityIndex.of(records);
        index.run(EntityIndex.defaultPasses(Wording.lowercaseWords(articles)));
        index.finish(EntityEdits.NONE);
        EntitiesMemo memo = new EntitiesMemo(tmp, true);
        memo.put("key", index);
        KeptEntities early = memo.get(() -> "key", () -> false, records);
        KeptEntities late = memo.get(() -> "key", () -> true, records);
        // read back, a group is its entity, undecided and editor without its mentions: the refs are what must agree
        assertEquals(index.groups().stream().map(EntityIndex.Group::ref).toList(),
                early.groups().stream().map(EntityIndex.Group::ref).toList());
        assertEquals(late.groups(), early.groups());
        for (int i = 0; i < records.size(); i++) {
            for (Actor a : records.get(i).actors()) {
                EntityKind kind = EntityKind.of(a);
                assertEquals(index.entityOf(i, kind, a.id()), early.entityOf(i, kind, a.id()));
                assertEquals(late.entityOf(i, kind, a.id()), early.entityOf(i, kind, a.id()));
            }
            for (var p : records.get(i).places()) {
                assertEquals(index.entityOf(i, EntityKind.PLACE, p.id()), early.entityOf(i, EntityKind.PLACE, p.id()));
            }
        }
        assertNull(memo.get(() -> "another key", () -> false, records));
    }
}
