package newsgen.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The site a build replaces, as the source of files that did not change. A new file whose bytes are exactly those of
 * the old file at the same path is not written at all: the old file stays where it is (see {@link SiteOverlay}), so it
 * keeps its modification time and a deploy that compares times (rsync, a sync to a bucket) uploads only what changed.
 *
 * <p>The old site is only read here. A file counts as the same only when it is a regular file in a real folder of the
 * old site, never through a symbolic link that would lead outside it.
 */
final class PreviousSite {
    private final Path root;
    /** Folders of the old site already checked to be real folders inside it (no symbolic link on the way). */
    private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();

    PreviousSite(Path root) {
        this.root = root;
    }

    /**
     * The attributes of the old site's file at a site path when it holds exactly the first {@code length} bytes of
     * {@code content}, else null.
     */
    BasicFileAttributes same(String sitePath, byte[] content, int length) {
        OldFile old = oldFile(sitePath);
        if (old == null || old.attributes().size() != length) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(old.path());
            return Arrays.equals(bytes, 0, bytes.length, content, 0, length) ? old.attributes() : null;
        } catch (IOException e) {
            return null; // unreadable: written anew, which is always right
        }
    }

    /** The attributes of the old site's file at a site path when it holds the same bytes as the file {@code written}, else null. */
    BasicFileAttributes sameAs(String sitePath, Path written) {
        OldFile old = oldFile(sitePath);
        try {
            return old != null && old.attributes().size() == Files.size(written) && Files.mismatch(old.path(), written) == -1L
                    ? old.attributes() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether the old site's file at a site path still has the size and modification time (in nanoseconds) a ledger noted. */
    boolean unchanged(String sitePath, long size, long modified) {
        OldFile old = oldFile(sitePath);
        return old != null && old.attributes().size() == size
                && old.attributes().lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified;
    }

    /** The attributes of the old site's file at a site path, or null when there is no such regular file. */
    BasicFileAttributes attributes(String sitePath) {
        OldFile old = oldFile(sitePath);
        return old == null ? null : old.attributes();
    }

    /** The old site's file at a site path (to read), or null when there is no such regular file. */
    Path file(String sitePath) {
        OldFile old = oldFile(sitePath);
        return old == null ? null : old.path();
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
