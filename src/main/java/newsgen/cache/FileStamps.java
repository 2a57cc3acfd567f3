package newsgen.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the last scan found of each article file (size, modification and status-change times, inode) with the key it
 * worked out from the file's bytes, so the next scan reads only the files whose stamp changed: reading and hashing
 * all 10,164 files of the benchmark corpus was ~1 CPU-s of every build, however little had changed.
 *
 * <p>Trusted the way git trusts its index: a stamp is used only when every field is the same and the file's
 * modification time was at least {@link #SETTLED_MS} older than the moment the file was read for its key. An edit
 * after that reading gives the file a newer modification time (and, on Unix, a newer status-change time, which no
 * program can set back), so it never looks unchanged; a file written in the seconds before a scan is read again at
 * the next scan. Where the status-change time and inode cannot be read (not a Unix file system) the stamp is size
 * and modification time, as Hugo and make use.
 *
 * <p>The file is framed ({@link FramedFile}) under a key over the cache's version and the options that change keys,
 * so one that is cut short, garbled or of another gen is ignored and every file is read.
 */
final class FileStamps {
    static final String FILE = "scan";
    /** A file modified less than this before it was read may be modified again within one tick of its clock. */
    static final long SETTLED_MS = 3_000;
    private static final byte[] MAGIC = "newsgen-scan 1\n".getBytes(StandardCharsets.US_ASCII);

    /** One file's stamp and key; {@code settled} when its modification time was old enough when it was read. */
    record Stamp(String path, String name, long size, long modified, long changed, long inode, boolean settled, String key) {
    }

    private FileStamps() {
    }

    /** The file's stamp without its key (read before the bytes), or null when it cannot be read. */
    static Stamp stat(Path file, String name) {
        try {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
                return new Stamp(file.toString(), name, (Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")),
                        nanos((FileTime) a.get("ctime")), (Long) a.get("ino"), false, null);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(file.toString(), name, a.size(), nanos(a.lastModifiedTime()), -1,
                        Objects.hashCode(a.fileKey()), false, null);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The stamp made when its file was read at {@code readAtMillis}, with the key of the bytes read. */
    static Stamp keyed(Stamp s, long readAtMillis, String key) {
        boolean settled = s.modified() / 1_000_000 < readAtMillis - SETTLED_MS;
        return new Stamp(s.path(), s.name(), s.size(), s.modified(), s.changed(), s.inode(), settled, key);
    }

    /** True when the old stamp's key may stand for the file that now has stamp {@code now}. */
    static boolean same(Stamp old, Stamp now) {
        return old != null && now != null && old.settled() && old.key() != null && old.path().equals(now.path())
                && old.name().equals(now.name()) && old.size() == now.size() && old.modified() == now.modified()
                && old.changed() == now.changed() && old.inode() == now.inode();
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /** The stamps kept in the folder under this key, by path; empty when there are none or they cannot be trusted. */
    static Map<String, Stamp> read(Path folder, String key) {
        Map<String, Stamp> out = new HashMap<>();
        try {
            byte[] payload = FramedFile.payload(Files.readAllBytes(folder.resolve(FILE)), MAGIC, key.getBytes(StandardCharsets.US_ASCII));
            if (payload == null) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            for (int n = in.readInt(); n > 0; n--) {
                Stamp s = new Stamp(in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                        in.readBoolean(), in.readUTF());
                out.put(s.path(), s);
            }
            if (in.read() != -1) {
                return Map.of();
            }
            return out;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // stamps that cannot be read are no stamps: every file is read
        }
    }

    /** Keeps the stamps of files that have a key (best effort: without them the next scan reads every file). */
    static void write(Path folder, String key, List<Stamp> stamps) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * stamps.size() + 16);
            List<Stamp> kept = stamps.stream().filter(s -> s != null && s.key() != null).toList();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(kept.size());
                for (Stamp s : kept) {
                    out.writeUTF(s.path());
                    out.writeUTF(s.name());
                    out.writeLong(s.size());
                    out.writeLong(s.modified());
                    out.writeLong(s.changed());
                    out.writeLong(s.inode());
                    out.writeBoolean(s.settled());
                    out.writeUTF(s.key());
                }
            }
            FramedFile.write(folder.resolve(FILE), MAGIC, key.getBytes(StandardCharsets.US_ASCII), bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(folder.resolve(FILE));
            } catch (IOException ignored) {
                // stale stamps are only trusted when every field matches, and then their key is right
            }
        }
    }
}
