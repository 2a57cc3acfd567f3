package newsgen.cache;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.LazyList;
import newsgen.model.Problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * What earlier builds read and extracted, so an unchanged article is neither parsed nor extracted again. It lives in
 * {@code .newsgen-cache/<output folder's name>/} beside the output folder (never inside it: it is not published):
 * one entry per article, kept in a few pack files under {@code articles/} ({@link EntryPacks}), under a key over the
 * article file's bytes, its path and name, the option that changes how it loads ({@code --allow-html}), the shape of
 * the cached records, and the gen that made it ({@link CodeVersion}). An edit, another gen or another option gives
 * another key, so an entry is either exactly what this gen would make again, or never looked at.
 *
 * <p>An entry that is not what gen wrote (cut short, garbled, a checksum that does not match, another key inside,
 * another article's path) is reported as a warning, dropped and made again: it is never trusted. A cache made by
 * another gen is announced once and emptied. The cache only ever speeds a build up; one that cannot be written
 * (a read-only disk) is warned about and the build goes on without it.
 */
public final class ArticleCache {
    /** The folder beside the output folder that holds gen's caches. */
    public static final String FOLDER = ".newsgen-cache";
    /** The folder of the entries, inside the cache folder. */
    public static final String ENTRIES = "articles";
    private static final String VERSION_FILE = "VERSION";
    private static final byte[] MAGIC = EntryPacks.MAGIC;
    private static final int HEADER = EntryPacks.HEADER;
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final RecordCodec<Head> HEAD = new RecordCodec<>(Head.class);
    private static final RecordCodec<Body> BODY = new RecordCodec<>(Body.class);
    private static final RecordCodec<Lead> LEAD = new RecordCodec<>(Lead.class);

    /**
     * One article as the build uses it: as loaded, as extracted (file named relative to its folder), what loading
     * warned, the words of its lead that story clustering weighs (null when not worked out; see
     * {@code ArchiveBuilder.leadWords}) and the summary the lists and feeds show (null when not worked out; see
     * {@code SiteBuilder.summary}). Both are kept so that an article given back by the cache need not have its
     * paragraphs read: they are decoded when first read ({@link LazyList}).
     */
    public record Entry(Article article, ArticleRecord record, List<Problem> warnings, List<String> lead, String summary) {
        public Entry {
            warnings = List.copyOf(warnings);
            lead = lead == null || lead instanceof LazyList<String> ? lead : List.copyOf(lead);
        }

        public Entry(Article article, ArticleRecord record, List<Problem> warnings, List<String> lead) {
            this(article, record, warnings, lead, null);
        }

        public Entry(Article article, ArticleRecord record, List<Problem> warnings) {
            this(article, record, warnings, null, null);
        }
    }

    /**
     * What an entry holds before the article's paragraphs: the article's other components (in {@link Article}'s order;
     * {@code ArticleCacheTest} fails when Article gains one not written here), its record, warnings and summary. Its
     * lead words follow it ({@link Lead}).
     */
    record Head(java.nio.file.Path file, String slug, String title, String outlet, String url, java.time.LocalDate date,
                ArticleRecord record, List<Problem> warnings, String summary) {
    }

    /**
     * An article's lead words, stored after its head (none when the entry has none) and decoded when first read. Why
     * apart: a build that keeps the last one's story clusters reads only the leads of articles new to the cache, and
     * decoding every cached article's ~60 short words took a sizeable share of reading the heads.
     */
    record Lead(List<String> words) {
        Lead {
            words = List.copyOf(words); // none is refused here: an entry without lead words has no Lead
        }
    }

    /** The article's paragraphs, stored after the head and decoded only when read. */
    record Body(List<newsgen.model.Paragraph> paragraphs) {
    }

    private final Path folder;
    private final EntryPacks packs;
    private final boolean lookUp;
    private final String version;
    private final Queue<Problem> warnings = new ConcurrentLinkedQueue<>();
    /** Packs found missing while entries were looked up (entries are looked up on several threads). */
    private final Set<String> gonePacks = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean unwritable = new AtomicBoolean();
    /**
     * Hashes article files for their keys: keyed, with a secret kept in the cache's VERSION file, so no article can
     * be written to share another's key (and SHA-256 reads only ~50 MB/s in gen's JVM: see {@link SipHash}).
     */
    private SipHash contentHash = SipHash.random();

    private ArticleCache(Path folder, boolean lookUp, String version) {
        this.folder = folder;
        this.packs = new EntryPacks(folder.resolve(ENTRIES), version);
        this.lookUp = lookUp;
        this.version = version;
    }

    /** The cache folder for an output folder: {@code .newsgen-cache/<name>} beside it. */
    public static Path folderFor(Path out) {
        Path site = out.toAbsolutePath().normalize();
        return site.resolveSibling(FOLDER).resolve(site.getFileName().toString());
    }

    /**
     * Opens (making it if need be) the cache in a folder.
     *
     * @param lookUp false for a cold build ({@code --no-cache}): nothing is read from the cache, every article is
     *               read and extracted again, and the cache is written afresh
     */
    public static ArticleCache open(Path folder, boolean lookUp) {
        return open(folder, lookUp, CodeVersion.current());
    }

    /** As {@link #open(Path, boolean)}, for a gen whose code fingerprint is given (tests play another version). */
    static ArticleCache open(Path folder, boolean lookUp, String codeVersion) {
        String version = new Fingerprint().add(codeVersion).add(HEAD.schema()).add(LEAD.schema()).add(BODY.schema()).hex();
        ArticleCache cache = new ArticleCache(folder, lookUp, version);
        cache.prepare();
        return cache;
    }

    /** Checks the cache was made by this gen; another gen's entries are removed (their keys could never match). */
    private void prepare() {
        Path versionFile = folder.resolve(VERSION_FILE);
        try {
            List<String> lines = Files.isRegularFile(versionFile) ? Files.readAllLines(versionFile, StandardCharsets.UTF_8) : List.of();
            String found = lines.isEmpty() ? null : lines.get(0).strip();
            if (version.equals(found) && lines.size() == 2) {
                try {
                    contentHash = SipHash.of(lines.get(1).strip());
                    if (lookUp) {
                        List<Problem> found2 = new java.util.ArrayList<>();
                        packs.load(found2);
                        warnings.addAll(found2);
                    }
                    return;
                } catch (IllegalArgumentException e) {
                    found = null; // a damaged file: a cache gen does not recognise
                }
            }
            if (found != null || Files.isDirectory(packs.folder())) {
                warnings.add(new Problem(shown(folder), 0, found == null || !ENTRY_NAME.matcher(found).matches()
                        ? "not a cache gen recognises (no valid " + VERSION_FILE + " file); ignored, and made again"
                        : "made by another version of gen; ignored, and made again"));
                packs.clear();
            }
            Files.createDirectories(packs.folder());
            Path tmp = folder.resolve(VERSION_FILE + ".tmp-" + UUID.randomUUID());
            Files.writeString(tmp, version + "\n" + contentHash.key() + "\n", StandardCharsets.UTF_8);
            move(tmp, versionFile);
        } catch (IOException | RuntimeException e) {
            cannotWrite(e);
        }
    }

    /** Where the cache lives. */
    public Path folder() {
        return folder;
    }

    /** How many entries the cache holds (those its index names, as read when opened and stored since). */
    public int entryCount() {
        return packs.size();
    }

    /** What was wrong with the cache so far (corrupt entries, another gen's cache); each is also repaired. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** Takes and clears the warnings gathered so far, to print them once. */
    public List<Problem> drainWarnings() {
        List<Problem> out = new java.util.ArrayList<>();
        for (Problem p; (p = warnings.poll()) != null; ) {
            out.add(p);
        }
        return out;
    }

    /**
     * The key of one article file: its bytes with everything else that decides its entry.
     *
     * @param name the file's name as its record gives it (relative to its folder)
     * @return null when the file cannot be read (loading it reports why)
     */
    public String key(Path file, String name, boolean allowHtml) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        return new Fingerprint().add(version).add(allowHtml).add(file.toString()).add(name).add(contentHash.hex(bytes, bytes.length)).hex();
    }

    /**
     * The keys of many files, worked out in parallel, in the files' order. A file whose stamp (size, times, inode) is
     * the one the last scan noted keeps the key worked out then, without being read ({@link FileStamps}); the others
     * are read and hashed, and the stamps kept for the next scan.
     */
    public List<String> keys(List<Path> files, Function<Path, String> name, boolean allowHtml) {
        String stampKey = new Fingerprint().add(version).add(allowHtml).hex();
        awaitStamps(); // the last call's, if it is still writing them
        java.util.Map<String, FileStamps.Stamp> old = lookUp ? FileStamps.read(folder, stampKey) : java.util.Map.of();
        java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
        List<FileStamps.Stamp> stamps = files.parallelStream().map(f -> {
            String n = name.apply(f);
            FileStamps.Stamp now = FileStamps.stat(f, n);
            FileStamps.Stamp before = old.get(f.toString());
            if (FileStamps.same(before, now)) {
                return before;
            }
            read.incrementAndGet();
            long readAt = System.currentTimeMillis();
            String key = key(f, n, allowHtml);
            return now == null || key == null ? null : FileStamps.keyed(now, readAt, key);
        }).toList();
        if (read.get() > 0 || old.size() != files.size()) {
            // On a thread of its own: the next scan needs the stamps, this build does not (~10,000 stamps encoded and
            // written were a tenth of a one-edit build's scan on its main thread, JFR).
            STAMPS_WRITTEN.put(folder, newsgen.model.Background.start("newsgen-scan-stamps", () -> {
                FileStamps.write(folder, stampKey, stamps);
                return null;
            }));
        }
        filesRead = read.get();
        List<String> keys = new java.util.ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            FileStamps.Stamp s = stamps.get(i);
            keys.add(s == null ? key(files.get(i), name.apply(files.get(i)), allowHtml) : s.key());
        }
        return keys;
    }

    private volatile int filesRead = -1;
    /**
     * The stamps of the last scan of each cache folder being written: by folder, not by cache, so that a later scan
     * of the folder in this process (another build of a preview server) waits for them before it reads them.
     */
    private static final java.util.Map<Path, newsgen.model.Background<Void>> STAMPS_WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Waits until the stamps of this folder's last scan are written (before gen exits: a stamp file half written is none). */
    public void awaitStamps() {
        newsgen.model.Background<Void> writing = STAMPS_WRITTEN.remove(folder);
        if (writing != null) {
            writing.await();
        }
    }

    /** How many files the last {@link #keys} call read and hashed (the others' stamps were unchanged). */
    public int filesRead() {
        return filesRead;
    }

    /**
     * The entry for a key, or null when there is none (or it may not be looked up). An entry that is not exactly
     * what gen wrote for this file is reported, dropped and treated as missing.
     *
     * <p>Only the entry's head is read here (the article's fields, its record, warnings, lead words and summary), with
     * its own checksum; the body (the paragraphs, ~60 % of the bytes) is read and checked when something first reads
     * the paragraphs. Why: a one-article edit of 10,164 articles read all 157 MB of entries, 1.8 s of system time,
     * to check bodies of which it decodes ~50. A body found damaged then is reported the same way, and the article's
     * paragraphs are read from its file again ({@link #rereadBodiesWith}), never taken from the damaged entry.
     */
    public Entry get(String key, Path file) {
        if (!lookUp || key == null) {
            return null;
        }
        EntryPacks.Location where = packs.locate(key);
        if (where == null) {
            return null;
        }
        EntryPacks.Frame frame = where.frame();
        byte[] bytes;
        try {
            // The header and the head in one read: the body follows them, read when the paragraphs are.
            bytes = packs.read(where, 0, HEADER + frame.headLength());
            if (bytes.length < HEADER + frame.headLength()) {
                throw new CorruptEntryException("cut short");
            }
            if (!EntryPacks.frame(bytes, key, frame.size()).equals(frame)) {
                throw new CorruptEntryException("not the entry the index holds");
            }
            if (EntryPacks.crc(bytes, HEADER, frame.headLength()) != frame.headCrc()) {
                throw new CorruptEntryException("checksum mismatch");
            }
        } catch (NoSuchFileException e) {
            // A deleted pack held thousands of entries: one warning says so, the rest are read again quietly.
            if (!gonePacks.add(where.pack())) {
                packs.forget(key, where);
                return null;
            }
            return rejected(key, where, file, "its pack is gone; every article it held is read and extracted again");
        } catch (IOException e) {
            return rejected(key, where, file, "cannot be read: " + e.getMessage());
        } catch (CorruptEntryException e) {
            return rejected(key, where, file, e.getMessage());
        }
        try {
            Entry entry = decode(bytes, HEADER, bytes.length, key, where);
            if (!entry.article().file().toString().equals(file.toString())) {
                throw new CorruptEntryException("it holds " + entry.article().file() + ", not this file");
            }
            return entry;
        } catch (CorruptEntryException e) {
            return rejected(key, where, file, e.getMessage());
        }
    }

    private Entry rejected(String key, EntryPacks.Location where, Path file, String why) {
        warnings.add(new Problem(packs.shown(key, where), 0, "corrupt cache entry (" + why + "); "
                + file.toString().replace('\\', '/') + " was read and extracted again"));
        packs.forget(key, where); // stored again when the article is, under a new place
        return null;
    }

    /**
     * An entry from its head's bytes: the head's length (four bytes), the head, then the lead words (checked here,
     * decoded when first read), if any. Package-private for its test.
     */
    Entry decode(byte[] bytes, int from, int to, String key, EntryPacks.Location where) {
        if (to - from < 4) {
            throw new CorruptEntryException("cut short");
        }
        int headLength = ((bytes[from] & 0xff) << 24) | ((bytes[from + 1] & 0xff) << 16) | ((bytes[from + 2] & 0xff) << 8)
                | (bytes[from + 3] & 0xff);
        // Compared before adding: from + 4 + a length near 2^31 wraps round to a small number and would pass.
        if (headLength < 0 || headLength > to - from - 4) {
            throw new CorruptEntryException("a head of " + headLength + " bytes");
        }
        int leadFrom = from + 4 + headLength;
        Head head = HEAD.read(bytes, from + 4, leadFrom);
        Article article = new Article(head.file(), head.slug(), head.title(), head.outlet(), head.url(), head.date(),
                new LazyList<>(() -> body(key, where, head.file())));
        List<String> lead = null;
        if (leadFrom < to) {
            LEAD.check(bytes, leadFrom, to);
            byte[] leadBytes = Arrays.copyOfRange(bytes, leadFrom, to);
            lead = new LazyList<>(() -> LEAD.read(leadBytes).words());
        }
        return new Entry(article, head.record(), head.warnings(), lead, head.summary());
    }

    /** Reads an article's paragraphs from its file again, for an entry whose body turns out damaged. */
    private volatile Function<Path, List<newsgen.model.Paragraph>> reread;

    /**
     * How to get an article's paragraphs when its entry's body, read after its head, turns out damaged or gone: from
     * the article's file, read again (the caller checks the file still has the bytes its key was made from). Without
     * it, such a body fails the build with an error.
     */
    public void rereadBodiesWith(Function<Path, List<newsgen.model.Paragraph>> reread) {
        this.reread = reread;
    }

    /**
     * An entry's paragraphs, read from its pack when something first reads them. Why not keep the bytes: the bodies
     * are ~100 MB of the 10,164 articles' entries, which a build that reads ~50 of them kept to the end. The entry is
     * checked again (header as read with the head, body checksum); a pack's bytes are never written over, and packs
     * are merged and deleted only after the pages are written. A body removed or damaged is reported and the article's
     * file read again ({@link #rereadBodiesWith}); without that, the build fails with an error (a body is never
     * trusted unchecked, and cannot be left out).
     */
    private List<newsgen.model.Paragraph> body(String key, EntryPacks.Location where, Path article) {
        String why;
        try {
            EntryPacks.Frame expected = where.frame();
            byte[] header = packs.read(where, 0, HEADER);
            if (!EntryPacks.frame(header, key, expected.size()).equals(expected)) {
                throw new CorruptEntryException("rewritten since its head was read");
            }
            byte[] body = packs.read(where, HEADER + expected.headLength(), expected.bodyLength());
            if (body.length < expected.bodyLength()) {
                throw new CorruptEntryException("cut short");
            }
            if (EntryPacks.crc(body, 0, body.length) != expected.bodyCrc()) {
                throw new CorruptEntryException("checksum mismatch");
            }
            return BODY.read(body).paragraphs();
        } catch (IOException e) {
            why = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (CorruptEntryException e) {
            why = e.getMessage();
        }
        Function<Path, List<newsgen.model.Paragraph>> again = reread;
        if (again == null) {
            throw new java.io.UncheckedIOException(new IOException(packs.shown(key, where) + ": cache entry removed or changed while the build read it ("
                    + why + "); build again"));
        }
        warnings.add(new Problem(packs.shown(key, where), 0, "corrupt cache entry (" + why + "); "
                + article.toString().replace('\\', '/') + " was read again"));
        packs.forget(key, where); // made again when the article is next extracted
        return again.apply(article);
    }

    /** Stores an article's entry under its key, appended to this build's pack ({@link EntryPacks}). */
    public void put(String key, Entry entry) {
        if (key == null || unwritable.get()) {
            return;
        }
        Article a = entry.article();
        // The whole entry in this thread's buffer: the header's place, then the head and the body written after it.
        ByteOutput file = ByteOutput.forThread();
        file.write(MAGIC);
        file.write(key.getBytes(StandardCharsets.US_ASCII));
        int lengths = file.length();
        file.skip(HEADER - lengths);
        file.skip(4);
        HEAD.write(new Head(a.file(), a.slug(), a.title(), a.outlet(), a.url(), a.date(), entry.record(),
                entry.warnings(), entry.summary()), file);
        file.putInt(HEADER, file.length() - HEADER - 4);
        if (entry.lead() != null) {
            LEAD.write(new Lead(entry.lead()), file);
        }
        int headLength = file.length() - HEADER;
        BODY.write(new Body(a.paragraphs()), file);
        int bodyLength = file.length() - HEADER - headLength;
        byte[] bytes = file.array();
        EntryPacks.Frame frame = new EntryPacks.Frame(headLength, bodyLength, EntryPacks.crc(bytes, HEADER, headLength),
                EntryPacks.crc(bytes, HEADER + headLength, bodyLength));
        file.putInt(lengths, headLength);
        file.putInt(lengths + 4, bodyLength);
        file.putInt(lengths + 8, frame.headCrc());
        file.putInt(lengths + 12, frame.bodyCrc());
        try {
            packs.append(key, file.array(), file.length(), frame);
        } catch (IOException | RuntimeException e) {
            cannotWrite(e);
        }
    }

    /** Writes the index of the entries stored so far, before the build's end (see {@link EntryPacks#saveIndex}). */
    public void saveIndex() {
        if (unwritable.get()) {
            return;
        }
        try {
            packs.saveIndex();
        } catch (IOException | RuntimeException e) {
            cannotWrite(e);
        }
    }

    /**
     * At the build's end: keeps the entries of the articles this build had (not those deleted or edited since), merges
     * packs as {@link EntryPacks#keepOnly} says, and writes the index.
     */
    public void keepOnly(Set<String> used) {
        if (unwritable.get()) {
            packs.closeAll();
            return;
        }
        try {
            List<Problem> found = new java.util.ArrayList<>();
            packs.keepOnly(used, found);
            warnings.addAll(found);
        } catch (IOException | RuntimeException e) {
            cannotWrite(e);
        }
    }

    private void cannotWrite(Exception e) {
        if (unwritable.compareAndSet(false, true)) {
            warnings.add(new Problem(shown(folder), 0, "the cache cannot be written (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); building without it"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String shown(Path p) {
        return p.toString().replace('\\', '/');
    }
}
