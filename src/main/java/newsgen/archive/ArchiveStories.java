package newsgen.archive;

import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Story;
import newsgen.model.StoryRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One build's stories: its articles clustered on one event ({@link StoryClusterer}), or the last build's clusters
 * when what they were made from did not change ({@link StoryMemo}), then each cluster laid side by side
 * ({@link StoryAssembler}). Apart from {@link ArchiveBuilder} because the clusters have inputs of their own (each
 * article's lead words and vectors, made ahead on the other core, and the keys the kept clusters are found under)
 * and results the builder reports (the story key, the pairs scored, whether the kept clusters did).
 */
final class ArchiveStories {
    /** How many of the archive's most frequent entities cannot make a story on their own. */
    static final int FREQUENT_TOP = 5;
    /** An entity named in fewer articles than this is never too frequent (a small archive has no such entity). */
    static final int MIN_FREQUENT_ARTICLES = 10;

    private final List<Linked> slots;
    private final Map<EntityRef, EntityDraft> drafts;
    private final Map<EntityRef, String> keys;
    private final StoryMemo storyMemo;
    private final KeyParts keyParts;
    private final java.util.function.Function<newsgen.model.Article, List<String>> leadWords;
    /** The entities memo's key, worked out by the build when first asked for; null without a resolution memo. */
    private final java.util.function.Supplier<String> entitiesKey;

    /** Each article's lead words, when asked for: a build with kept key parts may need them for no article. */
    CompletableFuture<List<List<String>>> wordLists;
    CompletableFuture<String> wordsKey;
    /** The lead vectors, or null when the kept clusters are expected to do ({@link StoryMemo}). */
    CompletableFuture<List<WordVector>> leads;

    /** The key the story memo was looked up under, or null without one. */
    String storyKey;
    long storyComparisons;
    boolean storiesReused;
    boolean storiesByEntities;

    /**
     * The stories of the articles in {@code slots}, whose entities' drafts and keys ({@code drafts}, {@code keys})
     * the index fills before {@link #stories} is asked for.
     */
    ArchiveStories(List<Linked> slots, Map<EntityRef, EntityDraft> drafts, Map<EntityRef, String> keys,
            StoryMemo storyMemo, KeyParts keyParts,
            java.util.function.Function<newsgen.model.Article, List<String>> leadWords,
            java.util.function.Supplier<String> entitiesKey) {
        this.slots = slots;
        this.drafts = drafts;
        this.keys = keys;
        this.storyMemo = storyMemo;
        this.keyParts = keyParts;
        this.leadWords = leadWords;
        this.entitiesKey = entitiesKey;
    }

    private String entitiesKey() {
        return entitiesKey.get();
    }

    /** Stories: clustered through an index, then laid side by side; each article and entity told its story. */
    List<Story> stories() {
        storiesReused = false;
        storiesByEntities = false;
        List<List<Integer>> clusters = sameEntitiesClusters();
        if (clusters == null) {
            clusters = clustered();
        }
        // Each story is laid out from its own articles alone: on both cores, then taken in cluster order.
        List<Story> assembled = clusters.parallelStream().map(cluster -> {
            List<StoryAssembler.Member> members = new ArrayList<>();
            for (int i : cluster) {
                Linked s = slots.get(i);
                members.add(new StoryAssembler.Member(s.ref, s.named, s.quotes, s.dates));
            }
            return new StoryAssembler().assemble(members);
        }).toList();
        List<Story> out = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Integer> cluster = clusters.get(c);
            Story story = assembled.get(c);
            out.add(story);
            StoryRef sref = StoryRef.of(story);
            Set<EntityRef> entities = new LinkedHashSet<>();
            for (int i : cluster) {
                slots.get(i).story = story.id();
                entities.addAll(slots.get(i).named);
            }
            entities.forEach(e -> drafts.get(e).stories.add(sref));
        }
        out.sort(Comparator.comparing(Story::lastDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> -s.articles().size()).thenComparing(Story::id));
        return out;
    }

    /**
     * The kept clusters when they were made from this build's words and under this build's entities memo key,
     * with the story key taken from them; else null. The entities key fixes every article's named entities (their
     * keys, in record order: the kept entities are read back under it and only under it), and the words key every
     * article's slug, date and lead words in archive order, so the two fix the whole story key: the too-frequent
     * entities and each article's entity keys need not be gathered nor digested (a tenth of a one-quotation
     * build's archive stage on its main thread, JFR, 10,164 articles).
     */
    private List<List<Integer>> sameEntitiesClusters() {
        String entities = storyMemo == null ? null : entitiesKey();
        StoryMemo.Kept kept = entities == null ? null : storyMemo.sameEntities(wordsKey.join(), entities);
        if (kept == null || !inRange(kept.clusters())) {
            return null;
        }
        storyKey = kept.key();
        storyComparisons = kept.comparisons();
        storiesReused = true;
        storiesByEntities = true;
        return kept.clusters();
    }

    private boolean inRange(List<List<Integer>> clusters) {
        return clusters.stream().flatMap(List::stream).allMatch(i -> i >= 0 && i < slots.size());
    }

    /** The clusters under the whole story key: the kept ones when made under it, else clustered and kept. */
    private List<List<Integer>> clustered() {
        Set<String> frequent = frequentEntities();
        List<Set<String>> actorKeys = new ArrayList<>();
        List<Set<String>> placeKeys = new ArrayList<>();
        for (Linked s : slots) {
            Set<String> actors = new LinkedHashSet<>();
            Set<String> places = new LinkedHashSet<>();
            for (EntityRef e : s.named) {
                String key = keys.get(e);
                if (!frequent.contains(key)) {
                    (e.entityKind() == EntityKind.PLACE ? places : actors).add(key);
                }
            }
            actorKeys.add(actors);
            placeKeys.add(places);
        }
        StoryMemo.Shared shared = storyMemo == null ? null : StoryMemo.shared(actorKeys, placeKeys);
        String key = shared == null ? null : StoryMemo.key(wordsKey.join(), shared.actors(), shared.places(),
                keyParts == null ? null : keyParts.hash());
        storyKey = key;
        String entities = key == null ? null : entitiesKey();
        StoryMemo.Kept kept = key == null ? null : storyMemo.clusters(key);
        if (kept != null && inRange(kept.clusters())) {
            storyComparisons = kept.comparisons();
            storiesReused = true;
            if (entities != null && !entities.equals(kept.entitiesKey())) {
                // the same clusters under other entities (an edit that moved no article's entity keys): noted
                // under these, so that the next build with these entities finds them by the entities key
                storyMemo.put(new StoryMemo.Kept(kept.wordsKey(), key, entities, kept.clusters(), kept.comparisons()));
            }
            return kept.clusters();
        }
        List<WordVector> leads = this.leads.join();
        if (leads == null) { // the kept clusters were expected to do, and did not
            leads = leadVectors(wordLists());
        }
        List<StoryClusterer.Features> features = new ArrayList<>();
        for (Linked s : slots) {
            features.add(new StoryClusterer.Features(s.record.slug(), date(s.record.date()),
                    actorKeys.get(s.position), placeKeys.get(s.position), leads.get(s.position)));
        }
        StoryClusterer clusterer = new StoryClusterer();
        List<List<Integer>> clusters = clusterer.cluster(features);
        storyComparisons = clusterer.comparisons();
        if (key != null) {
            storyMemo.put(new StoryMemo.Kept(wordsKey.join(), key, entities, clusters, storyComparisons));
        }
        return clusters;
    }

    /**
     * The entities too frequent to tie two articles into a story on their own: the archive's five named in the
     * most articles, and any named in more than a tenth of them; in an archive too small to tell, none.
     */
    Set<String> frequentEntities() {
        Map<String, Integer> articles = new HashMap<>();
        Map<EntityRef, Integer> byRef = new HashMap<>();
        slots.forEach(s -> s.named.forEach(e -> byRef.merge(e, 1, Integer::sum)));
        byRef.forEach((e, n) -> articles.put(keys.get(e), n));
        List<Map.Entry<String, Integer>> ranked = articles.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_FREQUENT_ARTICLES)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Set<String> out = new HashSet<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (i < FREQUENT_TOP || ranked.get(i).getValue() * 10 > slots.size()) {
                out.add(ranked.get(i).getKey());
            }
        }
        return out;
    }

    /** Each article's title and lead words, as story clustering weighs them. */
    List<List<String>> leadWordLists() {
        return slots.parallelStream().map(s -> leadWords.apply(s.article.article())).toList();
    }

    /** The lead words of every article, read once (on this thread when they were not asked for before). */
    synchronized List<List<String>> wordLists() {
        if (wordLists == null) {
            wordLists = java.util.concurrent.CompletableFuture.completedFuture(leadWordLists());
        }
        return wordLists.join();
    }

    /**
     * The words part of the kept clusters' key, each article's part kept by its cache key ({@link KeyParts});
     * the words read for an article whose part is new, unless given (all the articles', in order).
     */
    String wordsKeyFromParts(List<List<String>> words) {
        newsgen.cache.SipHash hash = keyParts.hash();
        return StoryMemo.wordsKey(slots.size(), i -> {
            Linked s = slots.get(i);
            return keyParts.words(s.article.article(), () -> StoryMemo.wordsPart(hash, s.record.slug(), s.record.date(),
                    words != null ? words.get(i) : leadWords.apply(s.article.article())));
        });
    }

    /** The words part of the kept clusters' key ({@link StoryMemo#wordsKey}). */
    String wordsKey(List<List<String>> words) {
        return StoryMemo.wordsKey(slots.stream().map(s -> s.record.slug()).toList(),
                slots.stream().map(s -> s.record.date()).toList(), words);
    }

    /** Each article's title and lead as TF-IDF weights of length 1 ({@link LeadVectors}). */
    List<WordVector> leadVectors(List<List<String>> words) {
        return LeadVectors.of(words, slots.size());
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
