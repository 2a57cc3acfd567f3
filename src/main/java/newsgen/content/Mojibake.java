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
     * only while the previous pass found something to repair; runs of the last pass that it cannot finish are undone.
     */
    public static Repair repair(String text) {
        java.util.List<String> inputs = new java.util.ArrayList<>(3);
        java.util.List<Pass> passes = new java.util.ArrayList<>(3);
        String now = text;
        for (int pass = 0; pass < 3; pass++) {
            Pass again = once(now, false);
            if (again.repaired == 0) {
                break;
            }
            inputs.add(now);
            passes.add(again);
            now = again.text;
        }
        // A last pass that leaves a lead character before more lead characters has not repaired anything: the
        // bytes that would finish the sequence are gone (text normalised with NFKD turns "º" into "o"), and
        // "JesA\u0303\u0083A\u0302os" made "JesÃA\u0302os" reads the same as before. Undo such runs, and the
        // whole pass when nothing else is left in it.
        while (!passes.isEmpty()) {
            int last = passes.size() - 1;
            Pass finished = once(inputs.get(last), true);
            if (finished.repaired > 0) {
                passes.set(last, finished);
                break;
            }
            passes.remove(last);
            inputs.remove(last);
        }
        if (passes.isEmpty()) {
            return Repair.none(text);
        }
        Pass first = passes.get(0);
        now = passes.get(passes.size() - 1).text;
        int repaired = 0;
        for (Pass p : passes) {
            repaired += p.repaired;
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

    /**
     * One pass; with {@code finishedOnly}, a run is left as it is when it decodes to a lead character of a longer
     * sequence (U+00C2 to U+00F4) that stands before another lead character: that pass is the last, so nothing
     * will finish it.
     */
    private static Pass once(String text, boolean finishedOnly) {
        StringBuilder out = null;
        int repaired = 0;
        int firstAt = -1;
        int copied = 0;
        // read from an array: in gen's C1-compiled code each String.charAt is a call, most of this scan's time (JFR)
        char[] t = text.toCharArray();
        for (int i = 0; i < t.length; i++) {
            char c = t[i];
            if ((c < 0xC2 || c > 0xF4) && c != 'A' && c != 'a') {
                // no run starts here (see runAt): most characters, each a call of its own before (~0.5% of
                // gen extract's CPU, JFR, over the texts with a byte C3 or CC, half of the benchmark corpus)
                continue;
            }
            Run run = runAt(t, i);
            if (run == null || finishedOnly && unfinished(run, t)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).append(run.decoded);
            if (firstAt < 0) {
                firstAt = i;
            }
            repaired++;
            copied = run.end;
            i = copied - 1;
        }
        if (out == null) {
            return new Pass(text, 0, -1);
        }
        out.append(text, copied, text.length());
        return new Pass(out.toString(), repaired, firstAt);
    }

    /** A run of characters that were the bytes of one UTF-8 sequence: what they decode to, and where they end. */
    private record Run(String decoded, int end) {
    }

    /** The run starting at i, or null where the characters there are not one well-formed UTF-8 sequence. */
    private static Run runAt(char[] t, int i) {
        int lead = t[i];
        int first = i + 1; // where the continuation characters start
        if ((lead == 'A' || lead == 'a') && first < t.length && (t[first] == '\u0302' || t[first] == '\u0303')) {
            // the lead written decomposed, as text normalised to NFD has it: "A" and a combining tilde is "Ã"
            lead = (lead == 'A' ? 0xC2 : 0xE2) + (t[first] == '\u0303' ? 1 : 0);
            first++;
        }
        if (lead < 0xC2 || lead > 0xF4) {
            return null;
        }
        int need = lead <= 0xDF ? 1 : lead <= 0xEF ? 2 : 3;
        if (first + need > t.length) {
            return null;
        }
        byte[] bytes = new byte[need + 1];
        bytes[0] = (byte) lead;
        for (int k = 1; k <= need; k++) {
            int b = byteOf(t[first + k - 1]);
            if (b < 0x80 || b > 0xBF) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        String decoded = decode(bytes);
        return decoded == null ? null : new Run(decoded, first + need);
    }

    /**
     * Whether the run decodes to one lead character and is followed by another lead that this pass cannot decode:
     * in the last pass nothing will finish it.
     */
    private static boolean unfinished(Run run, char[] t) {
        return run.decoded.length() == 1 && isLead(run.decoded.charAt(0)) && run.end < t.length
                && startsLead(t, run.end) && runAt(t, run.end) == null;
    }

    /** Whether a lead character stands at i, composed ("Ã") or decomposed ("A" and a combining tilde). */
    private static boolean startsLead(char[] t, int i) {
        return isLead(t[i]) || (t[i] == 'A' || t[i] == 'a') && i + 1 < t.length && (t[i + 1] == '\u0302' || t[i + 1] == '\u0303');
    }

    private static boolean isLead(char c) {
        return c >= 0xC2 && c <= 0xF4;
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
