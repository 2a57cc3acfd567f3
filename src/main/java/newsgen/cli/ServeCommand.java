package newsgen.cli;

import newsgen.archive.ArchiveBuilder;
import newsgen.model.ProblemException;
import newsgen.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * {@code gen serve}: builds the site into a temporary folder, serves it on 127.0.0.1, and rebuilds it whenever an
 * article or template changes; open pages reload themselves. The temporary folder, staging folders included,
 * is removed when the server stops, by Ctrl-C or otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the site, serves it on 127.0.0.1 and rebuilds it when an article or template changes.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ArticlesFolder articlesFolder;

    @Option(names = "--templates", paramLabel = "DIR", description = "Folder of Pebble templates overriding the built-in ones (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--title", paramLabel = "TEXT", description = "Site title shown on every page (default: ${DEFAULT-VALUE})")
    String title = "News archive";

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8000;

    @Option(names = "--allow-html", description = "Keep raw HTML inside Markdown as HTML (it is escaped by default).")
    boolean allowHtml;

    private final ReentrantLock building = new ReentrantLock();
    private final AtomicBoolean stopped = new AtomicBoolean();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        articlesFolder.checked(spec);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
        }
        Path work = Files.createTempDirectory("newsgen-serve-");
        Path site = work.resolve("site");
        PreviewServer server;
        try {
            server = new PreviewServer(port, () -> site);
        } catch (BindException e) {
            delete(work);
            err.println("error: port " + port + " on 127.0.0.1 is already in use; stop what uses it or choose another with --port");
            err.flush();
            return 2;
        }
        Thread cleanup = new Thread(() -> stop(server, work), "newsgen-serve-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try (SourceWatcher watcher = new SourceWatcher(List.of(articlesFolder.path, templates))) {
            build(site, out, err);
            server.start();
            out.println("Serving " + articlesFolder.path + " at http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop); "
                    + "pages reload when an article or template changes");
            out.flush();
            while (watcher.awaitChange()) {
                if (build(site, out, err)) {
                    server.rebuilt();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop(server, work);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and does the same.
            }
        }
        return 0;
    }

    /** Builds the site; on a problem the last good site stays served and the problems are printed. */
    private boolean build(Path site, PrintWriter out, PrintWriter err) {
        building.lock();
        try {
            long start = System.nanoTime();
            Pipeline.Result loaded = Pipeline.loadAndExtract(List.of(articlesFolder.path), allowHtml, err);
            if (!loaded.errors().isEmpty()) {
                err.println("not rebuilt: " + Plural.of(loaded.errors().size(), "problem") + "; still serving the last good site");
                return false;
            }
            ArchiveBuilder archive = new ArchiveBuilder();
            new SiteBuilder().build(archive.build(loaded.articles(), EditorFile.read(EditorFile.locate(null, articlesFolder.path))),
                    new SiteBuilder.Options(templates, site, false, title));
            archive.warnings().forEach(w -> err.println("warning: " + w));
            out.println(String.format(Locale.ROOT, "Built %s in %.2f s", Plural.of(loaded.articles().size(), "article"),
                    (System.nanoTime() - start) / 1e9));
            return true;
        } catch (ProblemException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            err.println("not rebuilt; still serving the last good site");
            return false;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause().getMessage());
            return false;
        } finally {
            out.flush();
            err.flush();
            building.unlock();
        }
    }

    /** Stops serving and removes the temporary folder once no build is writing into it. */
    private void stop(PreviewServer server, Path work) {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        server.close();
        try {
            if (building.tryLock(10, TimeUnit.SECONDS)) {
                try {
                    delete(work);
                } finally {
                    building.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort at exit: the system's temporary folder is cleaned by the system in the end.
        }
    }
}
