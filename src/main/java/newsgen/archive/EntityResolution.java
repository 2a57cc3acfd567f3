package newsgen.archive;

import newsgen.model.ArticleRecord;

import java.util.List;
import java.util.Set;

/**
 * One build's entities, resolved: the last build's, gathered and edited, when the resolution's inputs and the edits
 * did not change ({@link EntitiesMemo}); else an index with the resolution passes' decisions, from the memo when
 * their inputs did not change ({@link ResolutionMemo}), else from the passes run afresh. Apart from {@link
 * ArchiveBuilder} because the memos' keys are worked out here, on the other core, and other passes wait on them: the
 * lead vectors on whether the decisions were kept, the story pass on the entities key, the kept key parts on the
 * resolution key.
 */
final class EntityResolution {
    private final ResolutionMemo memo;
    private final EntitiesMemo entitiesMemo;
    private final KeyParts keyParts;
    private final EntityEdits edits;
    private final List<Linked> slots;

    /** The key the resolution memo was looked up under, once resolving started; null without a memo. */
    java.util.concurrent.CompletableFuture<String> resolutionKey;
    /** Whether the resolution passes' decisions, and whether the gathered entities, were the last build's. */
    boolean resolutionReused;
    boolean entitiesKept;
    /** The gathered entities being kept for the next build, when this one gathered them. */
    java.util.concurrent.CompletableFuture<Void> entitiesSaved;
    /** The passes' decisions being kept for the next build, when this one ran the passes. */
    java.util.concurrent.CompletableFuture<Void> decisionsSaved;
    /** The entities memo's key, once worked out ({@link #entitiesKey()}). */
    private String entitiesKey;
    /** Whether the resolution passes' decisions were taken from the memo: completed once known. */
    final java.util.concurrent.CompletableFuture<Boolean> reused = new java.util.concurrent.CompletableFuture<>();

    /** The resolution of the articles in {@code slots}, with the editor's {@code edits}; the memos may be null. */
    EntityResolution(ResolutionMemo memo, EntitiesMemo entitiesMemo, KeyParts keyParts, EntityEdits edits,
            List<Linked> slots) {
        this.memo = memo;
        this.entitiesMemo = entitiesMemo;
        this.keyParts = keyParts;
        this.edits = edits;
        this.slots = slots;
    }

    /**
     * The entities, gathered and edited: the last build's when the resolution's inputs and the edits did not change
     * ({@link EntitiesMemo}), else an index with the resolution passes' decisions, from the memo when their inputs
     * did not change.
     */
    ResolvedEntities resolve(List<ArticleRecord> records, Set<String> lowercase) {
        try {
            return resolveIndex(records, lowercase);
        } finally {
            reused.complete(resolutionReused);
        }
    }

    private ResolvedEntities resolveIndex(List<ArticleRecord> records, Set<String> lowercase) {
        resolutionReused = false;
        entitiesKept = false;
        // The key hashes every record's names: made on the other core while this one indexes and runs the passes.
        java.util.concurrent.CompletableFuture<String> key = memo == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> keyParts == null ? ResolutionMemo.key(lowercase, records)
                        : partsKey(lowercase, records));
        resolutionKey = key;
        java.util.function.Supplier<String> entitiesKey = this::entitiesKey;
        KeptEntities gathered = entitiesMemo == null || key == null ? null : entitiesMemo.get(entitiesKey, key::isDone, records);
        if (gathered != null) {
            resolutionReused = true;
            entitiesKept = true;
            reused.complete(true);
            return gathered;
        }
        EntityIndex.Decisions kept = memo == null ? null : memo.get(key::join);
        if (kept != null) {
            EntityIndex restored = EntityIndex.of(records);
            try {
                restored.restore(kept);
                resolutionReused = true;
            } catch (RuntimeException e) {
                // decisions that do not fit these mentions: the passes run on a fresh index below
            }
            if (resolutionReused) {
                reused.complete(true);
                return finished(restored, entitiesKey);
            }
        }
        reused.complete(false); // known before the passes run, so that the leads are weighed beside them
        EntityIndex fresh = EntityIndex.of(records);
        fresh.run(EntityIndex.defaultPasses(lowercase));
        if (memo != null) {
            // Written for the next build on the other core: encoding ~200,000 mentions' decisions on this thread was
            // ~3 % of the main thread of a build after an edit naming someone new (JFR, 10,164 articles), all of it
            // before the links, the stories and the pages could start. The decisions are a copy of their own. It runs
            // on the common pool, as entitiesSaved does, whose parallelism is 1 on a 2-core machine: while it writes,
            // the parallel streams after it get no second thread (within the noise when measured; a thread of its own
            // would free the pool).
            EntityIndex.Decisions decisions = fresh.decisions();
            decisionsSaved = java.util.concurrent.CompletableFuture.runAsync(() -> memo.put(key.join(), decisions));
        }
        return finished(fresh, entitiesKey);
    }

    /** The resolution key with each article's part kept by its cache key, or made under the parts' key. */
    private String partsKey(Set<String> lowercase, List<ArticleRecord> records) {
        newsgen.cache.SipHash hash = keyParts.hash();
        return ResolutionMemo.key(lowercase, records, i -> keyParts.resolution(slots.get(i).article.article(),
                () -> ResolutionMemo.digest(records.get(i), hash)));
    }

    /**
     * The entities memo's key ({@link EntitiesMemo#key}: the resolution key and the edits), worked out once when
     * first asked for; null without a resolution memo.
     */
    synchronized String entitiesKey() {
        if (entitiesKey == null && resolutionKey != null) {
            entitiesKey = EntitiesMemo.key(resolutionKey.join(), edits);
        }
        return entitiesKey;
    }

    /** The index gathered and edited, kept for the next build on the other core. */
    private EntityIndex finished(EntityIndex index, java.util.function.Supplier<String> entitiesKey) {
        index.finish(edits);
        if (entitiesMemo != null && resolutionKey != null) {
            entitiesSaved = java.util.concurrent.CompletableFuture.runAsync(() -> entitiesMemo.put(entitiesKey.get(), index));
        }
        return index;
    }
}
