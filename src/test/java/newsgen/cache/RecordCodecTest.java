package newsgen.cache;

import newsgen.model.Place;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordCodecTest {
    private final RecordCodec<Place> codec = new RecordCodec<>(Place.class);

    private Place place(String name) {
        return new Place("p1", name, "city", "Mali", 2);
    }

    @Test
    void shortTextsReadBackAreOneCopyLongOnesEachTheirOwn() {
        String longName = "A place whose name is longer than any text the records share between them";
        Place a = codec.read(codec.write(place("Bamako")));
        Place b = codec.read(codec.write(place("Bamako")));
        assertEquals(place("Bamako"), a);
        assertSame(a.name(), b.name());
        assertSame(a.country(), b.country());
        Place c = codec.read(codec.write(place(longName)));
        Place d = codec.read(codec.write(place(longName)));
        assertEquals(place(longName), c);
        assertEquals(c, d);
        assertNotSame(c.name(), d.name());
    }

    @Test
    void sharedTextsFromBytesAreWhatTheBytesDecodeToWhenSlotsAreTakenByOthers() {
        // More texts than the table has slots, read twice, so most slots hold another text when a text comes back.
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < 200_000; n++) {
                String text = (n % 3 == 0 ? "Zoë-" : "w") + Integer.toString(n, 36);
                byte[] bytes = ("..." + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int length = bytes.length - 3;
                assertEquals(text, RecordCodec.Shared.of(bytes, 3, length));
            }
        }
        byte[] malformed = {'a', (byte) 0xC3, 'b', (byte) 0xFF};
        String decoded = new String(malformed, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(decoded, RecordCodec.Shared.of(malformed, 0, malformed.length));
        assertEquals(decoded, RecordCodec.Shared.of(malformed.clone(), 0, malformed.length));
        assertEquals("ab", RecordCodec.Shared.of(new byte[]{'a', 'b', (byte) 0xFF}, 0, 2));
        assertEquals("a", RecordCodec.Shared.of(new byte[]{'a', 'b'}, 0, 1));
    }

    @Test
    void aValueAmidOtherBytesIsReadOrCheckedWithinItsRangeOnly() {
        RecordCodec<ArticleCache.Lead> lead = new RecordCodec<>(ArticleCache.Lead.class);
        byte[] one = lead.write(new ArticleCache.Lead(java.util.List.of("council", "a word longer than any shared text", "bridge")));
        byte[] amid = new byte[one.length + 6];
        System.arraycopy(one, 0, amid, 3, one.length);
        int to = 3 + one.length;
        assertEquals(java.util.List.of("council", "a word longer than any shared text", "bridge"), lead.read(amid, 3, to).words());
        lead.check(amid, 3, to);
        assertThrows(CorruptEntryException.class, () -> lead.check(amid, 3, to - 1), "cut short");
        assertThrows(CorruptEntryException.class, () -> lead.check(amid, 3, to + 1), "a byte left over");
        amid[3 + 1 + 1 + 4 + 1] = (byte) 0x7f; // the first word's length (after the flags, the list's size, its flag): far past the end
        assertThrows(CorruptEntryException.class, () -> lead.check(amid, 3, to));
        // a range outside the bytes (as a corrupt length gives) is a corrupt entry too, not an IndexOutOfBoundsException
        assertThrows(CorruptEntryException.class, () -> lead.check(amid, 3, amid.length + 1));
        assertThrows(CorruptEntryException.class, () -> lead.read(amid, to, 3));
    }
}
