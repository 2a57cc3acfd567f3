package newsgen.site;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a template writes a page that goes to a file: its UTF-8 bytes, encoded as each piece is written, in this
 * thread's buffer. The bytes are those of the whole page's {@code getBytes(UTF_8)} (an unpaired surrogate written as
 * '?' as there) as long as no piece ends in half of a surrogate pair that the next begins, which Pebble's pieces (a
 * template's text, a value, a macro's text) never do.
 *
 * <p>Why not a {@link StringBuilder} encoded at the end ({@link PageWriter}): every page holds a character beyond
 * Latin-1 (the search box's '…') early, so the builder kept two bytes a character, widened every later piece into
 * them, then the page was copied out and encoded a character at a time: ~5% of a build's CPU under the C1 compiler
 * gen runs with (JFR, 10,164 articles). Here a piece of more than a few characters is encoded by
 * {@link String#getBytes}, which copies a Latin-1 string without non-ASCII characters whole.
 */
final class PageBytes extends Writer {
    /** A buffer of this many bytes or fewer is kept for the thread's next page. */
    private static final int KEEP = 3 << 20;
    /** Pieces this short are copied a character at a time: a call of getBytes costs more than their loop. */
    private static final int SHORT = 16;
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private byte[] bytes = BUFFERS.get();
    private int length;

    @Override
    public void write(String s) {
        int n = s.length();
        if (n <= SHORT && ascii(s, n)) {
            return;
        }
        writeUtf8(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends bytes that are already UTF-8 (a template's text, encoded once: {@link EncodedText}). */
    void writeUtf8(byte[] encoded) {
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    /** Copies a short piece when it is all ASCII and says so; else copies nothing and says not. */
    private boolean ascii(String s, int n) {
        room(n);
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            b[at + i] = (byte) c;
        }
        length = at + n;
        return true;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
        }
    }

    @Override
    public void write(String s, int off, int len) {
        write(s.substring(off, off + len));
    }

    @Override
    public void write(char[] chars, int off, int len) {
        write(new String(chars, off, len));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public Writer append(CharSequence s) {
        write(String.valueOf(s));
        return this;
    }

    @Override
    public void flush() {
        // nothing held back
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** The page's bytes, valid until the thread renders its next page; the buffer is kept for that page. */
    Utf8 utf8() {
        if (bytes.length <= KEEP) {
            BUFFERS.set(bytes);
        } else {
            BUFFERS.remove(); // an exceptionally big page: let its buffer go
        }
        return new Utf8(bytes, length);
    }

    /** A page's bytes: the first {@code length} of {@code bytes}. */
    record Utf8(byte[] bytes, int length) {
    }
}
