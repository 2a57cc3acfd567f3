package newsgen.site;

/**
 * The escaping autoescape applies to every value a template prints: exactly what Pebble's own "html" strategy
 * (unbescape's {@code escapeHtml4Xml}) writes, {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;} and every
 * other character as it is. Why not unbescape: it looks each character up in level tables through
 * {@code charAt}, ~8% of rendering (JFR, 10,164 articles). Here the characters are copied out once and read from an
 * array: under the C1 compiler gen runs with, {@code charAt} on a text holding a curly quote checks its index in a
 * call of its own for every character. Most values need nothing escaped and are returned as they are.
 */
final class HtmlEscaping {
    /** Each thread's copy of the text being escaped. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1024]);
    /** A copy this long or shorter is kept for the thread's next text. */
    private static final int KEEP = 1 << 16;
    /**
     * Each thread's last escapes of long texts, by identity: a quote or a timeline's sentence is printed on three or
     * four pages, the same string each time. Direct-mapped, so a slot is simply overwritten. Only a text printed where
     * the writer is no page's bytes comes here (inside a macro, whose text is a string: a timeline's sentence); what a
     * page's template prints itself, a quote among it, is escaped as it is encoded ({@link #escapeUtf8}).
     */
    private static final int SLOTS = 1 << 12;
    private static final int REMEMBERED = 64;
    private static final ThreadLocal<String[]> SEEN = ThreadLocal.withInitial(() -> new String[2 * SLOTS]);

    private HtmlEscaping() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        if (n < REMEMBERED) {
            return escapeNow(text);
        }
        String[] seen = SEEN.get();
        int slot = 2 * (System.identityHashCode(text) & (SLOTS - 1));
        if (seen[slot] == text) {
            return seen[slot + 1];
        }
        String escaped = escapeNow(text);
        seen[slot] = text;
        seen[slot + 1] = escaped;
        return escaped;
    }

    private static String escapeNow(String text) {
        int n = text.length();
        char[] c = CHARS.get();
        if (c.length < n) {
            c = new char[Math.max(n, 2 * c.length)];
            if (c.length <= KEEP) {
                CHARS.set(c);
            }
        }
        text.getChars(0, n, c, 0);
        int i = 0;
        while (i < n && !special(c[i])) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(c, 0, i);
        int from = i;
        for (; i < n; i++) {
            String entity = switch (c[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(c, from, i - from).append(entity);
                from = i + 1;
            }
        }
        out.append(c, from, n - from);
        return out.toString();
    }

    /** Bytes a character can take escaped: "&quot;". */
    static final int MAX_ESCAPED_BYTES_PER_CHAR = 6;
    /** Each special character's entity in bytes, by the character. */
    private static final byte[][] ENTITIES = new byte['>' + 1][];

    static {
        for (char c : "&<>\"'".toCharArray()) {
            ENTITIES[c] = escapeNow(String.valueOf(c)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /**
     * Writes {@code c[0, n)} escaped, in UTF-8, into {@code dst} from {@code at}, which has room for
     * {@link #MAX_ESCAPED_BYTES_PER_CHAR} bytes a character; returns the offset after the last byte. The bytes are
     * those of {@code escape(text).getBytes(UTF_8)}: an entity is ASCII and never splits a surrogate pair. ASCII is
     * escaped and encoded in one pass, and only runs beyond it are handed to {@link newsgen.cache.Utf8#encode}: looking
     * for the characters to escape first and then encoding the runs between them read each character twice, ~12% of a cold
     * build's page tasks (JFR, 10,164 articles: quotes, timeline sentences and summaries are long).
     */
    static int escapeUtf8(char[] c, int n, byte[] dst, int at) {
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch < 0x80) {
                byte[] entity = ch <= '>' ? ENTITIES[ch] : null;
                if (entity == null) {
                    dst[at++] = (byte) ch;
                } else {
                    for (byte b : entity) {
                        dst[at++] = b;
                    }
                }
                i++;
            } else {
                // A run beyond ASCII (a curly quote, a word in another script): a surrogate pair is never split.
                int end = i + 1;
                while (end < n && c[end] >= 0x80) {
                    end++;
                }
                at = newsgen.cache.Utf8.encode(c, i, end, dst, at);
                i = end;
            }
        }
        return at;
    }

    /** The entity an ASCII character is escaped as, in bytes, or null when it is written as it is. */
    static byte[] entity(char c) {
        return special(c) ? ENTITIES[c] : null;
    }

    private static boolean special(char c) {
        return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
    }
}
