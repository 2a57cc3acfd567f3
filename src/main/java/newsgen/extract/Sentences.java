package newsgen.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a paragraph into sentences at . ! ? followed by a capital, skipping abbreviations and initials. */
final class Sentences {
    /** A sentence: offsets into the paragraph text. */
    record Span(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private Sentences() {
    }

    /** The sentences of the text; its characters read from an array, as {@link Tokenizer#tokens} reads them. */
    static List<Span> split(String text) {
        return split(text, text.toCharArray());
    }

    /** As {@link #split(String)}, given the text's characters. */
    static List<Span> split(String text, char[] t) {
        int[] stops = new int[t.length];
        int count = 0;
        for (int i = 0; i < t.length; i++) {
            if (isStop(t[i])) {
                stops[count++] = i;
            }
        }
        return split(text, t, java.util.Arrays.copyOf(stops, count));
    }

    /** The marks that may end a sentence. */
    static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * As {@link #split(String)}, given the text's characters and the offsets of every one of them that
     * {@link #isStop}, in order: the {@link ArticleText} finds these in the pass that finds the paragraph's quotation
     * marks, and this pass of its own over every character was ~1% of {@code gen extract}'s CPU samples (JFR).
     */
    static List<Span> split(String text, char[] t, int[] stops) {
        List<Span> out = new ArrayList<>();
        int n = t.length;
        int start = 0;
        int s = 0;
        for (int i = 0; i < n; i++) {
            // the next stop from i on: the characters between stops are none of the three
            while (s < stops.length && stops[s] < i) {
                s++;
            }
            if (s == stops.length) {
                break;
            }
            i = stops[s];
            char c = t[i];
            int j = i + 1;
            while (j < n && (QuoteMarks.isMark(t[j]) || t[j] == ')' || t[j] == ']'
                    || t[j] == '.' || t[j] == '!' || t[j] == '?')) {
                j++;
            }
            if (j < n && !Character.isWhitespace(t[j])) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(t[k])) {
                k++;
            }
            if (k < n) {
                char next = t[k];
                boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || QuoteMarks.isMark(next)
                        || next == '(' || next == '\u2014' || next == '-';
                if (!opens || (c == '.' && j == i + 1 && abbreviation(text, t, i))) {
                    continue;
                }
            }
            out.add(new Span(start, j));
            start = k;
            i = k - 1;
        }
        if (start < n || out.isEmpty()) {
            out.add(new Span(start, n));
        }
        return out;
    }

    /** The word before the period is a title, month or single initial ("Mr.", "Sept.", "J."). */
    private static boolean abbreviation(String text, char[] t, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(t[b - 1])) {
            b--;
        }
        if (b == dot) {
            return false;
        }
        return Abbreviations.keepsSentence(text.substring(b, dot));
    }

    /** The index of the sentence holding {@code offset} (binary search: spans are in order). */
    static int indexOf(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (spans.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
