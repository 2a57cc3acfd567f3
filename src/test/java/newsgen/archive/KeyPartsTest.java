package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memos' keys made with each article's parts kept by its cache key ({@link KeyParts}) are the keys made from every
 * record: with nothing changed, with an article whose person is renamed under a new cache key (its parts made again,
 * never the kept ones), and with the kept parts damaged; the parts are made under the file's secret key, which is kept
 * from build to build and made anew for a cold build.
 */
class KeyPartsTest {
    @TempDir
    Path tmp;

    private final List<ArchivedArticle> articles = GeneratedArticles.generate(200, 31);
    /** Each article's cache key: its file, and a version an edit moves on. */
    private final Map<Article, String> keys = new IdentityHashMap<>();

    private ArchiveBuilder withParts() {
        return new ArchiveBuilder(new ResolutionMemo(tmp.resolve("parts"), true))
                .cacheKeys(a -> keys.getOrDefault(a, a.file() + " 1")).passes(tmp.resolve("parts"), true);
    }

    /**
     * The change key (the resolution and story memos' keys) a builder given no article's cache key gives these
     * articles: every part made, none kept, under the secret key of the parts' file (read from it, so the parts are
     * comparable; made anew when the file is not there or not used).
     */
    private String keyWithoutParts(List<ArchivedArticle> input) {
        ArchiveBuilder b = new ArchiveBuilder(new ResolutionMemo(tmp.resolve("none"), true)).cacheKeys(a -> null)
                .passes(tmp.resolve("parts"), true);
        b.build(input);
        return b.changeKey();
    }

    @Test
    void theSameArticlesGiveTheSameKeysAndReuseTheResolution() {
        withParts().build(articles);
        assertTrue(Files.exists(tmp.resolve("parts").resolve(KeyParts.FILE)));
        ArchiveBuilder again = withParts();
        again.build(articles);
        assertTrue(again.resolutionReused() && again.storiesReused());
        assertEquals(keyWithoutParts(articles), again.changeKey());
    }

    @Test
    void anEditedArticlesPartsAreMadeAgain() {
        withParts().build(articles);
        // The first article's first person renamed (as many mentions as before) and a word put in its title (its lead
        // words), under a new cache key.
        List<ArchivedArticle> edited = new ArrayList<>(articles);
        ArchivedArticle a = edited.get(0);
        ArticleRecord r = a.record();
        List<Actor> actors = new ArrayList<>(r.actors());
        Actor x = actors.get(0);
        actors.set(0, new Actor(x.id(), "Zed " + x.name(), x.type(), x.aliases(), x.roles(), x.affiliation(), x.mentions()));
        Article text = new Article(a.article().file(), a.article().slug(), "Quillfeather " + a.article().title(), a.article().outlet(),
                a.article().url(), a.article().date(), a.article().paragraphs());
        keys.put(text, text.file() + " 2");
        edited.set(0, new ArchivedArticle(text, new ArticleRecord(r.file(), r.slug(), r.title(), r.outlet(), r.url(),
                r.date(), r.place(), r.places(), actors, r.quotes(), r.dates())));
        ArchiveBuilder b = withParts();
        Archive built = b.build(edited);
        assertFalse(b.resolutionReused(), "a name changed: the passes run");
        assertEquals(keyWithoutParts(edited), b.changeKey());
        assertEquals(new ArchiveBuilder().build(edited), built);
    }

    @Test
    void damagedPartsAreNotTrusted() throws IOException {
        withParts().build(articles);
        Path file = tmp.resolve("parts").resolve(KeyParts.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 1;
        Files.write(file, bytes);
        ArchiveBuilder b = withParts();
        b.build(articles);
        assertEquals(keyWithoutParts(articles), b.changeKey());
        assertTrue(b.cacheWarnings().stream().anyMatch(w -> w.toString().contains("key-parts")), b.cacheWarnings().toString());
    }

    @Test
    void thePartsKeyIsKeptFromBuildToBuildAndMadeAnewForAColdBuild() {
        withParts().build(articles);
        String first = new KeyParts(tmp.resolve("parts"), true, a -> null).hash().key();
        withParts().build(articles);
        assertEquals(first, new KeyParts(tmp.resolve("parts"), true, a -> null).hash().key());
        new ArchiveBuilder(new ResolutionMemo(tmp.resolve("parts"), false))
                .cacheKeys(a -> keys.getOrDefault(a, a.file() + " 1")).passes(tmp.resolve("parts"), false).build(articles);
        assertFalse(first.equals(new KeyParts(tmp.resolve("parts"), true, a -> null).hash().key()), "a cold build reads no key");
    }
}
