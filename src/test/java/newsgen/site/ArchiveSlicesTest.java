package newsgen.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveSlicesTest {
    @TempDir
    Path dir;

    /** Places in and out of order, across the read window's edges, each copied as the old file holds it. */
    @Test
    void copiesEachPlaceAsTheOldFileHoldsIt() throws IOException {
        byte[] data = new byte[3 << 20];
        new Random(7).nextBytes(data);
        Path file = dir.resolve("archive.json");
        Files.write(file, data);
        Map<String, long[]> places = new HashMap<>();
        long[][] wanted = {{0, 10}, {10, 40_000}, {(1 << 20) - 5, 100}, {2_000_000, 300_000}, {5, 7}, {(3 << 20) - 9, 9}};
        for (int i = 0; i < wanted.length; i++) {
            places.put("a" + i, wanted[i]);
        }
        try (ArchiveSlices slices = new ArchiveSlices(file, places)) {
            for (int i = 0; i < wanted.length; i++) {
                long[] place = slices.place("a" + i);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertTrue(slices.copy(place, out));
                assertArrayEquals(Arrays.copyOfRange(data, (int) wanted[i][0], (int) (wanted[i][0] + wanted[i][1])), out.toByteArray());
            }
        }
    }

    /** A place past the file's end is none, and a file cut short after it was opened copies nothing. */
    @Test
    void aPlaceTheFileNoLongerHoldsIsNotCopied() throws IOException {
        Path file = dir.resolve("archive.json");
        Files.write(file, new byte[5000]);
        Map<String, long[]> places = Map.of("in", new long[] {4000, 900}, "past", new long[] {4500, 900});
        try (ArchiveSlices slices = new ArchiveSlices(file, places)) {
            assertNull(slices.place("past"));
            assertNull(slices.place("unknown"));
            long[] place = slices.place("in");
            try (FileChannel cut = FileChannel.open(file, StandardOpenOption.WRITE)) {
                cut.truncate(4200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertFalse(slices.copy(place, out));
            assertArrayEquals(new byte[0], out.toByteArray());
        }
    }
}
