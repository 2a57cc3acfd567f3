package newsgen.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the last successful build of a site took in and left behind, so that a build with exactly the same inputs
 * can leave the site as it is. Safe only when all of these hold, and all are checked:
 * <ul>
 *   <li>the inputs are the same: one fingerprint over gen's code, every option that shapes the output, every
 *       article file's bytes and name, the templates folder and the editor's entities file;</li>
 *   <li>that build finished without errors (only such a build leaves a stamp) and committed its site: the stamp is
 *       removed before a build starts changing the site, and written only after the new site is in place;</li>
 *   <li>the site is as that build left it: the same files, each with the same size and modification time (an edited,
 *       added, removed or replaced file shows in one of these; a copy that kept every time and size kept the bytes).</li>
 * </ul>
 * Anything else, including a stamp that cannot be read, means a full build.
 */
public final class BuildStamp {
    private static final String FILE = "last-build";
    private static final String HEADER = "newsgen build stamp 1";

    /** What the stamped build reported: its warnings (to show again) and its counts. */
    public record Stamped(List<String> warnings, int articles, int pages, int files) {
    }

    private BuildStamp() {
    }

    /** The stamped build, when its inputs were {@code inputs} and the site is exactly as it left it; else null. */
    public static Stamped check(Path cacheFolder, String inputs, Path site) {
        List<String> lines;
        try (java.io.BufferedReader in = Files.newBufferedReader(cacheFolder.resolve(FILE), StandardCharsets.UTF_8)) {
            // The header first: a build with other inputs (any edit) reads no further than the inputs' line, not the
            // ~33,000 lines of the site's files.
            if (!HEADER.equals(in.readLine()) || !("inputs " + inputs).equals(in.readLine())) {
                return null;
            }
            lines = new ArrayList<>(List.of(HEADER, "inputs " + inputs));
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            int i = 0;
            if (!lines.get(i++).equals(HEADER) || !lines.get(i++).equals("inputs " + inputs)) {
                return null;
            }
            String[] counts = lines.get(i++).split(" ");
            int warningCount = Integer.parseInt(lines.get(i++).substring("warnings ".length()));
            List<String> warnings = new ArrayList<>(lines.subList(i, i + warningCount).stream().map(BuildStamp::unescape).toList());
            i += warningCount;
            int fileCount = Integer.parseInt(lines.get(i++).substring("files ".length()));
            if (lines.size() != i + fileCount || !lines.subList(i, i + fileCount).equals(listing(site))) {
                return null;
            }
            return new Stamped(List.copyOf(warnings), Integer.parseInt(counts[1]), Integer.parseInt(counts[2]), Integer.parseInt(counts[3]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Removes the stamp: from now on the site may change, and until a new stamp no build may skip. */
    public static void clear(Path cacheFolder) {
        try {
            Files.deleteIfExists(cacheFolder.resolve(FILE));
        } catch (IOException e) {
            // a stamp that cannot be removed would be trusted: make sure it cannot match
            try {
                Files.writeString(cacheFolder.resolve(FILE), "", StandardCharsets.UTF_8);
            } catch (IOException ignored) {
                // nothing more can be done; check() reads an unreadable stamp as no stamp
            }
        }
    }

    /** Stamps a site just built without errors from these inputs (best effort: without a stamp the next build is full). */
    public static void write(Path cacheFolder, String inputs, Path site, List<String> warnings, int articles, int pages, int files) {
        write(cacheFolder, inputs, site, null, warnings, articles, pages, files);
    }

    /**
     * As above, with the site's files as {@link #listing} gives them when the build knows them (else null: the site is
     * walked). A listing that is not the site's makes the next build's check fail, so that build is full.
     */
    public static void write(Path cacheFolder, String inputs, Path site, List<String> known, List<String> warnings,
                             int articles, int pages, int files) {
        try {
            List<String> lines = new ArrayList<>();
            lines.add(HEADER);
            lines.add("inputs " + inputs);
            lines.add("counts " + articles + " " + pages + " " + files);
            lines.add("warnings " + warnings.size());
            warnings.forEach(w -> lines.add(escape(w)));
            List<String> listing = known != null ? known : listing(site);
            lines.add("files " + listing.size());
            lines.addAll(listing);
            Files.createDirectories(cacheFolder);
            Path tmp = cacheFolder.resolve(FILE + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, cacheFolder.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            clear(cacheFolder);
        }
    }

    /**
     * Every file under the site, sorted: "size modified-nanoseconds path" (symbolic links as themselves). Each entry
     * of the site's top folder is walked on its own, on both cores: the walk is a file-system call per file (~33,000
     * for 10,164 articles), made in every build from the cache: to stamp the site after a build that changed it, or to
     * check the stamp in a build with nothing changed, where it is most of the work.
     */
    public static List<String> listing(Path site) throws IOException {
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(site.toString());
        }
        List<Path> top;
        try (java.util.stream.Stream<Path> entries = Files.list(site)) {
            top = entries.toList();
        }
        List<String> files;
        try {
            files = new ArrayList<>(top.parallelStream().flatMap(entry -> walk(site, entry).stream()).toList());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(null);
        return files;
    }

    /** The files under one entry of the site (the entry itself when it is no folder), unsorted. */
    private static List<String> walk(Path site, Path entry) {
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(entry, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    files.add(line(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                            site.relativize(file).toString().replace('\\', '/')));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /** One file's line of the listing: "size modified-nanoseconds path", the path relative to the site with '/'. */
    public static String line(long size, long modifiedNanos, String sitePath) {
        return size + " " + modifiedNanos + " " + escape(sitePath);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
