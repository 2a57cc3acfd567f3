package newsgen.extract;

/** Where the cue verb of a quotation is: after it ("…,” X said / said X), or before it in its sentence. */
final class Cues {
    /** "according to X": a cue whose subject follows it, even capitalised at the start of a sentence. */
    static final String ACCORDING = "according";
    /** How many words after a quotation a cue verb may stand ("…,” the head of the port authority, X, posted"). */
    private static final int REACH_AFTER = 15;
    /**
     * How far when a name opens the words after the quotation, its apposition long ("“…” Jane Roe, the Republican
     * attorney general of Oklahoma, one of the states suing the agency, said").
     */
    private static final int REACH_AFTER_NAME = 30;

    /**
     * A cue verb found.
     *
     * @param verb      its token in the paragraph
     * @param verbFirst it comes right after the quotation, before its subject ("…,” said X)
     */
    record Cue(int verb, boolean verbFirst) {
    }

    private Cues() {
    }

    /** A cue verb within the words after the closing mark, before the clause ends, or null. */
    static Cue after(QuoteFinder.Span q) {
        TokenReader r = new TokenReader(q.end());
        String s = q.end().text();
        if (q.close() >= s.length()) {
            return null;
        }
        char last = q.text().charAt(q.text().length() - 1);
        int next = r.skipSpacesAndMarks(q.close() + 1);
        if (next >= s.length() || (last == '.' && Character.isUpperCase(s.charAt(next)))) {
            return null; // a new sentence starts: nothing after a full stop introduces the quotation before it
        }
        int first = r.tokenAt(q.close() + 1);
        int reach = namedApposition(r, first) ? REACH_AFTER_NAME : REACH_AFTER;
        for (int k = first; k < r.size() && k - first < reach; k++) {
            if (k > first && r.endsClause(k - 1)) {
                return null;
            }
            if (r.isCueVerb(k)) {
                String key = r.token(k).key();
                if (k == first && key.endsWith("ing") && !key.equals(ACCORDING)) {
                    return null; // "''historic'' saying ''…''": a participle introduces what follows, not what went before
                }
                return new Cue(k, k == first);
            }
        }
        return null;
    }

    /** Whether two or more capitalised words open at token {@code first}, then a comma: "Jane Roe, the …". */
    private static boolean namedApposition(TokenReader r, int first) {
        int to = first;
        while (to < r.size() && to - first < 5 && r.token(to).cap() && (to == first || r.joined(to - 1))) {
            to++;
        }
        return to - first >= 2 && to < r.size() && r.charAfter(r.token(to - 1).end()) == ','
                && !r.token(to - 1).possessive();
    }

    /** The last cue verb before the opening mark in the same sentence (and after any earlier quotation), or -1. */
    static int before(QuoteFinder.Span q) {
        TokenReader r = new TokenReader(q.start());
        int sentenceStart = r.sentenceStart(q.open());
        for (int k = r.tokenAt(q.open()) - 1; k >= 0 && r.token(k).start() >= sentenceStart; k--) {
            if (k + 1 < r.size() && r.token(k + 1).start() < q.open()
                    && r.markBetween(r.token(k).end(), Math.min(r.token(k + 1).start(), q.open()))) {
                return -1; // an earlier quotation: its own cue is not this one's
            }
            if (r.isCueVerb(k)) {
                return k;
            }
        }
        return -1;
    }
}
