package newsgen.extract;

/** Which characters open and close quotations, and when an apostrophe is only an apostrophe. */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static boolean isDoubleOpen(char c) {
        return c == '\u201c' || c == '\u201e' || c == '\u00ab';
    }

    static boolean isDoubleClose(char c) {
        return c == '\u201d' || c == '\u00bb';
    }

    /**
     * Whether the character is a quotation mark or an apostrophe. Asked of a character beside every word, most of them
     * ASCII: those are answered in a method small enough for gen's C1 compiler to inline at each call, where the whole
     * test, a call of its own everywhere, was ~1% of {@code gen extract}'s CPU (perf, 10,164 articles).
     */
    static boolean isMark(char c) {
        return c < 0x80 ? c == '"' || c == '\'' : isMarkBeyondAscii(c);
    }

    private static boolean isMarkBeyondAscii(char c) {
        return c == '\u2018' || c == '\u2019' || isDoubleOpen(c) || isDoubleClose(c) || c == '\u201b' || c == '\u201f';
    }

    /** True when the mark at {@code i} starts a quotation: an opening mark, or a neutral one before a word. */
    static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (isDoubleOpen(c) || c == '\u2018') {
            return true;
        }
        if (c == '"' || c == '\'') {
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            return before && after;
        }
        return false;
    }

    /** An apostrophe inside a word (Mali’s, don’t, O'Brien) is never a quotation mark. */
    static boolean isInWord(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
