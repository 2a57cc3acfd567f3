package newsgen.cache;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * SipHash-2-4 with a 128-bit output (Aumasson and Bernstein), keyed with a secret. Page models are hashed on every
 * build, megabytes of them; SHA-256 would do, but gen's JVM runs without its optimising compiler (see Launcher), where
 * SHA-256 reads ~50 MB/s. SipHash is a keyed function made so that without the key no one can make two inputs
 * collide: the key is random, kept in the cache folder only, so an article cannot be written to make a page's new
 * model pass for its old one.
 */
public final class SipHash {
    private final long k0;
    private final long k1;

    public SipHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    public static SipHash random() {
        SecureRandom random = new SecureRandom();
        return new SipHash(random.nextLong(), random.nextLong());
    }

    /** The key, as 32 hex digits, to keep. */
    public String key() {
        return HexFormat.of().toHexDigits(k0) + HexFormat.of().toHexDigits(k1);
    }

    /** @throws IllegalArgumentException when the text is not a key */
    public static SipHash of(String key) {
        if (key.length() != 32) {
            throw new IllegalArgumentException("not a key");
        }
        return new SipHash(Long.parseUnsignedLong(key.substring(0, 16), 16), Long.parseUnsignedLong(key.substring(16), 16));
    }

    /** The 128-bit SipHash-2-4 of the first {@code length} bytes, as 32 hex digits. */
    public String hex(byte[] bytes, int length) {
        long[] v = start();
        int end = length - (length % 8);
        for (int i = 0; i < end; i += 8) {
            absorb(v, word(bytes, i));
        }
        long last = ((long) length) << 56;
        for (int i = end; i < length; i++) {
            last |= (bytes[i] & 0xffL) << (8 * (i - end));
        }
        return finish(v, last);
    }

    /**
     * The hash of the first {@code count} words, each taken as its 8 bytes in little-endian order: the same as
     * {@link #hex(byte[], int)} of those bytes, without making them (page models are hashed as words: see ModelHash).
     */
    public String hex(long[] words, int count) {
        // The rounds written out over locals: gen's JVM runs without its optimising compiler (see Launcher), which
        // kept the state in an array read and written for every word (~10 % of keying the pages, JFR).
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL ^ 0xee;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        for (int i = 0; i < count; i++) {
            long m = words[i];
            v3 ^= m;
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        return finish(new long[] {v0, v1, v2, v3}, ((long) count * 8) << 56);
    }

    private long[] start() {
        return new long[] {k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL ^ 0xee, k0 ^ 0x6c7967656e657261L,
                k1 ^ 0x7465646279746573L};
    }

    private static void absorb(long[] v, long m) {
        long v0 = v[0];
        long v1 = v[1];
        long v2 = v[2];
        long v3 = v[3] ^ m;
        for (int r = 0; r < 2; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        v[0] = v0 ^ m;
        v[1] = v1;
        v[2] = v2;
        v[3] = v3;
    }

    private static String finish(long[] v, long last) {
        v[3] ^= last;
        rounds(v, 2);
        v[0] ^= last;
        v[2] ^= 0xee;
        rounds(v, 4);
        long h0 = v[0] ^ v[1] ^ v[2] ^ v[3];
        v[1] ^= 0xdd;
        rounds(v, 4);
        long h1 = v[0] ^ v[1] ^ v[2] ^ v[3];
        return HexFormat.of().toHexDigits(Long.reverseBytes(h0)) + HexFormat.of().toHexDigits(Long.reverseBytes(h1));
    }

    private static long word(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
    }

    private static void rounds(long[] v, int n) {
        for (int r = 0; r < n; r++) {
            v[0] += v[1]; v[1] = Long.rotateLeft(v[1], 13); v[1] ^= v[0]; v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[3]; v[3] = Long.rotateLeft(v[3], 16); v[3] ^= v[2];
            v[0] += v[3]; v[3] = Long.rotateLeft(v[3], 21); v[3] ^= v[0];
            v[2] += v[1]; v[1] = Long.rotateLeft(v[1], 17); v[1] ^= v[2]; v[2] = Long.rotateLeft(v[2], 32);
        }
    }
}
