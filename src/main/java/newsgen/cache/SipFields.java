package newsgen.cache;

/**
 * A sequence of values hashed with a keyed {@link SipHash}, as {@link Fingerprint} hashes one with SHA-256: each value
 * goes in as a word giving its kind and length, then its content (text four characters to a 64-bit word, bytes eight),
 * so that ("ab", "c") and ("a", "bc") differ and no sequence of values reads as another. Why not a Fingerprint: gen's
 * JVM runs without its optimising compiler (see Launcher), where SHA-256 reads ~50 MB/s; the site's change memo hashed
 * every article's links with it after any edit that moved an entity, and SHA-256 was the top frame of such a build
 * (JFR, 10,164 articles, one article edited to name a new person). The key is secret, kept in the cache folder, so no
 * article can be written to make its new links pass for its old ones (see SipHash).
 */
public final class SipFields {
    private static final long TEXT = 1L << 56;
    private static final long NUMBER = 2L << 56;
    private static final long FLAG = 3L << 56;
    private static final long BYTES = 4L << 56;
    private static final long NONE = 5L << 56;
    private static final long WORDS = 6L << 56;

    private final SipHash hash;
    private long[] words = new long[64];
    private int length;

    public SipFields(SipHash hash) {
        this.hash = hash;
    }

    public SipFields add(String text) {
        if (text == null) {
            return word(NONE);
        }
        int n = text.length();
        word(TEXT | n);
        ensure((n + 3) / 4);
        long w = 0;
        int in = 0;
        for (int i = 0; i < n; i++) {
            w |= (long) text.charAt(i) << (16 * in);
            if (++in == 4) {
                words[length++] = w;
                w = 0;
                in = 0;
            }
        }
        if (in > 0) {
            words[length++] = w;
        }
        return this;
    }

    public SipFields add(long value) {
        word(NUMBER);
        return word(value);
    }

    public SipFields add(boolean value) {
        return word(FLAG | (value ? 1 : 0));
    }

    public SipFields add(byte[] bytes) {
        int n = bytes.length;
        word(BYTES | n);
        ensure((n + 7) / 8);
        for (int i = 0; i < n; i += 8) {
            long w = 0;
            for (int k = 0; k < 8 && i + k < n; k++) {
                w |= (bytes[i + k] & 0xffL) << (8 * k);
            }
            words[length++] = w;
        }
        return this;
    }

    /** 64-bit words as they are (a digest kept as its words), after a word giving their number. */
    public SipFields add(long[] values) {
        int n = values.length;
        word(WORDS | n);
        ensure(n);
        System.arraycopy(values, 0, words, length, n);
        length += n;
        return this;
    }

    /** The 128-bit keyed hash of the values added, as 32 hex digits. */
    public String hex() {
        return hash.hex(words, length);
    }

    private SipFields word(long w) {
        ensure(1);
        words[length++] = w;
        return this;
    }

    private void ensure(int more) {
        if (length + more > words.length) {
            words = java.util.Arrays.copyOf(words, Math.max(2 * words.length, length + more));
        }
    }
}
