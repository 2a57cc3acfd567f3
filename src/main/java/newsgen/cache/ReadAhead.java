package newsgen.cache;

import newsgen.model.Background;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One kind of memo file read and parsed on a thread of its own before the build asks for it, so that its reading
 * overlaps stages that leave a core idle: a one-edit build of 10,164 articles read and parsed the page ledger and the
 * change memo (~45,000 lines) on its main thread between the archive and the pages, nearly a tenth of that thread's
 * samples (JFR).
 *
 * <p>What {@link #take} gives is always what {@code parse} gives for the file as it is when taken. A value read ahead
 * is used on the terms the scan trusts an article file's stamp on ({@link FileStamps}): the file's stamp (size,
 * modification and status-change times, inode) taken before it was read is the same when it is taken, and the file's
 * modification time was settled when it was read. Any write since then shows in the stamp (gen writes these files to a
 * temporary file and moves it over, a new inode; any write sets the status-change time, which no program can set
 * back), and the file is parsed again; so is a file that was not there when read ahead, or is not there any more. A
 * value read ahead and never taken (a build that failed before its pages) is dropped by the next {@link #start} or
 * {@link #take} of that file.
 */
public final class ReadAhead<T> {
    private final String name;
    private final Function<Path, T> parse;
    private final Map<Path, Background<Read<T>>> pending = new ConcurrentHashMap<>();

    /** What was read: the file's stamp before reading it (null when it was not there), and what {@code parse} made. */
    private record Read<T>(FileStamps.Stamp stamp, T value) {
    }

    /**
     * @param name  the reading thread's name
     * @param parse a file's value; must not depend on anything but the file's bytes (or its absence)
     */
    public ReadAhead(String name, Function<Path, T> parse) {
        this.name = name;
        this.parse = parse;
    }

    /** Starts reading the file on a thread of its own. */
    public void start(Path file) {
        Path at = file.toAbsolutePath().normalize();
        Background<Read<T>> read = Background.start(name, () -> {
            long readAt = System.currentTimeMillis();
            FileStamps.Stamp stamp = FileStamps.stat(at, "");
            T value = parse.apply(file);
            return new Read<>(stamp == null ? null : FileStamps.keyed(stamp, readAt, ""), value);
        });
        Background<Read<T>> earlier = pending.put(at, read);
        if (earlier != null) {
            earlier.join();
        }
    }

    /** The file's value: the one read ahead while the file is as it was then, else parsed now. */
    public T take(Path file) {
        Path at = file.toAbsolutePath().normalize();
        Background<Read<T>> ahead = pending.remove(at);
        if (ahead != null) {
            Read<T> read;
            try {
                read = ahead.await();
            } catch (RuntimeException e) {
                read = null; // parsed again below, where what it throws reaches the caller as without reading ahead
            }
            if (read != null && FileStamps.same(read.stamp(), FileStamps.stat(at, ""))) {
                return read.value();
            }
        }
        return parse.apply(file);
    }
}
