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
    /**
     * The answers so far: bit {@code b} set when fact {@code b} has been asked, bit {@code b + 32} when its answer is
     * yes. One field, written whole (volatile, so never torn): two threads that share a word (the gazetteer's own
     * tokens) can at worst drop each other's answer, which is then asked again.
     */
    private volatile long facts;

    Word(String text, String key) {
        this.text = text;
        this.key = key;
    }

    boolean is(WordFact fact) {
        long f = facts;
        long asked = 1L << fact.bit;
        if ((f & asked) != 0) {
            return (f & asked << 32) != 0;
        }
        boolean yes = fact.holdsFor(this);
        facts = f | asked | (yes ? asked << 32 : 0);
        return yes;
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
