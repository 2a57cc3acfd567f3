package newsgen.cli;

/**
 * Sets up, on the second core, what a build will need later: the gazetteer (its places, names and word lists, ~160
 * CPU-ms), the JSON writer of the pages' scripts (~110 ms) and Pebble with the built-in templates (~160 ms), while
 * the first core reads the command line, scans and loads the articles.
 *
 * <p>Why: the seeds build is almost all starting up, one thread after another, with the second core idle; these three
 * were a third of its time. A class is set up once whichever thread asks first (the JVM makes the other wait), so the
 * build sees the same classes either way; the warm-up only changes who pays. The throwaway renderer is let go: the
 * build compiles its own (user templates may override the built-in ones), but finds Pebble's classes ready.
 *
 * <p>What goes wrong here is not the build's: a class that fails to set up fails again, with its cause, where the
 * build uses it, and a template that does not compile is reported by the build's own compile.
 */
final class Warmup implements Runnable {
    /** The built-in page templates every build renders (a missing one only means less is warmed). */
    static final String[] TEMPLATES = {"index", "article", "entity", "story", "quotes", "timeline"};
    /** The classes whose setting up is worth doing early. */
    static final String GAZETTEER = "newsgen.extract.Gazetteer";
    static final String SCRIPT_JSON = "newsgen.site.ScriptJson";

    private final boolean site;

    private Warmup(boolean site) {
        this.site = site;
    }

    /** Starts the warm-up for a build or an extraction; other commands need none of it. */
    static void start(String[] args) {
        if (args.length == 0) {
            return;
        }
        boolean build = "build".equals(args[0]) || "serve".equals(args[0]);
        if (!build && !"extract".equals(args[0])) {
            return;
        }
        Thread thread = new Thread(new Warmup(build), "newsgen-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            load(GAZETTEER);
            if (site) {
                load(SCRIPT_JSON);
                new newsgen.site.PageRenderer(null).compile(java.util.List.of(TEMPLATES));
            }
        } catch (RuntimeException | LinkageError e) {
            // Left to the build, which meets the same failure where it can report it (see above).
        }
    }

    private static void load(String name) {
        try {
            Class.forName(name, true, Warmup.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // Renamed: nothing to warm. A test keeps the names true.
        }
    }
}
