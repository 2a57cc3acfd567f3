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

    /** Verbs that make the words before a cue verb a clause of their own ("his staff were told: “…”"), no subject. */
    private static final Set<String> AUXILIARIES = WordSet.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do");

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
            if (to - from == 1 && ALONE.contains(t.get(from).key()) && to < t.size() && t.get(to).key().equals("of")
                    && r.joined(from)) {
                // "said one of two witnesses": the "of" phrase is the description, not the end of it ("one")
                to++;
                while (to < t.size() && to - from < MOST_WORDS && !ENDS.contains(t.get(to).key()) && r.joined(to - 1)) {
                    to++;
                }
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
        return described(p, from, to);
    }

    /**
     * The role of "As a phone rang, the announcer said, “…”" / "… nominees, a friend commented: “…”": the description
     * opening a clause right before the cue verb that a comma or colon hands the quotation to; null when none.
     */
    static Speaker roleBefore(QuoteFinder.Span q, int verb) {
        ArticleText.Para p = q.start();
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        char mark = r.charBefore(q.open());
        if (r.tokenAt(q.open()) != verb + 1 || mark != ',' && mark != ':') {
            return null;
        }
        int first = r.tokenAt(r.sentenceStart(q.open()));
        int from = verb;
        while (from > first && verb - from < MOST_WORDS && r.joined(from - 1)) {
            from--;
        }
        if (from > first && r.charBefore(t.get(from).start()) != ',') {
            return null; // the phrase does not open a clause: "… told a friend, “…”" is the object's
        }
        while (from < verb && !OPENERS.contains(t.get(from).key())) {
            from++; // "While debating, a friend said": the clause's own opening words are no subject
        }
        return from == verb || from > first && r.charBefore(t.get(from).start()) != ',' ? null : described(p, from, verb);
    }

    /** The words from token {@code from} to {@code to} (exclusive) as a role, when they describe someone unnamed. */
    private static Speaker described(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        if (from >= to || to - from > MOST_WORDS || !OPENERS.contains(t.get(from).key())
                || to - from == 1 && !ALONE.contains(t.get(from).key())) {
            return null;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (w.cap() && !(k == from && w.initial()) || !Character.isLetter(w.text().charAt(0))
                    || AUXILIARIES.contains(w.key())) {
                return null; // a name ("the Rev. Jane Roe") is for the naming rules
            }
        }
        return Speaker.role(p.text().substring(t.get(from).start(), t.get(to - 1).end()));
    }
}
