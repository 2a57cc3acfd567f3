package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRecord;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive passes kept in the cache folder and patched for the articles that changed give the archive a build
 * that runs every pass gives (equal {@link Archive} records): an article gaining a person, one losing its people,
 * one deleted, one added, an entity renamed, and a damaged memo.
 */
class PassMemoTest {
    @TempDir
    Path tmp;

    private final List<ArchivedArticle> articles = GeneratedArticles.generate(400, 23);

    private ArchiveBuilder memoBuilder() {
        return new ArchiveBuilder().passes(tmp, true);
    }

    /** Builds with the memo (after a build of {@code before} kept it) and checks it equals a build without. */
    private void patchedEqualsCold(List<ArchivedArticle> before, List<ArchivedArticle> after, boolean patched) {
        memoBuilder().build(before);
        ArchiveBuilder memo = memoBuilder();
        Archive built = memo.build(after);
        assertEquals(new ArchiveBuilder().build(after), built);
        assertEquals(patched, memo.companionsPatched());
    }

    private static ArchivedArticle withActors(ArchivedArticle a, List<Actor> actors) {
        ArticleRecord r = a.record();
        return new ArchivedArticle(a.article(), new ArticleRecord(r.file(), r.slug(), r.title(), r.outlet(), r.url(),
                r.date(), r.place(), r.places(), actors, r.quotes(), r.dates()));
    }

    @Test
    void theSameArticlesGiveTheSameArchive() {
        assertTrue(new ArchiveBuilder().build(articles).people().stream().anyMatch(p -> !p.companions().isEmpty()),
                "the generated articles name people together");
        patchedEqualsCold(articles, articles, true);
        ArchiveBuilder again = memoBuilder();
        again.build(articles);
        assertTrue(again.storiesReused(), "the same words and entities: the kept clusters are used");
    }

    @Test
    void aQuoteAddedReusesTheClustersAndStillGivesTheColdArchive() {
        List<ArchivedArticle> quoted = new ArrayList<>(articles);
        ArchivedArticle a = quoted.get(5);
        ArticleRecord r = a.record();
        List<Quote> quotes = new ArrayList<>(r.quotes());
        quotes.add(new Quote("We will see about that.", null, null, null, "said", false, 0));
        quoted.set(5, new ArchivedArticle(a.article(), new ArticleRecord(r.file(), r.slug(), r.title(), r.outlet(),
                r.url(), r.date(), r.place(), r.places(), r.actors(), quotes, r.dates())));
        memoBuilder().build(articles);
        ArchiveBuilder memo = memoBuilder();
        assertEquals(new ArchiveBuilder().build(quoted), memo.build(quoted));
        assertTrue(memo.storiesReused(), "no name or lead word changed");
        assertTrue(memo.companionsPatched());
    }

    @Test
    void anArticleGainingAPersonOrLosingItsPeople() {
        List<ArchivedArticle> named = new ArrayList<>(articles);
        ArchivedArticle a = named.get(3);
        List<Actor> more = new ArrayList<>(a.record().actors());
        more.add(new Actor("someone-new", "Someone Newname", Actor.PERSON, List.of("Newname"), List.of(), null, 1));
        // and a person of another article named here too, so an existing entity gains a companion
        more.add(articles.get(40).record().actors().get(0));
        named.set(3, withActors(a, more));
        patchedEqualsCold(articles, named, true);
        ArchiveBuilder clustered = memoBuilder();
        patchedEqualsCold(named, articles, true);
        memoBuilder().build(named);
        clustered.build(articles);
        assertFalse(clustered.storiesReused(), "a person added: the articles are clustered again");

        List<ArchivedArticle> none = new ArrayList<>(named);
        none.set(11, withActors(none.get(11), List.of()));
        patchedEqualsCold(named, none, true);
    }

    @Test
    void anArticleDeletedOrAdded() {
        List<ArchivedArticle> fewer = new ArrayList<>(articles);
        fewer.remove(7);
        fewer.remove(100);
        patchedEqualsCold(articles, fewer, true);
        patchedEqualsCold(fewer, articles, true);
    }

    @Test
    void anEntityRenamedEverywhere() {
        Actor first = articles.get(0).record().actors().get(0);
        List<ArchivedArticle> renamed = articles.stream().map(a -> withActors(a, a.record().actors().stream()
                .map(x -> x.name().equals(first.name())
                        ? new Actor(x.id(), "Zed " + x.name(), x.type(), x.aliases(), x.roles(), x.affiliation(), x.mentions())
                        : x).toList())).toList();
        patchedEqualsCold(articles, renamed, true);
    }

    @Test
    void aDamagedOrForeignMemoIsNotTrusted() throws IOException {
        Archive cold = new ArchiveBuilder().build(articles);
        memoBuilder().build(articles);
        damage(CompanionMemo.FILE, 5);
        damage(StoryMemo.FILE, 2);
        ArchiveBuilder damaged = memoBuilder();
        assertEquals(cold, damaged.build(articles));
        assertFalse(damaged.companionsPatched(), "a memo whose checksum fails is no memo");
        assertFalse(damaged.storiesReused(), "clusters whose checksum fails are not used");
        assertEquals(List.of(tmp.resolve(CompanionMemo.FILE) + ": damaged (cut short or checksum mismatch); ignored, the companions counted over every article",
                        tmp.resolve(StoryMemo.FILE) + ": damaged (cut short or checksum mismatch); ignored, the articles clustered again"),
                damaged.cacheWarnings().stream().map(Object::toString).toList());

        Files.writeString(tmp.resolve(CompanionMemo.FILE), "something else entirely");
        Files.writeString(tmp.resolve(StoryMemo.FILE), "newsgen-stories 1\nof another gen"); // silent: the cache says so
        ArchiveBuilder foreign = memoBuilder();
        assertEquals(cold, foreign.build(articles));
        assertFalse(foreign.companionsPatched());
        assertFalse(foreign.storiesReused());
        assertEquals(List.of(tmp.resolve(CompanionMemo.FILE) + ": not a file gen recognises; ignored, the companions counted over every article"),
                foreign.cacheWarnings().stream().map(Object::toString).toList());

        ArchiveBuilder repaired = memoBuilder();
        assertEquals(cold, repaired.build(articles));
        assertTrue(repaired.companionsPatched(), "and they were written afresh");
        assertTrue(repaired.storiesReused());
        assertEquals(List.of(), repaired.cacheWarnings());
    }

    /** Flips a bit of a kept file, this many bytes from its end. */
    private void damage(String name, int fromEnd) throws IOException {
        Path file = tmp.resolve(name);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - fromEnd] ^= 0x11;
        Files.write(file, bytes);
    }
}
