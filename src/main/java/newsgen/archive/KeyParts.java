package newsgen.archive;

import newsgen.cache.FramedFile;
import newsgen.cache.SipHash;
import newsgen.model.Article;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each article's parts of the archive's memo keys (its digest in the resolution key, {@link ResolutionMemo#key}, and
 * in the story key's words part, {@link StoryMemo#wordsKey}), kept by the article's cache key. A cache key fixes the
 * article's file, path and options and gen's code, so its record and lead words, so the parts made from them: an
 * article whose key was in the last build takes its parts from here instead of writing out and hashing its names and
 * words again (every record's, ~10,000 times, on every build, to find one changed). A new key's parts are made and
 * kept for the next build; only this build's articles are written back.
 *
 * <p>The parts are keyed SipHash digests ({@link #hash}), not SHA-256: gen's JVM runs without its optimising
 * compiler (see Launcher), where SHA-256 reads ~50 MB/s, and a cold build digests every record's names and lead words
 * (~6 % of its archive stage, JFR, 10,164 articles). The key is random, made when there is no file to read and kept
 * at the head of the file, so the parts made in a build and the parts kept from the last one are made under the same
 * key, and no article can be written to make its new names pass for its old ones (see SipHash).
 *
 * <p>A file cut short, garbled or of another gen is ignored (every part is made, under a new key), never trusted; it
 * is only a shortcut to the same digests, so nothing but time depends on it.
 */
final class KeyParts extends KeptByCacheKey<KeyParts.Parts> {
    static final String FILE = "key-parts";

    /** One article's parts, either one null until made. */
    record Parts(byte[] resolution, String words) {
    }

    /**
     * @param cacheFolder the build's cache folder
     * @param read        false for a cold build: the parts are made and written, never read
     * @param keyOf       each article's cache key, null for one without (its parts are always made)
     */
    KeyParts(Path cacheFolder, boolean read, Function<Article, String> keyOf) {
        super(cacheFolder, FILE, "every article's key parts made again", keyOf);
        loadAside(read, "newsgen-key-parts");
    }

    /** The key the parts are made under: the last build's when its file was read, else a new one. */
    private SipHash hash;

    /** The key the parts are made under (the last build's file read first, as it may hold it). */
    SipHash hash() {
        old(); // outside the lock: the thread reading the file takes it to set the kept key
        synchronized (this) {
            if (hash == null) {
                hash = SipHash.random();
            }
            return hash;
        }
    }

    @Override
    void readHeader(DataInputStream in) throws IOException {
        String key = in.readUTF();
        synchronized (this) {
            hash = SipHash.of(key);
        }
    }

    @Override
    void writeHeader(DataOutputStream out) throws IOException {
        out.writeUTF(hash().key());
    }

    /** The article's digest in the resolution key: the kept one for its cache key, else made and kept. */
    byte[] resolution(Article article, Supplier<byte[]> make) {
        String key = keyOf.apply(article);
        if (key == null) {
            return make.get();
        }
        Parts kept = old().get(key);
        byte[] part = kept != null && kept.resolution() != null ? kept.resolution() : make.get();
        now.merge(key, new Parts(part, null), (a, b) -> new Parts(part, a.words()));
        return part;
    }

    /** The article's digest in the story key's words part: the kept one for its cache key, else made and kept. */
    String words(Article article, Supplier<String> make) {
        String key = keyOf.apply(article);
        if (key == null) {
            return make.get();
        }
        Parts kept = old().get(key);
        String part = kept != null && kept.words() != null ? kept.words() : make.get();
        now.merge(key, new Parts(null, part), (a, b) -> new Parts(a.resolution(), part));
        return part;
    }

    @Override
    void encode(DataOutputStream out, Parts parts) throws IOException {
        byte[] r = parts.resolution();
        out.writeInt(r == null ? -1 : r.length);
        if (r != null) {
            out.write(r);
        }
        FramedFile.writeNullable(out, parts.words());
    }

    @Override
    Parts decode(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] r = null;
        if (length >= 0) {
            r = new byte[length];
            in.readFully(r);
        }
        return new Parts(r, FramedFile.readNullable(in));
    }
}
