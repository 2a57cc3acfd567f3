package newsgen.cache;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Sequences of values hash apart whenever they differ, however their contents could be cut, and alike when equal. */
class SipFieldsTest {
    private static final SipHash KEY = SipHash.of("0706050403020100" + "0f0e0d0c0b0a0908");

    @Test
    void theSameValuesGiveTheSameHashUnderOneKeyOnly() {
        Function<SipHash, String> h = k -> new SipFields(k).add("Jane Doe").add(3).add(true).add(new byte[] {1, 2, 3}).hex();
        assertEquals(h.apply(KEY), h.apply(SipHash.of(KEY.key())));
        assertNotEquals(h.apply(KEY), h.apply(SipHash.random()));
    }

    @Test
    void sequencesThatDifferOnlyInWhereValuesEndOrInTheirKindsHashApart() {
        List<SipFields> all = List.of(
                new SipFields(KEY).add("ab").add("c"),
                new SipFields(KEY).add("a").add("bc"),
                new SipFields(KEY).add("abc"),
                new SipFields(KEY).add("abcd").add(""),
                new SipFields(KEY).add("abcd"),
                new SipFields(KEY).add("abcde"),
                new SipFields(KEY).add((String) null),
                new SipFields(KEY).add(""),
                new SipFields(KEY),
                new SipFields(KEY).add(0),
                new SipFields(KEY).add(false),
                new SipFields(KEY).add(new byte[0]),
                new SipFields(KEY).add(new byte[] {'a', 'b', 'c'}),
                new SipFields(KEY).add(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}),
                new SipFields(KEY).add(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).add(new byte[] {9}),
                new SipFields(KEY).add("é😀").add(1L << 40),
                new SipFields(KEY).add("é😀").add(1L << 41),
                new SipFields(KEY).add(new long[0]),
                new SipFields(KEY).add(new long[] {0}),
                new SipFields(KEY).add(new long[] {1, 2}),
                new SipFields(KEY).add(new long[] {1}).add(new long[] {2}),
                new SipFields(KEY).add(1).add(2),
                new SipFields(KEY).add(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 2}));
        Set<String> hashes = new HashSet<>();
        all.forEach(f -> hashes.add(f.hex()));
        assertEquals(all.size(), hashes.size());
    }

    @Test
    void longValuesGrowTheBuffer() {
        long[] words = new long[5_000];
        assertEquals(new SipFields(KEY).add(words).add(words).hex(), new SipFields(KEY).add(words).add(words).hex());
        String text = "x".repeat(10_000);
        assertEquals(new SipFields(KEY).add(text).add(text).hex(), new SipFields(KEY).add(text).add(text).hex());
        assertNotEquals(new SipFields(KEY).add(text).add(text).hex(), new SipFields(KEY).add(text + text).hex());
    }
}
