package newsgen.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is taken is always what parsing the file as it is then gives; a value read ahead is used only while the file is unchanged. */
class ReadAheadTest {
    private static final FileTime HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    /** Reads a file's text (or "absent"), counting the reads and letting the test wait for the first one to end. */
    private static final class Reader {
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch firstRead = new CountDownLatch(1);

        String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "absent";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reads.incrementAndGet();
                firstRead.countDown();
            }
        }
    }

    private static Path settled(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, HOUR_AGO);
        return file;
    }

    @Test
    void anUnchangedSettledFileIsReadOnce(@TempDir Path dir) throws IOException {
        Path file = settled(dir.resolve("memo"), "kept lines");
        Reader reader = new Reader();
        ReadAhead<String> ahead = new ReadAhead<>("test-read-ahead", reader::read);
        ahead.start(file);
        assertEquals("kept lines", ahead.take(file));
        assertEquals(1, reader.reads.get(), "the value read ahead was used");
        assertEquals("kept lines", ahead.take(file));
        assertEquals(2, reader.reads.get(), "taken once: a second take reads the file itself");
    }

    @Test
    void aFileWrittenInPlaceAfterItWasReadIsReadAgainEvenWithItsOldSizeAndTime(@TempDir Path dir) throws Exception {
        Path file = settled(dir.resolve("memo"), "old lines");
        Reader reader = new Reader();
        ReadAhead<String> ahead = new ReadAhead<>("test-read-ahead", reader::read);
        ahead.start(file);
        reader.firstRead.await();
        // The same size and modification time, the same inode: only the status-change time tells the write.
        Thread.sleep(50); // the status-change clock moves on (its tick is up to 10 ms where the kernel ticks 100 times a second)
        settled(file, "new lines");
        assertEquals("new lines", ahead.take(file));
        assertEquals(2, reader.reads.get());
    }

    @Test
    void aFileReplacedOrRemovedOrMadeAfterItWasReadIsReadAgain(@TempDir Path dir) throws Exception {
        Path file = settled(dir.resolve("memo"), "old lines");
        Reader reader = new Reader();
        ReadAhead<String> ahead = new ReadAhead<>("test-read-ahead", reader::read);

        ahead.start(file);
        Path tmp = settled(dir.resolve("memo.tmp"), "other lines, longer");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        assertEquals("other lines, longer", ahead.take(file));

        ahead.start(file);
        Files.delete(file);
        assertEquals("absent", ahead.take(file));

        ahead.start(file);
        settled(file, "made since");
        assertEquals("made since", ahead.take(file));
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsNotTrusted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("memo");
        Files.writeString(file, "fresh lines", StandardCharsets.UTF_8);
        Reader reader = new Reader();
        ReadAhead<String> ahead = new ReadAhead<>("test-read-ahead", reader::read);
        ahead.start(file);
        assertEquals("fresh lines", ahead.take(file));
        assertEquals(2, reader.reads.get(), "a write within the clock's tick could look unchanged, so it was read again");
    }

    @Test
    void aValueReadAheadAndNeverTakenIsDroppedByTheNextStart(@TempDir Path dir) throws Exception {
        Path file = settled(dir.resolve("memo"), "first");
        Reader reader = new Reader();
        ReadAhead<String> ahead = new ReadAhead<>("test-read-ahead", reader::read);
        ahead.start(file); // a build that failed before taking it
        reader.firstRead.await();
        Files.move(settled(dir.resolve("memo.tmp"), "second"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ahead.start(file);
        assertEquals("second", ahead.take(file));
        assertTrue(reader.reads.get() >= 2);
    }
}
