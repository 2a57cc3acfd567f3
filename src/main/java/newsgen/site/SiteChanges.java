package newsgen.site;

import newsgen.cache.Fingerprint;
import newsgen.cache.SipFields;
import newsgen.cache.SipHash;
import newsgen.cache.ReadAhead;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.ArticleLinks;
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
 * Which article pages, article data files and entity pages can have changed since the last build, told from a memo
 * of what each was made from, kept in the cache folder, so that every other one is carried over without its key being
 * worked out (keying every page was most of a one-edit build's page work on 10,164 articles: each key hashes the
 * page's inputs in full, and nearly all of them were found the same).
 *
 * <p>The memo holds, for each article, its cache key (which stands for its text and record), the digest of its links
 * (each actor's, place's and name's entity by kind, id and name, and whether that entity has a page) and of its
 * story's reference (id, title, first date, size); for each entity, the digest of its own fields (everything its
 * pages show but its articles and quotes: its companions and undecided namesakes by kind, id, name and page, its
 * stories' references). Nothing is said unchanged unless the memo was made under this build's render key (code,
 * templates, site-wide variables) and {@link PageInputs#VERSION}. Then:
 * <ul>
 * <li>an article is changed when its cache key or its links are not the last build's (new ones included);</li>
 * <li>its data file is unchanged when it is not changed (the file shows its record and its actors' and places'
 *     entities);</li>
 * <li>its page when, besides, its story's reference is the last build's;</li>
 * <li>an entity's pages when its own digest is the last build's and none of the articles it lists, or whose quotes
 *     it lists (each with its speaker, from that article's links), is changed. Its articles and quotes keep their
 *     order then: the archive's order is a function of each article's own date, title and slug.</li>
 * </ul>
 * The links' digests are not worked out when the archive stage's change key ({@code ArchiveBuilder.changeKey}: the
 * resolution and story memos' keys and entities.yaml) and the articles' order are the last build's: every article's
 * actors and places are then the last build's, tied by the same decisions to the same entities, so its links are, and
 * the last build's digests are kept. Every other page, and every page of another kind, is keyed as before
 * ({@link PageLedger}). A page said unchanged is still carried only when the ledger holds it and its file is as the
 * last build left it; else it is keyed and rendered. The memo is removed with the ledger before the site changes
 * and written before it once the new site is in place, so the two always come from one build.
 */
final class SiteChanges {
    private static final String FILE = "changes";
    private static final String HEADER = "newsgen site changes 6 ";
    private static final String ARCHIVE = "data/archive.json";

    /**
     * What a page's inputs supplier gives for a page said unchanged: carried over unkeyed when the ledger holds it,
     * else keyed by these inputs and rendered as any other.
     */
    record Unchanged(java.util.function.Supplier<?> inputs) {
        /** A page's inputs: marked unchanged, and made only if it is not carried after all, when {@code unchanged}. */
        static Object when(boolean unchanged, java.util.function.Supplier<?> inputs) {
            return unchanged ? new Unchanged(inputs) : inputs.get();
        }
    }

    /** Says nothing is unchanged: every page is keyed. */
    static final SiteChanges NONE = new SiteChanges(null, null, null, null, Map.of(), Map.of(), Map.of(), Map.of(), null);

    private final Path file;
    private final String guard;
    private final String archiveKey;
    /**
     * The keyed hash of the links', entities' and stories' digests ({@link SipFields}), the memo's own: its secret key
     * is kept in the memo, made anew when there is none.
     */
    private final SipHash hash;
    /** This build's state, written for the next: each article's "key links story" digests, each entity's digest. */
    private final Map<String, String> articles;
    private final Map<String, String> entities;
    /** The last build's, when its memo was made under the same guard; else empty. */
    private final Map<String, String> oldArticles;
    private final Map<String, String> oldEntities;
    /** The articles (by slug) whose key or links changed, or that are new; null when nothing is said unchanged. */
    private final Set<String> changedArticles;
    /** Where each record went in this build's archive file (offset, length), and in the last build's, with its size and time. */
    private final Map<String, long[]> places = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, long[]> oldPlaces = new HashMap<>();
    private long[] oldArchive;
    /** The articles' order (their slugs, in order), and whether it is the last build's. */
    private String order;
    private boolean sameOrder;

    private SiteChanges(Path file, String guard, String archiveKey, SipHash hash, Map<String, String> articles,
                        Map<String, String> entities, Map<String, String> oldArticles, Map<String, String> oldEntities,
                        Set<String> changedArticles) {
        this.file = file;
        this.guard = guard;
        this.archiveKey = archiveKey;
        this.hash = hash;
        this.articles = articles;
        this.entities = entities;
        this.oldArticles = oldArticles;
        this.oldEntities = oldEntities;
        this.changedArticles = changedArticles;
    }

    /**
     * The change set of this archive against the one the last build kept in the cache folder.
     *
     * @param archiveKey the archive stage's change key, or null
     * @param source     each article's cache key, null for one without (that article is always changed)
     */
    static SiteChanges open(Path cacheFolder, String renderKey, String archiveKey, Archive archive,
                            Function<ArchivedArticle, String> source) {
        if (cacheFolder == null || source == null) {
            return NONE;
        }
        String guard = new Fingerprint().add(HEADER).add(renderKey).add(PageInputs.VERSION).hex();
        Fingerprint slugs = new Fingerprint();
        archive.articles().forEach(a -> slugs.add(a.record().slug()));
        String orderKey = slugs.hex();
        // The articles' order by its digest: every slug hashed once, not once more with the archive's key.
        String linksKey = archiveKey == null ? null : new Fingerprint().add(archiveKey).add(orderKey).hex();
        Path file = cacheFolder.resolve(FILE);
        Kept kept = AHEAD.take(file);
        if (!kept.madeUnder(guard)) {
            kept = Kept.NONE;
        }
        SipHash hash = kept.hash() != null ? kept.hash() : SipHash.random();
        Map<String, String> oldArticles = kept.articles();
        Map<String, String> oldEntities = kept.entities();
        Map<String, long[]> oldPlaces = kept.places();
        long[] oldArchive = kept.archive();
        String oldOrder = kept.order();
        String oldLinksKey = kept.linksKey();
        boolean sameLinks = linksKey != null && linksKey.equals(oldLinksKey);

        Set<String> pages = new HashSet<>();
        for (List<Entity> kind : List.of(archive.people(), archive.organizations(), archive.places())) {
            kind.forEach(e -> pages.add(e.kind() + "/" + e.id()));
        }
        Map<String, String> stories = new HashMap<>();
        archive.stories().forEach(s -> stories.put(s.id(), storyDigest(hash, StoryRef.of(s))));
        Map<String, String> articles = new java.util.concurrent.ConcurrentHashMap<>();
        Map<EntityRef, long[]> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        archive.articles().parallelStream().forEach(a -> {
            String slug = a.record().slug();
            String key = source.apply(a);
            ArticleLinks links = archive.linksOf(slug);
            String old = oldArticles.get(slug);
            String linked = sameLinks && old != null ? old.split(" ")[1] : links(hash, links, pages, tokens);
            String story = links.story() == null ? "-" : stories.get(links.story());
            articles.put(slug, (key == null ? "-" : key) + " " + linked + " " + story);
        });
        Map<String, String> entities = new java.util.concurrent.ConcurrentHashMap<>();
        // Each story reference's digest made once: entities share their stories (a story's every entity lists it),
        // and a digest each time, a hash of its own, was a third of keying the entities (JFR, 10,164 articles).
        Map<StoryRef, String> storyDigests = new java.util.concurrent.ConcurrentHashMap<>();
        Function<StoryRef, String> storyDigest = ref -> storyDigests.computeIfAbsent(ref, r -> storyDigest(hash, r));
        for (List<Entity> kind : List.of(archive.people(), archive.organizations(), archive.places())) {
            kind.parallelStream().forEach(e -> entities.put(e.kind() + "/" + e.id(), digest(hash, e, pages, storyDigest)));
        }
        if (oldLinksKey == null) {
            SiteChanges none = new SiteChanges(file, guard, linksKey, hash, articles, entities, Map.of(), Map.of(), null);
            none.order = orderKey;
            return none;
        }
        Set<String> changed = new HashSet<>();
        articles.forEach((slug, line) -> {
            String old = oldArticles.get(slug);
            // the key and the links: the first two of the three digests
            if (old == null || line.startsWith("- ") || !old.substring(0, old.lastIndexOf(' ')).equals(line.substring(0, line.lastIndexOf(' ')))) {
                changed.add(slug);
            }
        });
        SiteChanges changes = new SiteChanges(file, guard, linksKey, hash, articles, entities, oldArticles, oldEntities, changed);
        changes.oldPlaces.putAll(oldPlaces);
        changes.oldArchive = oldArchive[0] > 0 ? oldArchive : null;
        changes.order = orderKey;
        changes.sameOrder = orderKey.equals(oldOrder);
        return changes;
    }

    /**
     * True when a page of the list of articles is the last build's: the articles are in the last build's order (so
     * the page holds the same ones, of a list as long), and each shows as it did (its key, its links, among them its
     * place's entity, and its story's reference: {@link #articleUnchanged}).
     */
    boolean listUnchanged(List<ArchivedArticle> chunk) {
        if (changedArticles == null || !sameOrder) {
            return false;
        }
        for (ArchivedArticle a : chunk) {
            if (!articleUnchanged(a)) {
                return false;
            }
        }
        return true;
    }

    /** Notes where an article's record went in this build's archive file. */
    void placed(String slug, long offset, int length) {
        if (file != null) {
            places.put(slug, new long[] {offset, length});
        }
    }

    /**
     * The last build's archive file, to read unchanged records from, when it is there with the size and time noted
     * when that build finished; else null.
     */
    ArchiveSlices previousArchive(OutputFolder out) throws java.io.IOException {
        Path old = changedArticles == null || oldArchive == null ? null : out.previousFile(ARCHIVE, oldArchive[0], oldArchive[1]);
        return old == null ? null : new ArchiveSlices(old, oldPlaces);
    }

    /**
     * An article's links: each actor's, place's and name's entity, with whether it has a page. Each entity goes in as
     * the digest of what a page shows of it ({@link #ref}), made once per entity: an article names dozens, and
     * writing each one's fields for each name was most of this build's digests when the links had to be made.
     */
    private static String links(SipHash hash, ArticleLinks links, Set<String> pages, Map<EntityRef, long[]> tokens) {
        SipFields f = new SipFields(hash);
        for (Map<String, EntityRef> byId : List.of(links.actors(), links.places())) {
            f.add(byId.size());
            // In id order, as a tree map of them gave it, without a tree map per article.
            String[] ids = byId.keySet().toArray(new String[0]);
            java.util.Arrays.sort(ids);
            for (String id : ids) {
                f.add(id).add(token(hash, byId.get(id), pages, tokens));
            }
        }
        f.add(links.names().size());
        links.names().forEach(n -> f.add(n.name()).add(token(hash, n.entity(), pages, tokens)));
        return f.add(links.story()).hex();
    }

    private static final long[] NO_ENTITY = new long[0];

    /**
     * An entity's token: its digest ({@link #ref}) as the two 64-bit words of the hash, which go into an article's
     * links as two words, not as 32 hex digits a byte at a time (every article's links are hashed after an edit that
     * names someone new: ~2 % of such a build, JFR, 10,164 articles).
     */
    private static long[] token(SipHash hash, EntityRef e, Set<String> pages, Map<EntityRef, long[]> tokens) {
        return e == null ? NO_ENTITY : tokens.computeIfAbsent(e, r -> {
            String hex = ref(new SipFields(hash), r, pages).hex();
            return new long[] {Long.parseUnsignedLong(hex, 0, 16, 16), Long.parseUnsignedLong(hex, 16, 32, 16)};
        });
    }

    /** True when the article's data file is the last build's (see the class comment). */
    boolean dataUnchanged(ArchivedArticle a) {
        return changedArticles != null && !changedArticles.contains(a.record().slug());
    }

    /**
     * What an article's quotes and dated sentences on the lists are made from: its cache key (its record) and the
     * digest of its links (the entity each of its actors, places and names became, with that one's page), as this
     * build's line of the memo holds them; null when the article has no cache key or this is {@link #NONE}.
     */
    String itemsState(String slug) {
        String line = articles.get(slug);
        return line == null || line.startsWith("- ") ? null : line.substring(0, line.lastIndexOf(' '));
    }

    /** True when the article's page is the last build's: its data unchanged, and its story's reference the same. */
    boolean articleUnchanged(ArchivedArticle a) {
        String slug = a.record().slug();
        return dataUnchanged(a) && articles.get(slug).equals(oldArticles.get(slug));
    }

    /** Each entity's answer, worked out once for all its pages (a much-named entity has hundreds). */
    private final Map<String, Boolean> entityAnswers = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when the entity's pages are the last build's. */
    boolean entityUnchanged(Entity e) {
        return changedArticles != null && entityAnswers.computeIfAbsent(e.kind() + "/" + e.id(), k -> unchanged(e));
    }

    private boolean unchanged(Entity e) {
        String key = e.kind() + "/" + e.id();
        String digest = entities.get(key);
        if (digest == null || !digest.equals(oldEntities.get(key))) {
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
    private static String digest(SipHash hash, Entity e, Set<String> pages, Function<StoryRef, String> storyDigest) {
        SipFields f = new SipFields(hash).add(e.id()).add(e.kind()).add(e.name()).add(e.placeType()).add(e.country())
                .add(e.mentions()).add(e.description()).add(e.link())
                .add(e.articles().size()).add(e.quotes().size());
        strings(f, e.aliases());
        strings(f, e.roles());
        strings(f, e.affiliations());
        f.add(e.companions().size());
        for (Companion c : e.companions()) {
            ref(f, c.entity(), pages).add(c.articles());
        }
        f.add(e.stories().size());
        e.stories().forEach(s -> f.add(storyDigest.apply(s)));
        f.add(e.undecided().size());
        e.undecided().forEach(r -> ref(f, r, pages));
        return f.hex();
    }

    /** An entity as a page links it: its kind, id and name, and whether it has a page; or null. */
    private static SipFields ref(SipFields f, EntityRef r, Set<String> pages) {
        if (r == null) {
            return f.add(false).add(false);
        }
        return f.add(true).add(r.kind()).add(r.id()).add(r.name()).add(pages.contains(r.kind() + "/" + r.id()));
    }

    private static void strings(SipFields f, List<String> list) {
        f.add(list.size());
        list.forEach(f::add);
    }

    private static String storyDigest(SipHash hash, StoryRef s) {
        return new SipFields(hash).add(s.id()).add(s.title()).add(s.firstDate()).add(s.articles()).hex();
    }

    /** Starts reading the memo in the cache folder on a thread of its own, for {@link #open} ({@link ReadAhead}). */
    static void readAhead(Path cacheFolder) {
        AHEAD.start(cacheFolder.resolve(FILE));
    }

    private static final ReadAhead<Kept> AHEAD = new ReadAhead<>("newsgen-changes-memo", SiteChanges::read);

    /**
     * What a memo file holds: its first line (the header with the guard it was made under), the links key of its
     * second, and its articles, entities, places, archive file (size, time) and order; {@link #NONE} for a file that
     * is not there or cannot be read.
     */
    private record Kept(String header, String linksKey, Map<String, String> articles, Map<String, String> entities,
                        Map<String, long[]> places, long[] archive, String order, SipHash hash) {
        static final Kept NONE = new Kept(null, null, Map.of(), Map.of(), Map.of(), new long[2], null, null);

        boolean madeUnder(String guard) {
            return header != null && header.equals(HEADER + guard);
        }
    }

    private static Kept read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).startsWith(HEADER) || !lines.get(1).startsWith("links ")) {
                return Kept.NONE;
            }
            Map<String, String> articles = new HashMap<>();
            Map<String, String> entities = new HashMap<>();
            Map<String, long[]> places = new HashMap<>();
            long[] archive = new long[2];
            String order = null;
            SipHash hash = null;
            for (String line : lines.subList(2, lines.size())) {
                String[] p = line.split(" ", 3);
                if (p[0].equals("order") && p.length == 2) {
                    order = p[1];
                    continue;
                }
                if (p[0].equals("hash") && p.length == 2) {
                    hash = SipHash.of(p[1]);
                    continue;
                }
                int tokens = p.length < 3 ? -1 : p[2].split(" ").length;
                if (p[0].equals("a") && tokens == 3) {
                    articles.put(p[1], p[2]);
                } else if (p[0].equals("e") && tokens == 1) {
                    entities.put(p[1], p[2]);
                } else if (p[0].equals("o") && tokens == 2) {
                    String[] n = p[2].split(" ");
                    places.put(p[1], new long[] {Long.parseLong(n[0]), Long.parseLong(n[1])});
                } else if (p[0].equals("archive") && tokens == 1) {
                    archive[0] = Long.parseLong(p[1]);
                    archive[1] = Long.parseLong(p[2]);
                } else {
                    throw new IllegalArgumentException("not a line of the memo");
                }
            }
            return new Kept(lines.get(0), lines.get(1).substring("links ".length()), articles, entities, places, archive,
                    order, hash);
        } catch (IOException | RuntimeException e) {
            return Kept.NONE; // none, or one that cannot be read: every page is keyed
        }
    }

    /** Removes the memo (with the ledger, before the site changes). */
    static void clear(Path cacheFolder) {
        try {
            Files.deleteIfExists(cacheFolder.resolve(FILE));
        } catch (IOException e) {
            // read() takes a memo it cannot parse for none; one left behind whole is replaced by save(), and until
            // then a page it calls unchanged is carried only when the ledger, cleared with it, still holds that page
        }
    }

    /**
     * Writes this build's state for the next (best effort: without it the next build keys every page), once the new
     * site is in place in {@code site}: with the archive file's size and time as it is there.
     */
    void save(Path site) {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>(articles.size() + entities.size() + 1);
        lines.add(HEADER + guard);
        lines.add("links " + (archiveKey == null ? "-" : archiveKey));
        lines.add("order " + order);
        lines.add("hash " + hash.key());
        articles.forEach((slug, line) -> lines.add("a " + slug + " " + line));
        entities.forEach((key, digest) -> lines.add("e " + key + " " + digest));
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(site.resolve(ARCHIVE),
                    java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() && places.size() == articles.size()) {
                lines.add("archive " + a.size() + " " + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
                places.forEach((slug, p) -> lines.add("o " + slug + " " + p[0] + " " + p[1]));
            }
        } catch (IOException e) {
            // no archive file noted: the next build reads each record's own file
        }
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            clear(file.getParent());
        }
    }
}
