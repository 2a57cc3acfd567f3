package newsgen.archive;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import newsgen.model.DiffSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two wordings: the words of each side the other lacks. Words compare with case, accents and
 * punctuation folded, so "Charter," and "charter" are the same word; the text shown keeps each side's own spelling.
 */
final class WordDiff {
    /** A word (letters, digits, inner apostrophes and hyphens) and the spaces and punctuation after it. */
    private static final Pattern WORD = Pattern.compile("([\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*)([^\\p{L}\\p{N}]*)");

    /** The two sides, each as runs of unchanged and changed words. */
    record Marked(List<DiffSegment> first, List<DiffSegment> second) {
    }

    private record Token(String word, String key, String after) {
    }

    static Marked diff(String first, String second) {
        List<Token> a = tokens(first);
        List<Token> b = tokens(second);
        Patch<Token> patch = DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key()));
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        for (AbstractDelta<Token> delta : patch.getDeltas()) {
            mark(changedA, delta.getSource().getPosition(), delta.getSource().size());
            mark(changedB, delta.getTarget().getPosition(), delta.getTarget().size());
        }
        return new Marked(segments(lead(first), a, changedA), segments(lead(second), b, changedB));
    }

    private static void mark(boolean[] changed, int from, int size) {
        for (int i = from; i < from + size; i++) {
            changed[i] = true;
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(1), NameKey.of(m.group(1)), m.group(2)));
        }
        return out;
    }

    /** Whatever comes before the first word (an opening ellipsis or bracket). */
    private static String lead(String text) {
        Matcher m = WORD.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /**
     * Runs of same-state words. A changed run holds its words and the spaces between them; the spaces and
     * punctuation after its last word go with the following unchanged text, so marks end on a word.
     */
    private static List<DiffSegment> segments(String lead, List<Token> tokens, boolean[] changed) {
        List<DiffSegment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder(lead);
        boolean state = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (changed[i] != state) {
                if (run.length() > 0) {
                    out.add(new DiffSegment(state, run.toString()));
                }
                run.setLength(0);
                state = changed[i];
            }
            run.append(t.word());
            boolean runEnds = i + 1 == tokens.size() || changed[i + 1] != state;
            if (state && runEnds) {
                out.add(new DiffSegment(true, run.toString()));
                run.setLength(0);
                run.append(t.after());
                state = false;
            } else {
                run.append(t.after());
            }
        }
        if (run.length() > 0) {
            out.add(new DiffSegment(state, run.toString()));
        }
        return merge(out);
    }

    /** Joins neighbouring segments of the same state. */
    private static List<DiffSegment> merge(List<DiffSegment> in) {
        List<DiffSegment> out = new ArrayList<>();
        for (DiffSegment s : in) {
            if (!out.isEmpty() && out.get(out.size() - 1).changed() == s.changed()) {
                DiffSegment last = out.remove(out.size() - 1);
                out.add(new DiffSegment(s.changed(), last.text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
