package newsgen.archive;

import newsgen.cache.CodeVersion;
import newsgen.cache.FramedFile;
import newsgen.model.Article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A memo of the cache folder holding something worked out from each article alone, by the article's cache key (which
 * fixes its file, path, options and gen's code, so its record): the file's framing, reading and writing, shared by
 * {@link KeyParts} and {@link TimelineMemo}. A file cut short, garbled or that does not decode is ignored with a
 * warning; one of another gen silently; either way every article's part is worked out again, never trusted.
 */
abstract class KeptByCacheKey<V> {
    private final Path file;
    private final byte[] magic;
    private final String redo;
    /** Each article's cache key, null for one without (its part is always worked out). */
    final Function<Article, String> keyOf;
    private final List<newsgen.model.Problem> warnings = new ArrayList<>();
    /** The last build's entries, read ({@link #old}); this build's, to be written (only this build's articles are). */
    private final java.util.Map<String, V> old = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.Map<String, V> now = new java.util.concurrent.ConcurrentHashMap<>();
    /** The last build's file being read, on a thread of its own; null when not started. */
    private newsgen.model.Background<Void> loading;

    KeptByCacheKey(Path cacheFolder, String name, String redo, Function<Article, String> keyOf) {
        this.file = cacheFolder.resolve(name);
        this.magic = ("newsgen-" + name + " 1\n").getBytes(StandardCharsets.US_ASCII);
        this.redo = redo;
        this.keyOf = keyOf;
    }

    /**
     * Reads the last build's file into the memo on a thread of its own, unless {@code read} is false (a cold build):
     * decoding ~10,000 entries was ~5 % of a one-edit build's archive stage on the thread that goes on to index the
     * mentions, which needs none of them.
     */
    final void loadAside(boolean read, String name) {
        loading = newsgen.model.Background.start(name, () -> {
            load(read);
            return null;
        });
    }

    /** The last build's entries, once read. */
    final java.util.Map<String, V> old() {
        if (loading != null) {
            loading.await();
        }
        return old;
    }

    /** Reads the last build's file into the memo, unless {@code read} is false (a cold build). */
    private void load(boolean read) {
        if (!read) {
            return;
        }
        byte[] payload = FramedFile.read(file, magic, version(), warnings, redo);
        if (payload == null) {
            return;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            readHeader(in);
            for (int n = in.readInt(); n > 0; n--) {
                String key = in.readUTF();
                old.put(key, decode(in));
            }
            if (in.read() != -1) {
                throw new IOException("bytes left over");
            }
        } catch (IOException | RuntimeException e) {
            old.clear();
            warnings.add(FramedFile.ignored(file, "does not decode", redo));
        }
    }

    /** Reads what the file holds before its entries ({@link #writeHeader}); nothing unless overridden. */
    void readHeader(DataInputStream in) throws IOException {
    }

    /** Writes what the file holds before its entries, read back by {@link #readHeader}; nothing unless overridden. */
    void writeHeader(DataOutputStream out) throws IOException {
    }

    /** Reads one kept entry's value. */
    abstract V decode(DataInputStream in) throws IOException;

    /** Writes one entry's value. */
    abstract void encode(DataOutputStream out, V value) throws IOException;

    /** Why a file that was there was not used. */
    final List<newsgen.model.Problem> warnings() {
        old();
        return warnings;
    }

    /** Writes this build's entries for the next (best effort: without them, every part is worked out). */
    final void save() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeHeader(out);
            out.writeInt(now.size());
            for (java.util.Map.Entry<String, V> e : now.entrySet()) {
                out.writeUTF(e.getKey());
                encode(out, e.getValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a memo written to memory", e);
        }
        FramedFile.keep(file, magic, version(), bytes.toByteArray());
    }

    private static byte[] version() {
        return CodeVersion.current().getBytes(StandardCharsets.US_ASCII);
    }
}
