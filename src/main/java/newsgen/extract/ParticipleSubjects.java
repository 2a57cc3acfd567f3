package newsgen.extract;

import java.util.Set;

/**
 * Who the subject of a participle of saying is ("Jane Doe went after John Roe, calling him “a stiff”", "“…,” Roe
 * said, adding that …", "…, where he appeared … for saying that …"): the subject of the cue verb before it, of the
 * clause it stands in, or of the sentence. Part of {@link Subjects}, whose {@link Subjects#subjectBefore} asks it.
 */
final class ParticipleSubjects {
    private final Subjects subjects;
    private final ArticleMentions mentions;
    private final Referents refs;

    ParticipleSubjects(Subjects subjects, ArticleMentions mentions, Referents refs) {
        this.subjects = subjects;
        this.mentions = mentions;
        this.refs = refs;
    }

    /** The subject of a participle after a comma: the sentence's named subject, or its opening pronoun. */
    Speaker participleSubject(ArticleText.Para p, int verb) {
        int finite = earlierCue(p, verb);
        if (finite >= 0) {
            // "“…,” Jane Roe said, adding that …": the participle shares the subject of the verb before it
            Speaker s = subjects.subjectBefore(p, finite);
            if (s.named() || verb - finite <= NEAR_CUE) {
                return s;
            }
            if (s.found() && subjects.sentences.sentenceSubject(p, verb) == null) {
                // "even a top GOP strategist said Roe will have to choose, saying, “…”": a role goes on too, where
                // no named subject opens the sentence
                return s;
            }
        }
        Speaker clause = gerundPronounSubject(p, verb);
        if (clause != null) {
            return clause;
        }
        ActorFinder.Mention m = subjects.sentences.sentenceSubject(p, verb);
        if (m != null) {
            return Speaker.of(m);
        }
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(p.tokens().get(verb).start()));
        String w = first < verb ? p.tokens().get(first).key() : "";
        if (Subjects.HE_SHE.contains(w)) {
            return refs.lastPerson(p, p.tokens().get(first).start(), w);
        }
        Speaker owner = subjects.descriptions.ownBodyOpening(p, first, verb);
        if (owner != null) {
            return owner;
        }
        // "Chile's foreign ministry welcomed the vote, saying …": an unnamed body opening the sentence
        int to = Math.min(verb, first + OPENING_WORDS);
        if (to > first && mentions.actors(p.index(), p.tokens().get(first).start(), p.tokens().get(to - 1).end()).isEmpty()) {
            Speaker s = subjects.descriptions.subject(p, p.tokens().get(first).start(), p.tokens().get(to - 1).end(), first, to);
            return s.named() ? s : Speaker.NONE;
        }
        return Speaker.NONE;
    }

    /** Prepositions before a gerund of saying whose subject is the clause's ("appeared at a hearing for saying"). */
    private static final Set<String> GERUND_PREPOSITIONS = WordSet.of("for", "by", "after", "while", "before");

    /**
     * Rule "gerund of the pronoun's clause": "…, where he appeared at a Senate hearing for his role in … and for saying
     * that the extract was a “magic cure”": a gerund of saying after a preposition shares the subject of the clause it
     * stands in, a "he" or "she" before it with no person named between, not the sentence's first name. Null when the
     * clause has no such pronoun.
     */
    private Speaker gerundPronounSubject(ArticleText.Para p, int verb) {
        var t = p.tokens();
        if (verb == 0 || !GERUND_PREPOSITIONS.contains(t.get(verb - 1).key())) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        int start = r.sentenceStart(t.get(verb).start());
        for (int k = verb - 2; k >= 0 && t.get(k).start() >= start; k--) {
            if (Subjects.HE_SHE.contains(t.get(k).key()) && k + 1 < verb && !t.get(k + 1).cap() && r.joined(k)) {
                for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(k).end(), t.get(verb).start())) {
                    if (m.actor().isPerson()) {
                        return null; // "he praised Jane Roe for saying": the one praised said it
                    }
                }
                Speaker who = refs.lastPerson(p, t.get(k).start(), t.get(k).key());
                return who.named() ? who : null;
            }
        }
        return null;
    }

    /** How many words open a sentence before its verb, at most, when its subject is a body with no name. */
    private static final int OPENING_WORDS = 4;

    /** Within this many words, the cue verb before a participle decides its subject even when it names none. */
    private static final int NEAR_CUE = 6;

    /** How many words back a participle looks for the cue verb it goes with ("said at a rally in San Diego, adding"). */
    private static final int EARLIER_CUE_REACH = 10;

    /**
     * For a participle after a comma ("…, adding"): a cue verb of the same sentence right before that comma
     * ("Jane Roe said, adding"; "Roe told reporters Friday, adding"), within a few words; else -1.
     */
    int earlierCue(ArticleText.Para p, int verb) {
        TokenReader r = new TokenReader(p);
        int start = r.sentenceStart(p.tokens().get(verb).start());
        for (int k = verb - 1; k >= 0 && verb - k <= EARLIER_CUE_REACH && p.tokens().get(k).start() >= start; k--) {
            if (r.markBetween(p.tokens().get(k).end(), p.tokens().get(k + 1).start())) {
                return -1;
            }
            if (r.isCueVerb(k) && !p.tokens().get(k).key().endsWith("ing")) {
                return k;
            }
        }
        return -1;
    }
}
