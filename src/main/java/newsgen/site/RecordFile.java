package newsgen.site;

import newsgen.model.ArticleRecord;
import newsgen.model.RecordJson;

import java.util.Map;

/**
 * The bytes of an article's data file ({@code data/<slug>.json}): the very bytes the site's Jackson mapper wrote for
 * the record ({@link ScriptJson#configure}, {@code INDENT_OUTPUT}, to a byte array), with an "entities" field put last.
 *
 * <p>The record's characters come from {@link RecordJson} (what Jackson's pretty printer writes for it, with its
 * standard escapes), then go into UTF-8 here with what the site's mapper escapes beyond that: {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 ({@link ScriptJson}), and each UTF-16 surrogate as a {@code \\u} escape of its own, as
 * Jackson's UTF-8 generator writes one. None of those characters is part of the JSON's own syntax, so every one of them
 * sits inside a string. Why: Jackson reached the record's components by reflection and wrote them through its
 * generator's checks and pretty printer, ~11% of the pages stage's samples, on the data thread (JFR, 10,164 articles).
 * Equality with Jackson's bytes is tested ({@code RecordFileTest}) on real records and on every character.
 */
final class RecordFile {
    /** Room for the JSON of a typical record (real articles: ~9,000 characters). */
    private static final int RECORD_CHARS = 16_384;
    /** Each data-writing thread's writer, its array kept from record to record. */
    private static final ThreadLocal<RecordJson> WRITERS = ThreadLocal.withInitial(() -> new RecordJson(RECORD_CHARS));
    /** Each thread's room for a file's bytes before they are copied out at their length. */
    private static final ThreadLocal<byte[][]> BYTES = ThreadLocal.withInitial(() -> new byte[][] {new byte[1 << 16]});
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private RecordFile() {
    }

    /**
     * The file's bytes: the record's fields, then {@code "entities" : {"actors" : {...}, "places" : {...}}}, the archive
     * entity path each actor and place became (null where none), in the record's order, by id. The bytes are the first
     * {@code length} of this thread's array, valid until its next call: written from there and indented from there for
     * the archive's file, a copy of each record's ~11 KB was ~0.1 GB of a cold build's allocations (JFR).
     */
    static PageBytes.Utf8 of(ArticleRecord record, Map<String, String> actors, Map<String, String> places) {
        RecordJson json = WRITERS.get().reset().record(record);
        char[] fields = json.chars();
        int cut = json.length() - 2; // the record's closing "\n}": the entities go in before it
        if (cut < 1 || fields[cut] != '\n' || fields[cut + 1] != '}') {
            throw new IllegalStateException("unexpected JSON layout of the record of " + record.slug());
        }
        StringBuilder tail = new StringBuilder(64 + 48 * (actors.size() + places.size()));
        tail.append(",\n  \"entities\" : {\n    \"actors\" : ");
        map(actors, tail);
        tail.append(",\n    \"places\" : ");
        map(places, tail);
        tail.append("\n  }\n}");
        int n = tail.length();
        byte[][] room = BYTES.get();
        if (room[0].length < 6 * (cut + n)) {
            room[0] = new byte[Math.max(6 * (cut + n), 2 * room[0].length)];
        }
        byte[] out = room[0];
        int at = encode(fields, 0, cut, out, 0);
        char[] rest = new char[n];
        tail.getChars(0, n, rest, 0);
        at = encode(rest, 0, n, out, at);
        return new PageBytes.Utf8(out, at);
    }

    /** A map of strings at the third level, as the pretty printer writes it: {@code { }} when empty. */
    private static void map(Map<String, String> entries, StringBuilder s) {
        if (entries.isEmpty()) {
            s.append("{ }");
            return;
        }
        s.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            s.append(first ? "\n      " : ",\n      ");
            first = false;
            string(e.getKey(), s);
            s.append(" : ");
            string(e.getValue(), s);
        }
        s.append("\n    }");
    }

    /** A JSON string with Jackson's standard escapes (what {@link #encode} adds comes later), or null. */
    private static void string(String v, StringBuilder s) {
        if (v == null) {
            s.append("null");
            return;
        }
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\b' -> s.append("\\b");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\f' -> s.append("\\f");
                case '\r' -> s.append("\\r");
                default -> {
                    if (c < 0x20) {
                        s.append("\\u00").append((char) HEX[c >> 4]).append((char) HEX[c & 0xF]);
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }

    /**
     * JSON text (standard escapes done) into UTF-8 at {@code at}, with the script-safe escapes and surrogates as
     * {@code \\u} escapes; at most 6 bytes a character. Gives where the bytes end.
     */
    static int encode(char[] c, int from, int to, byte[] out, int at) {
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch == '<' || ch == '>' || ch == '&') {
                    at = escape(ch, out, at);
                } else {
                    out[at++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                out[at++] = (byte) (0xC0 | (ch >> 6));
                out[at++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isSurrogate(ch) || ch == '\u2028' || ch == '\u2029') {
                at = escape(ch, out, at);
            } else {
                out[at++] = (byte) (0xE0 | (ch >> 12));
                out[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        return at;
    }

    private static int escape(char ch, byte[] out, int at) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[ch >> 12];
        out[at++] = HEX[(ch >> 8) & 0xF];
        out[at++] = HEX[(ch >> 4) & 0xF];
        out[at++] = HEX[ch & 0xF];
        return at;
    }
}
