package newsgen.cache;

import java.util.Arrays;

/**
 * Bytes written in order into one growing array, as {@link java.io.DataOutputStream} writes them (big-endian numbers)
 * and texts as a length and their UTF-8. Each thread keeps one ({@link #forThread}), emptied for each cache entry:
 * a {@code ByteArrayOutputStream} of 16 KB per record, copied out at its end, and a new array for every text's
 * bytes were ~0.9 GB of a cold build's allocations (10,164 articles, JFR).
 */
final class ByteOutput {
    /** A buffer this long or shorter is kept for the thread's next entry. */
    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<ByteOutput> THREADS = ThreadLocal.withInitial(ByteOutput::new);

    private byte[] bytes = new byte[1 << 15];
    private char[] chars = new char[256];
    private int length;

    /** This thread's output, emptied. Valid until the thread asks for it again. */
    static ByteOutput forThread() {
        ByteOutput out = THREADS.get();
        if (out.bytes.length > KEEP) {
            out.bytes = new byte[1 << 15]; // an exceptionally big entry: let its buffer go
        }
        if (out.chars.length > KEEP) {
            out.chars = new char[256];
        }
        out.length = 0;
        return out;
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Leaves {@code n} bytes to be filled later with {@link #putInt}. */
    void skip(int n) {
        room(n);
        length += n;
    }

    void writeByte(int b) {
        room(1);
        bytes[length++] = (byte) b;
    }

    void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    void writeInt(int v) {
        room(4);
        putInt(length, v);
        length += 4;
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    void write(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** The text's UTF-8 length, then its UTF-8 ({@link Utf8}). */
    void writeString(String s) {
        int n = s.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        s.getChars(0, n, chars, 0);
        room(4 + Utf8.MAX_BYTES_PER_CHAR * n);
        int end = Utf8.encode(chars, 0, n, bytes, length + 4);
        putInt(length, end - length - 4);
        length = end;
    }

    /** Writes an int at an offset already written or skipped. */
    void putInt(int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
        }
    }
}
