package newsgen.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** SipHash-2-4-128 gives the reference implementation's outputs (key 00..0f, messages 00..len-1). */
class SipHashTest {
    private static final SipHash REFERENCE = SipHash.of("0706050403020100" + "0f0e0d0c0b0a0908");

    private static byte[] message(int length) {
        byte[] m = new byte[length];
        for (int i = 0; i < length; i++) {
            m[i] = (byte) i;
        }
        return m;
    }

    @Test
    void matchesTheReferenceVectors() {
        assertEquals("a3817f04ba25a8e66df67214c7550293", REFERENCE.hex(message(0), 0));
        assertEquals("5493e99933b0a8117e08ec0f97cfc3d9", REFERENCE.hex(message(15), 15));
    }

    @Test
    void anotherKeyGivesAnotherHashAndTheKeyRoundTrips() {
        SipHash random = SipHash.random();
        assertEquals(random.hex(message(40), 40), SipHash.of(random.key()).hex(message(40), 40));
        assertNotEquals(REFERENCE.hex(message(40), 40), random.hex(message(40), 40));
    }

    @Test
    void wordsHashAsTheirLittleEndianBytes() {
        long[] words = {0x0706050403020100L, 0x0f0e0d0c0b0a0908L, -1L};
        byte[] bytes = new byte[24];
        for (int i = 0; i < 24; i++) {
            bytes[i] = (byte) (words[i / 8] >>> (8 * (i % 8)));
        }
        assertEquals(REFERENCE.hex(bytes, 16), REFERENCE.hex(words, 2));
        assertEquals(REFERENCE.hex(bytes, 24), REFERENCE.hex(words, 3));
        assertEquals(REFERENCE.hex(message(0), 0), REFERENCE.hex(words, 0));
    }
}
