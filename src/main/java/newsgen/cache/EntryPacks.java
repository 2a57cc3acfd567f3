package newsgen.cache;

import newsgen.model.Problem;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Where the article cache's entries are kept: appended to a few pack files ({@code articles/pack-<id>}), each entry
 * framed as it was in a file of its own (magic, key, lengths and checksums, head, body), with an index
 * ({@code articles/index}: key, pack, offset and frame of every entry, itself framed and checksummed by
 * {@link FramedFile}) written when the build ends.
 *
 * <p>Why not a file per entry: on a file system that must skip past recently freed inodes (ext4 without a journal,
 * as on the bench machine), creating the 10,164 entry files of a cold build, and renaming each over its old one, was
 * a large part of the build's system time and slowed the site's own files created after them; reading 10,164 heads
 * was as many opens and closes. Packs are only ever appended to: an entry's bytes never change once written, so an
 * index entry (and a body read later) always finds what was written under its key, or damage the checksums catch.
 *
 * <p>A build appends what it stores to a new pack of its own. When it ends ({@link #keepOnly}), the index keeps only
 * the entries the build used; a pack less than half of whose bytes are still used, and every pack but the largest
 * when there are more than {@value #MAX_PACKS}, has its entries that are still used copied (checked) into a new pack;
 * the index is written, then packs the index does not name are deleted. The index is also written once the build has
 * stored its entries ({@link #saveIndex}), so that a build stopped later (an error in its pages, Ctrl-C) leaves them
 * to the next one; a pack no index names (a build stopped while storing) is deleted at the next build's end.
 */
final class EntryPacks {
    /** The magic each entry starts with. */
    static final byte[] MAGIC = "newsgen-entry-2\n".getBytes(StandardCharsets.US_ASCII);
    /** The magic, the key, then the head's and the body's lengths and checksums (CRC-32), four bytes each. */
    static final int HEADER = MAGIC.length + 32 + 16;
    static final String INDEX = "index";
    private static final byte[] INDEX_MAGIC = "newsgen-pack-index 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String PACK = "pack-";
    private static final Pattern PACK_NAME = Pattern.compile("pack-[0-9a-f]{16}");
    /** Entry files of the gen before packs (a key's 32 hex digits), and their partial files. */
    private static final Pattern OLD_ENTRY = Pattern.compile("[0-9a-f]{32}(\\.tmp-.*)?");
    /** More packs than this (a pack per build that stored anything) are merged at a build's end. */
    static final int MAX_PACKS = 8;

    /** An entry's lengths and checksums, as its header gives them. */
    record Frame(int headLength, int bodyLength, int headCrc, int bodyCrc) {
        long size() {
            return (long) HEADER + headLength + bodyLength;
        }
    }

    /** Where an entry is: its pack, its first byte there, and its frame. */
    record Location(String pack, long offset, Frame frame) {
    }

    private final Path folder;
    private final byte[] indexKey;
    private final Map<String, Location> index = new ConcurrentHashMap<>();
    private final Map<String, FileChannel> readers = new ConcurrentHashMap<>();
    private FileChannel writer;
    private String writing;
    private long written;

    EntryPacks(Path folder, String version) {
        this.folder = folder;
        this.indexKey = version.getBytes(StandardCharsets.US_ASCII);
    }

    Path folder() {
        return folder;
    }

    /** Reads the index; one that cannot be used is warned about (unless it is another gen's) and counts as empty. */
    void load(List<Problem> warnings) {
        Map<String, Location> read = FramedFile.decoded(folder.resolve(INDEX), INDEX_MAGIC, () -> new String(indexKey, StandardCharsets.US_ASCII),
                warnings, "every article read and extracted again", EntryPacks::decode);
        if (read != null) {
            index.putAll(read);
        }
    }

    int size() {
        return index.size();
    }

    Location locate(String key) {
        return index.get(key);
    }

    /** Drops an entry found damaged: it is no longer looked up, nor kept in the index. */
    void forget(String key, Location where) {
        index.remove(key, where);
    }

    /** The entry's path as warnings name it: its pack and its key. */
    String shown(String key, Location where) {
        return folder.resolve(where.pack()).toString().replace('\\', '/') + " (entry " + key + ")";
    }

    /**
     * {@code length} bytes of the entry from {@code from} (counted from the entry's first byte), read through a channel
     * kept open for the pack until the build's end ({@link #keepOnly}); fewer when the pack ends before them.
     */
    byte[] read(Location where, long from, int length) throws IOException {
        FileChannel channel;
        try {
            channel = readers.computeIfAbsent(where.pack(), pack -> {
                try {
                    return FileChannel.open(folder.resolve(pack), StandardOpenOption.READ);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return readFully(channel, where.offset() + from, length);
    }

    private static byte[] readFully(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
        }
        return buffer.array();
    }

    /** Appends an entry (its whole framed bytes) to this build's pack, and indexes it under its key. */
    synchronized void append(String key, byte[] bytes, int length, Frame frame) throws IOException {
        if (writer == null) {
            Files.createDirectories(folder);
            for (int tries = 0; writer == null; tries++) {
                writing = PACK + HexFormat.of().formatHex(randomId());
                try {
                    writer = FileChannel.open(folder.resolve(writing), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (tries > 3) {
                        throw e;
                    }
                }
            }
            written = 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        long at = written;
        while (buffer.hasRemaining()) {
            writer.write(buffer, at + buffer.position());
        }
        written += length;
        index.put(key, new Location(writing, at, frame));
    }

    private static final java.util.Random IDS = new java.security.SecureRandom();

    private static byte[] randomId() {
        byte[] id = new byte[8];
        IDS.nextBytes(id);
        return id;
    }

    /**
     * At a build's end: keeps only the entries of these keys, merges packs mostly unused or too many, writes the index
     * and deletes the packs it does not name (and what an older gen left). Entries found damaged while merged are
     * dropped, with a warning.
     */
    synchronized void keepOnly(Set<String> used, List<Problem> warnings) throws IOException {
        closeAll();
        index.keySet().retainAll(used);
        Map<String, Long> sizes = new HashMap<>();
        Map<String, Long> live = new HashMap<>();
        for (Location where : index.values()) {
            live.merge(where.pack(), where.frame().size(), Long::sum);
        }
        for (String pack : live.keySet()) {
            try {
                sizes.put(pack, Files.size(folder.resolve(pack)));
            } catch (NoSuchFileException e) {
                sizes.put(pack, Long.MAX_VALUE); // gone: its entries are dropped when merged
            }
        }
        Set<String> merged = new java.util.HashSet<>();
        for (Map.Entry<String, Long> pack : live.entrySet()) {
            if (pack.getValue() * 2 < sizes.get(pack.getKey())) {
                merged.add(pack.getKey());
            }
        }
        if (live.size() > MAX_PACKS) {
            String largest = live.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            live.keySet().stream().filter(p -> !p.equals(largest)).forEach(merged::add);
        }
        if (!merged.isEmpty()) {
            merge(merged, warnings);
        }
        saveIndex();
        removeAllBut(new java.util.HashSet<>(index.values().stream().map(Location::pack).toList()));
    }

    /**
     * Writes the index as it is (entries of this build and of earlier ones, none dropped), so that what was stored so far
     * is found by the next build even if this one stops before its end.
     */
    synchronized void saveIndex() throws IOException {
        FramedFile.write(folder.resolve(INDEX), INDEX_MAGIC, indexKey, encode());
    }

    /** Copies the used entries of these packs, checked, into a new pack (one read and one write per entry). */
    private void merge(Set<String> packs, List<Problem> warnings) throws IOException {
        List<Map.Entry<String, Location>> moving = new ArrayList<>(index.entrySet().stream()
                .filter(e -> packs.contains(e.getValue().pack())).toList());
        moving.sort(Comparator.comparing((Map.Entry<String, Location> e) -> e.getValue().pack())
                .thenComparingLong(e -> e.getValue().offset()));
        for (Map.Entry<String, Location> e : moving) {
            String key = e.getKey();
            Location where = e.getValue();
            byte[] bytes;
            String why;
            try {
                bytes = read(where, 0, (int) where.frame().size());
                why = check(bytes, key, where.frame());
            } catch (IOException ex) {
                bytes = null;
                why = "cannot be read: " + ex.getMessage();
            }
            if (why != null) {
                index.remove(key);
                warnings.add(new Problem(shown(key, where), 0, "corrupt cache entry (" + why + "); dropped, its article is extracted again"));
                continue;
            }
            append(key, bytes, bytes.length, where.frame());
        }
        closeAll();
    }

    /** Null when the bytes are the whole entry of this key and frame, with both checksums right; else what is wrong. */
    static String check(byte[] bytes, String key, Frame frame) {
        try {
            Frame found = frame(bytes, key, bytes.length);
            if (!found.equals(frame)) {
                return "rewritten since it was indexed";
            }
        } catch (CorruptEntryException e) {
            return e.getMessage();
        }
        if (crc(bytes, HEADER, frame.headLength()) != frame.headCrc()
                || crc(bytes, HEADER + frame.headLength(), frame.bodyLength()) != frame.bodyCrc()) {
            return "checksum mismatch";
        }
        return null;
    }

    /** Checks an entry's header (magic, key, lengths against its size); gives its lengths and checksums. */
    static Frame frame(byte[] bytes, String key, long size) {
        if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CorruptEntryException("not a gen cache entry");
        }
        String inside = new String(bytes, MAGIC.length, 32, StandardCharsets.US_ASCII);
        if (!inside.equals(key)) {
            throw new CorruptEntryException("it carries the key " + inside.replaceAll("[^0-9a-f]", "?"));
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, MAGIC.length + 32, 16);
        Frame frame = new Frame(header.getInt(), header.getInt(), header.getInt(), header.getInt());
        if (frame.headLength() < 0 || frame.bodyLength() < 0 || size < frame.size()) {
            throw new CorruptEntryException("cut short or grown: " + (size - HEADER) + " bytes of "
                    + ((long) frame.headLength() + frame.bodyLength()));
        }
        return frame;
    }

    static int crc(byte[] bytes, int from, int length) {
        CRC32 check = new CRC32();
        check.update(bytes, from, length);
        return (int) check.getValue();
    }

    /** Closes the packs' channels (reading and writing); later reads open them again, a later append starts a new pack. */
    synchronized void closeAll() {
        for (FileChannel channel : readers.values()) {
            try {
                channel.close();
            } catch (IOException e) {
                // only read from: nothing is lost
            }
        }
        readers.clear();
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                // each entry was written before it was indexed; a close that fails loses nothing it wrote
            }
            writer = null;
        }
    }

    /** Deletes every pack but these (and an older gen's entry files). */
    void removeAllBut(Set<String> keep) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
            for (Path p : list) {
                String name = p.getFileName().toString();
                boolean ours = PACK_NAME.matcher(name).matches() || OLD_ENTRY.matcher(name).matches();
                if (ours && !keep.contains(name)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Forgets every entry and deletes every pack and the index (another gen's cache). */
    synchronized void clear() throws IOException {
        closeAll();
        index.clear();
        Files.deleteIfExists(folder.resolve(INDEX));
        removeAllBut(Set.of());
    }

    private byte[] encode() throws IOException {
        Map<String, Integer> packs = new LinkedHashMap<>();
        List<Map.Entry<String, Location>> entries = new ArrayList<>(index.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Location> e : entries) {
            packs.putIfAbsent(e.getValue().pack(), packs.size());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 44);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(packs.size());
        for (String pack : packs.keySet()) {
            out.writeUTF(pack);
        }
        out.writeInt(entries.size());
        HexFormat hex = HexFormat.of();
        for (Map.Entry<String, Location> e : entries) {
            out.write(hex.parseHex(e.getKey()));
            Location where = e.getValue();
            out.writeInt(packs.get(where.pack()));
            out.writeLong(where.offset());
            Frame f = where.frame();
            out.writeInt(f.headLength());
            out.writeInt(f.bodyLength());
            out.writeInt(f.headCrc());
            out.writeInt(f.bodyCrc());
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static Map<String, Location> decode(DataInputStream in) throws IOException {
        int packCount = in.readInt();
        if (packCount < 0 || packCount > 1 << 16) {
            throw new IOException("packs: " + packCount);
        }
        String[] packs = new String[packCount];
        for (int i = 0; i < packCount; i++) {
            packs[i] = in.readUTF();
            if (!PACK_NAME.matcher(packs[i]).matches()) {
                throw new IOException("not a pack: " + packs[i]);
            }
        }
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("entries: " + count);
        }
        Map<String, Location> read = new HashMap<>(count * 4 / 3 + 1);
        HexFormat hex = HexFormat.of();
        byte[] key = new byte[16];
        for (int i = 0; i < count; i++) {
            in.readFully(key);
            String pack = packs[in.readInt()];
            long offset = in.readLong();
            Frame frame = new Frame(in.readInt(), in.readInt(), in.readInt(), in.readInt());
            if (offset < 0 || frame.headLength() < 0 || frame.bodyLength() < 0) {
                throw new IOException("entry " + i);
            }
            read.put(hex.formatHex(key), new Location(pack, offset, frame));
        }
        return read;
    }
}
