package newsgen.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Each record's bytes in the last build's {@code data/archive.json}, by the article's slug, copied from that file into
 * the new one for a record whose own data file is unchanged ({@link SiteChanges}): its place in the archive's file
 * holds its record file's bytes indented one level, which are then the same. One file read at known places, where each
 * record's file was opened, read and indented again (~10,000 times in a one-edit build, as much work as all the pages
 * left). The bytes go from a window of the old file straight to the new file's stream, in the archive's order, a window
 * read at a time: read into an array of their own, the records were ~115 MB of a one-edit build's ~1.2 GB of
 * allocations (JFR, 10,164 articles), and each a read of its own.
 * Used only while the old file has the size and modification time noted when the last build finished.
 */
final class ArchiveSlices implements AutoCloseable {
    /** How much of the old file is read at once: records come mostly in the old file's order. */
    private static final int WINDOW = 1 << 20;

    private final FileChannel file;
    private final long size;
    private final Map<String, long[]> places;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    /** Where in the old file the window's bytes start; its limit is how many it holds. */
    private long windowStart;

    ArchiveSlices(Path file, Map<String, long[]> places) throws IOException {
        this.file = FileChannel.open(file, StandardOpenOption.READ);
        this.size = this.file.size();
        this.places = places;
        window.limit(0);
    }

    /** Where the old file holds the record of a slug ({offset, length}), or null when it holds none there. */
    long[] place(String slug) {
        long[] place = places.get(slug);
        return place == null || place[1] > WINDOW || place[0] < 0 || place[0] + place[1] > size ? null : place;
    }

    /**
     * Writes the bytes at a {@link #place} of the old file to a stream. Gives false, having written nothing, when the
     * file no longer holds them (cut short since it was opened): the caller makes the record's bytes itself.
     */
    boolean copy(long[] place, OutputStream out) throws IOException {
        long start = place[0];
        int length = (int) place[1];
        if (start < windowStart || start + length > windowStart + window.limit()) {
            window.clear();
            windowStart = start;
            while (window.hasRemaining()) {
                if (file.read(window, start + window.position()) < 0) {
                    break;
                }
            }
            window.flip();
            if (length > window.limit()) {
                return false;
            }
        }
        out.write(window.array(), (int) (start - windowStart), length);
        return true;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
