package newsgen.content;

import newsgen.model.Problem;

/**
 * Guards the Markdown parser against markup no article needs. flexmark recurses once per level of block quote,
 * list or emphasis and backtracks over unclosed brackets, so a line such as {@code >>>>…} or {@code 1. 1. 1. …}
 * a few thousand deep, or a paragraph of thousands of {@code *} or {@code ![}, overflows the stack of a worker
 * thread or takes minutes. Such input is refused with its line number instead. The limits hold on a 512 KB stack.
 */
final class MarkupLimits {
    /** Levels of quotes and lists a line may open; news articles use two or three. */
    static final int MAX_DEPTH = 12;
    /** Emphasis delimiters ({@code *}, {@code _}) in one paragraph. */
    static final int MAX_EMPHASIS = 600;
    /** Opening brackets (links, images) in one paragraph. */
    static final int MAX_BRACKETS = 500;
    /** Angle brackets (inline HTML, autolinks) in one paragraph: flexmark's time grows with their square. */
    static final int MAX_ANGLES = 500;
    /**
     * Backslashes before punctuation after a {@code [} that no {@code ]} closes, up to the next {@code [}. flexmark
     * reads a link label (at the start of a paragraph, and after {@code ][}) with a pattern in which each such
     * backslash can match two ways ({@code \*} as one escape, or as a lone backslash and a star), and when no
     * {@code ]} ends the label it tries every way: its time doubles with each, times the label's length. At 8 a
     * label costs at most 256 passes over its 999 characters (~15 ms), so an article costs at most 256 passes over
     * its text, whatever its shape. ArticleFuzzIT found a 322-byte article with 24 escapes taking 213 CPU-s, then
     * one with 31 backslashes in a row (~1.6 times the time each) taking 36: the limit then, 16 escapes, counted
     * each pair {@code \\} once (and a {@code [x]} later on the line let any number through).
     */
    static final int MAX_LABEL_ESCAPES = 8;
    /** Characters a link label may hold (CommonMark's limit, flexmark's too): a longer one is never closed. */
    private static final int MAX_LABEL_LENGTH = 999;
    /** Columns of indentation that count as one more level of list. */
    private static final int COLUMNS_PER_LEVEL = 2;
    private static final int MAX_ORDINAL_DIGITS = 9;

    private MarkupLimits() {
    }

    /**
     * The first place the body goes past a limit, or null when it stays within them.
     *
     * @param firstLine the file's line where the body starts
     */
    static Problem check(String file, String body, int firstLine) {
        return check(file, body, body.toCharArray(), firstLine);
    }

    /**
     * As above, with the body's characters ({@code body.toCharArray()}) that the caller has already: its lines are read
     * from the array, where each String.charAt was a call in gen's C1-compiled code (JFR).
     */
    static Problem check(String file, String body, char[] chars, int firstLine) {
        int line = 0;
        int start = 0;
        int paragraphLine = 0;
        int emphasis = 0;
        int brackets = 0;
        int angles = 0;
        boolean inLabel = false;
        int labelEscapes = 0;
        int labelStart = 0;
        int labelLine = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            if (isBlankLine(body, start, end)) {
                emphasis = 0;
                brackets = 0;
                angles = 0;
                inLabel = false;
                labelEscapes = 0;
                paragraphLine = line + 1;
            } else {
                int[] contentStart = new int[2];
                if (depth(body, start, end, contentStart) > MAX_DEPTH) {
                    return new Problem(file, firstLine + line, "quotes or lists nested more than " + MAX_DEPTH
                            + " levels deep; gen reads at most " + MAX_DEPTH);
                }
                if (contentStart[1] == 1 && contentStart[0] < end) {
                    // A list item is a paragraph of its own, whose inline markup is read on its own. Not an empty
                    // one ("*", "1." alone): that cannot interrupt a paragraph, which goes on through it.
                    emphasis = 0;
                    brackets = 0;
                    angles = 0;
                    inLabel = false;
                    labelEscapes = 0;
                    paragraphLine = line;
                }
                // List bullets ("* item") are not emphasis: count from the text after the markers.
                for (int i = contentStart[0]; i < end; i++) {
                    char c = chars[i];
                    if (c == '*' || c == '_') {
                        emphasis++;
                    } else if (c == '[') {
                        brackets++;
                        if (inLabel && labelEscapes > MAX_LABEL_ESCAPES) {
                            return labelProblem(file, firstLine + labelLine); // a '[' ends the label unclosed
                        }
                        inLabel = true;
                        labelEscapes = 0;
                        labelStart = i;
                        labelLine = line;
                    } else if (c == ']') {
                        if (inLabel && labelEscapes > MAX_LABEL_ESCAPES && i - labelStart > MAX_LABEL_LENGTH) {
                            return labelProblem(file, firstLine + labelLine);
                        }
                        inLabel = false;
                        labelEscapes = 0;
                    } else if (c == '<') {
                        angles++;
                    } else if (c == '\\') {
                        if (inLabel) {
                            // this backslash and, in "\\", the one it escapes: each can be read two ways
                            labelEscapes += beforePunctuation(body, i, end)
                                    + (i + 1 < end && body.charAt(i + 1) == '\\' ? beforePunctuation(body, i + 1, end) : 0);
                        }
                        i++; // the escaped character: "\[" opens no label, "\]" closes none
                    }
                }
                // a label still open at the end of its line: refused even if a later line closes it (no article needs that)
                if (inLabel && labelEscapes > MAX_LABEL_ESCAPES) {
                    return labelProblem(file, firstLine + labelLine);
                }
                if (emphasis > MAX_EMPHASIS) {
                    return new Problem(file, firstLine + paragraphLine, "more than " + MAX_EMPHASIS
                            + " '*' and '_' in one paragraph; gen reads at most " + MAX_EMPHASIS + " (escape them as \\* and \\_)");
                }
                if (brackets > MAX_BRACKETS) {
                    return new Problem(file, firstLine + paragraphLine, "more than " + MAX_BRACKETS
                            + " '[' in one paragraph; gen reads at most " + MAX_BRACKETS + " (escape them as \\[)");
                }
                if (angles > MAX_ANGLES) {
                    return new Problem(file, firstLine + paragraphLine, "more than " + MAX_ANGLES
                            + " '<' in one paragraph; gen reads at most " + MAX_ANGLES + " (escape them as \\<)");
                }
            }
            line++;
            start = end + 1;
        }
        return null;
    }

    private static Problem labelProblem(String file, int line) {
        return new Problem(file, line, "more than " + MAX_LABEL_ESCAPES + " '\\' before punctuation after a '[' that no ']'"
                + " closes; gen reads at most " + MAX_LABEL_ESCAPES + " (escape the '[' as \\[)");
    }

    /** Whether the backslash at {@code i} comes before ASCII punctuation, which it may or may not escape: 1 or 0. */
    private static int beforePunctuation(String s, int i, int end) {
        if (i + 1 >= end) {
            return 0;
        }
        char c = s.charAt(i + 1);
        return c < 128 && c > ' ' && !Character.isLetterOrDigit(c) ? 1 : 0;
    }

    /**
     * Quote and list markers at the start of a line, plus the levels its leading indentation implies.
     *
     * @param contentStart receives the index where the line's text begins, after its markers, and 1 when the
     *                     line starts a list item (a bullet, or "1." / "1)", the ordinals that can interrupt a paragraph)
     */
    static int depth(CharSequence s, int start, int end, int[] contentStart) {
        int i = start;
        int indent = 0;
        while (i < end && isBlank(s.charAt(i))) {
            indent += s.charAt(i) == '\t' ? 4 - indent % 4 : 1;
            i++;
        }
        int markers = 0;
        // Columns of blank before the marker at i. A list marker after more than 3 (4 past a marker's own space) is
        // text or code, not an item: after a paragraph's line "    - x" goes on with the paragraph.
        int gap = indent;
        while (i < end) {
            char c = s.charAt(i);
            boolean item = gap <= (markers == 0 ? 3 : 4);
            int next;
            if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == end || isBlank(s.charAt(i + 1)))) {
                next = i + 1;
                if (item) {
                    contentStart[1] = 1;
                }
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < MAX_ORDINAL_DIGITS && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < end && (s.charAt(j) == '.' || s.charAt(j) == ')') && (j + 1 == end || isBlank(s.charAt(j + 1)))) {
                    next = j + 1;
                    if (j == i + 1 && c == '1' && item) {
                        contentStart[1] = 1;
                    }
                } else {
                    break;
                }
            } else {
                break;
            }
            markers++;
            i = next;
            gap = 0;
            while (i < end && isBlank(s.charAt(i))) {
                gap += s.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
        }
        contentStart[0] = i;
        return markers == 0 ? 0 : markers + indent / COLUMNS_PER_LEVEL;
    }

    /**
     * A line of spaces and tabs alone, which ends a paragraph. Not other white space: flexmark reads a line of
     * U+3000 or U+000B as text that continues the paragraph, so counting from zero after it let a paragraph of
     * any size through in pieces.
     */
    private static boolean isBlankLine(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isBlank(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
