package newsgen.extract;

import java.util.List;

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
        // not "He's": a sentence cut inside a quotation ("… a hater. He's a hater,” Roe said) may open so
        return opensWith(p, p.sentenceOf(m.start()).start(), m.start(), pronoun, false);
    }

    /**
     * The offset of "he"/"she" ({@code pronoun}) opening the text of {@code p} from {@code start} (past white space
     * only: "“He …" is a quotation's pronoun, not the sentence's subject), ending before {@code limit}; -1 when it
     * does not open so; with {@code contraction}, "She's a supporter" opens so too.
     */
    private static int opensWith(ArticleText.Para p, int start, int limit, String pronoun, boolean contraction) {
        String text = p.text();
        int i = start;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int end = i + pronoun.length();
        return end < limit && text.regionMatches(true, i, pronoun, 0, pronoun.length()) && !Character.isLetter(text.charAt(end))
                && (contraction || text.charAt(end) != '\'' && text.charAt(end) != '’') ? i : -1;
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
        int at = opensWith(p, before.start(), before.end(), pronoun, true);
        return at < 0 ? null : new Opening(p, at);
    }

    /**
     * What stands between two names of a list: a comma or "and"/"or", then a few words of title at most ("…, Lucia
     * Ferreira and Representative Aiko Tanaka").
     */
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "(?:\\s*+,\\s*+(?:(?:and|or)\\s++)?|\\s++(?:and|or)\\s++)(?:[\\p{L}.’'-]++\\s++){0,3}");

    /**
     * Rule "listed person": whether mention {@code m} of paragraph {@code p} is one of a list of people ("Priya
     * Raman, Lucia Ferreira and Aiko Tanaka") that does not open its sentence ("The plan drew support from council
     * members, including …", "Critics, among them …, have called"): people named only so are what the sentence is
     * about, not who it is about, and "she told reporters" after it is more likely the person before them.
     */
    static boolean listed(ArticleText.Para p, ActorFinder.Mention m, ArticleMentions mentions) {
        List<ActorFinder.Mention> all = mentions.actorsOf(p.index());
        int j = all.indexOf(m);
        if (j < 0) {
            return false;
        }
        int first = j;
        while (first > 0 && joinedInList(p, all.get(first - 1), all.get(first))) {
            first--;
        }
        int last = j;
        while (last + 1 < all.size() && joinedInList(p, all.get(last), all.get(last + 1))) {
            last++;
        }
        if (first == last || !closedByAnd(p, all, last)) {
            return false; // "Mr. Roe, said Jane Doe" and "Roe, President Jane Doe" are no list: one ends in "and"
        }
        String text = p.text();
        int start = p.sentenceOf(all.get(first).start()).start();
        for (int i = start; i < all.get(first).start(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true; // words before the list: it is no sentence's opening subject
            }
        }
        return false;
    }

    /** "and" or "or" joining the list's last two names. */
    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("(?:,\\s*+)?\\s*+(?:and|or)\\s");

    private static boolean closedByAnd(ArticleText.Para p, List<ActorFinder.Mention> all, int last) {
        return AND.matcher(p.text()).region(all.get(last - 1).end(), all.get(last).start()).lookingAt();
    }

    private static boolean joinedInList(ArticleText.Para p, ActorFinder.Mention a, ActorFinder.Mention b) {
        return a.actor().isPerson() && b.actor().isPerson() && a.end() <= b.start()
                && LIST_GAP.matcher(p.text()).region(a.end(), b.start()).matches();
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
