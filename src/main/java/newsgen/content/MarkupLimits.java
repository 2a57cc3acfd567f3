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
     * Backslashes after an unclosed {@code [} in one paragraph. flexmark reads a link label with a pattern in which
     * each backslash escape can match two ways, so its time doubles with every ~1.5 of them when no {@code ]}
     * closes the label: 24 took 30 CPU-s, 16 under 0.1 (found by ArticleFuzzIT with a 322-byte article).
     */
    static final int MAX_LABEL_ESCAPES = 16;
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
        // read from an array: in gen's C1-compiled code each String.charAt is a call, most of this scan's time (JFR)
        char[] b = body.toCharArray();
        int n = b.length;
        int line = 0;
        int start = 0;
        int paragraphLine = 0;
        int emphasis = 0;
        int brackets = 0;
        int angles = 0;
        boolean inLabel = false;
        int labelEscapes = 0;
        while (start <= n) {
            int end = start;
            while (end < n && b[end] != '\n') {
                end++;
            }
            if (isBlankLine(b, start, end)) {
                emphasis = 0;
                brackets = 0;
                angles = 0;
                inLabel = false;
                labelEscapes = 0;
                paragraphLine = line + 1;
            } else {
                int[] contentStart = new int[2];
                if (depth(b, start, end, contentStart) > MAX_DEPTH) {
                    return new Problem(file, firstLine + line, "quotes or lists nested more than " + MAX_DEPTH
                            + " levels deep; gen reads at most " + MAX_DEPTH);
                }
                if (contentStart[1] == 1) {
                    // A list item is a paragraph of its own, whose inline markup is read on its own.
                    emphasis = 0;
                    brackets = 0;
                    angles = 0;
                    inLabel = false;
                    labelEscapes = 0;
                    paragraphLine = line;
                }
                // List bullets ("* item") are not emphasis: count from the text after the markers.
                for (int i = contentStart[0]; i < end; i++) {
                    char c = b[i];
                    if (c == '*' || c == '_') {
                        emphasis++;
                    } else if (c == '[') {
                        brackets++;
                        inLabel = true;
                    } else if (c == ']') {
                        inLabel = false;
                        labelEscapes = 0;
                    } else if (c == '<') {
                        angles++;
                    } else if (c == '\\') {
                        if (inLabel) {
                            labelEscapes++;
                        }
                        i++; // the escaped character: "\[" opens no label, "\]" closes none
                    }
                }
                if (labelEscapes > MAX_LABEL_ESCAPES) {
                    return new Problem(file, firstLine + paragraphLine, "more than " + MAX_LABEL_ESCAPES
                            + " '\\' after a '[' that no ']' closes; gen reads at most " + MAX_LABEL_ESCAPES
                            + " (escape the '[' as \\[)");
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

    /**
     * Quote and list markers at the start of a line, plus the levels its leading indentation implies.
     *
     * @param contentStart receives the index where the line's text begins, after its markers, and 1 when the
     *                     line starts a list item (a bullet, or "1." / "1)", the ordinals that can interrupt a paragraph)
     */
    static int depth(char[] s, int start, int end, int[] contentStart) {
        int i = start;
        int indent = 0;
        while (i < end && isBlank(s[i])) {
            indent += s[i] == '\t' ? 4 - indent % 4 : 1;
            i++;
        }
        int markers = 0;
        while (i < end) {
            char c = s[i];
            int next;
            if (c == '>') {
                next = i + 1;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == end || isBlank(s[i + 1]))) {
                next = i + 1;
                contentStart[1] = 1;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < MAX_ORDINAL_DIGITS && s[j] >= '0' && s[j] <= '9') {
                    j++;
                }
                if (j < end && (s[j] == '.' || s[j] == ')') && (j + 1 == end || isBlank(s[j + 1]))) {
                    next = j + 1;
                    if (j == i + 1 && c == '1') {
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
            while (i < end && isBlank(s[i])) {
                i++;
            }
        }
        contentStart[0] = i;
        return markers == 0 ? 0 : markers + indent / COLUMNS_PER_LEVEL;
    }

    private static boolean isBlankLine(char[] s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(s[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
