package newsgen.extract;

import java.util.List;

/** Where the cue verb of a quotation is (after it, or before it in its sentence), and the text helpers that find it. */
final class Cues {
    /** "according to X": a cue whose subject follows it, even capitalised at the start of a sentence. */
    static final String ACCORDING = "according";

    private Cues() {
    }

    /** A cue verb within the words after the closing mark, before the sentence ends: {verb token, 1 if it comes first}. */
    static int[] after(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        String s = p.text();
        if (q.close() >= s.length()) {
            return null;
        }
        char last = q.text().charAt(q.text().length() - 1);
        int next = skipSpacesAndMarks(s, q.close() + 1);
        if (next >= s.length() || (last == '.' && Character.isUpperCase(s.charAt(next)))) {
            return null; // a new sentence starts: nothing after a full stop introduces the quotation before it
        }
        var t = p.tokens();
        int first = firstTokenAt(t, q.close() + 1);
        for (int k = first; k < t.size() && k - first < 15; k++) {
            Token w = t.get(k);
            if (k > first && endsClause(s, t.get(k - 1), w)) {
                return null;
            }
            if ((!w.cap() || w.key().equals(ACCORDING)) && Gazetteer.get().cueVerbs.contains(w.key())) {
                if (k == first && w.key().endsWith("ing") && !w.key().equals(ACCORDING)) {
                    return null; // "''historic'' saying ''…''": a participle introduces what follows, not what went before
                }
                return new int[] {k, k == first ? 1 : 0};
            }
        }
        return null;
    }

    /** The last cue verb before the opening mark in the same sentence (and after any earlier quotation), or -1. */
    static int before(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        String s = p.text();
        int sentenceStart = p.sentences().get(Sentences.indexOf(p.sentences(), q.open())).start();
        var t = p.tokens();
        int k = firstTokenAt(t, q.open()) - 1;
        for (; k >= 0 && t.get(k).start() >= sentenceStart; k--) {
            Token w = t.get(k);
            if (hasMarkBetween(s, w.end(), k + 1 < t.size() ? Math.min(t.get(k + 1).start(), q.open()) : q.open())
                    && k + 1 < t.size() && t.get(k + 1).start() < q.open()) {
                return -1; // an earlier quotation: its own cue is not this one's
            }
            if ((!w.cap() || w.key().equals(ACCORDING)) && Gazetteer.get().cueVerbs.contains(w.key())) {
                return k;
            }
        }
        return -1;
    }

    static int wordsBetween(List<Token> t, int from, int to) {
        return Math.max(0, firstTokenAt(t, to) - firstTokenAt(t, from));
    }

    static int firstTokenAt(List<Token> t, int offset) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean endsClause(String s, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = s.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';' || QuoteMarks.isMark(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasMarkBetween(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (QuoteMarks.isMark(s.charAt(k)) && !QuoteMarks.isInWord(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpacesAndMarks(String s, int k) {
        while (k < s.length() && (Character.isWhitespace(s.charAt(k)) || s.charAt(k) == ',' || QuoteMarks.isMark(s.charAt(k)))) {
            k++;
        }
        return k;
    }
}
