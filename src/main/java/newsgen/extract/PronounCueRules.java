package newsgen.extract;

/**
 * The rules that read "he" or "she" as a cue verb's subject ("“…,” he added", "said she") and find whom the pronoun
 * stands for: pronoun-after-description, pronoun-after-quote; "I" ({@link FirstPersonAuthors}): first-person.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class PronounCueRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;
    private final FirstPersonAuthors writers;

    PronounCueRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
        this.writers = new FirstPersonAuthors(mentions);
    }

    /** Rule "first person" ({@link FirstPersonAuthors}): "“…,” I said" in a column is its named writer's. */
    SpeakerRule.Found firstPerson(QuoteFinder.Span q) {
        return writers.firstPerson(sieve.cueOf(q));
    }

    /** Whether the subject of the quotation's cue verb is "he" or "she" ("“…,” he added", "She said “…”"). */
    boolean pronounCue(QuoteFinder.Span q) {
        Sieve.CueAt cue = sieve.cueOf(q);
        if (cue == null) {
            return false;
        }
        var t = cue.para().tokens();
        int k = cue.verbFirst() ? cue.verb() + 1 : cue.verb() - 1;
        return k >= 0 && k < t.size() && Subjects.HE_SHE.contains(t.get(k).key());
    }

    /** Whether the subject of the cue after a quotation is a pronoun ("said he", "she added"). */
    boolean pronounSubject(ArticleText.Para p, Cues.Cue cue) {
        int k = pronounAt(p, cue);
        if (k < 0 || k >= p.tokens().size()) {
            return false;
        }
        String w = p.tokens().get(k).key();
        return Subjects.HE_SHE.contains(w) || Subjects.THEY_IT.contains(w);
    }

    /**
     * Where a pronoun subject of the cue stands: right after a verb that comes first ("said he"), else before the verb,
     * past an adverb or two ("…, and she jokingly tells audiences").
     */
    private static int pronounAt(ArticleText.Para p, Cues.Cue cue) {
        return cue.verbFirst() ? cue.verb() + 1 : SubjectWords.pastAdverbs(new TokenReader(p), p.tokens(), cue.verb());
    }

    /**
     * "Roe, who calls Doe a “sociopath,” said he doubts the effort needs …": a fragment of the writer's sentence, then
     * a verb and "he" opening the clause the verb reports, is no inverted "said he"; the pronoun is not its speaker.
     */
    boolean complementPronoun(QuoteFinder.Span q, Cues.Cue cue) {
        if (!q.partial() || !cue.verbFirst()) {
            return false;
        }
        var t = q.end().tokens();
        int k = cue.verb() + 1;
        return k + 1 < t.size() && (Subjects.HE_SHE.contains(t.get(k).key()) || Subjects.THEY_IT.contains(t.get(k).key()))
                && new TokenReader(q.end()).joined(k) && !t.get(k + 1).cap();
    }

    /** "“…,” he said": who the pronoun stands for; after a sentence with a cue verb, its named person subject. */
    SpeakerRule.Found pronounOf(QuoteFinder.Span q, Cues.Cue cue) {
        if (complementPronoun(q, cue)) {
            // "Roe, who calls Doe a “sociopath,” said he doubts …": the subject of the verb, the sentence's
            ActorFinder.Mention m = subjects.sentences.sentenceSubject(q.end(), cue.verb());
            String verb = q.end().tokens().get(cue.verb()).key();
            return m != null && m.actor().isPerson() ? new SpeakerRule.Found(Speaker.of(m), verb)
                    : new SpeakerRule.Found(Speaker.NONE, verb);
        }
        int k = pronounAt(q.end(), cue);
        // "“…” by being elected president, and she jokingly tells audiences": past the adverb, the pronoun's person
        SpeakerRule.Found f = k == cue.verb() - 1 || cue.verbFirst() ? sieve.cue.subjectOf(q, cue)
                : new SpeakerRule.Found(subjects.subjectBefore(q.end(), cue.verb()), q.end().tokens().get(cue.verb()).key());
        Speaker s = f.speaker();
        String w = q.end().tokens().get(k).key();
        if (Subjects.HE_SHE.contains(w)) {
            // "X, who is close to Y, said …. “…,” he said": he is the subject before, not the last name
            // rule "pronoun chain": when that sentence opens with the pronoun itself ("She is survived by her sister,
            // Jane Roe."), its subject is whom that pronoun stands for, not a person named later in it
            PronounChains.Opening opening = PronounChains.sentenceBeforeOpening(q, w, mentions);
            Speaker subject = opening != null ? refs.lastPerson(opening.para(), opening.offset(), w)
                    : sieve.subject.sentenceBefore(q, true).speaker();
            if (subject.named() && mentions.isPerson(subject.id()) && mayBe(subject, w)) {
                s = subject;
            } else if (s.named() && namedInside(q, s)) {
                // "“… half a million fewer votes than Al Dunphy,” he points out": not someone the quotation talks about
                s = refs.lastPerson(q.start(), q.open(), w);
            }
        }
        return new SpeakerRule.Found(s, f.cue());
    }

    /**
     * Rule "pronoun-after-description": "Sen. Mark Roe spoke first. The Ohio governor said the state needs roads.
     * “…,” he said." The sentence before has a cue verb whose subject is a description of a person that names no one
     * the article named (a role only, as "description fits person" left it), or has no cue verb and opens with such a
     * description ("The Ohio governor fended off a challenge …", {@link SubjectRules#sentenceBefore}): "he" stands for
     * that description, not for the last person named (the senator). So does "“…,” he added" when the quotation before, in this paragraph
     * or the one before with no person named since, was that role's. Null when the pronoun is not "he"/"she" or
     * neither holds.
     */
    SpeakerRule.Found pronounAfterDescription(Attribution a, Cues.Cue cue) {
        QuoteFinder.Span q = a.span();
        if (complementPronoun(q, cue)) {
            return null;
        }
        var t = q.end().tokens();
        String w = t.get(pronounAt(q.end(), cue)).key();
        if (!Subjects.HE_SHE.contains(w)) {
            return null;
        }
        Speaker subject = sieve.subject.sentenceBefore(q, true).speaker();
        if (!subject.found()) {
            Attribution before = sieve.previous(a);
            // a whole quotation's role opening with a determiner ("the Ohio governor", "a spokesman"), not a phrase's
            // quoted word inside a description ("the “Harbor Lights” star")
            subject = before != null && !before.span().partial() && noPersonBetween(before.span(), q)
                    && before.speaker().role() != null && DETERMINED.matcher(before.speaker().role()).lookingAt()
                    ? before.speaker() : Speaker.NONE;
        }
        return !subject.named() && subject.role() != null && subjects.descriptions.personFor(subject.role(), w)
                ? new SpeakerRule.Found(subject, t.get(cue.verb()).key()) : null;
    }

    /** A role opening with an article: "the Ohio governor", "a spokesman". */
    private static final java.util.regex.Pattern DETERMINED = java.util.regex.Pattern.compile("(?i)(?:the|an?) ");

    /**
     * Whether quotation {@code q} follows quotation {@code before} in the same paragraph or the next, with no person
     * named between them.
     */
    private boolean noPersonBetween(QuoteFinder.Span before, QuoteFinder.Span q) {
        int from = mentions.position(before.end());
        int to = mentions.position(q.start());
        if (from < 0 || to < from || to - from > 1) {
            return false;
        }
        java.util.List<ActorFinder.Mention> between = from == to
                ? mentions.actors(q.start().index(), before.close(), q.open())
                : new java.util.ArrayList<>(mentions.actors(before.end().index(), before.close(), Integer.MAX_VALUE));
        if (from != to) {
            between.addAll(mentions.actors(q.start().index(), 0, q.open()));
        }
        for (ActorFinder.Mention m : between) {
            if (m.actor().isPerson()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the given name of the person {@code s} names leaves "he" or "she" possible. */
    static boolean mayBe(Speaker s, String pronoun) {
        char sex = GivenNameSex.of(s.name());
        return sex != (pronoun.equals("he") ? 'F' : 'M');
    }

    /** Whether {@code s} is named inside the quotation (its last paragraph) and not between it and its cue. */
    private boolean namedInside(QuoteFinder.Span q, Speaker s) {
        ArticleText.Para p = q.end();
        int from = q.start() == p ? q.open() : 0;
        boolean inside = false;
        for (ActorFinder.Mention m : mentions.actors(p.index(), from, Integer.MAX_VALUE)) {
            if (m.actor().id().equals(s.id())) {
                if (m.start() > q.close()) {
                    return false;
                }
                inside = true;
            }
        }
        return inside;
    }
}
