package newsgen.cache;

import newsgen.model.Place;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
