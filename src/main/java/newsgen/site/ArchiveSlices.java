package newsgen.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Each record's bytes in the last build's {@code data/archive.json}, by the article's slug, read back from that file
 * for a record whose own data file is unchanged ({@link SiteChanges}): its place in the archive's file holds its
 * record file's bytes indented one level, which are then the same. One file read at known places, where each record's
 * file was opened, read and indented again (~10,000 times in a one-edit build, as much work as all the pages left).
 * Used only while the old file has the size and modification time noted when the last build finished.
 */
final class ArchiveSlices implements AutoCloseable {
    private final FileChannel file;
    private final Map<String, long[]> places;

    ArchiveSlices(Path file, Map<String, long[]> places) throws IOException {
        this.file = FileChannel.open(file, StandardOpenOption.READ);
        this.places = places;
    }

    /** The record's bytes as the old archive's file holds them, or null when it held none for that slug. */
    byte[] nested(String slug) {
        long[] place = places.get(slug);
        if (place == null || place[1] > Integer.MAX_VALUE) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) place[1]);
        try {
            while (bytes.hasRemaining()) {
                if (file.read(bytes, place[0] + bytes.position()) < 0) {
                    return null; // shorter than noted: read from the record's own file instead
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.array();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
