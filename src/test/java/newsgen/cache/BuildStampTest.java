package newsgen.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildStampTest {
    @Test
    void theListingWalkedFolderByFolderIsTheWholeTreeWalkedAtOnce(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("people/page"));
        Files.createDirectories(site.resolve("empty"));
        Files.writeString(site.resolve("index.html"), "index");
        Files.writeString(site.resolve("people/a.html"), "a");
        Files.writeString(site.resolve("people/page/b c.html"), "bb");
        Files.writeString(site.resolve("odd\nname"), "odd");
        Files.writeString(dir.resolve("outside.txt"), "outside");
        Files.createSymbolicLink(site.resolve("link"), dir.resolve("outside.txt"));
        Files.createSymbolicLink(site.resolve("people/folder-link"), site.resolve("empty"));
        List<String> listing = BuildStamp.listing(site);
        assertEquals(wholeTree(site), listing);
        assertEquals(6, listing.size());
    }

    /** A stamp is trusted for the same inputs and the site as it was left, with the warnings and counts it noted. */
    @Test
    void theStampHoldsForTheSameInputsAndSiteOnly(@TempDir Path dir) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "index");
        Path cache = dir.resolve("cache");
        BuildStamp.write(cache, "abc", site, List.of("warning: one\nline"), 3, 4, 5);
        assertEquals(new BuildStamp.Stamped(List.of("warning: one\nline"), 3, 4, 5), BuildStamp.check(cache, "abc", site));
        assertEquals(null, BuildStamp.check(cache, "abd", site), "other inputs");
        BuildStamp.write(cache, "abc", site, List.of("1 2 index.html"), List.of(), 3, 4, 5);
        assertEquals(null, BuildStamp.check(cache, "abc", site), "a listing that is not the site's");
        Files.writeString(site.resolve("index.html"), "edited");
        BuildStamp.write(cache, "abc", site, List.of(), 3, 4, 5);
        Files.writeString(site.resolve("more.html"), "added");
        assertEquals(null, BuildStamp.check(cache, "abc", site), "a file added since");
    }

    /** The listing as one walk of the whole tree makes it. */
    private static List<String> wholeTree(Path site) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                files.add(a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " "
                        + site.relativize(file).toString().replace("\\", "\\\\").replace("\n", "\\n"));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
