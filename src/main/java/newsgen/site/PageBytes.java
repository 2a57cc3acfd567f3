package newsgen.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;

import java.io.Writer;

/**
 * Where a template writes a page that goes to a file: its UTF-8 bytes, encoded as each piece is written, in this
 * thread's buffer. The bytes are those of the whole page's {@code getBytes(UTF_8)} (an unpaired surrogate written as
 * '?' as there) as long as no piece ends in half of a surrogate pair that the next begins, which Pebble's pieces (a
 * template's text, a value, a macro's text) never do.
 *
 * <p>Why not a {@link StringBuilder} encoded at the end ({@link PageWriter}): every page holds a character beyond
 * Latin-1 (the search box's '…') early, so the builder kept two bytes a character, widened every later piece into
 * them, then the page was copied out and encoded a character at a time: ~5% of a build's CPU under the C1 compiler
 * gen runs with (JFR, 10,164 articles). A piece is copied out as characters into this thread's array and encoded
 * from there ({@link newsgen.cache.Utf8}), not by {@link String#getBytes}, which made a new array (three bytes a character for a
 * text beyond Latin-1) and a copy of it for every piece: ~0.8 GB of a cold build's allocations (JFR).
 *
 * <p>A {@link SpecializedWriter}, so that Pebble hands it the value a print evaluates to, not its text: an
 * autoescaped value ({@link QuickEscapes.Unescaped}) is escaped straight into the bytes, without the escaped string.
 * Every other value is written as the text Pebble would have written ({@code StringUtils.toString}).
 */
final class PageBytes extends Writer implements SpecializedWriter {
    /** A buffer of this many bytes or fewer is kept for the thread's next page. */
    private static final int KEEP = 3 << 20;
    /** Pieces this short are copied a character at a time when ASCII, without copying out their characters. */
    private static final int SHORT = 16;
    /** Pieces to escape this short are escaped a character at a time when ASCII (see {@link #asciiEscaped}). */
    private static final int SHORT_ESCAPED = 32;
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[1 << 16]);
    /** Each thread's copy of the piece being encoded. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 12]);

    /** This thread's last macro answer from memory: a safe text that is its string copies its bytes. */
    private final QuickMacros.Answers answers = QuickMacros.answers();
    private byte[] bytes = BUFFERS.get();
    private char[] chars = CHARS.get();
    private int length;

    @Override
    public void write(String s) {
        int n = s.length();
        if (n <= SHORT && ascii(s, n)) {
            return;
        }
        write(s, 0, n);
    }

    /** Writes the text escaped as autoescaping escapes it ({@link HtmlEscaping}). */
    void writeEscaped(String s) {
        int n = s.length();
        if (n <= SHORT_ESCAPED && asciiEscaped(s, n)) {
            return;
        }
        length = HtmlEscaping.escapeUtf8(copied(s, 0, n), n, room(HtmlEscaping.MAX_ESCAPED_BYTES_PER_CHAR * n), length);
    }

    /**
     * Escapes a short piece a character at a time when it is all ASCII and says so; else writes nothing and says not.
     * Most printed values are short (a name, a date, a link's path: 26 characters on average, 1.4 million of them in
     * the 10,164-article site), and copying each out as characters first cost more than escaping it.
     */
    private boolean asciiEscaped(String s, int n) {
        byte[] b = room(HtmlEscaping.MAX_ESCAPED_BYTES_PER_CHAR * n);
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            byte[] entity = HtmlEscaping.entity(c);
            if (entity == null) {
                b[at++] = (byte) c;
            } else {
                System.arraycopy(entity, 0, b, at, entity.length);
                at += entity.length;
            }
        }
        length = at;
        return true;
    }

    /**
     * Writes a text that is safe as it is: a macro's, or {@code | raw}. When it is the string of this thread's last
     * answer from memory ({@link QuickMacros.Remembered}), the bytes of its first printing are copied, or kept.
     */
    private void writeSafe(String s) {
        QuickMacros.Remembered answer = answers.last;
        if (answer == null || answer.text != s) {
            write(s);
            return;
        }
        byte[] utf8 = answer.utf8;
        if (utf8 != null) {
            writeUtf8(utf8);
            return;
        }
        int from = length;
        write(s);
        answer.utf8 = java.util.Arrays.copyOfRange(bytes, from, length);
    }

    /** Appends bytes that are already UTF-8 (a template's text, encoded once: {@link EncodedText}). */
    void writeUtf8(byte[] encoded) {
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    /** Copies a short piece when it is all ASCII and says so; else copies nothing and says not. */
    private boolean ascii(String s, int n) {
        byte[] b = room(n);
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

    /** s[from, to) in this thread's character array, from its start. */
    private char[] copied(String s, int from, int to) {
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, 2 * chars.length)];
        }
        s.getChars(from, to, chars, 0);
        return chars;
    }

    /** The buffer, with room for {@code more} bytes after what is written. */
    private byte[] room(int more) {
        if (length + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
        }
        return bytes;
    }

    @Override
    public void write(Object value) {
        if (value instanceof QuickEscapes.Unescaped u) {
            writeEscaped(u.text());
        } else if (value instanceof SafeString safe) {
            writeSafe(safe.toString()); // the text StringUtils.toString gives
        } else {
            write(StringUtils.toString(value));
        }
    }

    @Override
    public void write(String s, int off, int len) {
        write(copied(s, off, off + len), 0, len);
    }

    @Override
    public void write(char[] c, int off, int len) {
        length = newsgen.cache.Utf8.encode(c, off, off + len, room(newsgen.cache.Utf8.MAX_BYTES_PER_CHAR * len), length);
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

    // Pebble calls these only through write(Object), which this writer answers itself: the text as it writes it.
    @Override
    public void writeSpecialized(int i) {
        write(StringUtils.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(StringUtils.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(StringUtils.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(StringUtils.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(StringUtils.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(StringUtils.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(StringUtils.toString(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }

    @Override
    public void flush() {
        // nothing held back
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** The page's bytes, valid until the thread renders its next page; the buffers are kept for that page. */
    Utf8 utf8() {
        if (bytes.length <= KEEP) {
            BUFFERS.set(bytes);
        } else {
            BUFFERS.remove(); // an exceptionally big page: let its buffer go
        }
        if (chars.length <= KEEP) {
            CHARS.set(chars);
        } else {
            CHARS.remove();
        }
        return new Utf8(bytes, length);
    }

    /** A page's bytes: the first {@code length} of {@code bytes}. */
    record Utf8(byte[] bytes, int length) {
    }
}
