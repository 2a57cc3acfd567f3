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

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && (QuoteMarks.isMark(text.charAt(j)) || text.charAt(j) == ')' || text.charAt(j) == ']'
                    || text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?')) {
                j++;
            }
            if (j < n && !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < n) {
                char next = text.charAt(k);
                boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || QuoteMarks.isMark(next)
                        || next == '(' || next == '\u2014' || next == '-';
                if (!opens || (c == '.' && j == i + 1 && abbreviation(text, i))) {
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
    private static boolean abbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
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
