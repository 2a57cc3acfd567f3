package newsgen.site;


/**
 * Where a template writes a page: a plain {@link StringBuilder}. Why not {@link java.io.StringWriter}: it appends
 * to a {@code StringBuffer}, which takes a lock on every write, and Pebble makes a new adapter object for every
 * value it prints into one; together about a tenth of rendering (JFR, 10,164 articles).
 */
final class PageWriter extends BuilderWriter {
    /** A builder of this many characters or fewer is kept for the thread's next page. */
    private static final int KEEP = 1 << 20;
    /**
     * Each rendering thread's builder, emptied for each page: a new one per page, grown by copying to the size of a
     * page, was ~1 GB of the 23 GB a build of 10,164 articles allocates (JFR).
     */
    private static final ThreadLocal<StringBuilder> BUILDERS = ThreadLocal.withInitial(() -> new StringBuilder(1 << 15));

    /** A writer over this thread's builder: one page at a time on a thread, its text taken with {@link #page}. */
    PageWriter() {
        super(BUILDERS.get());
        text.setLength(0);
    }

    /** The page written, leaving the builder to the thread's next page. */
    String page() {
        String page = text.toString();
        text.setLength(0);
        if (text.capacity() > KEEP) {
            BUILDERS.remove(); // an exceptionally big page: let its builder go
        }
        return page;
    }

    /**
     * The page written, as UTF-8 in this thread's byte buffer, leaving the builder to the thread's next page. The
     * bytes are those of {@code page().getBytes(UTF_8)}, an unpaired surrogate written as '?' as there; they stay
     * valid until the thread renders its next page. Why not through a string: the page was copied into one, then
     * encoded into a buffer three times its length and copied again to its size, ~1 GB for 10,164 articles.
     */
    Utf8 utf8() {
        int n = text.length();
        char[] c = CHARS.get();
        if (c.length < n) {
            c = new char[Math.max(n, 2 * c.length)];
        }
        text.getChars(0, n, c, 0);
        byte[] b = BYTES.get();
        if (b.length < 3 * n) {
            b = new byte[Math.max(3 * n, 2 * b.length)];
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[j++] = (byte) ch;
            } else if (ch < 0x800) {
                b[j++] = (byte) (0xc0 | ch >> 6);
                b[j++] = (byte) (0x80 | ch & 0x3f);
            } else if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                    int cp = Character.toCodePoint(ch, c[++i]);
                    b[j++] = (byte) (0xf0 | cp >> 18);
                    b[j++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    b[j++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    b[j++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    b[j++] = '?';
                }
            } else {
                b[j++] = (byte) (0xe0 | ch >> 12);
                b[j++] = (byte) (0x80 | ch >> 6 & 0x3f);
                b[j++] = (byte) (0x80 | ch & 0x3f);
            }
        }
        text.setLength(0);
        if (text.capacity() > KEEP) {
            BUILDERS.remove();
        }
        if (c.length <= KEEP) {
            CHARS.set(c);
        }
        if (b.length <= 3 * KEEP) {
            BYTES.set(b);
        }
        return new Utf8(b, j);
    }

    /** A page's bytes: the first {@code length} of {@code bytes}. */
    record Utf8(byte[] bytes, int length) {
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1 << 15]);
    private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[3 << 15]);
}
