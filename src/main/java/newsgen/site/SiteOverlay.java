package newsgen.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Commits a build over the site it replaces in place: the staging folder holds only the files that are new or
 * changed, the site's other files stay where they are (with their modification times), and the commit moves the
 * staged files in and removes the site's files the build did not make.
 *
 * <p>Why not build the whole site beside the old one and swap the two folders: that linked every unchanged file into
 * the new folder and then deleted the old folder, two file-system operations for each of ~33,000 files when one
 * article of 10,164 changed, ~2 s of the ~8 s such a build took.
 *
 * <p>What stays safe: until the commit, nothing in the site changes, so a build that fails or is interrupted leaves
 * the last good site as it was. The commit first writes down, in the staging folder, the site's files to remove
 * ({@value #COMMIT}); from then on the build counts as done, and a commit cut short (power lost, the process
 * killed) is finished by the next build ({@link #rollForward}) before it starts. Each file is replaced by a rename,
 * so no reader ever sees half a file; a reader during the commit's few milliseconds may see some pages of the new
 * site beside some of the old.
 */
final class SiteOverlay {
    /** In a staging folder being committed: the site paths to remove, each followed by a NUL. */
    static final String COMMIT = ".newsgen-commit";

    private SiteOverlay() {
    }

    /**
     * Commits the staging folder over the site.
     *
     * @param kept   whether a site path ("people/jane-doe.html") is a regular file of the old site that stays
     * @param staged whether a site path is a file staged for the new site
     * @param own    the names at the staging folder's top that are gen's own marks, never moved into the site
     */
    static void commit(Path staging, Path site, Predicate<String> kept, Predicate<String> staged, List<String> own)
            throws IOException {
        List<String> gone = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        list(site, "", kept, staged, gone, folders);
        StringBuilder list = new StringBuilder();
        gone.forEach(p -> list.append(p).append('\0'));
        Path pending = staging.resolve(COMMIT + ".tmp");
        Files.writeString(pending, list, StandardCharsets.UTF_8);
        Files.move(pending, staging.resolve(COMMIT), StandardCopyOption.ATOMIC_MOVE);
        apply(staging, site, own, folders);
    }

    /**
     * Lists the site's files the new site does not hold ({@code gone}) and its folders, deepest first. A file kept is
     * known to be a regular file and is not looked at again (by its name alone, ~33,000 of them took ~30,000 reads of
     * attributes); anything else is: a folder is listed in turn, and a symbolic link is removed, never followed.
     */
    private static void list(Path folder, String prefix, Predicate<String> kept, Predicate<String> staged,
                             List<String> gone, List<Path> folders) throws IOException {
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String path = prefix + entry.getFileName();
                if (kept.test(path) || prefix.isEmpty() && path.equals(OutputFolder.MARK)) {
                    continue;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    list(entry, path + "/", kept, staged, gone, folders);
                    folders.add(entry);
                } else if (!staged.test(path)) {
                    gone.add(path);
                }
            }
        }
    }

    /** Whether a staging folder was being committed when its build stopped: then it is finished, not discarded. */
    static boolean committing(Path staging) {
        return Files.isRegularFile(staging.resolve(COMMIT), LinkOption.NOFOLLOW_LINKS);
    }

    /** Finishes the commit of a staging folder whose build stopped while committing (see {@link #committing}). */
    static void rollForward(Path staging, Path site, List<String> own) throws IOException {
        apply(staging, site, own, null);
    }

    /**
     * Removes the listed files, then the folders left empty, then moves every staged file into place. Every step
     * may be done twice: a file removed is none of the new site's, and a staged file moved is no longer staged.
     *
     * @param folders the site's folders, deepest first, to remove when empty (a new site's folders always hold a
     *                file); null: those of the removed files
     */
    private static void apply(Path staging, Path site, List<String> own, List<Path> folders) throws IOException {
        String list = Files.readString(staging.resolve(COMMIT), StandardCharsets.UTF_8);
        java.util.TreeSet<Path> parents = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (String path : list.split("\0")) {
            Path file = site.resolve(path).normalize();
            if (!path.isEmpty() && file.startsWith(site) && !file.equals(site)) {
                Files.deleteIfExists(file);
                for (Path p = file.getParent(); !p.equals(site); p = p.getParent()) {
                    parents.add(p); // reverse order: a folder after every folder inside it
                }
            }
        }
        for (Path dir : folders == null ? parents : folders) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException kept) {
                // holds files of the new site
            }
        }
        List<Path> staged = new ArrayList<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!(file.getParent().equals(staging) && own.contains(file.getFileName().toString()))) {
                    staged.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : staged) {
            Path to = site.resolve(sitePath(staging, file));
            Files.createDirectories(to.getParent());
            try {
                Files.move(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A file's path under a folder, with forward slashes, as pages name it. */
    static String sitePath(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
