package newsgen.site;

import newsgen.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {
    @TempDir
    Path tmp;

    private Path site() {
        return tmp.resolve("site");
    }

    private void buildOnce(String text) {
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", text);
            out.commit();
        }
    }

    /** A folder as an interrupted build would leave it: marked, with the id of a process that is gone. */
    private Path abandoned(String name, long pid) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("sub"));
        Files.writeString(dir.resolve("page.html"), "half");
        Files.writeString(tmp.resolve(name).resolve(OutputFolder.MARK), "");
        Files.writeString(tmp.resolve(name).resolve(OutputFolder.BUILDING), Long.toString(pid));
        return tmp.resolve(name);
    }

    @Test
    void commitReplacesTheSiteAndLeavesNothingBeside() throws IOException {
        buildOnce("one");
        buildOnce("two");
        assertEquals("two", Files.readString(site().resolve("index.html")));
        assertTrue(Files.exists(site().resolve(OutputFolder.MARK)));
        assertFalse(Files.exists(site().resolve(OutputFolder.BUILDING)));
        assertEquals(List.of("site"), SiteFiles.siblings(site()));
    }

    @Test
    void closingWithoutCommitLeavesTheOldSite() throws IOException {
        buildOnce("one");
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "two");
            out.write("more/page.html", "two");
        }
        assertEquals("one", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), SiteFiles.siblings(site()));
    }

    @Test
    void aBuildOverTheOldSiteKeepsItsUnchangedFilesAndRemovesWhatItDidNotMake() throws IOException {
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "one");
            out.write("people/a.html", "same");
            out.write("gone/b.html", "gone");
            out.write("twice.html", "same");
            out.commit();
        }
        Object sameFile = Files.readAttributes(site().resolve("people/a.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "two");
            out.write("people/a.html", "same");
            out.write("twice.html", "changed, then");
            out.write("twice.html", "same");
            assertFalse(Files.exists(out.staging().resolve("people/a.html")), "an unchanged file is not staged");
            assertFalse(Files.exists(out.staging().resolve("twice.html")), "nor one written twice, last as it was");
            out.commit();
        }
        assertEquals("two", Files.readString(site().resolve("index.html")));
        assertEquals("same", Files.readString(site().resolve("twice.html")));
        assertEquals(sameFile, Files.readAttributes(site().resolve("people/a.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the very file of the old site");
        assertFalse(Files.exists(site().resolve("gone")), "a file not made again goes, and its emptied folder");
        assertTrue(Files.exists(site().resolve(OutputFolder.MARK)));
        assertEquals(List.of("site"), SiteFiles.siblings(site()));
    }

    /**
     * Over a previous site, the committed site's files are known without walking it: kept by their bytes, carried by
     * their size and time, written anew, written twice, streamed; the listing is the walk's. A file changed after it
     * was found unchanged is listed as it was found, so the listing then differs from the site (the next build's
     * stamp check fails and that build is full).
     */
    @Test
    void theCommittedSiteIsListedAsAWalkListsIt() throws IOException {
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "one");
            out.write("people/a.html", "same");
            out.write("people/b.html", "carried");
            out.write("gone/c.html", "gone");
            out.write("twice.html", "same");
            assertEquals(null, out.listing(), "not committed yet");
            out.commit();
            assertEquals(null, out.listing(), "a first build is walked");
        }
        java.nio.file.attribute.BasicFileAttributes b = Files.readAttributes(site().resolve("people/b.html"),
                java.nio.file.attribute.BasicFileAttributes.class);
        long bTime = b.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        List<String> listed;
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "two");
            out.write("people/a.html", "same");
            assertTrue(out.carryUnchanged("people/b.html", b.size(), bTime));
            out.write("twice.html", "changed, then");
            out.write("twice.html", "same");
            out.write("new/d.html", "new");
            out.write("data/big.json", stream -> stream.write("streamed".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            out.commit();
            listed = out.listing();
        }
        assertEquals(newsgen.cache.BuildStamp.listing(site()), listed);

        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "two");
            out.write("people/a.html", "same");
            Files.writeString(site().resolve("people/a.html"), "edited by someone meanwhile");
            out.commit();
            listed = out.listing();
        }
        assertFalse(newsgen.cache.BuildStamp.listing(site()).equals(listed), "listed as found, not as it is now");
    }

    @Test
    void aCommitCutShortIsFinishedByTheNextBuild() throws IOException {
        try (OutputFolder out = new OutputFolder(site(), false)) {
            out.write("index.html", "one");
            out.write("old/page.html", "old");
            out.write("kept.html", "kept");
            out.commit();
        }
        // Stopped mid-commit: the list of files to remove written, one staged file moved in, another still staged.
        Path staging = abandoned(".site.building-77", Long.MAX_VALUE);
        Files.delete(staging.resolve("sub/page.html"));
        Files.writeString(staging.resolve("index.html"), "two");
        Files.writeString(staging.resolve(SiteOverlay.COMMIT), "old/page.html\0");
        Files.writeString(site().resolve("new.html"), "moved in already");
        try (OutputFolder out = new OutputFolder(site(), false)) {
            assertEquals("two", Files.readString(site().resolve("index.html")), "finished before the build starts");
        }
        assertFalse(Files.exists(site().resolve("old")));
        assertEquals("kept", Files.readString(site().resolve("kept.html")));
        assertEquals("moved in already", Files.readString(site().resolve("new.html")));
        assertEquals(List.of("site"), SiteFiles.siblings(site()));
    }

    @Test
    void pathsThatLeaveTheFolderAreRefused() {
        try (OutputFolder out = new OutputFolder(site(), false)) {
            for (String bad : List.of("../x.html", "a/../../x.html", "/etc/passwd", "", ".", "a\\..\\..\\x", OutputFolder.MARK, "a/../" + OutputFolder.MARK)) {
                ProblemException e = assertThrows(ProblemException.class, () -> out.write(bad, "x"), bad);
                assertTrue(e.getMessage().endsWith("output path leaves the output folder"), e.getMessage());
            }
            out.write("people/./a.html", "fine");
            assertTrue(Files.exists(out.staging().resolve("people/a.html")));
        }
        assertFalse(Files.exists(tmp.resolve("x.html")));
    }

    @Test
    void abandonedStagingFoldersAreRemovedButOnlyMarkedOnes() throws IOException {
        buildOnce("one");
        Path stale = abandoned(".site.building-1234", Long.MAX_VALUE);
        Path running = abandoned(".site.building-5678", ProcessHandle.current().parent().orElseThrow().pid());
        Path foreign = Files.createDirectories(tmp.resolve(".site.building-mine"));
        Files.writeString(foreign.resolve("keep.txt"), "not gen's");
        Path otherSite = abandoned(".other.building-1", Long.MAX_VALUE);
        buildOnce("two");
        assertFalse(Files.exists(stale), "abandoned staging folder of a dead process");
        assertTrue(Files.exists(running), "another build still running owns its folder");
        assertEquals("not gen's", Files.readString(foreign.resolve("keep.txt")), "unmarked folder untouched");
        assertTrue(Files.exists(otherSite), "another output folder's staging is not ours to clean");
    }

    @Test
    void siteLeftAsideByAnInterruptedSwapIsPutBack() throws IOException {
        buildOnce("one");
        // Interrupted between the two renames of a commit: the last good site is aside, none in place.
        Files.move(site(), tmp.resolve(".site.old-1234"));
        abandoned(".site.building-99", Long.MAX_VALUE);
        try (OutputFolder out = new OutputFolder(site(), false)) {
            assertEquals("one", Files.readString(site().resolve("index.html")), "restored before the build starts");
        }
        assertEquals("one", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), SiteFiles.siblings(site()));
    }

    @Test
    void someoneElsesFolderIsRefusedThenKeptAsideWithForce() throws IOException {
        Files.createDirectories(site());
        Files.writeString(site().resolve("thesis.txt"), "years of work");
        ProblemException e = assertThrows(ProblemException.class, () -> new OutputFolder(site(), false));
        assertTrue(e.getMessage().contains("exists and was not made by gen"), e.getMessage());
        Path kept;
        try (OutputFolder out = new OutputFolder(site(), true)) {
            out.write("index.html", "site");
            out.commit();
            kept = out.kept();
        }
        assertEquals("years of work", Files.readString(kept.resolve("thesis.txt")));
        assertTrue(kept.getFileName().toString().startsWith("site.kept-"), kept.toString());
        assertEquals("site", Files.readString(site().resolve("index.html")));
    }

    @Test
    void aFileInTheWayIsRefusedToo() throws IOException {
        Files.writeString(site(), "a file, not a folder");
        assertThrows(ProblemException.class, () -> new OutputFolder(site(), false));
        assertEquals("a file, not a folder", Files.readString(site()));
    }
}
