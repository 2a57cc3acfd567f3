package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.EntityEdits;
import newsgen.cache.SipHash;
import newsgen.content.ArticleLoader;
import newsgen.extract.Extractor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page says it is made from ({@link PageInputs}) determines its model: between two archives, a page whose
 * inputs are the same has the same model. Checked on the devset and the seeds against archives that differ in ways
 * that change pages of articles nobody edited (an article joining a story, one deleted, one renaming a person), so a
 * view reading more of the archive than its inputs say fails here, before a one-edit build carries a stale page.
 */
class PageInputsTest {
    @TempDir
    static Path tmp;
    static List<ArchivedArticle> articles;
    static Extractor extractor;
    /** Stands for the article cache's key: the same file, the same key. */
    static final Map<Path, String> KEYS = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        extractor = new Extractor();
        articles = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/test/resources/devset/articles"), Path.of("articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    articles.add(extract(f));
                }
            }
        }
    }

    private static ArchivedArticle extract(Path file) throws IOException {
        Article article = new ArticleLoader().load(file);
        KEYS.put(file, file + " " + Files.readString(file, StandardCharsets.UTF_8).hashCode());
        return new ArchivedArticle(article, extractor.extract(article));
    }

    private static final Function<ArchivedArticle, String> SOURCES = a -> KEYS.get(a.article().file());

    /** A copy of an article with some of its text replaced, as a new file (so a new key). */
    private static ArchivedArticle edited(String slug, String from, String to) throws IOException {
        ArchivedArticle a = articles.stream().filter(x -> x.record().slug().equals(slug)).findFirst().orElseThrow();
        String text = Files.readString(a.article().file(), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), slug + " holds " + from);
        Path file = Files.createTempDirectory(tmp, "edit").resolve(a.article().file().getFileName());
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return extract(file);
    }

    private static List<ArchivedArticle> replacing(String slug, ArchivedArticle by) {
        List<ArchivedArticle> out = new ArrayList<>();
        for (ArchivedArticle a : articles) {
            if (!a.record().slug().equals(slug)) {
                out.add(a);
            }
        }
        if (by != null) {
            out.add(by);
        }
        return out;
    }

    private record Keyed(String inputs, String model) {
    }

    /**
     * Each page with inputs: the key of its inputs and of its model, under one hash. With {@code states}, planned with
     * the change set a build makes ({@link SiteChanges}), which gives the quotes and the timeline each article's state
     * so that they list their items by article; without, each item's inputs in full.
     */
    private static Map<String, Keyed> keys(List<ArchivedArticle> input, EntityEdits edits, SipHash hash, BaseUrl base,
                                           boolean states) throws IOException {
        Archive archive = new ArchiveBuilder().build(input, edits);
        SiteChanges changes = states
                ? SiteChanges.open(Files.createTempDirectory(tmp, "cache"), "render", null, archive, SOURCES) : SiteChanges.NONE;
        Map<String, Keyed> out = new HashMap<>();
        for (Page page : new SitePlanner(base, "T", SOURCES).plan(archive, changes)) {
            Object inputs = page.inputs() == null ? null : page.inputs().get();
            if (inputs != null) {
                out.put(page.path(), new Keyed(ModelHash.key(hash, inputs), ModelHash.key(hash, page.content().get())));
            }
        }
        return out;
    }

    /**
     * Compares every page the two archives share: same inputs, same model. Returns how many pages other than the
     * edited article's own changed their model (all of them with their inputs), so a case that changes nothing else
     * is seen to.
     */
    private static int sameInputsSameModel(List<ArchivedArticle> after, String edited, BaseUrl base) throws IOException {
        return sameInputsSameModel(after, EntityEdits.NONE, edited, base, false)
                + sameInputsSameModel(after, EntityEdits.NONE, edited, base, true);
    }

    private static int sameInputsSameModel(List<ArchivedArticle> after, EntityEdits edits, String edited, BaseUrl base,
                                           boolean states) throws IOException {
        SipHash hash = SipHash.random();
        Map<String, Keyed> one = keys(articles, EntityEdits.NONE, hash, base, states);
        Map<String, Keyed> two = keys(after, edits, hash, base, states);
        int changedElsewhere = 0;
        int compared = 0;
        for (Map.Entry<String, Keyed> page : one.entrySet()) {
            Keyed other = two.get(page.getKey());
            if (other == null) {
                continue;
            }
            compared++;
            if (page.getValue().inputs().equals(other.inputs())) {
                assertEquals(page.getValue().model(), other.model(), page.getKey() + ": same inputs, so the same model");
            } else if (!page.getValue().model().equals(other.model()) && !page.getKey().equals(edited)) {
                changedElsewhere++;
            }
        }
        assertTrue(compared > 100, compared + " pages compared");
        return changedElsewhere;
    }

    @Test
    void theReferencesWrittenComponentByComponentHaveNoOtherComponents() {
        assertEquals(PageInputs.ENTITY_REF_COMPONENTS, java.util.Arrays.stream(newsgen.model.EntityRef.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
        assertEquals(PageInputs.ARTICLE_REF_COMPONENTS, java.util.Arrays.stream(newsgen.model.ArticleRef.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
    }

    @Test
    void everyPageOfTheDevsetSaysWhatItIsMadeFrom() throws IOException {
        SipHash hash = SipHash.random();
        Map<String, Keyed> pages = keys(articles, EntityEdits.NONE, hash, null, true);
        for (ArchivedArticle a : articles) {
            assertNotNull(pages.get(RelativeLinks.article(a.record().slug())), a.record().slug());
        }
        assertTrue(pages.keySet().stream().anyMatch(p -> p.startsWith("people/")), "entity pages have inputs");
        assertTrue(pages.containsKey("index.html") && pages.containsKey("timeline/index.html"), "lists have inputs");
    }

    @Test
    void theQuotesAndTheTimelineListTheirItemsByArticleWhenEachArticlesStateIsKnown() throws IOException {
        Archive archive = new ArchiveBuilder().build(articles);
        SiteChanges changes = SiteChanges.open(Files.createTempDirectory(tmp, "cache"), "render", null, archive, SOURCES);
        for (boolean states : List.of(false, true)) {
            int lists = 0;
            int byArticle = 0;
            for (Page page : new SitePlanner(null, "T", SOURCES).plan(archive, states ? changes : SiteChanges.NONE)) {
                Object inputs = page.inputs() == null ? null : page.inputs().get();
                if (inputs != null && (page.path().startsWith("quotes/") || page.path().startsWith("timeline/"))) {
                    lists++;
                    byArticle += inputs.toString().contains("by article") ? 1 : 0;
                }
            }
            assertTrue(lists >= 3, lists + " pages of quotes and dates with inputs");
            assertEquals(states ? lists : 0, byArticle, "pages listing their items by article, states known: " + states);
        }
    }

    @Test
    void anArticleJoiningAStoryChangesItsOtherArticlesPagesAndTheirInputs() throws IOException {
        // A second report of the defence pact under another title: the story now covers three articles.
        ArchivedArticle third = edited("mali-burkina-faso-niger-mutual-defense-pact",
                "slug: mali-burkina-faso-niger-mutual-defense-pact", "slug: sahel-states-pact-second-report");
        List<ArchivedArticle> after = new ArrayList<>(articles);
        after.add(third);
        for (BaseUrl base : java.util.Arrays.asList(null, BaseUrl.parse("https://news.example.org/"))) {
            int elsewhere = sameInputsSameModel(after, "", base);
            assertTrue(elsewhere > 0, "the story's other articles' pages changed: " + elsewhere);
        }
    }

    @Test
    void aDeletedArticleAndARenamedPersonChangeOnlyPagesWhoseInputsChanged() throws IOException {
        sameInputsSameModel(replacing("mali-burkina-faso-niger-mutual-defense-pact", null), "", null);
        String slug = articles.get(2).record().slug();
        String name = articles.get(2).record().actors().stream().filter(x -> x.isPerson()).findFirst().orElseThrow().name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        ArchivedArticle renamed = edited(slug, surname, surname + "son");
        sameInputsSameModel(replacing(slug, renamed), RelativeLinks.article(slug), null);
    }

    @Test
    void aPersonRenamedInEntitiesYamlChangesTheDatesNamingHimWithTheirInputs() throws IOException {
        // The person most dated sentences name, renamed by the editor: no article changes, but every article naming
        // him links another name, so the timeline's pages showing him change, and must say so by their inputs.
        Archive archive = new ArchiveBuilder().build(articles);
        Map<newsgen.model.EntityRef, Integer> dated = new HashMap<>();
        archive.timeline().forEach(t -> t.entities().forEach(e -> dated.merge(e, 1, Integer::sum)));
        newsgen.model.EntityRef most = dated.entrySet().stream().filter(e -> e.getKey().kind().equals("person"))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        EntityEdits rename = EntityEdits.parse("entities.yaml", "person/" + most.id() + ":\n  name: Quentin Marlowe-Abernathy\n");
        for (boolean states : List.of(false, true)) {
            int elsewhere = sameInputsSameModel(articles, rename, "", null, states);
            assertTrue(elsewhere > 0, "pages showing him changed: " + elsewhere);
        }
    }
}
