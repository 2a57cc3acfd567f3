package newsgen.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The site a build replaces, as the source of files that did not change. A new file whose bytes are exactly those of
 * the old file at the same path is carried over instead of written: hard-linked into the staging folder (the same
 * file system, as the staging folder sits beside the site), else copied with its attributes. Either way it keeps its
 * modification time, so a deploy that compares times (rsync, a sync to a bucket) uploads only what changed.
 *
 * <p>The old site is only read; it stays whole until the new one has been swapped in. A file is carried over only
 * from a real folder of the old site, never through a symbolic link that would lead outside it.
 */
final class PreviousSite {
    private final Path root;
    /** Folders of the old site already checked to be real folders inside it (no symbolic link on the way). */
    private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();

    PreviousSite(Path root) {
        this.root = root;
    }

    /**
     * Carries the old file at a site path over to {@code staged}, when its bytes are {@code content}.
     *
     * @return false when the old site has no such file or its bytes differ: the caller writes the file
     */
    boolean carry(String sitePath, byte[] content, int length, Path staged) {
        OldFile old = oldFile(sitePath);
        if (old == null || old.attributes().size() != length) {
            return false;
        }
        try {
            byte[] bytes = Files.readAllBytes(old.path());
            if (!Arrays.equals(bytes, 0, bytes.length, content, 0, length)) {
                return false;
            }
        } catch (IOException e) {
            return false; // unreadable: written anew, which is always right
        }
        return link(old.path(), staged);
    }

    /**
     * Puts the old file at a site path in place of the file just written to {@code staged} when their bytes are the
     * same (a streamed file, too big to hold, is compared once written), so it keeps its modification time.
     */
    void carryIfSame(String sitePath, Path staged) {
        OldFile old = oldFile(sitePath);
        if (old == null) {
            return;
        }
        try {
            if (old.attributes().size() != Files.size(staged) || Files.mismatch(old.path(), staged) != -1L) {
                return;
            }
            Path aside = staged.resolveSibling(staged.getFileName() + ".written");
            Files.move(staged, aside);
            if (link(old.path(), staged)) {
                Files.delete(aside);
            } else {
                Files.move(aside, staged); // the file as written stays: right, only newer
            }
        } catch (IOException e) {
            // the file as written stays
        }
    }

    /**
     * Carries the old file at a site path over to {@code staged} without reading it, when it still has the size and
     * modification time (in nanoseconds) a ledger noted for it.
     */
    boolean carryUnchanged(String sitePath, long size, long modified, Path staged) {
        OldFile old = oldFile(sitePath);
        if (old == null || old.attributes().size() != size
                || old.attributes().lastModifiedTime().to(TimeUnit.NANOSECONDS) != modified) {
            return false;
        }
        return link(old.path(), staged);
    }

    /** A regular file of the old site, with its attributes as read once. */
    private record OldFile(Path path, BasicFileAttributes attributes) {
    }

    /**
     * The old site's file at a site path, or null when there is none, it is no regular file (a link is not followed),
     * it is outside the old site, or a folder on its way is a link.
     */
    private OldFile oldFile(String sitePath) {
        Path old = root.resolve(sitePath).normalize();
        if (!old.startsWith(root) || !realFolder(old.getParent())) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? new OldFile(old, attributes) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean link(Path old, Path staged) {
        try {
            Files.createLink(staged, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException noLink) {
            try {
                Files.copy(old, staged, StandardCopyOption.COPY_ATTRIBUTES);
                return true;
            } catch (IOException | UnsupportedOperationException copyFailed) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException ignored) {
                    // the caller's write replaces what is left
                }
                return false;
            }
        }
    }

    private boolean realFolder(Path folder) {
        if (folder.equals(root)) {
            return true;
        }
        if (!folder.startsWith(root)) {
            return false;
        }
        Boolean known = realFolders.get(folder);
        if (known == null) {
            known = realFolder(folder.getParent())
                    && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
            realFolders.put(folder, known);
        }
        return known;
    }
}
