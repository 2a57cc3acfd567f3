package newsgen.model;

import java.util.List;

/**
 * One article's record as {@code gen extract} prints it: the very characters Jackson's {@code ObjectMapper} with
 * {@code INDENT_OUTPUT} wrote for a record as an element of the top-level array (two spaces a level of object,
 * {@code " : "} after a name, arrays on one line as {@code [ a, b ]}, only {@code "}, {@code \} and control
 * characters escaped), written by hand into a char array.
 *
 * <p>Why: Jackson reached the records' components by reflection, one call at a time, on the one thread that
 * printed after all extraction was done (~12% of {@code gen extract}'s CPU on 10,164 real articles, JFR). Here
 * each string is copied in bulk and scanned as an array, which the C1-compiled code gen runs in does several times
 * faster than {@code String.charAt}, and each record is written by the thread that extracted it. Equality with
 * Jackson's output is tested ({@code RecordJsonTest}) on the seed and dev-set records and on every character.
 */
public final class RecordJson {
    /** The line break Jackson's pretty printer uses. */
    private static final String NEWLINE = System.lineSeparator();
    /** Indentations by level of object nesting. */
    private static final String[] INDENT = {NEWLINE, NEWLINE + "  ", NEWLINE + "    ", NEWLINE + "      "};
    /**
     * The same, and what follows a field's name, as arrays, copied in bulk: each String.getChars of a constant widened
     * its bytes into chars one by one in gen's C1-compiled code, for every field of every record (~0.6% of
     * {@code gen extract}'s CPU, JFR).
     */
    private static final char[][] INDENT_CHARS = java.util.Arrays.stream(INDENT).map(String::toCharArray).toArray(char[][]::new);
    private static final char[] AFTER_NAME = "\" : ".toCharArray();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private char[] buf;
    private int len;
    /** Objects open around what is being written. */
    private int depth;
    /** Whether the innermost open object has no field yet. */
    private boolean first;

    public RecordJson(int capacity) {
        buf = new char[Math.max(capacity, 64)];
    }

    /** The characters written so far. */
    public char[] chars() {
        return buf;
    }

    public int length() {
        return len;
    }

    /** Starts over: what comes next is written into the same array from its start. */
    public RecordJson reset() {
        len = 0;
        depth = 0;
        first = false;
        return this;
    }

    /** Goes back to the first {@code length} characters: a caller puts fields of its own before the closing brace. */
    public RecordJson truncate(int length) {
        len = Math.min(len, Math.max(0, length));
        return this;
    }

    /** Appends JSON syntax as it is (a caller's own fields and braces). */
    public RecordJson append(String text) {
        raw(text);
        return this;
    }

    /** Appends a JSON string with the record's escapes (Jackson's standard ones), or null. */
    public RecordJson appendString(String text) {
        string(text);
        return this;
    }

    /** The characters written so far, in an array of their own of just their length. */
    public char[] copy() {
        return java.util.Arrays.copyOf(buf, len);
    }

    /** Writes the record as an element of the top-level array: from its opening brace to its closing one. */
    public RecordJson record(ArticleRecord r) {
        open();
        field("file").string(r.file());
        field("slug").string(r.slug());
        field("title").string(r.title());
        field("outlet").string(r.outlet());
        field("url").string(r.url());
        field("date").string(r.date());
        field("place");
        if (r.place() == null) {
            raw("null");
        } else {
            place(r.place());
        }
        field("places").array(r.places(), this::place);
        field("actors").array(r.actors(), this::actor);
        field("quotes").array(r.quotes(), this::quote);
        field("dates").array(r.dates(), this::date);
        close();
        return this;
    }

    private void place(Place p) {
        open();
        field("id").string(p.id());
        field("name").string(p.name());
        field("type").string(p.type());
        field("country").string(p.country());
        field("mentions").number(p.mentions());
        field("aliases").array(p.aliases(), this::string);
        close();
    }

    private void actor(Actor a) {
        open();
        field("id").string(a.id());
        field("name").string(a.name());
        field("type").string(a.type());
        field("aliases").array(a.aliases(), this::string);
        field("roles").array(a.roles(), this::string);
        field("affiliation").string(a.affiliation());
        field("mentions").number(a.mentions());
        close();
    }

    private void quote(Quote q) {
        open();
        field("text").string(q.text());
        field("speaker").string(q.speaker());
        field("speakerName").string(q.speakerName());
        field("speakerRole").string(q.speakerRole());
        field("cue").string(q.cue());
        field("partial").raw(q.partial() ? "true" : "false");
        field("paragraph").number(q.paragraph());
        field("rule").string(q.rule());
        close();
    }

    private void date(DateMention d) {
        open();
        field("text").string(d.text());
        field("value").string(d.value());
        field("paragraph").number(d.paragraph());
        field("sentence").string(d.sentence());
        close();
    }

    private void open() {
        put('{');
        depth++;
        first = true;
    }

    /** Ends an object; every object gen prints has fields, so its brace goes on a line of its own. */
    private void close() {
        depth--;
        raw(INDENT_CHARS[depth]);
        put('}');
        first = false;
    }

    /** The name of the next field, on a line of its own after a comma unless it is the object's first. */
    private RecordJson field(String name) {
        if (!first) {
            put(',');
        }
        first = false;
        raw(INDENT_CHARS[depth]);
        put('"');
        raw(name);
        raw(AFTER_NAME);
        return this;
    }

    /** An array on one line: {@code [ ]}, {@code [ "a", "b" ]}, or objects as {@code [ {…}, {…} ]}. */
    private <T> void array(List<T> items, java.util.function.Consumer<T> write) {
        put('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                put(',');
            }
            put(' ');
            write.accept(items.get(i));
        }
        put(' ');
        put(']');
    }

    private void number(int n) {
        raw(Integer.toString(n));
    }

    /** A JSON string, or null. */
    private void string(String s) {
        if (s == null) {
            raw("null");
            return;
        }
        int n = s.length();
        ensure(n + 2);
        buf[len++] = '"';
        int start = len;
        s.getChars(0, n, buf, start);
        for (int i = start, end = start + n; i < end; i++) {
            char c = buf[i];
            if (c < 0x20 || c == '"' || c == '\\') {
                // rare: from here on, written again with escapes
                len = i;
                escaped(s, i - start);
                put('"');
                return;
            }
        }
        len = start + n;
        buf[len++] = '"';
    }

    /** s from {@code from} on, escaped as Jackson escapes: \" \\ \b \t \n \f \r, other controls as \\u00XX. */
    private void escaped(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                put('\\');
                put(c);
            } else if (c >= 0x20) {
                put(c);
            } else {
                put('\\');
                switch (c) {
                    case '\b' -> put('b');
                    case '\t' -> put('t');
                    case '\n' -> put('n');
                    case '\f' -> put('f');
                    case '\r' -> put('r');
                    default -> {
                        raw("u00");
                        put(HEX[c >> 4]);
                        put(HEX[c & 0xF]);
                    }
                }
            }
        }
    }

    private void raw(char[] chars) {
        ensure(chars.length);
        System.arraycopy(chars, 0, buf, len, chars.length);
        len += chars.length;
    }

    private void raw(String s) {
        int n = s.length();
        ensure(n);
        s.getChars(0, n, buf, len);
        len += n;
    }

    private void put(char c) {
        ensure(1);
        buf[len++] = c;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
