package newsgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The heap gen starts itself with ({@link Launcher}): sized from the article files it is about to read, so a
 * 10,000-article build stays under 1 GB of memory and a bigger archive still fits, without asking for JVM flags.
 *
 * <p>Measured on the benchmark corpus (10,164 real articles, 48.5 MB of files): ~300 MB stays alive while the
 * pages are written (class histogram), and the build runs in an 800 MB heap with a peak of 0.94 GB resident. The
 * live data grows with the text, so the heap is 14 bytes per byte of article files (2.8 times the live data), at
 * least 800 MB, and at most half of the machine's memory.
 */
final class HeapSize {
    /** The heap of a small or ordinary archive, in MB. */
    static final long MIN_MB = 800;
    /** Heap bytes per byte of article files. */
    static final long PER_ARTICLE_BYTE = 14;
    /** Walking stops here: past it the archive is big enough for the cap to decide. */
    private static final int MAX_FILES = 2_000_000;

    private HeapSize() {
    }

    /**
     * The heap in MB for articles of this many bytes on a machine with this much memory (0 when unknown).
     */
    static long megabytes(long articleBytes, long physicalBytes) {
        long wanted = Math.max(MIN_MB, articleBytes * PER_ARTICLE_BYTE / (1024 * 1024));
        if (wanted == MIN_MB || physicalBytes <= 0) {
            return wanted;
        }
        return Math.max(MIN_MB, Math.min(wanted, physicalBytes / 2 / (1024 * 1024)));
    }

    /**
     * The young generation of a heap of this many MB, in MB: a quarter of it. The default (a third of a heap that
     * starts at a 64th of the machine's memory and grows) made 133 young and 5 full collections in a build of the
     * benchmark corpus, 8.6 CPU-s with the other core idle; a heap of its full size from the start with three eighths
     * young made 86 and 3, 6.8 CPU-s (gc+cpu log, 10,164 articles; peak memory the same, 0.85 GB). Why a quarter: with
     * three eighths, the old generation's 500 MB held ~450 MB by the pages stage of a cold build, ~95 MB of it
     * temporaries of extraction and the archive promoted by young collections, and one full collection of the ~360 MB
     * live took 3.0-3.1 s; with a quarter (600 MB old) there was none (3 alternating cold builds, 10,164 articles, gc
     * log; 3/8: 42 young + 1 full collections, CPU 20.1-20.4 s, peak RSS 889-900 MiB; 1/4: 62 young + 0 full, CPU
     * 19.1-19.2 s, peak RSS 790-801 MiB). Builds from the cache: CPU the same (6 pairs, median ratio 0.99), peak RSS
     * ~110 MiB less with 1/4.
     */
    static long youngMegabytes(long heapMegabytes) {
        return heapMegabytes / 4;
    }

    /** The heap for gen run with these arguments on this machine, in MB. */
    static long forArguments(String[] args) {
        return forBytes(articleBytes(articlePaths(args)));
    }

    /** The heap for article files of this many bytes on this machine, in MB. */
    static long forBytes(long bytes) {
        if (bytes * PER_ARTICLE_BYTE / (1024 * 1024) <= MIN_MB) {
            return MIN_MB; // the usual case: no need to ask the machine
        }
        return megabytes(bytes, physicalMemory());
    }

    /**
     * Where the command will read articles: the value of {@code --articles} (build, serve, entities), the paths
     * {@code extract} is given, else the default folder {@code articles}.
     */
    static List<Path> articlePaths(String[] args) {
        List<Path> paths = new ArrayList<>();
        boolean extract = args.length > 0 && "extract".equals(args[0]);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--articles") && i + 1 < args.length) {
                paths.add(Path.of(args[++i]));
            } else if (a.startsWith("--articles=")) {
                paths.add(Path.of(a.substring("--articles=".length())));
            } else if (extract && i > 0 && !a.startsWith("-")) {
                paths.add(Path.of(a));
            }
        }
        return paths.isEmpty() ? List.of(Path.of("articles")) : paths;
    }

    /**
     * The bytes of the files under the paths; what cannot be read counts nothing (gen itself reports it). A file
     * visitor rather than a stream of paths: this runs in the JVM that only starts gen's own, where every lambda
     * costs classes made at run time.
     */
    static long articleBytes(List<Path> paths) {
        Sizes sizes = new Sizes();
        for (Path path : paths) {
            try {
                if (Files.isRegularFile(path)) {
                    sizes.total += Files.size(path);
                } else if (Files.isDirectory(path)) {
                    Files.walkFileTree(path, sizes);
                }
            } catch (IOException | UncheckedIOException | SecurityException | java.nio.file.InvalidPathException e) {
                // counted as nothing
            }
        }
        return sizes.total;
    }

    /** Adds up the sizes of regular files, up to {@link #MAX_FILES} of them; what cannot be read counts nothing. */
    private static final class Sizes extends SimpleFileVisitor<Path> {
        long total;
        int files;

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
                total += attributes.size();
            }
            return ++files < MAX_FILES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
        }
    }

    private static long physicalMemory() {
        try {
            if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // unknown: no cap
        }
        return 0;
    }
}
