package newsgen.archive;

import newsgen.cache.CodeVersion;
import newsgen.cache.Fingerprint;
import newsgen.cache.FramedFile;
import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.Place;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The decisions of the last build's resolution passes ({@link EntityIndex.Decisions}), kept in the cache folder
 * under a key over everything the passes read: gen's code, the archive's lower-case words, and every article's
 * publication date, actors and places (every component of each; a test fails when either record gains one the
 * key does not write), in archive order. The passes are a deterministic function of exactly these, so when the key is the
 * same their decisions are the same, and a build whose edit did not touch any name (a sentence added, a quote
 * reworded) skips them. An edit that adds, removes or changes a name, an article added or deleted, or a word
 * that crosses the lower-case threshold gives another key: the passes run in full (the whole archive, as a cold
 * build runs them) and their decisions replace the old ones.
 *
 * <p>The file is written aside and renamed; one that is cut short, garbled (CRC-32) or does not decode is ignored
 * with a warning ({@link #warnings}); one of another key (other names, or another gen) is ignored silently: that is
 * the memo doing its work.
 */
public final class ResolutionMemo {
    static final String FILE = "resolution";
    private static final byte[] MAGIC = "newsgen-resolution 1\n".getBytes(StandardCharsets.US_ASCII);

    /** What a build whose memo is not used does instead, for its warning. */
    private static final String REDO = "the resolution passes run over every article";

    private final Path file;
    private final boolean read;
    private final List<newsgen.model.Problem> warnings = new ArrayList<>();

    /**
     * @param cacheFolder the build's cache folder
     * @param read        false for a cold build ({@code --no-cache}): the decisions are written, never read
     */
    public ResolutionMemo(Path cacheFolder, boolean read) {
        this.file = cacheFolder.resolve(FILE);
        this.read = read;
    }

    /** The key of the passes' inputs, or null when a record holds a value this key cannot describe (never reused). */
    static String key(Set<String> lowercase, List<ArticleRecord> records) {
        return key(lowercase, records, i -> digest(records.get(i)));
    }

    /**
     * As above, with each record's part digested by {@code digests} (the article's position in, its {@link #digest}
     * out: {@link KeyParts} gives the last build's for an article whose cache key is the same).
     */
    static String key(Set<String> lowercase, List<ArticleRecord> records, java.util.function.IntFunction<byte[]> digests) {
        Fingerprint f = new Fingerprint().add("resolution 4").add(CodeVersion.current());
        f.add(lowercase.size());
        // In order, sorted as an array: a tree set of them was half of making this key in a one-edit build (JFR).
        String[] words = lowercase.toArray(new String[0]);
        java.util.Arrays.sort(words);
        for (String w : words) {
            f.add(w);
        }
        f.add(records.size());
        try {
            // Each record's part written to bytes and digested on both cores, then the digests hashed in order: the
            // parts (megabytes) hashed on one thread while the build waited for the key was ~0.3 s of a one-edit build.
            List<byte[]> parts = java.util.stream.IntStream.range(0, records.size()).parallel().mapToObj(digests).toList();
            parts.forEach(f::add);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return f.hex();
    }

    /** One record's part of the key: what the passes read of it, digested. */
    static byte[] digest(ArticleRecord r) {
        return sha256(part(r));
    }

    /**
     * One record's part of the key under a secret key ({@link KeyParts#hash}): what the passes read of it, as a
     * keyed SipHash (32 hex digits' bytes), which gen's JVM makes several times faster than a SHA-256.
     */
    static byte[] digest(ArticleRecord r, newsgen.cache.SipHash hash) {
        byte[] part = part(r);
        return hash.hex(part, part.length).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What the passes read of one record: its date, actors and places. Actors and places, most of the bytes, are
     * written component by component ({@code ResolutionMemoTest} checks that these are all their components).
     */
    private static byte[] part(ArticleRecord r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, r.date());
            out.writeInt(r.actors().size());
            for (Actor a : r.actors()) {
                write(out, a.id());
                write(out, a.name());
                write(out, a.type());
                write(out, a.aliases());
                write(out, a.roles());
                write(out, a.affiliation());
                out.writeInt(a.mentions());
            }
            out.writeInt(r.places().size());
            for (Place p : r.places()) {
                write(out, p.id());
                write(out, p.name());
                write(out, p.type());
                write(out, p.country());
                out.writeInt(p.mentions());
                write(out, p.aliases());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return bytes.toByteArray();
    }

    /** The components {@link #part} writes, in order, to be checked against the records' own. */
    static final List<String> ACTOR_COMPONENTS = List.of("id", "name", "type", "aliases", "roles", "affiliation", "mentions");
    static final List<String> PLACE_COMPONENTS = List.of("id", "name", "type", "country", "mentions", "aliases");

    /** Writes a value of an actor or a place: a string, number, boolean, enum or list of them. */
    private static void write(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof String s) {
            out.writeByte(1);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else if (v instanceof Integer || v instanceof Long) {
            out.writeByte(2);
            out.writeLong(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            out.writeByte(3);
            out.writeBoolean(b);
        } else if (v instanceof Enum<?> e) {
            out.writeByte(4);
            write(out, e.getDeclaringClass().getName());
            write(out, e.name());
        } else if (v instanceof List<?> list) {
            out.writeByte(5);
            out.writeInt(list.size());
            for (Object x : list) {
                write(out, x);
            }
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + v.getClass().getName());
        }
    }

    /** The decisions kept under this key, or null (none, another key, unreadable, or not to be read). */
    EntityIndex.Decisions get(String key) {
        return get(() -> key);
    }

    /**
     * As {@link #get(String)}, asking for the key only when there is a memo to read: a cold build's key is then
     * made on the other core while the passes run (it hashes every record's names), not before them.
     */
    EntityIndex.Decisions get(java.util.function.Supplier<String> keys) {
        return read ? FramedFile.decoded(file, MAGIC, keys, warnings, REDO, ResolutionMemo::decode) : null;
    }

    /** Why the memo that was there was not used (damaged, unreadable), as warnings; empty when used or none. */
    List<newsgen.model.Problem> warnings() {
        return warnings;
    }

    /** Keeps the decisions under the key (best effort: without them the next build runs the passes). */
    void put(String key, EntityIndex.Decisions d) {
        if (key == null) {
            return;
        }
        byte[] payload;
        try {
            payload = encode(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("decisions written to memory", e);
        }
        FramedFile.keep(file, MAGIC, key.getBytes(StandardCharsets.US_ASCII), payload);
    }

    static byte[] encode(EntityIndex.Decisions d) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            int n = d.parent().length;
            out.writeInt(n);
            for (int p : d.parent()) {
                out.writeInt(p);
            }
            for (String s : d.joinedBy()) {
                FramedFile.writeNullable(out, s);
            }
            for (String s : d.dropped()) {
                FramedFile.writeNullable(out, s);
            }
            out.writeInt(d.undecided().size());
            for (Map.Entry<Integer, Set<Integer>> e : d.undecided().entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getValue().size());
                for (int c : e.getValue()) {
                    out.writeInt(c);
                }
            }
            out.writeInt(d.renames().size());
            for (EntityIndex.Rename r : d.renames()) {
                out.writeInt(r.mention());
                out.writeUTF(r.folded());
                out.writeUTF(r.rule());
            }
        }
        return bytes.toByteArray();
    }

    static EntityIndex.Decisions decode(DataInputStream in) throws IOException {
        int n = in.readInt();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = in.readInt();
        }
        String[] joinedBy = new String[n];
        for (int i = 0; i < n; i++) {
            joinedBy[i] = FramedFile.readNullable(in);
        }
        String[] dropped = new String[n];
        for (int i = 0; i < n; i++) {
            dropped[i] = FramedFile.readNullable(in);
        }
        Map<Integer, Set<Integer>> undecided = new TreeMap<>();
        for (int u = in.readInt(); u > 0; u--) {
            int m = in.readInt();
            Set<Integer> candidates = new TreeSet<>();
            for (int c = in.readInt(); c > 0; c--) {
                candidates.add(in.readInt());
            }
            undecided.put(m, candidates);
        }
        List<EntityIndex.Rename> renames = new ArrayList<>();
        for (int r = in.readInt(); r > 0; r--) {
            renames.add(new EntityIndex.Rename(in.readInt(), in.readUTF(), in.readUTF()));
        }
        if (in.read() != -1) {
            throw new IOException("bytes left over");
        }
        return new EntityIndex.Decisions(parent, joinedBy, dropped, undecided, renames);
    }
}
