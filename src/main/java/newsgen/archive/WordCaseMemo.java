package newsgen.archive;

import newsgen.cache.CodeVersion;
import newsgen.cache.FramedFile;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The archive's word-case counts ({@link CaseCounts}) as the last build left them, with the cache key of every article
 * they count, kept in the cache folder. The counts are a sum over articles, and an article's cache key fixes its
 * text, so the counts of this build's articles are the kept counts, less the articles no longer there (each counted
 * again from its cache entry, which is still on disk until the build ends, and taken out), plus the new ones:
 * the same integers a full count gives, so the same lower-case words. When an article has no key, a gone article's
 * entry cannot be read, or most articles changed, every article is counted as a cold build counts them.
 */
public final class WordCaseMemo {
    static final String FILE = "word-case";
    private static final byte[] MAGIC = "newsgen-word-case 1\n".getBytes(StandardCharsets.US_ASCII);

    /** Where the memo learns each article's cache key, and an article of an earlier build back from the cache. */
    public interface Articles {
        /** The cache key of the article's file (its bytes, path, options, gen), or null when it has none. */
        String key(Article article);

        /** The article the cache holds under this key for this file, or null when it holds none. */
        Article cached(String key, String file);
    }

    /** What a build whose memo is not used does instead, for its warning. */
    private static final String REDO = "the word case counted over every article";

    private final Path file;
    private final boolean read;
    private final List<newsgen.model.Problem> warnings = new ArrayList<>();
    private final Articles articles;
    private boolean reused;
    /** The counts being written for the next build, on a thread of their own; null when none are. */
    private newsgen.model.Background<Void> saving;

    /**
     * @param read false for a cold build ({@code --no-cache}): the counts are made in full and written, never read
     */
    public WordCaseMemo(Path cacheFolder, boolean read, Articles articles) {
        this.file = cacheFolder.resolve(FILE);
        this.read = read;
        this.articles = articles;
    }

    /** True when the last count started from the kept counts. */
    boolean reused() {
        return reused;
    }

    /** The archive's lower-case words ({@link Wording#lowercaseWords}), counted only for what changed when it can be. */
    Set<String> lowercaseWords(List<ArchivedArticle> input) {
        Set<String> out = lowercaseWordsSaving(input);
        saved();
        return out;
    }

    /**
     * As {@link #lowercaseWords}, the counts written for the next build on a thread of their own while the caller goes
     * on (they are only read from here on): {@link #saved} waits for them. Written before the words were given, they
     * were ~5 % of a one-edit build's archive stage, on the thread that goes on to index the mentions.
     */
    Set<String> lowercaseWordsSaving(List<ArchivedArticle> input) {
        reused = false;
        Map<String, String> keys = new HashMap<>(); // key -> file
        Map<String, Article> byKey = new HashMap<>();
        for (ArchivedArticle a : input) {
            String key = articles.key(a.article());
            if (key == null || keys.put(key, a.article().file().toString()) != null) {
                return Wording.lowercaseWords(input); // no key, or two articles under one: nothing kept or reused
            }
            byKey.put(key, a.article());
        }
        CaseCounts counts = read ? update(keys, byKey) : null;
        if (counts == null) {
            counts = Wording.counts(input);
        } else {
            reused = true;
        }
        CaseCounts kept = counts;
        saving = newsgen.model.Background.start("newsgen-word-case", () -> {
            write(keys, kept);
            return null;
        });
        return counts.lowercaseWords();
    }

    /** Waits until the counts are written (a failure to write them is thrown here). */
    void saved() {
        if (saving != null) {
            saving.await();
            saving = null;
        }
    }

    /** The kept counts brought up to these articles, or null when they cannot be. */
    private CaseCounts update(Map<String, String> keys, Map<String, Article> byKey) {
        Kept kept = load();
        if (kept == null) {
            return null;
        }
        List<String> gone = new ArrayList<>();
        kept.files().forEach((key, f) -> {
            if (!keys.containsKey(key)) {
                gone.add(key);
            }
        });
        List<String> added = new ArrayList<>();
        keys.keySet().forEach(key -> {
            if (!kept.files().containsKey(key)) {
                added.add(key);
            }
        });
        if (4 * (gone.size() + added.size()) > keys.size() + 4) {
            return null; // most of it changed: counting it all is cheaper than reading the gone articles back
        }
        for (String key : gone) {
            Article before = articles.cached(key, kept.files().get(key));
            if (before == null) {
                return null;
            }
            kept.counts().uncount(before);
        }
        added.forEach(key -> kept.counts().count(byKey.get(key)));
        return kept.counts();
    }

    private record Kept(Map<String, String> files, CaseCounts counts) {
    }

    /** The kept counts, or null when there are none, of another gen, or damaged (then with a warning). */
    private Kept load() {
        byte[] payload = FramedFile.read(file, MAGIC, CodeVersion.current().getBytes(StandardCharsets.US_ASCII), warnings, REDO);
        if (payload == null) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            int n = in.readInt();
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < n; i++) {
                files.put(in.readUTF(), in.readUTF());
            }
            CaseCounts counts = CaseCounts.read(in);
            if (in.read() != -1) {
                throw new IOException("bytes left over");
            }
            return new Kept(files, counts);
        } catch (IOException | RuntimeException e) {
            warnings.add(FramedFile.ignored(file, "does not decode", REDO));
            return null;
        }
    }

    /** Why the counts that were there were not used (damaged, unreadable), as warnings; empty when used or none. */
    List<newsgen.model.Problem> warnings() {
        return warnings;
    }

    /** Keeps the counts with the keys they count (best effort: without them the next build counts every article). */
    private void write(Map<String, String> keys, CaseCounts counts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(keys.size());
            for (Map.Entry<String, String> e : keys.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            counts.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("counts written to memory", e);
        }
        FramedFile.keep(file, MAGIC, CodeVersion.current().getBytes(StandardCharsets.US_ASCII), bytes.toByteArray());
    }
}
