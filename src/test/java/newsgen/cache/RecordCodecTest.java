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
}
