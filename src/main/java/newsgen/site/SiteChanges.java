package newsgen.site;

import newsgen.cache.Fingerprint;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.Story;
import newsgen.model.StoryRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which article pages, article data files and entity pages can have changed since the last build, told from what
 * the archive stage says about itself, so that every other one is carried over without its key being worked out
 * (keying every page was most of a one-edit build's page work on 10,164 articles: each key hashes the page's inputs
 * in full, and nearly all of them were found the same).
 *
 * <p>Conservative by construction. Nothing is said unchanged unless the last build's {@link #guard} is this build's:
 * the same render key (code, templates, site-wide variables), the same archive change key (the resolution memo's
 * key, the story memo's key, entities.yaml: {@code ArchiveBuilder.changeKey}) and the articles in the same order.
 * Under that guard every article's actors and places are the last build's (the resolution key covers every
 * component of every actor and place in archive order), so the same decisions tie them to the same entities: every
 * article's links and every story's members are the last build's. What can still differ is what the records hold
 * beyond their names (a quote, a title, a sentence), which reaches the pages only through the articles whose cache
 * key changed, and through the stories and entities they are part of. So, with the guard met and every entity of
 * the last build there under the same name (else nothing is carried unkeyed):
 * <ul>
 * <li>an article's data file is unchanged when its cache key is the last build's (it shows its record and which
 *     entity each actor and place became);</li>
 * <li>an article's page when, besides, its story's reference (id, title, first date, size) is the last build's;</li>
 * <li>an entity's pages when its own fields (everything but its articles and quotes, companions and stories
 *     included) hash as in the last build and none of the articles it lists, or whose quotes it lists, changed.</li>
 * </ul>
 * Every other page, and every page of another kind, is keyed as before ({@link PageLedger}). A page said unchanged is
 * still carried only when the ledger holds it and its file is as the last build left it; else it is keyed and
 * rendered. The memo is removed with the ledger before the site changes and written before it once the new site is
 * in place, so the two always come from one build.
 */
final class SiteChanges {
    private static final String FILE = "changes";
    private static final String HEADER = "newsgen site changes 1 ";

    /**
     * What a page's inputs supplier gives for a page said unchanged: carried over unkeyed when the ledger holds it,
     * else keyed by these inputs and rendered as any other.
     */
    record Unchanged(java.util.function.Supplier<?> inputs) {
    }

    /** Says nothing is unchanged: every page is keyed. */
    static final SiteChanges NONE = new SiteChanges(null, null, Map.of(), Map.of(), Map.of(), null);

    private final Path file;
    private final String guard;
    /** This build's state, written for the next: each article's cache key and story, each entity's digest and name. */
    private final Map<String, String> articles;
    private final Map<String, String[]> entities;
    /** Under a met guard, the articles (by slug) and entities (by key) that can have changed; null when not met. */
    private final Set<String> changedArticles;
    private final Map<String, String> oldArticles;

    private SiteChanges(Path file, String guard, Map<String, String> articles, Map<String, String[]> entities,
                        Map<String, String> oldArticles, Set<String> changedArticles) {
        this.file = file;
        this.guard = guard;
        this.articles = articles;
        this.entities = entities;
        this.oldArticles = oldArticles;
        this.changedArticles = changedArticles;
    }

    /**
     * The change set of this archive against the one the last build kept in the cache folder.
     *
     * @param archiveKey the archive stage's change key, or null (then nothing is said unchanged, and nothing kept)
     * @param source     each article's cache key, null for one without
     */
    static SiteChanges open(Path cacheFolder, String renderKey, String archiveKey, Archive archive,
                            Function<ArchivedArticle, String> source) {
        if (cacheFolder == null || archiveKey == null || source == null) {
            return NONE;
        }
        Fingerprint g = new Fingerprint().add(HEADER).add(renderKey).add(archiveKey).add(PageInputs.VERSION);
        archive.articles().forEach(a -> g.add(a.record().slug()));
        String guard = g.hex();
        Map<String, String> articles = new HashMap<>();
        Map<String, String> stories = new HashMap<>();
        archive.stories().forEach(s -> stories.put(s.id(), storyDigest(StoryRef.of(s))));
        for (ArchivedArticle a : archive.articles()) {
            String key = source.apply(a);
            String story = archive.linksOf(a.record().slug()).story();
            articles.put(a.record().slug(), (key == null ? "-" : key) + " " + (story == null ? "-" : stories.get(story)));
        }
        Map<String, String[]> entities = new HashMap<>();
        for (List<Entity> kind : List.of(archive.people(), archive.organizations(), archive.places())) {
            kind.forEach(e -> entities.put(e.kind() + "/" + e.id(), new String[] {digest(e), e.name()}));
        }
        Path file = cacheFolder.resolve(FILE);
        Map<String, String> oldArticles = new HashMap<>();
        Map<String, String[]> oldEntities = new HashMap<>();
        if (!read(file, guard, oldArticles, oldEntities) || !sameNames(entities, oldEntities)) {
            return new SiteChanges(file, guard, articles, entities, Map.of(), null);
        }
        Set<String> changed = new HashSet<>();
        articles.forEach((slug, line) -> {
            String old = oldArticles.get(slug);
            if (old == null || line.startsWith("- ") || !old.split(" ")[0].equals(line.split(" ")[0])) {
                changed.add(slug);
            }
        });
        // Entities whose own fields changed are kept apart by their digest, checked when asked.
        Map<String, String[]> merged = new HashMap<>(entities);
        oldEntities.forEach((k, v) -> merged.computeIfPresent(k, (key, now) -> new String[] {now[0], now[1], v[0]}));
        return new SiteChanges(file, guard, articles, merged, oldArticles, changed);
    }

    /** Every entity of the last build is here under the same name, and no other: every link reads as before. */
    private static boolean sameNames(Map<String, String[]> now, Map<String, String[]> old) {
        if (now.size() != old.size()) {
            return false;
        }
        for (Map.Entry<String, String[]> e : now.entrySet()) {
            String[] o = old.get(e.getKey());
            if (o == null || !o[1].equals(e.getValue()[1])) {
                return false;
            }
        }
        return true;
    }

    /** True when the article's data file is the last build's (see the class comment). */
    boolean dataUnchanged(ArchivedArticle a) {
        return changedArticles != null && !changedArticles.contains(a.record().slug());
    }

    /** True when the article's page is the last build's: its data unchanged, and its story's reference the same. */
    boolean articleUnchanged(ArchivedArticle a) {
        if (!dataUnchanged(a)) {
            return false;
        }
        String slug = a.record().slug();
        return articles.get(slug).equals(oldArticles.get(slug));
    }

    /** True when the entity's pages are the last build's. */
    boolean entityUnchanged(Entity e) {
        if (changedArticles == null) {
            return false;
        }
        String[] state = entities.get(e.kind() + "/" + e.id());
        if (state == null || state.length < 3 || !state[0].equals(state[2])) {
            return false;
        }
        for (ArticleRef r : e.articles()) {
            if (changedArticles.contains(r.slug())) {
                return false;
            }
        }
        for (CitedQuote q : e.quotes()) {
            if (changedArticles.contains(q.article().slug())) {
                return false;
            }
        }
        return true;
    }

    /** An entity's own fields: everything its pages show but its articles and quotes, which are checked one by one. */
    private static String digest(Entity e) {
        Fingerprint f = new Fingerprint().add(e.id()).add(e.kind()).add(e.name()).add(e.placeType()).add(e.country())
                .add(e.mentions()).add(e.description()).add(e.link())
                .add(e.articles().size()).add(e.quotes().size());
        strings(f, e.aliases());
        strings(f, e.roles());
        strings(f, e.affiliations());
        f.add(e.companions().size());
        for (Companion c : e.companions()) {
            ref(f, c.entity()).add(c.articles());
        }
        f.add(e.stories().size());
        e.stories().forEach(s -> f.add(storyDigest(s)));
        f.add(e.undecided().size());
        e.undecided().forEach(r -> ref(f, r));
        return f.hex();
    }

    private static Fingerprint ref(Fingerprint f, EntityRef r) {
        return f.add(r.kind()).add(r.id()).add(r.name());
    }

    private static void strings(Fingerprint f, List<String> list) {
        f.add(list.size());
        list.forEach(f::add);
    }

    private static String storyDigest(StoryRef s) {
        return new Fingerprint().add(s.id()).add(s.title()).add(s.firstDate()).add(s.articles()).hex();
    }

    /** Reads the last build's memo into the maps when its guard is this one; false when there is none to use. */
    private static boolean read(Path file, String guard, Map<String, String> articles, Map<String, String[]> entities) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + guard)) {
                return false;
            }
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("a ")) {
                    String[] p = line.split(" ", 3);
                    articles.put(p[1], p[2]);
                } else if (line.startsWith("e ")) {
                    String[] p = line.split(" ", 4);
                    entities.put(p[1], new String[] {p[2], p[3]});
                } else {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // none, or one that cannot be read: every page is keyed
        }
    }

    /** Removes the memo (with the ledger, before the site changes). */
    static void clear(Path cacheFolder) {
        try {
            Files.deleteIfExists(cacheFolder.resolve(FILE));
        } catch (IOException e) {
            // read() takes a memo it cannot parse for none; one left behind is replaced or guarded against below
        }
    }

    /** Writes this build's state for the next (best effort: without it the next build keys every page). */
    void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>(articles.size() + entities.size() + 1);
        lines.add(HEADER + guard);
        articles.forEach((slug, line) -> lines.add("a " + slug + " " + line));
        entities.forEach((key, state) -> {
            if (state[1].indexOf('\n') < 0 && state[1].indexOf('\r') < 0) {
                lines.add("e " + key + " " + state[0] + " " + state[1]);
            }
        });
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            clear(file.getParent());
        }
    }
}
