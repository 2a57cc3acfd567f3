package newsgen.archive;

import newsgen.cache.CodeVersion;
import newsgen.cache.Fingerprint;
import newsgen.cache.FramedFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last build's story clusters, kept under a key over exactly what clustering reads ({@link StoryClusterer}
 * is a deterministic function of its features): every article's slug and date, its entity keys (actors and
 * places, the too-frequent ones left out, and those no other article names: {@link #shared}) and the words of its title
 * and lead, in archive order. The lead
 * vectors are a function of all the articles' words, so they are covered by the words.
 *
 * <p>The key is made in two parts: the words part (slugs, dates, words) is known before the entities are, so a
 * build whose words part and resolution are the last build's need not weigh the leads at all; the whole key is
 * still checked before the clusters are used, or else stands fixed by the entities memo's key the clusters were kept
 * with ({@link #sameEntities}). A memo cut short, garbled (CRC-32) or of another gen is ignored.
 */
final class StoryMemo {
    static final String FILE = "stories";
    private static final byte[] MAGIC = "newsgen-stories 1\n".getBytes(StandardCharsets.US_ASCII);

    /** What a build whose memo is not used does instead, for its warning. */
    private static final String REDO = "the articles clustered again";

    private final Path file;
    private final boolean read;
    /** Why a memo that was there was not used. */
    private final List<newsgen.model.Problem> warnings = new ArrayList<>();
    private Kept kept;
    private boolean loaded;

    /**
     * The clusters of a build, the two parts of its key, and the entities memo's key of that build ({@link EntitiesMemo};
     * null when it had none), which with the words part fixes the whole key ({@link #sameEntities}).
     */
    record Kept(String wordsKey, String key, String entitiesKey, List<List<Integer>> clusters, long comparisons) {
    }

    /**
     * @param cacheFolder the build's cache folder, or null for no memo
     * @param read        false for a cold build: the memo is written, never read
     */
    StoryMemo(Path cacheFolder, boolean read) {
        this.file = cacheFolder == null ? null : cacheFolder.resolve(FILE);
        this.read = read;
    }

    /**
     * The words part of the key: every article's slug, date and lead words, in archive order. Each article's part is
     * digested on every core (~400,000 words on 10,164 articles), then the digests in order.
     */
    static String wordsKey(List<String> slugs, List<String> dates, List<List<String>> words) {
        return wordsKey(slugs.size(), i -> wordsPart(slugs.get(i), dates.get(i), words.get(i)));
    }

    /** As above, with each article's part (its {@link #wordsPart}) given by position ({@link KeyParts} keeps them). */
    static String wordsKey(int articles, java.util.function.IntFunction<String> parts) {
        Fingerprint f = new Fingerprint().add("stories 1").add(CodeVersion.current()).add(articles);
        java.util.stream.IntStream.range(0, articles).parallel().mapToObj(parts).toList().forEach(f::add);
        return f.hex();
    }

    /** One article's part of the words key: its slug, date and lead words, digested. */
    static String wordsPart(String slug, String date, List<String> words) {
        Fingerprint part = new Fingerprint().add(slug).add(date).add(words.size());
        words.forEach(part::add);
        return part.hex();
    }

    /**
     * As above, under a secret key ({@link KeyParts#hash}): a keyed SipHash of the same values, which gen's JVM makes
     * several times faster than a SHA-256.
     */
    static String wordsPart(newsgen.cache.SipHash hash, String slug, String date, List<String> words) {
        newsgen.cache.SipFields part = new newsgen.cache.SipFields(hash).add(slug).add(date).add(words.size());
        words.forEach(part::add);
        return part.hex();
    }

    /**
     * The whole key: the words part with every article's entity keys, actors then places (digested as above); with a
     * secret key ({@link KeyParts#hash}, kept from build to build), each article's part is a keyed
     * SipHash of the same values, which gen's JVM makes several times faster than a SHA-256 (the parts are made again
     * after every edit that names someone new: ~1.5 % of such a build, JFR, 10,164 articles).
     */
    static String key(String wordsKey, List<? extends Collection<String>> actors, List<? extends Collection<String>> places,
                      newsgen.cache.SipHash hash) {
        Fingerprint f = new Fingerprint().add(hash == null ? "sha-256 parts" : "siphash parts").add(wordsKey).add(actors.size());
        java.util.stream.IntStream.range(0, actors.size()).parallel().mapToObj(i -> {
            if (hash != null) {
                newsgen.cache.SipFields part = new newsgen.cache.SipFields(hash).add(actors.get(i).size());
                actors.get(i).forEach(part::add);
                part.add(places.get(i).size());
                places.get(i).forEach(part::add);
                return part.hex();
            }
            Fingerprint part = new Fingerprint().add(actors.get(i).size());
            actors.get(i).forEach(part::add);
            part.add(places.get(i).size());
            places.get(i).forEach(part::add);
            return part.hex();
        }).toList().forEach(f::add);
        return f.hex();
    }

    /**
     * Each article's keys among {@code keys} (its actors' or its places') that some other article names too, among its
     * actors or places, in the same order. What the story key is made of: a key one article alone names can tie it to
     * no other, so clustering gives the same stories with or without it ({@link StoryClusterer}: candidates come from
     * keys earlier articles named, a score counts the keys two articles share, and a story's core is what all its
     * articles share, read only once it holds {@link StoryClusterer#BIG_STORY} of them). Why: an edit naming someone
     * no article named before added such a key and clustered the whole archive again (~10 % of that build's archive
     * stage, JFR, 10,164 articles).
     */
    static List<Set<String>> shared(List<? extends Collection<String>> actors, List<? extends Collection<String>> places,
                                    List<? extends Collection<String>> keys) {
        return kept(articlesNaming(actors, places), keys);
    }

    /** Each article's actor keys and place keys that some other article names too, counted once for both. */
    record Shared(List<Set<String>> actors, List<Set<String>> places) {
    }

    static Shared shared(List<? extends Collection<String>> actors, List<? extends Collection<String>> places) {
        Map<String, Integer> articles = articlesNaming(actors, places);
        return new Shared(kept(articles, actors), kept(articles, places));
    }

    /** How many articles name each key, among their actors or places. */
    private static Map<String, Integer> articlesNaming(List<? extends Collection<String>> actors,
                                                       List<? extends Collection<String>> places) {
        Map<String, Integer> articles = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Set<String> named = new HashSet<>(actors.get(i));
            named.addAll(places.get(i));
            named.forEach(k -> articles.merge(k, 1, Integer::sum));
        }
        return articles;
    }

    private static List<Set<String>> kept(Map<String, Integer> articles, List<? extends Collection<String>> keys) {
        List<Set<String>> out = new ArrayList<>(keys.size());
        for (Collection<String> of : keys) {
            Set<String> kept = new LinkedHashSet<>();
            for (String k : of) {
                if (articles.getOrDefault(k, 0) > 1) {
                    kept.add(k);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** True when the kept clusters were made from these words (the entities are still to be checked). */
    synchronized boolean wordsMatch(String wordsKey) {
        Kept k = kept();
        return k != null && k.wordsKey.equals(wordsKey);
    }

    /**
     * The kept clusters when they were made from these words under this entities memo key, or null. The entities key
     * fixes every article's entity keys (the entities kept under it are read back for any build with that key), so
     * the whole key would be the kept one: the caller need not work it out.
     */
    synchronized Kept sameEntities(String wordsKey, String entitiesKey) {
        Kept k = kept();
        return k != null && k.entitiesKey != null && k.wordsKey.equals(wordsKey) && k.entitiesKey.equals(entitiesKey) ? k : null;
    }

    /** The kept clusters when they were made under this key, or null. */
    synchronized Kept clusters(String key) {
        Kept k = kept();
        return k != null && k.key.equals(key) ? k : null;
    }

    private Kept kept() {
        if (!loaded) {
            loaded = true;
            kept = read && file != null ? readFile() : null;
        }
        return kept;
    }

    private Kept readFile() {
        byte[] payload = FramedFile.read(file, MAGIC, frameKey(), warnings, REDO);
        try {
            return payload == null ? null : decode(new DataInputStream(new ByteArrayInputStream(payload)));
        } catch (IOException | RuntimeException e) {
            warnings.add(FramedFile.ignored(file, "does not decode", REDO));
            return null;
        }
    }

    private static byte[] frameKey() {
        return ("stories 2 " + CodeVersion.current()).getBytes(StandardCharsets.US_ASCII);
    }

    /** Keeps this build's clusters (best effort: without them the next build clusters again). */
    void put(Kept clusters) {
        if (file == null) {
            return;
        }
        byte[] payload;
        try {
            payload = encode(clusters);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // written to memory: does not happen
        }
        FramedFile.keep(file, MAGIC, frameKey(), payload);
    }

    /** Why the memo that was there was not used (damaged, of another gen), as warnings; empty when used or none. */
    List<newsgen.model.Problem> warnings() {
        return warnings;
    }

    static byte[] encode(Kept k) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(k.wordsKey);
            out.writeUTF(k.key);
            FramedFile.writeNullable(out, k.entitiesKey);
            out.writeLong(k.comparisons);
            out.writeInt(k.clusters.size());
            for (List<Integer> c : k.clusters) {
                out.writeInt(c.size());
                for (int i : c) {
                    out.writeInt(i);
                }
            }
        }
        return bytes.toByteArray();
    }

    static Kept decode(DataInputStream in) throws IOException {
        String wordsKey = in.readUTF();
        String key = in.readUTF();
        String entitiesKey = FramedFile.readNullable(in);
        long comparisons = in.readLong();
        List<List<Integer>> clusters = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            List<Integer> c = new ArrayList<>();
            for (int m = in.readInt(); m > 0; m--) {
                c.add(in.readInt());
            }
            clusters.add(List.copyOf(c));
        }
        if (in.read() != -1) {
            throw new IOException("bytes left over");
        }
        return new Kept(wordsKey, key, entitiesKey, List.copyOf(clusters), comparisons);
    }
}
