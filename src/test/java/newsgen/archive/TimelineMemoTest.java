package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.ArticleRecord;
import newsgen.model.DateMention;
import newsgen.model.EntityRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The link pass's kept findings ({@link TimelineMemo}) are used for an article whose cache key and pattern of entities
 * are the last build's, and searched again when two of its actors came to share one entity; on generated articles,
 * an archive built with them equals one built without; a damaged file is not trusted.
 */
class TimelineMemoTest {
    @TempDir
    Path tmp;

    private final ArchivedArticle base = GeneratedArticles.generate(1, 5).get(0);
    private final EntityRef jane = new EntityRef("person", "jane-roe", "Jane Roe");
    private final EntityRef roe = new EntityRef("person", "roe", "Roe");

    private ArticleRecord record() {
        ArticleRecord r = base.record();
        List<Actor> actors = List.of(new Actor("p1", "Jane Roe", Actor.PERSON, List.of(), List.of(), null, 1),
                new Actor("p2", "Roe", Actor.PERSON, List.of(), List.of(), null, 1));
        List<DateMention> dates = List.of(new DateMention("Monday", "2020-01-06", 0, "On Monday Jane Roe met Roe."));
        return new ArticleRecord(r.file(), r.slug(), r.title(), r.outlet(), r.url(), r.date(), r.place(), List.of(),
                actors, List.of(), dates);
    }

    private List<List<EntityRef>> found(TimelineMemo memo, EntityRef first, EntityRef second, boolean withNames) {
        List<NamedEntity> names = withNames ? List.of(new NamedEntity("Jane Roe", first), new NamedEntity("Roe", second)) : List.of();
        Set<EntityRef> named = new LinkedHashSet<>(List.of(first, second));
        return memo.dated(base.article(), record(), names, named, new EntityRef[] {first, second}, new EntityRef[0])
                .stream().map(d -> d.entry().entities()).toList();
    }

    private TimelineMemo memo(boolean read) {
        return new TimelineMemo(tmp, read, Article::slug);
    }

    @Test
    void theKeptFindingIsUsedUnderTheSamePatternAndSearchedAgainUnderAnother() {
        TimelineMemo first = memo(false);
        assertEquals(List.of(List.of(jane, roe)), found(first, jane, roe, true));
        first.save();
        // No names to search for: what comes back is the kept finding.
        assertEquals(List.of(List.of(jane, roe)), found(memo(true), jane, roe, false));
        // The two actors became one person: one entity, and searched again.
        assertEquals(List.of(List.of(jane)), found(memo(true), jane, jane, true));
    }

    @Test
    void anArchiveBuiltWithKeptFindingsIsTheColdOne() {
        List<ArchivedArticle> articles = GeneratedArticles.generate(200, 17);
        ArchiveBuilder first = new ArchiveBuilder().cacheKeys(a -> a.file().toString()).passes(tmp, true);
        first.build(articles);
        assertTrue(Files.exists(tmp.resolve(TimelineMemo.FILE)));
        assertEquals(new ArchiveBuilder().build(articles),
                new ArchiveBuilder().cacheKeys(a -> a.file().toString()).passes(tmp, true).build(articles));
    }

    @Test
    void aDamagedFileIsNotTrusted() throws IOException {
        TimelineMemo first = memo(false);
        found(first, jane, roe, true);
        first.save();
        Path file = tmp.resolve(TimelineMemo.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 1;
        Files.write(file, bytes);
        TimelineMemo damaged = memo(true);
        assertEquals(List.of(List.of()), found(damaged, jane, roe, false), "nothing kept: searched, for no names");
        assertTrue(damaged.warnings().stream().anyMatch(w -> w.toString().contains("damaged")), damaged.warnings().toString());
    }
}
