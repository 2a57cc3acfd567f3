package newsgen.cache;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A fingerprint is SHA-256 over each value with its length (8 bytes, big-endian): keys kept on disk stay valid. */
class FingerprintTest {
    @Test
    void eachValueIsDigestedWithItsLengthBigEndian() {
        // sha256(00..02 "ab" 00..05 ff..ff)[:16], worked out apart from gen
        assertEquals("aefaa364121896c709ef49bb780d7691", new Fingerprint().add("ab").add(5L).add((String) null).hex());
    }

    @Test
    void valuesAreDelimited() {
        assertNotEquals(new Fingerprint().add("ab").add("c").hex(), new Fingerprint().add("a").add("bc").hex());
    }
}
