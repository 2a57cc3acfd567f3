package newsgen.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was double-encoded before it reached us: UTF-8 bytes read as Latin-1 or Windows-1252 and
 * written out again as UTF-8, so "François" arrives as "FranÃ§ois" and "—" as "â€”". A run is repaired only when
 * its characters map back to one well-formed UTF-8 sequence of two to four bytes, so ordinary accented text
 * ("Ã" followed by a letter) stays as it is.
 */
public final class Mojibake {
    /**
     * The text repaired, how many characters were put back, and the first repair for a warning: the word as it was
     * written and as it reads now ("FranÃ§ois → François"), and the line it is on (1 for the first).
     */
    public record Repair(String text, int repaired, String example, int line) {
        /** The text as it was: nothing to repair. */
        public static Repair none(String text) {
            return new Repair(text, 0, null, 0);
        }
    }

    /** Windows-1252's characters for bytes 0x80-0x9F (0 where the byte is undefined). */
    private static final String CP1252_HIGH = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
            + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

    private Mojibake() {
    }

    /**
     * Repairs the text; a text encoded twice over ("FranÃ\u0083Â§ois") is repaired again, at most three times, and
     * only while the previous pass found something to repair.
     */
    public static Repair repair(String text) {
        Pass first = once(text);
        if (first.repaired == 0) {
            return Repair.none(text);
        }
        String now = first.text;
        int repaired = first.repaired;
        for (int pass = 1; pass < 3; pass++) {
            Pass again = once(now);
            if (again.repaired == 0) {
                break;
            }
            now = again.text;
            repaired += again.repaired;
        }
        // the text before the first repair is the same in every pass, so the word starts at the same place in both
        int start = first.at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && first.at - start < WORD) {
            start--;
        }
        String example = word(text, start, first.at) + " \u2192 " + word(now, start, first.at);
        int line = 1;
        for (int i = 0; i < start; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return new Repair(now, repaired, example, line);
    }

    /** The longest part of a word an example shows on each side of the first repair. */
    private static final int WORD = 30;

    /** The word from start, reading on past from until a space or the end of the text, at most WORD past from. */
    private static String word(String text, int start, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - from < WORD) {
            end++;
        }
        return text.substring(start, end);
    }

    /** One pass over the text: what it made, how many characters it put back, and where the first one was. */
    private record Pass(String text, int repaired, int at) {
    }

    private static Pass once(String text) {
        StringBuilder out = null;
        int repaired = 0;
        int firstAt = -1;
        int copied = 0;
        // read from an array: in gen's C1-compiled code each String.charAt is a call, most of this scan's time (JFR)
        char[] t = text.toCharArray();
        for (int i = 0; i < t.length; i++) {
            int lead = t[i];
            int first = i + 1; // where the continuation characters start
            if ((lead == 'A' || lead == 'a') && first < t.length && (t[first] == '\u0302' || t[first] == '\u0303')) {
                // the lead written decomposed, as text normalised to NFD has it: "A" and a combining tilde is "Ã"
                lead = (lead == 'A' ? 0xC2 : 0xE2) + (t[first] == '\u0303' ? 1 : 0);
                first++;
            }
            if (lead < 0xC2 || lead > 0xF4) {
                continue;
            }
            int need = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
            byte[] bytes = new byte[need + 1];
            bytes[0] = (byte) lead;
            boolean ok = true;
            for (int k = 1; k <= need && ok; k++) {
                int at = first + k - 1;
                if (at >= t.length) {
                    ok = false;
                    break;
                }
                int b = byteOf(t[at]);
                ok = b >= 0x80 && b <= 0xBF;
                bytes[k] = (byte) b;
            }
            String decoded = ok ? decode(bytes) : null;
            if (decoded == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(decoded);
            int end = first + need;
            if (firstAt < 0) {
                firstAt = i;
            }
            repaired++;
            copied = end;
            i = copied - 1;
        }
        if (out == null) {
            return new Pass(text, 0, -1);
        }
        out.append(text, copied, text.length());
        return new Pass(out.toString(), repaired, firstAt);
    }

    /** The byte a character stands for when bytes were read as Windows-1252 (or Latin-1), else -1. */
    private static int byteOf(char c) {
        if (c >= 0x80 && c <= 0xFF) {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return c != 0 && k >= 0 ? 0x80 + k : -1;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
