package newsgen.cache;

/**
 * UTF-8 encoding of characters straight into a byte array the caller keeps, giving the bytes
 * {@link String#getBytes(java.nio.charset.Charset) getBytes(UTF_8)} gives: a surrogate pair in four bytes, a surrogate
 * without its other half as '?'. Why: {@code getBytes} makes a new array of three bytes a character for any text beyond
 * Latin-1 and then copies it to its length, once for every text a cache entry or a page holds (~1.5 GB of the ~13 GB a
 * cold build of 10,164 articles allocated, JFR).
 */
public final class Utf8 {
    /** The most bytes one character takes (a surrogate pair takes four for its two characters). */
    public static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /**
     * Encodes {@code c[from, to)} into {@code dst} from {@code at}, which has room for {@link #MAX_BYTES_PER_CHAR}
     * bytes a character; returns the offset after the last byte written. A high surrogate at {@code to - 1} is
     * written as '?', as at the end of a text: give a text's characters whole.
     */
    public static int encode(char[] c, int from, int to, byte[] dst, int at) {
        int i = from;
        while (i < to) {
            char ch = c[i++];
            if (ch < 0x80) {
                dst[at++] = (byte) ch;
            } else if (ch < 0x800) {
                dst[at++] = (byte) (0xc0 | (ch >> 6));
                dst[at++] = (byte) (0x80 | (ch & 0x3f));
            } else if (ch < Character.MIN_SURROGATE || ch > Character.MAX_SURROGATE) {
                dst[at++] = (byte) (0xe0 | (ch >> 12));
                dst[at++] = (byte) (0x80 | ((ch >> 6) & 0x3f));
                dst[at++] = (byte) (0x80 | (ch & 0x3f));
            } else if (ch <= Character.MAX_HIGH_SURROGATE && i < to && Character.isLowSurrogate(c[i])) {
                int cp = Character.toCodePoint(ch, c[i++]);
                dst[at++] = (byte) (0xf0 | (cp >> 18));
                dst[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                dst[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                dst[at++] = (byte) (0x80 | (cp & 0x3f));
            } else {
                dst[at++] = '?';
            }
        }
        return at;
    }
}
