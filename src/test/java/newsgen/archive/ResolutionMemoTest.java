package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRecord;
import newsgen.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resolution passes' kept decisions and the kept word-case counts give the archive a build without them gives:
 * reused only when the passes' inputs are the same, counted again for what changed otherwise.
 */
class ResolutionMemoTest {
    @TempDir
    Path tmp;

    private final List<ArchivedArticle> articles = withSurnamesAlone(GeneratedArticles.generate(400, 11));

    /** Some people named by surname alone in some articles, so that the surname passes decide something. */
    private static List<ArchivedArticle> withSurnamesAlone(List<ArchivedArticle> in) {
        List<ArchivedArticle> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            ArchivedArticle a = in.get(i);
            out.add(i % 5 == 0 ? withActors(a, a.record().actors().stream()
                    .map(x -> x.isPerson() ? new Actor(x.id(), x.aliases().get(0), x.type(), List.of(), x.roles(), null, 1) : x)
                    .toList()) : a);
        }
        return out;
    }

    private static ArchivedArticle withActors(ArchivedArticle a, List<Actor> actors) {
        ArticleRecord r = a.record();
        return new ArchivedArticle(a.article(), new ArticleRecord(r.file(), r.slug(), r.title(), r.outlet(), r.url(),
                r.date(), r.place(), r.places(), actors, r.quotes(), r.dates()));
    }

    private ArchiveBuilder memoBuilder() {
        return new ArchiveBuilder(new ResolutionMemo(tmp, true), new WordCaseMemo(tmp, true, new Keys(articles)));
    }

    /** Articles keyed as the cache keys them: by their content (here: the whole article, as a record). */
    private static final class Keys implements WordCaseMemo.Articles {
        final Map<String, Article> byKey = new HashMap<>();

        Keys(List<ArchivedArticle> seen) {
            seen.forEach(a -> byKey.put(key(a.article()), a.article()));
        }

        @Override
        public String key(Article article) {
            return Integer.toHexString(article.hashCode()) + "-" + article.file();
        }

        @Override
        public Article cached(String key, String file) {
            Article a = byKey.get(key);
            return a != null && a.file().toString().equals(file) ? a : null;
        }
    }

    @Test
    void theKeyCoversEveryComponentOfActorsAndPlaces() {
        assertEquals(ResolutionMemo.ACTOR_COMPONENTS, Arrays.stream(Actor.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a component added to Actor must be written by ResolutionMemo.part, or a changed value would reuse stale decisions");
        assertEquals(ResolutionMemo.PLACE_COMPONENTS, Arrays.stream(newsgen.model.Place.class.getRecordComponents()).map(c -> c.getName()).toList(),
                "a component added to Place must be written by ResolutionMemo.part");
    }

    @Test
    void keptDecisionsGiveTheArchiveThePassesGive() {
        Archive cold = new ArchiveBuilder().build(articles);
        ArchiveBuilder first = memoBuilder();
        assertEquals(cold, first.build(articles));
        assertFalse(first.resolutionReused(), "nothing was kept yet");

        ArchiveBuilder second = memoBuilder();
        assertEquals(cold, second.build(articles));
        assertTrue(second.resolutionReused(), "the same names: the kept decisions are used");

        List<ArchivedArticle> shuffled = new ArrayList<>(articles);
        java.util.Collections.reverse(shuffled);
        ArchiveBuilder third = memoBuilder();
        assertEquals(cold, third.build(shuffled), "the archive's order, not the input's, is what the key covers");
        assertTrue(third.resolutionReused());
    }

    @Test
    void theDecisionsAreMadeOfJoinsDropsRenamesAndUndecidedSurnames() throws IOException {
        Set<String> lowercase = Wording.lowercaseWords(articles);
        List<ArticleRecord> records = articles.stream().map(ArchivedArticle::record).toList();
        EntityIndex index = EntityIndex.of(records);
        index.run(EntityIndex.defaultPasses(lowercase));
        EntityIndex.Decisions d = index.decisions();
        assertTrue(Arrays.stream(d.joinedBy()).anyMatch(Objects::nonNull), "some mentions were joined");

        EntityIndex.Decisions back = ResolutionMemo.decode(new DataInputStream(new ByteArrayInputStream(ResolutionMemo.encode(d))));
        assertArrayEquals(d.parent(), back.parent());
        assertArrayEquals(d.joinedBy(), back.joinedBy());
        assertArrayEquals(d.dropped(), back.dropped());
        assertEquals(d.undecided(), back.undecided());
        assertEquals(d.renames(), back.renames());

        EntityIndex restored = EntityIndex.of(records);
        restored.restore(back);
        index.finish(EntityEdits.NONE);
        restored.finish(EntityEdits.NONE);
        assertEquals(index.groups(), restored.groups());
    }

    @Test
    void anotherNameADeletedArticleOrAnEditedTextRunThePassesAgainAndStillGiveTheColdArchive() {
        memoBuilder().build(articles);

        // An article gains a person: the passes' inputs changed, so they run.
        List<ArchivedArticle> named = new ArrayList<>(articles);
        ArchivedArticle a = named.get(3);
        List<Actor> more = new ArrayList<>(a.record().actors());
        more.add(new Actor("someone-new", "Someone Newname", Actor.PERSON, List.of("Newname"), List.of(), null, 1));
        named.set(3, withActors(a, more));
        ArchiveBuilder renamed = memoBuilder();
        assertEquals(new ArchiveBuilder().build(named), renamed.build(named));
        assertFalse(renamed.resolutionReused());

        // An article deleted: its mentions are gone, so the passes run; its words are counted out of the kept counts.
        List<ArchivedArticle> fewer = new ArrayList<>(named);
        fewer.remove(7);
        ArchiveBuilder deleted = memoBuilder();
        assertEquals(new ArchiveBuilder().build(fewer), deleted.build(fewer));
        assertFalse(deleted.resolutionReused());

        // Back to the same names: reused again.
        ArchiveBuilder same = memoBuilder();
        assertEquals(new ArchiveBuilder().build(fewer), same.build(fewer));
        assertTrue(same.resolutionReused());
    }

    @Test
    void aDamagedMemoIsNotTrusted() throws IOException {
        Archive cold = new ArchiveBuilder().build(articles);
        memoBuilder().build(articles);
        for (String name : List.of(ResolutionMemo.FILE, WordCaseMemo.FILE)) {
            Path file = tmp.resolve(name);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 3] ^= 0x11;
            Files.write(file, bytes);
        }
        ArchiveBuilder damaged = memoBuilder();
        assertEquals(cold, damaged.build(articles));
        assertFalse(damaged.resolutionReused(), "a memo whose checksum fails is no memo");
        assertEquals(List.of(tmp.resolve(ResolutionMemo.FILE) + ": damaged (cut short or checksum mismatch); ignored, the resolution passes run over every article",
                        tmp.resolve(WordCaseMemo.FILE) + ": damaged (cut short or checksum mismatch); ignored, the word case counted over every article"),
                damaged.cacheWarnings().stream().map(Object::toString).toList(), "never ignored silently");
        ArchiveBuilder repaired = memoBuilder();
        assertEquals(cold, repaired.build(articles));
        assertTrue(repaired.resolutionReused(), "and it was written afresh");
        assertEquals(List.of(), repaired.cacheWarnings());
    }

    @Test
    void wordCountsKeptAndUpdatedAreTheCountsOfAFullCount() {
        Keys keys = new Keys(articles);
        WordCaseMemo memo = new WordCaseMemo(tmp, true, keys);
        assertEquals(Wording.lowercaseWords(articles), memo.lowercaseWords(articles));
        assertFalse(memo.reused());

        // One article gains a paragraph writing a new word twice in lower case, another is deleted: each is counted
        // out of the kept counts (as it was) and in again (as it is).
        List<ArchivedArticle> changed = new ArrayList<>(articles);
        ArchivedArticle a = changed.get(5);
        List<newsgen.model.Paragraph> paragraphs = new ArrayList<>(a.article().paragraphs());
        paragraphs.add(new newsgen.model.Paragraph(paragraphs.size() + 1, newsgen.model.ParagraphKind.BODY,
                "A zyxwordq here, a zyxwordq there.", "A zyxwordq here, a zyxwordq there.", 99));
        Article edited = new Article(a.article().file(), a.article().slug(), a.article().title(), a.article().outlet(),
                a.article().url(), a.article().date(), paragraphs);
        changed.set(5, new ArchivedArticle(edited, a.record()));
        changed.remove(9);
        Set<String> full = Wording.lowercaseWords(changed);
        assertNotEquals(Wording.lowercaseWords(articles), full, "the edit changes which words are lower case");
        Set<String> updated = new WordCaseMemo(tmp, true, keys).lowercaseWords(changed);
        assertEquals(full, updated);
        WordCaseMemo again = new WordCaseMemo(tmp, true, keys);
        assertEquals(full, again.lowercaseWords(changed));
        assertTrue(again.reused());
    }
}
