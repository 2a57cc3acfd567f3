package newsgen.extract;

/**
 * Rule "pronoun chain": a person named after "he" or "she" in a sentence that opens with that pronoun ("She is
 * survived by her sister, Jane Roe, and two nephews.") is not what the same pronoun stands for in the next quotation
 * ("“…,” she told the paper"): the sentence's subject is the one the text keeps talking about, and the person named
 * in its object (a relative in a survivors list, someone met or thanked) is only mentioned. The pronoun goes on with
 * whom that opening pronoun stands for. Kept apart from {@link Referents}, whose last-named look-up asks it.
 */
final class PronounChains {
    /** How many opening pronouns back a chain may follow: each step is one more sentence of the same person. */
    private static final int MAX_DEPTH = 4;

    private int depth;

    /**
     * The offset, in paragraph {@code p}, of "he"/"she" ({@code pronoun}) opening the sentence that holds mention
     * {@code m} before it; -1 when the sentence does not open so.
     */
    static int openingPronoun(ArticleText.Para p, ActorFinder.Mention m, String pronoun) {
        Sentences.Span s = p.sentenceOf(m.start());
        String text = p.text();
        int i = s.start();
        while (i < m.start() && Character.isWhitespace(text.charAt(i))) { // not past a quotation mark: "“He …" is a quotation's
            i++;
        }
        int end = i + pronoun.length();
        if (end >= m.start() || !text.regionMatches(true, i, pronoun, 0, pronoun.length()) || Character.isLetter(text.charAt(end))
                || text.charAt(end) == '\'' || text.charAt(end) == '’') {
            return -1; // "She's", "he'd" are still the subject, but keep to the plain pronoun
        }
        return i;
    }

    /** Where a pronoun opening a sentence stands: its paragraph and offset. */
    record Opening(ArticleText.Para para, int offset) {
    }

    /**
     * The "he"/"she" ({@code pronoun}) opening the sentence before quotation {@code q} (in its paragraph, or the last
     * of the paragraph before when the quotation opens its own), or null when that sentence does not open so. Its
     * subject is that pronoun, so no person named later in it is the subject a pronoun after the quotation goes on
     * with ("She is survived by her sister, Jane Roe." ⏎ "“…,” she said"): whom it stands for is.
     */
    static Opening sentenceBeforeOpening(QuoteFinder.Span q, String pronoun, ArticleMentions mentions) {
        ArticleText.Para p = q.start();
        int s = p.sentenceIndex(q.open());
        if (p.sentences().get(s).start() < q.open() - 1 && new TokenReader(p).wordBetween(p.sentences().get(s).start(), q.open())) {
            return null; // words of the writer open the quotation's sentence: the sentence before is not next to it
        }
        Sentences.Span before;
        if (s > 0) {
            before = p.sentences().get(s - 1);
        } else {
            p = mentions.previous(p);
            if (p == null || p.sentences().isEmpty()) {
                return null;
            }
            before = p.sentences().get(p.sentences().size() - 1);
        }
        String text = p.text();
        int i = before.start();
        while (i < before.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int end = i + pronoun.length();
        return end < before.end() && text.regionMatches(true, i, pronoun, 0, pronoun.length())
                && !Character.isLetter(text.charAt(end)) ? new Opening(p, i) : null;
    }

    /** Whether a chain step may be taken now (bounded, since each step asks {@link Referents#lastPerson} again). */
    boolean enter() {
        if (depth >= MAX_DEPTH) {
            return false;
        }
        depth++;
        return true;
    }

    void leave() {
        depth--;
    }
}
