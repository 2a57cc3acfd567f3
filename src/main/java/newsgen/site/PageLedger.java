package newsgen.site;

import newsgen.cache.ReadAhead;
import newsgen.cache.SipHash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Which model each page of the current site was rendered from, kept in the cache folder beside the site, so a page
 * whose model did not change is carried over from the old site without being rendered again.
 *
 * <p>A page's key is a keyed hash ({@link SipHash}, its secret key kept in the ledger) of its model ({@link ModelHash}) with everything else its bytes depend on: its
 * path, its template's name, and the render key (gen's code, the user's templates, the site-wide variables). The
 * ledger notes, for each page, the key and the size and modification time of the file the site holds for it; a page
 * is carried over only when its key is the same and the site's file still has that size and time (a file someone
 * edited, or a site from another build, shows in these and is rendered again).
 *
 * <p>The ledger is removed before a build changes the site and written only once the new site is in place: a
 * build that fails or is interrupted leaves no ledger, and the next build renders every page.
 */
final class PageLedger {
    private static final String FILE = "pages";
    private static final String HEADER = "newsgen page ledger 3 ";

    private record Line(String key, long size, long modified) {
    }

    private final Path file;
    private final String renderKey;
    private final SipHash hash;
    private final Map<String, Line> previous;
    private final Map<String, Line> current = new ConcurrentHashMap<>();

    private PageLedger(Path file, String renderKey, SipHash hash, Map<String, Line> previous) {
        this.file = file;
        this.renderKey = renderKey;
        this.hash = hash;
        this.previous = previous;
    }

    /**
     * @param renderKey what every page's bytes depend on besides its own model (code, templates, site-wide variables)
     */
    static PageLedger open(Path cacheFolder, String renderKey) {
        Path file = cacheFolder.resolve(FILE);
        Kept kept = AHEAD.take(file);
        return new PageLedger(file, renderKey, kept.hash() == null ? SipHash.random() : kept.hash(), kept.previous());
    }

    /** Starts reading the ledger in the cache folder on a thread of its own, for {@link #open} ({@link ReadAhead}). */
    static void readAhead(Path cacheFolder) {
        AHEAD.start(cacheFolder.resolve(FILE));
    }

    private static final ReadAhead<Kept> AHEAD = new ReadAhead<>("newsgen-ledger", PageLedger::read);

    /** What a ledger file holds: its hash's key (null for none) and each page's line; nothing for a file not read. */
    private record Kept(SipHash hash, Map<String, Line> previous) {
    }

    private static Kept read(Path file) {
        Map<String, Line> previous = new HashMap<>();
        SipHash hash = null;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith(HEADER)) {
                hash = SipHash.of(lines.get(0).substring(HEADER.length()));
                for (String line : lines.subList(1, lines.size())) {
                    String[] parts = line.split(" ", 4);
                    previous.put(parts[3], new Line(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
                }
            }
        } catch (IOException | RuntimeException e) {
            previous.clear(); // no ledger, or one that cannot be read: every page is rendered
            hash = null;
        }
        return new Kept(hash, previous);
    }

    /** The key of a page rendered from this model, or null when the model holds something the hash cannot describe. */
    String key(Page page, Object model) {
        try {
            return ModelHash.key(hash, model, renderKey, page.path(), page.template());
        } catch (ModelHash.Unhashable e) {
            return null;
        }
    }

    /**
     * The key of a page made from these {@link PageInputs} (which determine its model), or null when the inputs hold
     * something the hash cannot describe. Marked apart from a model's key, so the two never stand for each other.
     */
    String inputsKey(Page page, Object inputs) {
        return inputsKey(page.path(), page.template(), inputs);
    }

    /** As above for a file at {@code path} made by {@code maker} (a template's name, or what else makes it). */
    String inputsKey(String path, String maker, Object inputs) {
        try {
            return ModelHash.key(hash, inputs, renderKey, path, maker, PageInputs.VERSION);
        } catch (ModelHash.Unhashable e) {
            return null;
        }
    }

    /** Carries the old site's file over when it was rendered from the same key and is as that build left it. */
    boolean carry(String path, String key, OutputFolder out) {
        Line old = previous.get(path);
        return old != null && old.key().equals(key) && carry(path, old, out);
    }

    /**
     * Carries the old site's file over, whatever its key, when it is as the last build left it: for a page that
     * {@link SiteChanges} says is made from what the last build made it from, so its key would be the old one.
     */
    boolean carry(String path, OutputFolder out) {
        return carry(path, previous.get(path), out);
    }

    private boolean carry(String path, Line old, OutputFolder out) {
        if (old == null || !out.carryUnchanged(path, old.size(), old.modified())) {
            return false;
        }
        current.put(path, old);
        return true;
    }

    /** Notes a page just written (or carried over by its bytes) under its key. */
    void wrote(String path, String key, OutputFolder out) {
        BasicFileAttributes a = out.stagedAttributes(path);
        if (a != null) {
            current.put(path, new Line(key, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
    }

    /** Called before the site changes: until {@link #save}, no page may be carried over on the ledger's word. */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            try {
                Files.writeString(file, "", StandardCharsets.UTF_8);
            } catch (IOException ignored) {
                // open() reads an unreadable ledger as none
            }
        }
    }

    /** Writes the ledger of the site just put in place (best effort: without it the next build renders every page). */
    void save() {
        List<String> lines = new ArrayList<>(current.size() + 1);
        lines.add(HEADER + hash.key());
        current.forEach((path, l) -> {
            if (path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
                lines.add(l.key() + " " + l.size() + " " + l.modified() + " " + path);
            }
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            clear();
        }
    }
}
