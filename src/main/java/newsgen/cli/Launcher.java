package newsgen.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Starts gen in a JVM set up for it when the user gave {@code java -jar gen.jar} no JVM options of their own.
 *
 * <p>Why: a plain {@code java} picks G1 and lets the heap grow to a quarter of the machine's memory. A build of
 * 10,000 articles keeps ~320 MB alive, yet G1 let the process grow to 2.7–4.6 GB, and spent more CPU doing so
 * (measured: 131 CPU-s and 4.6 GB with the defaults, 101 CPU-s and 0.75 GB with a 600 MB serial heap, same jar).
 * The user is not asked for flags: gen starts itself again with
 * <ul>
 *   <li>{@code -XX:+UseParallelGC} for a build, {@code -XX:+UseSerialGC} for {@code gen extract}: the live data is
 *       small, so G1's concurrent machinery and its remembered sets cost more than they save, on 2 cores above all.
 *       The serial collector's pauses leave the second core idle (~5 CPU-s of pauses in a cold build of 10,164
 *       articles); the parallel one spends about as much CPU on both cores at once (same machine, quiet, 5 pairs
 *       alternating: wall 0.80-1.02 of the serial one's, median 0.91; peak 0.88-0.91 GB either way). Extraction
 *       holds little, and one collector thread costs less there;</li>
 *   <li>{@code -Xmx}: 800 MB for up to ~12,000 articles, so that with ~150 MB outside the heap (classes,
 *       compiled code, stacks) the process stays under 1 GB; more for a bigger archive, in proportion to its
 *       files' size, up to half the machine's memory ({@link HeapSize}); always 800 MB for {@code gen extract},
 *       which holds only the records it has yet to print. Any JVM option the user gives (such as
 *       {@code -Xmx4g}) turns this launcher off;</li>
 *   <li>{@code -Xms} the same and {@code -Xmn} a quarter of it ({@value #EXTRACT_YOUNG_MEGABYTES} MB for
 *       {@code gen extract}, see there): a heap that starts small grows through full
 *       collections, and a small young generation collects (and copies what the articles keep) more often
 *       ({@link HeapSize#youngMegabytes}). Memory is touched only as it is used, so the seeds stay small, but a
 *       build of some hundred articles fills the young generation before its first collection (924 articles: peak
 *       431 MB resident, 285 MB before); the 10,164-article build's peak is unchanged (~0.85 GB);</li>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick C1 compiler. gen runs a great deal of different code a
 *       few thousand times each, so C2's optimising compiler spent more CPU compiling than its code saved (measured
 *       with {@code gen extract} on 10,164 articles: 58.0 CPU-s with C2, 37.1 with C1 only; 1,848 articles: 19.8
 *       against 13.1; a whole {@code gen build} of the 10,164 articles, 2026-12-02: 98.2 CPU-s tiered, 64.2 and 60.4
 *       with C1 only, in the same 800 MB serial heap);</li>
 *   <li>a class-data sharing archive of the classes a build uses, the JDK's and gen's ({@code -XX:SharedArchiveFile}),
 *       in the user's cache folder, so later runs map the classes instead of loading and verifying them again: most
 *       of a small build's time is starting up. The first build that succeeds lists the classes it loaded
 *       ({@code -XX:DumpLoadedClassList}) and this JVM then dumps them ({@code -Xshare:dump}). A static archive,
 *       not the dynamic one {@code -XX:ArchiveClassesAtExit} makes: that one leaves out classes compiled for Java
 *       5, as picocli's 175 are, which every run then loaded from the jar and checked with the old verifier (the
 *       seeds build, median of 10 at load 10: 1.11 against 1.16 CPU-s, 1.50 against 1.85 s wall).</li>
 * </ul>
 * Any JVM option on the command line (or in {@code JAVA_TOOL_OPTIONS}/{@code JDK_JAVA_OPTIONS}) means the user
 * chose; gen then runs in the JVM it was given. {@code NEWSGEN_RELAUNCH=0} does the same.
 */
final class Launcher {
    /** Set in the JVM gen started, so it never starts another. */
    static final String LAUNCHED = "newsgen.launched";
    /**
     * {@code gen extract}'s young generation. Its live data after a collection is ~20 MB (10,164 articles), so a
     * smaller young generation than a build's 300 MB costs more collections (44 against 14) but each copies as little,
     * and the process touches half the memory: the kernel's zeroing of each page touched for the first time was ~3.5%
     * of the extracting JVM's CPU (perf, clear_page). The extracting JVM alone, 6 pairs run side by side at load 15-24:
     * system time 0.79-1.20 s against 1.13-1.55, the whole 0.97-1.00 of the CPU with 300 MB (median 0.982), peak
     * resident 172-178 MB against 346-350.
     */
    static final int EXTRACT_YOUNG_MEGABYTES = 96;
    /** Article files of fewer bytes than this (~200 articles) make a build short enough to call reflection through JNI. */
    static final long FEW_ARTICLE_BYTES = 1 << 20;

    private Launcher() {
    }

    /** The exit code of gen run in a JVM of its own, or empty when gen should run in this one. */
    static Optional<Integer> relaunch(String[] args) {
        if (System.getProperty(LAUNCHED) != null || "0".equals(System.getenv("NEWSGEN_RELAUNCH"))
                || System.getenv("JAVA_TOOL_OPTIONS") != null || System.getenv("JDK_JAVA_OPTIONS") != null) {
            return Optional.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        Optional<String[]> own = self.arguments();
        String classPath = System.getProperty("java.class.path", "");
        // Only 'java -jar gen.jar …' exactly: the arguments are then "-jar", the jar, and gen's own.
        if (java.isEmpty() || own.isEmpty() || own.get().length != args.length + 2 || !"-jar".equals(own.get()[0])
                || !classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        // The class archive records the class path as it was given: an archive made by 'java -jar gen.jar' in one
        // folder was refused, silently, by 'java -jar ../gen.jar' run from another (each build of the seeds then took
        // ~0.6 s longer). An absolute path reads the same from every folder.
        classPath = Path.of(classPath).toAbsolutePath().normalize().toString();
        // gen extract keeps only the few records it has yet to print, so its heap does not grow with the articles and
        // they are not walked to size it: walking 10,164 files was ~0.3 CPU-s of this JVM, which does nothing else.
        String kind = archiveKind(args);
        boolean extract = "extract".equals(kind);
        long articleBytes = extract ? 0 : HeapSize.articleBytes(HeapSize.articlePaths(args));
        long heap = HeapSize.forBytes(articleBytes);
        List<String> command = new ArrayList<>(List.of(java.get(), extract ? "-XX:+UseSerialGC" : "-XX:+UseParallelGC",
                "-Xmx" + heap + "m", "-Xms" + heap + "m",
                "-Xmn" + (extract ? EXTRACT_YOUNG_MEGABYTES : HeapSize.youngMegabytes(heap)) + "m",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-D" + LAUNCHED + "=1"));
        if (extract) {
            // Methods compiled after a third of the usual calls: an extraction runs the same rules over every article,
            // and the first articles' time in the interpreter cost more than compiling a few more methods early
            // (10,164 real articles, the extracting JVM alone, alternating, median of 5 under load: 11.28 CPU-s with
            // the default thresholds, 11.09 with 0.3; an earlier run of 4: 12.00 against 11.48; 0.1 was no better).
            command.add("-XX:CompileThresholdScaling=0.3");
        }
        if (!extract && fromCache(args)) {
            // A build from the cache holds every article's record from the start and the archive made of them to the
            // end: what a young collection finds alive lives on, and copying it between the survivor spaces up to 15
            // times before promoting it was most of the collector's work (10,164 articles, one article edited, by its
            // own log, three pairs alternating under load: 2.18, 1.89, 1.60 CPU-s against 3.34, 3.87, 3.51; 9
            // collections against 17; the whole process 14.12, 13.97, 13.27 against 15.72, 13.71, 15.70 CPU-s).
            // Not for a cold build, whose extraction leaves temporaries alive at each collection: not measured.
            command.add("-XX:MaxTenuringThreshold=0");
        }
        if (hugePagesOnRequest()) {
            // The heap in 2 MB pages where the system gives them on request: each 4 KB page of the young generation
            // the first time it is touched was a page fault, ~0.1 CPU-s of system time over a 300 MB young
            // generation (one article, the extracting JVM alone, median of 5: 0.56 -> 0.48 CPU-s). A build's parallel
            // collector, which sweeps the whole 800 MB heap, spent ~20% less CPU in it (10,164 articles, by its own
            // log, three pairs alternating on the loaded machine: 4.43, 4.14, 4.30 CPU-s against 5.66, 5.29, 5.39; the
            // whole process 45.6 against 51.6 CPU-s, medians; peak RSS 886-899 MB against 879-920). Tried with the
            // serial collector before, huge pages had saved no system time.
            command.add("-XX:+UseTransparentHugePages");
        }
        if (articleBytes < FEW_ARTICLE_BYTES && !extract) {
            // Reflection (Pebble reading the pages' records) is called through JNI instead of through an accessor class
            // made for each method called 15 times: a small build called ~170 such methods a few dozen times each and
            // spent more defining the classes than the calls would ever save.
            command.add("-Dsun.reflect.inflationThreshold=" + Integer.MAX_VALUE);
        }
        Path archive = classArchive(Path.of(classPath), kind);
        Path classList = null;
        if (archive != null && Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            markUsed(archive);
        } else if (archive != null && args.length > 0 && ("build".equals(args[0]) || "extract".equals(args[0]))
                && !Files.exists(failed(archive))) {
            // Only a build or an extraction lists the classes worth archiving (help or a usage error loads few).
            classList = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".classlist");
            command.add("-XX:DumpLoadedClassList=" + classList);
        }
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return Optional.empty();
        }
        // Ctrl-C reaches both JVMs; this one waits for gen to clean up its staging folder before the shell returns.
        Runtime.getRuntime().addShutdownHook(new WaitFor(child));
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        }
        if (classList != null) {
            if (code == 0) {
                dump(java.get(), classPath, withShipped(classList, kind), archive);
            }
            try {
                Files.deleteIfExists(classList);
            } catch (IOException e) {
                // a leftover list: harmless
            }
        }
        return Optional.of(code);
    }

    /**
     * The classes a run of this kind may load, listed from runs over the bench corpus, the seeds and the evaluation
     * sets ({@code bench/classlists.sh}), shipped in the jar. A first run lists only what it met: an extraction of
     * the seeds never reaches flexmark (154 classes), whose bodies have no markup it needs, and one of the bench
     * corpus never reaches Jackson and SnakeYAML (530 classes), whose front matter it reads by hand; every later run
     * then loaded and verified the missing classes from the jar. A name no longer in the jar (a class renamed since
     * the list was made) only draws a warning from {@code -Xshare:dump}, which goes on. Only extraction ships one: a
     * build's archive made with the bench build's classes added (35.5 MB against 32.9) made the seeds build slower
     * (up to date, 15 pairs alternating at load 5: its own classes' archive took 0.971 of the CPU, median; sums
     * 0.983). A kind without a shipped list dumps the run's own.
     */
    static String shippedList(String kind) {
        return kind + ".classlist";
    }

    /**
     * The run's class list with the shipped list's lines it lacks appended (the run's own order first), written back
     * to the same file; the file as it was if the shipped list cannot be read.
     */
    private static Path withShipped(Path classList, String kind) {
        try (InputStream in = Launcher.class.getResourceAsStream(shippedList(kind))) {
            if (in != null) {
                String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Files.write(classList, union(Files.readAllLines(classList), shipped.lines().toList()));
            }
        } catch (IOException | RuntimeException e) {
            // the run's own list, as before
        }
        return classList;
    }

    /** The lines of the run's list, then those of the shipped list not among them; comments are dropped. */
    static List<String> union(List<String> run, List<String> shipped) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (List<String> list : List.of(run, shipped)) {
            for (String line : list) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    all.add(line);
                }
            }
        }
        return new ArrayList<>(all);
    }

    /**
     * Dumps the listed classes into a class archive for the jar and puts it in place. A dump that fails leaves a
     * mark, so that later runs of the same jar do not try again at every start.
     */
    private static void dump(String java, String classPath, Path classList, Path archive) {
        Path making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Process dump = new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + making, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (dump.waitFor() == 0) {
                adopt(making, archive);
            } else {
                Files.deleteIfExists(making);
                Files.createFile(failed(archive));
            }
        } catch (IOException e) {
            // no archive this time: the next run tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The mark of a dump that failed for this archive. */
    private static Path failed(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".failed");
    }

    /**
     * Whether transparent huge pages are given to memory that asks for them ("[madvise]" chosen in the kernel's
     * setting): only then does {@code -XX:+UseTransparentHugePages} change anything, and asked for where the kernel has
     * none, the JVM would print a warning on stdout, in the middle of {@code gen extract}'s JSON.
     */
    static boolean hugePagesOnRequest() {
        try {
            return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether these arguments are a build over an output folder whose article cache is there to be read (not
     * {@code --no-cache}): most of what it reads comes from the cache, and little of what it makes is temporary.
     */
    static boolean fromCache(String[] args) {
        if (args.length == 0 || !"build".equals(args[0])) {
            return false;
        }
        String out = "site";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--no-cache")) {
                return false;
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                out = args[++i];
            } else if (args[i].startsWith("--out=")) {
                out = args[i].substring("--out=".length());
            }
        }
        try {
            // ArticleCache.folderFor's path, made here: calling it would load and set up the cache's record codecs
            // in this JVM, which only starts gen's own (its constants are compiled in and load nothing).
            Path site = Path.of(out).toAbsolutePath().normalize();
            return site.getFileName() != null && Files.isDirectory(site.resolveSibling(newsgen.cache.ArticleCache.FOLDER)
                    .resolve(site.getFileName().toString()).resolve(newsgen.cache.ArticleCache.ENTRIES));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Which archive a command uses: extraction has its own, every other command the build's. An archive holds the
     * classes of the run that made it, so one made by {@code gen extract} lacked Pebble and the site's classes, and
     * every later build loaded and verified them from the jar (seeds build with one article edited: 1.75-1.97 s
     * wall with an archive made by an extraction, 1.06-1.25 s with one made by a build).
     */
    private static String archiveKind(String[] args) {
        return args.length > 0 && "extract".equals(args[0]) ? "extract" : "build";
    }

    /** Class archives are named gen-{hash of the jar's path}-{kind}-{hash of its size, time and the JVM}.jsa. */
    private static final String ARCHIVE_PREFIX = "gen-";

    /**
     * Where the class archive for this jar lives: the user's cache folder, named by the jar's path, size and time,
     * since the JVM accepts an archive only for the very jar it was made from. Null when there is no such folder.
     */
    private static Path classArchive(Path jar, String kind) {
        try {
            String home = System.getProperty("user.home");
            if (home == null || home.isEmpty()) {
                return null;
            }
            Path cache = Path.of(home, ".cache", "newsgen");
            Files.createDirectories(cache);
            Path real = jar.toRealPath();
            String key = Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis() + "|" + System.getProperty("java.vm.version");
            return cache.resolve(ARCHIVE_PREFIX + Integer.toHexString(real.toString().hashCode()) + "-" + kind + "-"
                    + Integer.toHexString(key.hashCode()) + ".jsa");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Puts a freshly made archive in place in one step, so a concurrent run never maps half a file, and prunes the
     * archives no run will use (each rebuilt gen.jar left an 11-17 MB archive behind: 141 of them, 1.7 GB, on the
     * development machine).
     */
    private static void adopt(Path made, Path archive) {
        try {
            if (Files.isRegularFile(made) && Files.size(made) > 0) {
                try {
                    Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                prune(archive, FileTime.from(Instant.now()));
            }
            Files.deleteIfExists(made);
        } catch (IOException | RuntimeException e) {
            // no archive this time, or an old one left: the next run tries again
        }
    }

    /** An archive no run has mapped for this long belongs to a jar that was moved, deleted or not used since. */
    static final Duration UNUSED = Duration.ofDays(30);

    /**
     * Deletes, beside a freshly adopted archive, the archives made for earlier builds of the same jar path (no run
     * can use them again) and those of any jar that no run has used for {@link #UNUSED}: every copy of gen.jar in
     * another folder makes archives of its own, and nothing else ever removed them (the development machine held
     * 911 MB of them from jars built in other folders).
     */
    static void prune(Path archive, FileTime now) throws IOException {
        String name = archive.getFileName().toString();
        String samePath = name.substring(0, name.lastIndexOf('-') + 1);
        FileTime unusedSince = FileTime.from(now.toInstant().minus(UNUSED));
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent(), ARCHIVE_PREFIX + "*.{jsa,failed}")) {
            for (Path p : all) {
                String other = p.getFileName().toString();
                if (!other.equals(name) && (other.startsWith(samePath)
                        || Files.getLastModifiedTime(p).compareTo(unusedSince) < 0)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Marks an archive as used by setting its time, at most once a day: mapping a file changes neither its
     * modification time nor, on a filesystem mounted noatime, its access time.
     */
    private static void markUsed(Path archive) {
        try {
            FileTime now = FileTime.from(Instant.now());
            if (Files.getLastModifiedTime(archive).toInstant().isBefore(now.toInstant().minus(Duration.ofDays(1)))) {
                Files.setLastModifiedTime(archive, now);
            }
        } catch (IOException | RuntimeException e) {
            // unmarked: at worst the archive is made again after a month
        }
    }

    /** Keeps this JVM alive until gen's own has finished (a shutdown hook). */
    private static final class WaitFor extends Thread {
        private final Process child;

        WaitFor(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
