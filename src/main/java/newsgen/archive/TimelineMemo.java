package newsgen.archive;

import newsgen.model.Article;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.ArticleRecord;
import newsgen.model.NameFinder;
import newsgen.model.EntityRef;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which of its entities each dated sentence of an article names, as the last build's link pass found them, kept by
 * the article's cache key. What the pass finds is a function of the article's record (its dates' sentences and its
 * actors' and places' names, which the cache key fixes) and of which entity each actor and place became, only as
 * far as which of them share one: the names are matched as strings and each found name gives the entity of the
 * first actor or place spelled so. So the finding is kept with that pattern (each actor's and place's entity as its
 * place among the article's entities in record order, -1 for none) and the found entities as such places; an
 * article whose cache key and pattern are the last build's takes them from here, and only the others are searched
 * (every dated sentence of ~10,000 articles for each of their names was most of the link pass of a one-edit build).
 *
 * <p>A file cut short, garbled or of another gen is ignored with a warning (every article searched), never trusted.
 */
final class TimelineMemo extends KeptByCacheKey<TimelineMemo.Kept> {
    static final String FILE = "timeline-names";

    /** One article's finding: its pattern and, for each dated sentence in order, the places of the entities found. */
    record Kept(int[] pattern, int[][] found) {
    }

    /**
     * @param read  false for a cold build: the findings are written, never read
     * @param keyOf each article's cache key, null for one without (always searched)
     */
    TimelineMemo(Path cacheFolder, boolean read, Function<Article, String> keyOf) {
        super(cacheFolder, FILE, "every article's dated sentences searched for names", keyOf);
        loadAside(read, "newsgen-timeline-names");
    }

    /**
     * The article's dated sentences, each with the entities it names: as the last build found them when the article's
     * cache key and pattern are the same, else searched for the article's names (and kept for the next build).
     *
     * @param actors the entity of each of the record's actors, by position, null where none; {@code places} alike
     */
    List<TimelineBuilder.Dated> dated(Article article, ArticleRecord record, List<NamedEntity> names,
                                      java.util.Set<EntityRef> entities, EntityRef[] actors, EntityRef[] places) {
        List<EntityRef> named = new ArrayList<>(entities);
        Map<EntityRef, Integer> place = new java.util.HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            place.put(named.get(i), i);
        }
        int[] pattern = new int[actors.length + places.length];
        for (int i = 0; i < pattern.length; i++) {
            EntityRef e = i < actors.length ? actors[i] : places[i - actors.length];
            pattern[i] = e == null ? -1 : place.get(e);
        }
        TimelineBuilder own = new TimelineBuilder();
        int sentences = TimelineBuilder.sentences(record);
        List<List<EntityRef>> kept = get(article, pattern, named, sentences);
        if (kept != null) {
            own.add(record, kept);
        } else {
            if (sentences > 0) { // no names sought (nor a finder made of them) in an article with no dated sentence
                own.add(record, new NameFinder(names));
            }
            put(article, pattern, named, own.dated().stream().map(d -> d.entry().entities()).toList());
        }
        return own.dated();
    }

    /**
     * The entities each dated sentence names, from the last build's finding when the article's cache key and pattern
     * are the same (and it had as many dated sentences), else null.
     *
     * @param named the article's entities in record order, which the pattern's and the finding's places are places in
     */
    private List<List<EntityRef>> get(Article article, int[] pattern, List<EntityRef> named, int sentences) {
        String key = keyOf.apply(article);
        Kept kept = key == null ? null : old().get(key);
        if (kept == null || !Arrays.equals(kept.pattern(), pattern) || kept.found().length != sentences) {
            return null;
        }
        List<List<EntityRef>> out = new ArrayList<>(sentences);
        for (int[] places : kept.found()) {
            EntityRef[] refs = new EntityRef[places.length];
            for (int i = 0; i < places.length; i++) {
                refs[i] = named.get(places[i]);
            }
            out.add(List.of(refs));
        }
        now.put(key, kept);
        return out;
    }

    /** Keeps this build's finding for the article (when it has a cache key). */
    private void put(Article article, int[] pattern, List<EntityRef> named, List<List<EntityRef>> found) {
        String key = keyOf.apply(article);
        if (key == null) {
            return;
        }
        Map<EntityRef, Integer> place = new java.util.HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            place.putIfAbsent(named.get(i), i);
        }
        int[][] places = new int[found.size()][];
        for (int s = 0; s < found.size(); s++) {
            List<EntityRef> refs = found.get(s);
            places[s] = new int[refs.size()];
            for (int i = 0; i < refs.size(); i++) {
                Integer at = place.get(refs.get(i));
                if (at == null) {
                    return; // not one of the article's entities: never the case, and then not kept
                }
                places[s][i] = at;
            }
        }
        now.put(key, new Kept(pattern, places));
    }

    @Override
    void encode(DataOutputStream out, Kept kept) throws IOException {
        writeInts(out, kept.pattern());
        out.writeInt(kept.found().length);
        for (int[] places : kept.found()) {
            writeInts(out, places);
        }
    }

    @Override
    Kept decode(DataInputStream in) throws IOException {
        int[] pattern = readInts(in);
        int[][] found = new int[in.readInt()][];
        for (int s = 0; s < found.length; s++) {
            found[s] = readInts(in);
        }
        return new Kept(pattern, found);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
