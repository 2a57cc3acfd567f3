package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleRecord;
import newsgen.model.CitedQuote;
import newsgen.model.Entity;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Place;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the records of all articles into one archive, in named passes over one {@link Linked} slot per article
 * (the way a static-site library inserts pages, then fills backlinks, then sections):
 * <ol>
 * <li>{@link Run#index}: merge every article's actors and places into archive entities ({@link EntityIndex}, resolved
 * or kept by {@link EntityResolution});</li>
 * <li>{@link Run#link}: tie each article's actors, places and dated sentences to those entities ({@link
 * ArticleLinker});</li>
 * <li>{@link Run#companions}: count who is named with whom;</li>
 * <li>{@link Run#stories}: cluster articles on one event and lay them side by side ({@link ArchiveStories});</li>
 * <li>{@link Run#speakers}: gather quotes by speaker ({@link QuotesBySpeaker});</li>
 * <li>{@link Run#entities}: turn the gathered drafts into entities, most mentioned first.</li>
 * </ol>
 */
public final class ArchiveBuilder {
    /** Newest first; undated articles last; then by title so the order never depends on input order. */
    static final Comparator<ArchivedArticle> NEWEST_FIRST = Comparator
            .comparing((ArchivedArticle a) -> a.record().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> a.record().title())
            .thenComparing(a -> a.record().slug());
    /** How many companions an entity page lists. */
    static final int COMPANIONS = EntityDraft.COMPANIONS;
    /** Most mentioned first, then by name. */
    private static final Comparator<Entity> MOST_MENTIONED = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparing(Entity::name).thenComparing(Entity::id);

    private final ResolutionMemo memo;
    private final WordCaseMemo words;
    /** Where the kept passes are, and whether to read them; each build makes its memos afresh. */
    private java.nio.file.Path passFolder;
    private boolean readPasses;
    private CompanionMemo companionMemo;
    private EntitiesMemo entitiesMemo;
    private StoryMemo storyMemo;
    /** The last build's stories: their key, the pairs they scored, whether the kept clusters did. */
    private ArchiveStories lastStories;
    /** The last build's resolution (the key the resolution memo was looked up under, whether kept decisions did). */
    private EntityResolution lastResolution;
    /** The last build's edits. */
    private EntityEdits lastEdits;
    private List<newsgen.model.Problem> warnings = List.of();

    /** A builder that runs every pass. */
    public ArchiveBuilder() {
        this(null);
    }

    /**
     * A builder that keeps the resolution passes' decisions in a memo and reuses them when the passes' inputs are
     * the same as when they were kept ({@link ResolutionMemo}); null runs every pass.
     */
    public ArchiveBuilder(ResolutionMemo memo) {
        this(memo, null);
    }

    /**
     * As above, also keeping the archive's word-case counts ({@link WordCaseMemo}) so that a build counts only the
     * articles that changed; null counts every article.
     */
    public ArchiveBuilder(ResolutionMemo memo, WordCaseMemo words) {
        this.memo = memo;
        this.words = words;
    }

    private java.util.function.Function<newsgen.model.Article, List<String>> leadWords = Wording::lead;
    /** Each article's cache key, or null when the builder is given none; and the key parts kept by it. */
    private java.util.function.Function<newsgen.model.Article, String> cacheKeys;
    private KeyParts keyParts;
    private TimelineMemo timelineMemo;
    private RepeatsMemo repeatsMemo;

    /**
     * The words of an article's title and lead that story clustering weighs (folded, stop words left out, repeats
     * kept): a function of the article alone, which a cache may keep.
     */
    public static List<String> leadWords(newsgen.model.Article article) {
        return Wording.lead(article);
    }

    /**
     * Where this builder takes each article's lead words from: a function that gives what {@link #leadWords} gives
     * (a cache's kept copy of it), so that an article's paragraphs need not be read for them.
     */
    public ArchiveBuilder leads(java.util.function.Function<newsgen.model.Article, List<String>> leads) {
        this.leadWords = leads;
        return this;
    }

    /**
     * Where this builder learns each article's cache key (null for one without), which fixes its record and lead
     * words: with {@link #passes}, each article's parts of the memos' keys are kept by it ({@link KeyParts}).
     */
    public ArchiveBuilder cacheKeys(java.util.function.Function<newsgen.model.Article, String> keys) {
        this.cacheKeys = keys;
        return this;
    }

    /**
     * Keeps the companions pass in this cache folder and patches it for the articles that changed
     * ({@link CompanionMemo}), and the story clusters under a key over what clustering reads ({@link StoryMemo});
     * {@code read} false for a cold build (written, never read).
     */
    public ArchiveBuilder passes(java.nio.file.Path cacheFolder, boolean read) {
        this.passFolder = cacheFolder;
        this.readPasses = read;
        return this;
    }

    /** True when the last build took the story clusters from the memo instead of clustering. */
    public boolean storiesReused() {
        return lastStories != null && lastStories.storiesReused;
    }

    /** True when the last build found the kept clusters by the entities memo's key, not by the whole story key. */
    boolean storiesByEntities() {
        return lastStories != null && lastStories.storiesByEntities;
    }

    /** True when the last build patched the kept companions instead of counting every article. */
    public boolean companionsPatched() {
        return companionMemo != null && companionMemo.patched();
    }

    /**
     * What the last build's article and entity links were made from besides each article's own record, or null when
     * it kept no memos: a hash of the resolution memo's key (the lower-case words and every record's date, actors and
     * places in archive order), the story memo's key (every article's slug, date, lead words and entity keys) and the
     * editor's entities.yaml. Two builds with the same key gave every article the same links and story members, and
     * every entity the same identity and name ({@code site/SiteChanges} relies on this to carry pages unkeyed).
     */
    public String changeKey() {
        String storyKey = lastStories == null ? null : lastStories.storyKey;
        java.util.concurrent.CompletableFuture<String> resolutionKey = lastResolution == null ? null
                : lastResolution.resolutionKey;
        if (resolutionKey == null || storyKey == null || lastEdits == null) {
            return null;
        }
        return new newsgen.cache.Fingerprint().add("archive change key 1").add(resolutionKey.join()).add(storyKey)
                .add(lastEdits.toString()).hex();
    }

    /** True when the last build read the gathered entities back ({@link EntitiesMemo}) instead of indexing the mentions. */
    public boolean entitiesKept() {
        return lastResolution != null && lastResolution.entitiesKept;
    }

    /** True when the last build took the resolution passes' decisions from the memo instead of running them. */
    public boolean resolutionReused() {
        return lastResolution != null && lastResolution.resolutionReused;
    }

    /** How many article pairs story clustering scored in the last build: grows with the articles, not their pairs. */
    public long storyComparisons() {
        return lastStories == null ? 0 : lastStories.storyComparisons;
    }

    public Archive build(List<ArchivedArticle> input) {
        return build(input, EntityEdits.NONE);
    }

    /** What the last build's entities.yaml named that the archive does not hold, as warnings. */
    public List<newsgen.model.Problem> warnings() {
        return warnings;
    }

    /**
     * The kept passes not used (damaged, unreadable), as warnings. Apart from {@link #warnings} because they are about
     * the cache folder, which this build mends, not about what the user wrote: a build with nothing changed after
     * this one does not show them again.
     */
    public List<newsgen.model.Problem> cacheWarnings() {
        List<newsgen.model.Problem> all = new ArrayList<>();
        for (List<newsgen.model.Problem> w : java.util.Arrays.asList(memo == null ? null : memo.warnings(),
                words == null ? null : words.warnings(), companionMemo == null ? null : companionMemo.warnings(),
                entitiesMemo == null ? null : entitiesMemo.warnings(),
                keyParts == null ? null : keyParts.warnings(), timelineMemo == null ? null : timelineMemo.warnings(),
                repeatsMemo == null ? null : repeatsMemo.warnings(),
                storyMemo == null ? null : storyMemo.warnings())) {
            if (w != null) {
                all.addAll(w);
            }
        }
        return all;
    }

    /** The archive, with the editor's entities.yaml applied to its entities. */
    public Archive build(List<ArchivedArticle> input, EntityEdits edits) {
        if (passFolder != null) {
            companionMemo = new CompanionMemo(passFolder, readPasses);
            storyMemo = new StoryMemo(passFolder, readPasses);
            entitiesMemo = new EntitiesMemo(passFolder, readPasses);
        }
        keyParts = passFolder == null || cacheKeys == null ? null : new KeyParts(passFolder, readPasses, cacheKeys);
        timelineMemo = passFolder == null || cacheKeys == null ? null : new TimelineMemo(passFolder, readPasses, cacheKeys);
        repeatsMemo = passFolder == null || cacheKeys == null ? null : new RepeatsMemo(passFolder, readPasses, cacheKeys);
        lastEdits = edits;
        Run run = new Run(input, edits);
        lastResolution = run.resolution;
        ArchiveStories stories = run.storyPass;
        lastStories = stories;
        // The lead vectors need only the articles: made on the other core while the index pass runs on this one;
        // not at all when the kept clusters will do (the words and the resolution are the last build's).
        boolean cold = storyMemo == null || !readPasses; // nothing kept to use
        if (cold || keyParts == null) {
            stories.wordLists = java.util.concurrent.CompletableFuture.supplyAsync(stories::leadWordLists);
        }
        if (storyMemo != null) {
            // With the kept key parts, only the articles whose cache key is new have their words read for the key.
            stories.wordsKey = keyParts == null ? stories.wordLists.thenApplyAsync(stories::wordsKey)
                    : stories.wordLists != null ? stories.wordLists.thenApplyAsync(stories::wordsKeyFromParts)
                    : java.util.concurrent.CompletableFuture.supplyAsync(() -> stories.wordsKeyFromParts(null));
        }
        if (cold) {
            stories.leads = stories.wordLists.thenApplyAsync(stories::leadVectors);
        } else {
            // Not weighed ahead when the words are the kept clusters' own: the clusters then do whenever no entity key
            // that ties two articles moved, as after an edit that names someone new (StoryMemo#shared).
            stories.leads = stories.wordsKey.thenCombineAsync(run.resolution.reused,
                    (key, reused) -> storyMemo.wordsMatch(key) ? null : stories.leadVectors(stories.wordLists()));
        }
        run.index();
        run.link();
        // The findings kept for the next build, written on the other core while the passes go on.
        java.util.concurrent.CompletableFuture<Void> timelineKept = timelineMemo == null ? null
                : java.util.concurrent.CompletableFuture.runAsync(timelineMemo::save);
        java.util.concurrent.CompletableFuture<Void> repeatsKept = repeatsMemo == null ? null
                : java.util.concurrent.CompletableFuture.runAsync(repeatsMemo::save);
        // Companions fill each draft's companion counts, which the story and speaker passes never read or write:
        // counted on the other core while those run on this one (the passes are otherwise one after another); then
        // the timeline, complete once linked, is put in time order there too, unless this thread, done with its
        // passes first, has taken it (with the stories kept it waited here for that thread: JFR, a quotation edit).
        java.util.concurrent.atomic.AtomicBoolean timelineTaken = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable timelineSorted = () -> {
            if (timelineTaken.compareAndSet(false, true)) {
                run.timelineEntries = run.timeline.build();
            }
        };
        java.util.concurrent.CompletableFuture<Void> companions = java.util.concurrent.CompletableFuture.runAsync(() -> {
            run.companions();
            timelineSorted.run();
        });
        // So are the drafts' spellings, roles and articles, gathered in article order on a thread of their own.
        java.util.concurrent.CompletableFuture<Void> drafts = java.util.concurrent.CompletableFuture.runAsync(run::fillDrafts);
        run.stories();
        run.speakers();
        timelineSorted.run();
        // The key parts written on a thread of their own as the other memos are (~5 % of a one-quotation build's
        // archive stage on this thread: JFR, 10,164 articles), joined below before the build returns.
        java.util.concurrent.CompletableFuture<Void> partsKept = null;
        if (keyParts != null) {
            if (run.resolution.resolutionKey != null) {
                run.resolution.resolutionKey.join(); // every article's resolution part made, so kept
            }
            partsKept = java.util.concurrent.CompletableFuture.runAsync(keyParts::save);
        }
        companions.join();
        drafts.join();
        if (timelineKept != null) {
            timelineKept.join();
        }
        if (repeatsKept != null) {
            repeatsKept.join();
        }
        if (partsKept != null) {
            partsKept.join();
        }
        if (run.resolution.entitiesSaved != null) {
            run.resolution.entitiesSaved.join();
        }
        if (run.resolution.decisionsSaved != null) {
            run.resolution.decisionsSaved.join();
        }
        if (words != null) {
            words.saved();
        }
        return run.entities();
    }

    /** One build: the slots and drafts the passes fill in turn. */
    private final class Run {
        final List<ArchivedArticle> articles;
        final List<Linked> slots = new ArrayList<>();
        /** Each entity's draft, and its key ("person:jane-doe") made once: by the entity's reference, which the index gave. */
        final Map<EntityRef, EntityDraft> drafts = new HashMap<>();
        final Map<EntityRef, String> keys = new HashMap<>();
        final TimelineBuilder timeline = new TimelineBuilder();
        /** The timeline in time order, once built. */
        List<newsgen.model.TimelineEntry> timelineEntries;
        ResolvedEntities index;
        List<Story> stories = List.of();
        List<SpeakerQuotes> speakers = List.of();
        List<CitedQuote> unattributed = List.of();
        /** The entities resolved, and the memos' keys worked out on the way. */
        final EntityResolution resolution;
        /** The stories pass, with the lead words and vectors it is given ahead. */
        final ArchiveStories storyPass;

        Run(List<ArchivedArticle> input, EntityEdits edits) {
            articles = new ArrayList<>(input);
            articles.sort(NEWEST_FIRST);
            for (int i = 0; i < articles.size(); i++) {
                slots.add(new Linked(i, articles.get(i)));
            }
            resolution = new EntityResolution(memo, entitiesMemo, keyParts, edits, slots);
            storyPass = new ArchiveStories(slots, drafts, keys, storyMemo, keyParts, leadWords, resolution::entitiesKey);
        }

        void index() {
            Set<String> lowercase = words == null ? Wording.lowercaseWords(articles) : words.lowercaseWordsSaving(articles);
            List<ArticleRecord> records = slots.stream().map(s -> s.record).toList();
            index = resolution.resolve(records, lowercase);
            warnings = index.warnings();
            for (EntityIndex.Group group : index.groups()) {
                EntityDraft draft = new EntityDraft(group.ref());
                draft.undecided = group.undecided();
                draft.editor = group.editor();
                drafts.put(group.ref(), draft);
                keys.put(group.ref(), group.ref().key());
            }
        }

        /**
         * Ties each article's actors, places, quotes and dated sentences to the entities. Each article depends on its
         * own record and the finished index (only read here), so the articles are linked on both cores; what the
         * entities gather from them is added in article order afterwards ({@link #fillDrafts}).
         */
        void link() {
            ArticleLinker linker = new ArticleLinker(index, keys, timelineMemo, repeatsMemo);
            slots.parallelStream().forEach(linker::link);
            slots.forEach(s -> timeline.addAll(s.dates));
        }

        /**
         * What each entity gathers from the articles naming it (spellings, roles, mentions, articles), in article
         * order. Writes only those fields of the drafts, which the story, speaker and companion passes never touch,
         * so it runs beside them.
         */
        void fillDrafts() {
            for (Linked s : slots) {
                List<Actor> actors = s.record.actors();
                for (int i = 0; i < actors.size(); i++) {
                    if (s.actorEntities[i] != null) {
                        drafts.get(s.actorEntities[i]).addActor(actors.get(i), s.ref);
                    }
                }
                List<Place> places = s.record.places();
                for (int i = 0; i < places.size(); i++) {
                    if (s.placeEntities[i] != null) {
                        drafts.get(s.placeEntities[i]).addPlace(places.get(i), s.ref);
                    }
                }
            }
        }

        /**
         * For each entity, the people and organisations named in most articles with it ({@link CompanionMemo}: every
         * pair of entities an article names counted once, or the last build's counts patched), given to the drafts.
         */
        void companions() {
            List<String> slugs = slots.stream().map(s -> s.record.slug()).toList();
            List<Set<EntityRef>> named = slots.stream().map(s -> s.named).toList();
            CompanionMemo memo = companionMemo == null ? new CompanionMemo(null, false) : companionMemo;
            memo.top(slugs, named, drafts.keySet()).forEach((e, top) -> drafts.get(e).companions.putAll(top));
        }

        /** Stories: clustered through an index, then laid side by side ({@link ArchiveStories}). */
        void stories() {
            stories = storyPass.stories();
        }

        /** Quotes by speaker: an entity's on its page, a named speaker without one by name, the rest apart. */
        void speakers() {
            QuotesBySpeaker gathered = QuotesBySpeaker.of(slots, drafts);
            speakers = gathered.speakers();
            unattributed = gathered.unattributed();
        }

        Archive entities() {
            Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
            for (EntityKind kind : EntityKind.values()) {
                byKind.put(kind, new ArrayList<>());
            }
            // Each draft becomes its entity on its own: both cores, in the groups' order.
            List<Entity> made = index.groups().parallelStream().map(g -> drafts.get(g.ref()).toEntity()).toList();
            for (int i = 0; i < made.size(); i++) {
                byKind.get(index.groups().get(i).ref().entityKind()).add(made.get(i));
            }
            byKind.values().forEach(list -> list.sort(MOST_MENTIONED));
            // Each article's links copied into their own maps on both cores (one after another, ~a tenth of a
            // one-quotation build's archive stage: JFR, 10,164 articles).
            List<ArticleLinks> linked = slots.parallelStream().map(Linked::links).toList();
            Map<String, ArticleLinks> links = new HashMap<>();
            for (int i = 0; i < slots.size(); i++) {
                links.put(slots.get(i).record.slug(), linked.get(i));
            }
            return new Archive(articles, byKind.get(EntityKind.PERSON), byKind.get(EntityKind.ORGANIZATION),
                    byKind.get(EntityKind.PLACE), stories, timelineEntries, speakers, unattributed, links);
        }
    }
}
