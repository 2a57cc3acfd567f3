package newsgen.extract;

import java.util.Set;

/**
 * The unnamed subject of a cue verb right after a quotation, read as a role: "“…” one user wrote.", "“…,” said the
 * woman, who …", "“…” tweeted another." The role lexicon knows "the spokesman" and "a source"; these describe
 * someone with any noun ("the man", "his colleague", "a voice over"), which the site shows as the speaker rather
 * than nobody.
 */
final class DescribedSubjects {
    /** Words that open a description of someone unnamed. */
    private static final Set<String> OPENERS = WordSet.of("the", "a", "an", "one", "another", "this", "his", "her",
            "their", "its", "some", "several", "many", "both");

    /** Openers that make a subject on their own ("“…,” read one. “…” was another."). */
    private static final Set<String> ALONE = WordSet.of("one", "another", "both");

    /** Words that end the subject after a verb: a relative clause or an adjunct ("said the man who …", "… on Facebook"). */
    private static final Set<String> ENDS = WordSet.of("who", "whose", "which", "that", "on", "in", "at", "to", "as",
            "after", "before", "upon", "when", "while", "during", "from", "with", "via", "for", "of", "and", "but");

    /** Adjectives that want the "to" phrase the subject stops before. */
    private static final Set<String> HANGING = WordSet.of("close", "familiar", "near", "loyal");

    /** How many words a description may run. */
    private static final int MOST_WORDS = 5;

    private DescribedSubjects() {
    }

    /** The role the words by the cue verb describe, or null when they are no description of someone. */
    static Speaker role(QuoteFinder.Span q, Cues.Cue cue) {
        ArticleText.Para p = q.end();
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int verb = cue.verb();
        int from;
        int to;
        if (cue.verbFirst()) {
            if (r.wordBetween(r.sentenceStart(q.open()), q.open())) {
                return null; // "X, who starred in “…,” posted the clip": the verb's subject is before, the words after its object
            }
            from = verb + 1;
            to = from;
            while (to < t.size() && to - from < MOST_WORDS && !ENDS.contains(t.get(to).key())
                    && (to == from || r.joined(to - 1))) {
                to++;
            }
            if (to < t.size() && to - from == MOST_WORDS && r.joined(to - 1) && !ENDS.contains(t.get(to).key())) {
                return null; // runs on: no short description
            }
        } else {
            from = r.tokenAt(q.close());
            to = verb;
            for (int k = from; k < to - 1; k++) {
                if (!r.joined(k)) {
                    return null; // "“…,” the bespectacled, 71-year-old diplomat said": a list of words, left alone
                }
            }
        }
        if (to - from > 1 && HANGING.contains(t.get(to - 1).key()) && to < t.size() && ENDS.contains(t.get(to).key())) {
            to--; // "said a person close to the campaign", "a source familiar with …": "a person", "a source"
        }
        if (from >= to || to - from > MOST_WORDS || !OPENERS.contains(t.get(from).key())
                || to - from == 1 && !ALONE.contains(t.get(from).key())) {
            return null;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (w.cap() || !Character.isLetter(w.text().charAt(0))) {
                return null; // a name ("the Rev. Jane Roe") is for the naming rules
            }
        }
        return Speaker.role(p.text().substring(t.get(from).start(), t.get(to - 1).end()));
    }
}
