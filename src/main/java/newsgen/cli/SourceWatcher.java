package newsgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and every folder inside them (a WatchService sees one level only) for files that are created,
 * changed or deleted. Editors save in bursts (a temporary file, a rename, a change), so a burst is reported once,
 * when the folders have been quiet for a moment.
 */
final class SourceWatcher implements AutoCloseable {
    /** How long the folders must be quiet before a burst of changes counts as one. */
    private static final long QUIET_MILLIS = 120;

    private final WatchService watch;

    SourceWatcher(List<Path> folders) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            }
        }
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Waits for the next burst of changes.
     *
     * @return false when the watcher was closed
     */
    boolean awaitChange() throws InterruptedException {
        try {
            WatchKey key = watch.take();
            do {
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                        registerTree(dir.resolve(name));
                    }
                }
                key.reset();
                key = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            } while (key != null);
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        } catch (IOException e) {
            // A folder that vanished while being registered: the next change will be seen all the same.
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }
}
