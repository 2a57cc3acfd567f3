package newsgen.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table answers only for the very key it was given, and a key whose slot another took is a miss, never wrong. */
class IdentityFrontTest {
    private record Key(String name) {
    }

    @Test
    void answersForTheSameObjectOnly() {
        IdentityFront<Key, String> front = new IdentityFront<>(4);
        Key a = new Key("a");
        assertNull(front.get(a));
        front.put(a, "A");
        assertEquals("A", front.get(a));
        assertNull(front.get(new Key("a")), "an equal key is another object: the map behind answers it");
    }

    @Test
    void moreKeysThanSlotsGiveMissesButNoWrongValue() {
        IdentityFront<Key, String> front = new IdentityFront<>(2);
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Key k = new Key("k" + i);
            keys.add(k);
            front.put(k, "v" + i);
        }
        int hits = 0;
        for (int i = 0; i < keys.size(); i++) {
            String v = front.get(keys.get(i));
            if (v != null) {
                assertEquals("v" + i, v);
                hits++;
            }
        }
        assertTrue(hits <= 4, "four slots keep four keys at most: " + hits);
    }
}
