package newsgen.extract;

/**
 * One distinct word as the {@link Tokenizer} keeps it (its text and key), with what the rules have asked of it so far:
 * a token met again ("the", "said", a name) answers a {@link WordFact} from a field, where a set look-up hashed its
 * key and probed an array each time. Those per-token look-ups (DateResolver's anchors, the gazetteer's first words,
 * NameRuns' connectors and non-names) were ~5% of {@code gen extract}'s CPU samples (JFR, 10,164 articles).
 */
final class Word {
    final String text;
    final String key;
    /** The word's shape, as its tokens give it ({@link Token#cap()}, {@link Token#upper()}). */
    final boolean cap;
    final boolean upper;
    /**
     * The answers so far, a bit for each {@link WordFact} ({@link WordFact#mask}): set in {@code yes} when its answer is
     * yes, in {@code no} when it is no, in neither before it is asked. Each field only ever gains true answers, so two
     * threads that share a word (the gazetteer's own tokens) can at worst drop each other's bit, which is then asked
     * again; an int is never torn.
     */
    private int yes;
    private int no;
    /**
     * The gazetteer's node of the names this word starts, or its mark for none; null before it is looked up (see
     * Gazetteer#firstNode). A reference is written whole, and two threads would write the same node.
     */
    Object firstNode;

    Word(String text, String key, boolean cap, boolean upper) {
        this.text = text;
        this.key = key;
        this.cap = cap;
        this.upper = upper;
    }

    /**
     * The fact's answer for this word. Only the commonest answer, a no already given, is read here: C1 inlines a
     * method called from an inlined {@link WordFact#test} only up to ~30 bytes of bytecode (35 at the first level),
     * and with the other two cases this method took 33, a call for every test.
     */
    boolean is(WordFact fact) {
        if ((no & fact.mask) != 0) {
            return false;
        }
        return yesOrAsk(fact);
    }

    private boolean yesOrAsk(WordFact fact) {
        return (yes & fact.mask) != 0 || ask(fact);
    }

    private boolean ask(WordFact fact) {
        boolean answer = fact.holdsFor(this);
        if (answer) {
            yes |= fact.mask;
        } else {
            no |= fact.mask;
        }
        return answer;
    }

    /** Words are equal when their text and key are: the answers are theirs, whichever copy has asked more. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && w.text.equals(text) && w.key.equals(key);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
