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
    /** Each thread's room for a file's bytes, and where their line breaks are. */
    private static final ThreadLocal<Room> ROOMS = ThreadLocal.withInitial(Room::new);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private RecordFile() {
    }

    /**
     * A record's data file: its first {@code length} bytes of {@code bytes}, and the same bytes with their lines
     * indented one level more for the archive's file ({@code SiteBuilder.nested}), or null when not made.
     */
    record Made(byte[] bytes, int length, byte[] nested) {
    }

    private static final class Room {
        byte[] bytes = new byte[1 << 16];
        /** Where each line break of the bytes is, the first {@link #breaks}. */
        int[] lines = new int[1024];
        int breaks;
    }

    /**
     * The file's bytes: the record's fields, then {@code "entities" : {"actors" : {...}, "places" : {...}}}, the archive
     * entity path each actor and place became (null where none), in the record's order, by id. The file's bytes are
     * this thread's array, valid until its next call: written from there, a copy of each record's ~11 KB was ~0.1 GB of
     * a cold build's allocations (JFR). Their indented copy is made from the line breaks the encoder saw, a copy a line,
     * where reading every byte again for them took about a third of the data files' CPU (C1, 10,164 records).
     */
    static Made of(ArticleRecord record, Map<String, String> actors, Map<String, String> places) {
        RecordJson json = WRITERS.get().reset().record(record);
        char[] fields = json.chars();
        int cut = json.length() - 2; // the record's closing "\n}": the entities go in before it
        if (cut < 1 || fields[cut] != '\n' || fields[cut + 1] != '}') {
            throw new IllegalStateException("unexpected JSON layout of the record of " + record.slug());
        }
        // the entities go into the same writer, with the same string escapes, in place of the closing "\n}"
        json.truncate(cut).append(",\n  \"entities\" : {\n    \"actors\" : ");
        map(actors, json);
        json.append(",\n    \"places\" : ");
        map(places, json);
        json.append("\n  }\n}");
        int n = json.length();
        Room room = ROOMS.get();
        if (room.bytes.length < 6 * n) {
            room.bytes = new byte[Math.max(6 * n, 2 * room.bytes.length)];
        }
        room.breaks = 0;
        int at = encode(json.chars(), 0, n, room, 0);
        return new Made(room.bytes, at, nested(room, at));
    }

    private static byte[] nested(Room room, int length) {
        return indented(room.bytes, length, room.lines, room.breaks);
    }

    /**
     * The first {@code length} bytes with two spaces after each line break, copied a line at a time; {@code lines}
     * holds the positions of the {@code breaks} line breaks in order.
     */
    static byte[] indented(byte[] bytes, int length, int[] lines, int breaks) {
        byte[] out = new byte[length + 2 * breaks];
        int from = 0;
        int to = 0;
        for (int i = 0; i < breaks; i++) {
            int end = lines[i] + 1; // the line with its break
            System.arraycopy(bytes, from, out, to, end - from);
            to += end - from;
            out[to++] = ' ';
            out[to++] = ' ';
            from = end;
        }
        System.arraycopy(bytes, from, out, to, length - from);
        return out;
    }

    /** A map of strings at the third level, as the pretty printer writes it: {@code { }} when empty. */
    private static void map(Map<String, String> entries, RecordJson json) {
        if (entries.isEmpty()) {
            json.append("{ }");
            return;
        }
        json.append("{");
        boolean first = true;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            json.append(first ? "\n      " : ",\n      ");
            first = false;
            json.appendString(e.getKey()).append(" : ").appendString(e.getValue());
        }
        json.append("\n    }");
    }

    /**
     * JSON text (standard escapes done) into UTF-8 in the room's array at {@code at}, with the script-safe escapes and
     * surrogates as {@code \\u} escapes (at most 6 bytes a character), noting each line break. Gives where the bytes end.
     * Every line break in the text is the printer's: a string's own are escaped.
     */
    private static int encode(char[] c, int from, int to, Room room, int at) {
        byte[] out = room.bytes;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                if (ch == '<' || ch == '>' || ch == '&') {
                    at = escape(ch, out, at);
                } else {
                    if (ch == '\n') {
                        if (room.breaks == room.lines.length) {
                            room.lines = java.util.Arrays.copyOf(room.lines, 2 * room.breaks);
                        }
                        room.lines[room.breaks++] = at;
                    }
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
