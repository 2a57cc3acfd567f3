package newsgen.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where each article's pieces went in the last build's {@code search-index.js}, by the article's cache key (which fixes
 * its record): its own entry, and the text of each of its quotes by the quote's place in its record. Those pieces are
 * functions of the record alone (and of gen's code: the memo is kept under the render key), so an article whose key is
 * the last build's has its pieces copied from that file instead of made and escaped again: the index was rebuilt from
 * every quote on every edit (~100,000 quotes, ~19 MB, ~70 MB allocated for a one-edit build of 10,164 articles, JFR).
 * The rest (entities, speakers' names, each quote's place among the articles) is written afresh, so the file is the
 * same as one written whole. Used only while the old file has the size and modification time noted when the last
 * build finished; the memo is removed with the page ledger before the site changes and written after.
 */
final class SearchSlices {
    static final String FILE = "search-places";
    private static final String HEADER = "newsgen search places 1";

    /** Each article's places in a file: {entry offset, entry length, then offset and length of each quote's text}, -1 for none. */
    private final Map<String, long[]> places;
    /** The last build's file, read a window at a time; null when this build noted the places it writes. */
    private final Window old;

    private SearchSlices(Map<String, long[]> places, Window old) {
        this.places = places;
        this.old = old;
    }

    /** Places to note as a file is written, to be saved for the next build. */
    static SearchSlices noting() {
        return new SearchSlices(new HashMap<>(), null);
    }

    /**
     * The last build's pieces, when the memo in the cache folder was made under this guard and the old site's file is
     * there with the size and time noted; else null (everything is made afresh).
     */
    static SearchSlices previous(Path cacheFolder, String guard, OutputFolder out) {
        Path memo = cacheFolder.resolve(FILE);
        if (!Files.isRegularFile(memo)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(memo), 1 << 16))) {
            if (!HEADER.equals(in.readUTF()) || !guard.equals(in.readUTF())) {
                return null;
            }
            long size = in.readLong();
            long modified = in.readLong();
            Path file = out.previousFile(SearchIndex.PATH, size, modified);
            if (file == null || size > Integer.MAX_VALUE - 16) {
                return null;
            }
            int articles = in.readInt();
            Map<String, long[]> places = new HashMap<>(articles * 2);
            for (int i = 0; i < articles; i++) {
                String key = in.readUTF();
                long[] p = new long[in.readInt()];
                for (int j = 0; j < p.length; j++) {
                    p[j] = in.readLong();
                    if (p[j] < -1 || p[j] > size) {
                        return null;
                    }
                }
                places.put(key, p);
            }
            return new SearchSlices(places, new Window(java.nio.channels.FileChannel.open(file), size, Window.SIZE));
        } catch (IOException | RuntimeException e) {
            return null; // none that can be read: the index is made afresh
        }
    }

    /** The pieces noted here, read from the file they were noted in (its bytes whole). */
    SearchSlices in(byte[] file) {
        return new SearchSlices(places, new Window(file));
    }

    /** The pieces noted here, read from the file they were noted in, a window of this many bytes at a time. */
    SearchSlices in(Path file, int window) throws IOException {
        return new SearchSlices(places, new Window(java.nio.channels.FileChannel.open(file), Files.size(file), window));
    }

    /** The article's places as noted, or null. */
    long[] of(String key) {
        return key == null ? null : places.get(key);
    }

    /**
     * Copies the piece at {@code places[i]} (offset) and {@code places[i + 1]} (length) from the old file; false when
     * there is none there.
     */
    boolean copy(long[] p, int i, ScriptJson.Pieces out) throws IOException {
        if (p == null || i + 1 >= p.length || p[i] < 0 || p[i + 1] < 0) {
            return false;
        }
        return old.copy(p[i], (int) Math.min(p[i + 1], Integer.MAX_VALUE), out);
    }

    /** Closes the old file, when there is one. */
    void close() {
        if (old != null) {
            old.close();
        }
    }

    /**
     * The old file read a window at a time at the place asked for: the pieces are asked for in nearly the order the
     * old file holds them (the archive's order, then its speakers' and their quotes' order), so each byte is read about
     * once, without the whole file (~19 MB) in the heap.
     */
    private static final class Window {
        private static final int SIZE = 1 << 16;
        private final java.nio.channels.FileChannel file;
        private final long size;
        private byte[] bytes;
        private long start;
        private int length;

        Window(java.nio.channels.FileChannel file, long size, int window) {
            this.file = file;
            this.size = size;
            this.bytes = new byte[window];
        }

        /** A file held whole. */
        Window(byte[] whole) {
            this.file = null;
            this.size = whole.length;
            this.bytes = whole;
            this.length = whole.length;
        }

        boolean copy(long offset, int count, ScriptJson.Pieces out) throws IOException {
            if (offset + count > size) {
                return false;
            }
            if (offset < start || offset + count > start + length) {
                if (file == null || !fill(offset, count)) {
                    return false;
                }
            }
            out.raw(bytes, (int) (offset - start), count);
            return true;
        }

        /** Reads the window from the offset on; false when the file ends before the count. */
        private boolean fill(long offset, int count) throws IOException {
            if (bytes.length < count) {
                bytes = new byte[count];
            }
            java.nio.ByteBuffer into = java.nio.ByteBuffer.wrap(bytes, 0, (int) Math.min(bytes.length, size - offset));
            while (into.hasRemaining()) {
                if (file.read(into, offset + into.position()) < 0) {
                    break;
                }
            }
            start = offset;
            length = into.position();
            return length >= count;
        }

        void close() {
            try {
                if (file != null) {
                    file.close();
                }
            } catch (IOException e) {
                // read only: nothing is lost
            }
        }
    }

    /** Notes the article's places: {@code count} pieces after its entry. */
    long[] note(String key, int quotes) {
        long[] p = new long[2 + 2 * quotes];
        java.util.Arrays.fill(p, -1);
        places.put(key, p);
        return p;
    }

    /** Removes the memo (with the ledger, before the site changes). */
    static void clear(Path cacheFolder) {
        try {
            Files.deleteIfExists(cacheFolder.resolve(FILE));
        } catch (IOException e) {
            // one left behind is used only while the file it describes has the size and time it noted
        }
    }

    /** Writes the places noted for the next build, with the size and time of the index as the new site has it. */
    void save(Path cacheFolder, String guard, Path site) {
        Path memo = cacheFolder.resolve(FILE);
        try {
            BasicFileAttributes a = Files.readAttributes(site.resolve(SearchIndex.PATH), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return;
            }
            Path tmp = memo.resolveSibling(FILE + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(HEADER);
                out.writeUTF(guard);
                out.writeLong(a.size());
                out.writeLong(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                out.writeInt(places.size());
                for (Map.Entry<String, long[]> e : places.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (long v : e.getValue()) {
                        out.writeLong(v);
                    }
                }
            }
            Files.move(tmp, memo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            clear(cacheFolder); // best effort: without it the next build makes the index afresh
        }
    }
}
