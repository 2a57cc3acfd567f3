package newsgen.archive;

import newsgen.cache.CodeVersion;
import newsgen.cache.FramedFile;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companions pass (who is named with whom, {@link #full}: ~4 million increments on 10,164 articles), kept
 * for the next build: each article's named entities by slug and each entity's top companions with their counts.
 *
 * <p>Why a patch is exact: an entity's count with another is the number of articles naming both. An entity named by
 * no article whose named entities changed (an article edited so that its list differs, added, or deleted, lists
 * compared as whole entity references) is named by the same articles as before, with the same companions, so its
 * counts, and the top it keeps, are the last build's. Only the entities of the changed articles (old and new lists)
 * are counted again, over the articles that name them. A companion whose reference changed (renamed, another id)
 * changes every article naming it, so every entity named with it is counted again too.
 *
 * <p>The file is framed ({@link FramedFile}: CRC-32, gen's code as key); one cut short, garbled, of another gen or
 * that does not decode is ignored and the pass runs in full.
 */
final class CompanionMemo {
    static final String FILE = "companions";
    private static final byte[] MAGIC = "newsgen-companions 1\n".getBytes(StandardCharsets.US_ASCII);

    /** What a build whose memo is not used does instead, for its warning. */
    private static final String REDO = "the companions counted over every article";

    private final Path file;
    private final boolean read;
    /** Why a memo that was there was not used. */
    private final List<newsgen.model.Problem> warnings = new ArrayList<>();
    private boolean patched;
    /** True when the last patch found every article's list as it was kept, and no article gone. */
    private boolean unchanged;

    /**
     * @param cacheFolder the build's cache folder, or null for no memo (the pass runs in full, nothing is kept)
     * @param read        false for a cold build: the memo is written, never read
     */
    CompanionMemo(Path cacheFolder, boolean read) {
        this.file = cacheFolder == null ? null : cacheFolder.resolve(FILE);
        this.read = read;
    }

    /** True when the last {@link #top} patched the kept companions instead of counting every article. */
    boolean patched() {
        return patched;
    }

    /**
     * Each entity's top companions ({@link EntityDraft#top}) from the articles' named entities, in archive order.
     *
     * @param slugs    each article's slug
     * @param named    each article's named entities, distinct
     * @param entities every entity of the archive (those no article names get no companions)
     */
    Map<EntityRef, Map<EntityRef, Integer>> top(List<String> slugs, List<? extends Iterable<EntityRef>> named,
                                                Iterable<EntityRef> entities) {
        patched = false;
        Kept kept = read && file != null ? read() : null;
        Map<EntityRef, Map<EntityRef, Integer>> out = kept == null ? null : patch(kept, slugs, named, entities);
        patched = out != null;
        if (out == null) {
            out = full(named);
        }
        if (file != null && !(patched && unchanged)) { // no article's list changed: the kept file says what it would
            write(slugs, named, out);
        }
        return out;
    }

    /**
     * Every article counted: each pair of entities an article names, by number. Counted one entity at a time over
     * the articles naming it, into one array by companion number that stays in the processor's cache, rather than
     * all pairs at once into a table of every pair (~4 million increments on 10,164 articles, each a cache miss
     * in a table of tens of megabytes: ~7 % of a cold build's archive stage, JFR). Each entity's top does not
     * depend on the order its companions are offered in (EntityDraft.Top), so the tops are the same.
     */
    static Map<EntityRef, Map<EntityRef, Integer>> full(List<? extends Iterable<EntityRef>> slots) {
        Map<EntityRef, Integer> number = new HashMap<>();
        List<EntityRef> refs = new ArrayList<>();
        // Each article's entities by number, its actors (people and organisations) first: actors[s][0, actorCount[s]).
        int[][] entities = new int[slots.size()][];
        int[][] actors = new int[slots.size()][];
        int[] buffer = new int[16];
        int[] actorBuffer = new int[16];
        int s = 0;
        for (Iterable<EntityRef> slot : slots) {
            int n = 0;
            int a = 0;
            for (EntityRef e : slot) {
                if (buffer.length <= n) {
                    buffer = java.util.Arrays.copyOf(buffer, 2 * n);
                    actorBuffer = java.util.Arrays.copyOf(actorBuffer, 2 * n);
                }
                Integer id = number.get(e);
                if (id == null) {
                    id = refs.size();
                    number.put(e, id);
                    refs.add(e);
                }
                buffer[n++] = id;
                if (e.entityKind() != EntityKind.PLACE) {
                    actorBuffer[a++] = id;
                }
            }
            entities[s] = java.util.Arrays.copyOf(buffer, n);
            actors[s] = java.util.Arrays.copyOf(actorBuffer, a);
            s++;
        }
        // The articles naming each entity, by entity number: articles[start[e], start[e + 1]).
        int[] start = new int[refs.size() + 1];
        for (int[] named : entities) {
            for (int e : named) {
                start[e + 1]++;
            }
        }
        for (int e = 0; e < refs.size(); e++) {
            start[e + 1] += start[e];
        }
        int[] articles = new int[start[refs.size()]];
        int[] fill = java.util.Arrays.copyOf(start, refs.size());
        for (int a = 0; a < entities.length; a++) {
            for (int e : entities[a]) {
                articles[fill[e]++] = a;
            }
        }
        int[] count = new int[refs.size()];
        int[] touched = new int[refs.size()];
        Map<EntityRef, Map<EntityRef, Integer>> out = new HashMap<>();
        for (int e = 0; e < refs.size(); e++) {
            int t = 0;
            for (int k = start[e]; k < start[e + 1]; k++) {
                for (int other : actors[articles[k]]) {
                    if (other != e && count[other]++ == 0) { // an article's named entities are distinct
                        touched[t++] = other;
                    }
                }
            }
            EntityDraft.Top top = new EntityDraft.Top();
            for (int i = 0; i < t; i++) {
                top.offer(refs.get(touched[i]), count[touched[i]]);
                count[touched[i]] = 0;
            }
            out.put(refs.get(e), top.map());
        }
        return out;
    }

    /**
     * The kept tops, with the entities of the articles that changed counted again over the articles naming them;
     * null when two articles share a slug (the kept lists are by slug), so that every article is counted.
     */
    private Map<EntityRef, Map<EntityRef, Integer>> patch(Kept kept, List<String> slugs,
                                                                 List<? extends Iterable<EntityRef>> named,
                                                                 Iterable<EntityRef> entities) {
        Set<EntityRef> affected = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < slugs.size(); s++) {
            int[] old = kept.named.get(slugs.get(s));
            if (!seen.add(slugs.get(s))) {
                return null;
            }
            if (old == null || !same(old, kept.refs, named.get(s))) {
                named.get(s).forEach(affected::add);
                if (old != null) {
                    for (int e : old) {
                        affected.add(kept.refs[e]);
                    }
                }
            }
        }
        kept.named.forEach((slug, old) -> {
            if (!seen.contains(slug)) {
                for (int e : old) {
                    affected.add(kept.refs[e]);
                }
            }
        });
        unchanged = affected.isEmpty() && seen.size() == kept.named.size();
        Map<EntityRef, Map<EntityRef, Integer>> counts = new HashMap<>();
        for (Iterable<EntityRef> s : named) {
            for (EntityRef e : s) {
                if (affected.contains(e)) {
                    Map<EntityRef, Integer> c = counts.computeIfAbsent(e, k -> new HashMap<>());
                    for (EntityRef other : s) {
                        if (!other.equals(e) && other.entityKind() != EntityKind.PLACE) {
                            c.merge(other, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<EntityRef, Map<EntityRef, Integer>> out = new HashMap<>();
        for (EntityRef e : entities) {
            if (affected.contains(e)) {
                Map<EntityRef, Integer> c = counts.get(e);
                if (c != null) {
                    out.put(e, EntityDraft.top(c));
                }
            } else {
                Map<EntityRef, Integer> top = kept.top.get(e);
                if (top != null) {
                    out.put(e, top);
                }
            }
        }
        return out;
    }

    /** True when the kept list names the same entities, in the same order, as the article's list now. */
    private static boolean same(int[] old, EntityRef[] refs, Iterable<EntityRef> now) {
        int i = 0;
        for (EntityRef e : now) {
            if (i >= old.length || !refs[old[i++]].equals(e)) {
                return false;
            }
        }
        return i == old.length;
    }

    /** The last build's lists and tops, decoded. */
    private record Kept(EntityRef[] refs, Map<String, int[]> named, Map<EntityRef, Map<EntityRef, Integer>> top) {
    }

    private Kept read() {
        byte[] payload = FramedFile.read(file, MAGIC, key(), warnings, REDO);
        try {
            return payload == null ? null : decode(new DataInputStream(new ByteArrayInputStream(payload)));
        } catch (IOException | RuntimeException e) {
            warnings.add(FramedFile.ignored(file, "does not decode", REDO));
            return null;
        }
    }

    private static byte[] key() {
        return ("companions 1 " + CodeVersion.current()).getBytes(StandardCharsets.US_ASCII);
    }

    /** Keeps this build's lists and tops (best effort: without them the next build counts every article). */
    private void write(List<String> slugs, List<? extends Iterable<EntityRef>> named,
                       Map<EntityRef, Map<EntityRef, Integer>> top) {
        byte[] payload;
        try {
            payload = encode(slugs, named, top);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // written to memory: does not happen
        }
        FramedFile.keep(file, MAGIC, key(), payload);
    }

    /** Why the memo that was there was not used (damaged, of another gen), as warnings; empty when used or none. */
    List<newsgen.model.Problem> warnings() {
        return warnings;
    }

    static byte[] encode(List<String> slugs, List<? extends Iterable<EntityRef>> named,
                         Map<EntityRef, Map<EntityRef, Integer>> top) throws IOException {
        Map<EntityRef, Integer> number = new HashMap<>();
        List<EntityRef> refs = new ArrayList<>();
        java.util.function.Function<EntityRef, Integer> numberOf = e -> number.computeIfAbsent(e, k -> {
            refs.add(k);
            return refs.size() - 1;
        });
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeInt(slugs.size());
            for (int s = 0; s < slugs.size(); s++) {
                out.writeUTF(slugs.get(s));
                List<Integer> ids = new ArrayList<>();
                named.get(s).forEach(e -> ids.add(numberOf.apply(e)));
                out.writeInt(ids.size());
                for (int id : ids) {
                    out.writeInt(id);
                }
            }
            out.writeInt(top.size());
            for (Map.Entry<EntityRef, Map<EntityRef, Integer>> e : top.entrySet()) {
                out.writeInt(numberOf.apply(e.getKey()));
                out.writeInt(e.getValue().size());
                for (Map.Entry<EntityRef, Integer> c : e.getValue().entrySet()) {
                    out.writeInt(numberOf.apply(c.getKey()));
                    out.writeInt(c.getValue());
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.size() + (1 << 20));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(refs.size());
            for (EntityRef r : refs) {
                out.writeUTF(r.kind());
                out.writeUTF(r.id());
                out.writeUTF(r.name());
            }
            body.writeTo(out);
        }
        return bytes.toByteArray();
    }

    private static Kept decode(DataInputStream in) throws IOException {
        EntityRef[] refs = new EntityRef[in.readInt()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = new EntityRef(in.readUTF(), in.readUTF(), in.readUTF());
        }
        int slots = in.readInt();
        Map<String, int[]> named = new HashMap<>(2 * slots);
        for (int s = 0; s < slots; s++) {
            String slug = in.readUTF();
            int[] ids = new int[in.readInt()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = ref(in.readInt(), refs);
            }
            named.put(slug, ids);
        }
        int entities = in.readInt();
        Map<EntityRef, Map<EntityRef, Integer>> top = new HashMap<>(2 * entities);
        for (int e = 0; e < entities; e++) {
            EntityRef ref = refs[ref(in.readInt(), refs)];
            Map<EntityRef, Integer> companions = new HashMap<>();
            for (int c = in.readInt(); c > 0; c--) {
                companions.put(refs[ref(in.readInt(), refs)], in.readInt());
            }
            top.put(ref, companions);
        }
        if (in.read() != -1) {
            throw new IOException("bytes left over");
        }
        return new Kept(refs, named, top);
    }

    /** A kept entity number, checked: a number out of range is a damaged memo. */
    private static int ref(int id, EntityRef[] refs) throws IOException {
        if (id < 0 || id >= refs.length) {
            throw new IOException("entity number out of range");
        }
        return id;
    }
}
