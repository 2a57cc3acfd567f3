package newsgen.extract;

/**
 * The rules that read a cue verb after the quotation ("“…,” said Jane Roe", "“…,” Roe said"): cue-verb-then-subject,
 * subject-then-cue-verb, according-to (after), and the look-ups of a cue verb's subject they share with the other
 * families. A pronoun as the cue's subject is {@link PronounCueRules}'; a cue before the quotation is
 * {@link CueBeforeRules}'.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class CueRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Subjects subjects;

    CueRules(Sieve sieve, ArticleMentions mentions, Subjects subjects) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.subjects = subjects;
    }

    /** Whether the quotation ends with a comma (inside its marks or right after) and a cue verb follows it. */
    boolean commaThenCue(QuoteFinder.Span q) {
        String text = q.text();
        boolean comma = !text.isEmpty() && text.charAt(text.length() - 1) == ',' || q.close() + 1 < q.end().text().length()
                && q.end().text().charAt(q.close() + 1) == ',';
        Cues.Cue cue = comma ? sieve.after(q) : null;
        if (cue == null) {
            return false;
        }
        TokenReader r = new TokenReader(q.end());
        for (int k = r.tokenAt(q.close() + 1); k < cue.verb(); k++) {
            if (CLAUSE_OPENERS.contains(r.token(k).key())) {
                return false; // "“glow in the dark,” for instance, and Roe vowed …": a clause of its own
            }
        }
        char next = r.charAfter(r.token(cue.verb()).end());
        return next != ':' && !QuoteMarks.isMark(next) // "“…,” Roe said: “…”" introduces the next quotation
                && !coordinatedPredicate(q, cue) && !reportedElsewhere(q, r, cue.verb());
    }

    /**
     * Whether a whole sentence quoted after "that" ("Roe claimed that “Doe lost his post over much less,” one of the
     * lawyers said the matters differ") is the clause of the cue verb before it, the verb after its comma reporting
     * a clause of its own (rule "that-clause fragment").
     */
    boolean thatClauseReportedElsewhere(QuoteFinder.Span q) {
        Cues.Cue cue = sieve.after(q);
        String text = q.text();
        return cue != null && !cue.verbFirst() && !text.isEmpty() && text.charAt(text.length() - 1) == ','
                && reportedElsewhere(q, new TokenReader(q.end()), cue.verb());
    }

    /** Words that open a clause a cue verb reports ("said that …", "said it was …", "said the cases differed"). */
    private static final java.util.Set<String> CLAUSE_SUBJECTS = WordSet.of("that", "he", "she", "it", "they", "we",
            "there", "the");

    /** Cue verbs of reporting whose clause may open with "the" ("said the two matters were hardly alike"). */
    private static final java.util.Set<String> SAYS = WordSet.of("said", "says", "say");

    /**
     * Rule "that-clause fragment": "even as Roe claimed on Tuesday that “Doe lost his post over much less,” one of the
     * lawyers said the two matters were hardly alike": the fragment stands in the clause of a cue verb before it,
     * after "that", and the verb after its comma reports a clause of its own; the fragment is the first verb's.
     */
    private boolean reportedElsewhere(QuoteFinder.Span q, TokenReader after, int verb) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int open = r.tokenAt(q.open());
        if (open < 1 || !r.token(open - 1).key().equals("that") || r.token(open - 1).cap() || sieve.before(q) < 0) {
            return false;
        }
        if (verb + 1 >= after.size() || !after.joined(verb)) {
            return false;
        }
        Token w = after.token(verb + 1);
        return !w.cap() && CLAUSE_SUBJECTS.contains(w.key()) && (!w.key().equals("the") || SAYS.contains(after.token(verb).key()));
    }

    /** Words that open an object noun phrase ("denounced her record"), never an inverted subject. */
    private static final java.util.Set<String> OBJECT_OPENERS = WordSet.of("her", "his", "their", "its", "him", "them",
            "my", "our", "your");

    /**
     * "Roe summed up Doe as “terrible,” denounced her record and said …": a verb taking an object right after the
     * fragment's comma, its object after it, is the next verb of the sentence's subject, not an attribution.
     */
    boolean coordinatedPredicate(QuoteFinder.Span q, Cues.Cue cue) {
        var t = q.end().tokens();
        return cue.verbFirst() && SubjectWords.TAKES_OBJECT.contains(t.get(cue.verb()).key()) && cue.verb() + 1 < t.size()
                && OBJECT_OPENERS.contains(t.get(cue.verb() + 1).key()) && q.partial();
    }

    /**
     * Rule "second predicate": "She rails against the port's “wall of tariffs” and pledges to stand firm": a
     * fragment, then only "and" before a finite cue verb: the verb is the sentence subject's second predicate, whose
     * subject stands before the fragment, not between it and the verb.
     */
    boolean secondPredicate(QuoteFinder.Span q, Cues.Cue cue) {
        var t = q.end().tokens();
        int verb = cue.verb();
        int and = TokenReader.firstTokenAt(t, q.close() + 1);
        return q.partial() && !cue.verbFirst() && and + 1 == verb && t.get(and).key().equals("and") && !t.get(and).cap()
                && !t.get(verb).key().endsWith("ing") && !t.get(verb).cap() && new TokenReader(q.end()).joined(and);
    }

    /** How many words may stand between the quotation and the cue verb of a joint subject. */
    private static final int JOINT_REACH = 14;
    /** How many capitalised words the first of two joint subjects may have when no rule made it an actor. */
    private static final int JOINT_NAME = 3;

    /**
     * Rule "joint subject": "“…,” nuclear experts Ola Brandvik and Serena Kowalczyk of the Institute for Science wrote
     * in September"; "“…,” Barroso and her co-authors wrote in The Lancet": two subjects joined by "and" between the
     * quotation and its cue verb (lowercase words before the first at most); the record holds one speaker, the first,
     * a person, not an organisation named in the second's apposition. Only after a quotation closing with a comma and
     * before a finite verb ("“providing weapons” to Ukraine and replacing it with language calling for …" is the
     * writer's sentence). Null when the words there are not so.
     */
    SpeakerRule.Found jointSubject(QuoteFinder.Span q, Cues.Cue cue) {
        ArticleText.Para p = q.end();
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int first = TokenReader.firstTokenAt(t, q.close() + 1);
        int verb = cue.verb();
        String text = q.text();
        boolean comma = text.endsWith(",") || r.charAfter(q.close() + 1) == ',';
        if (!comma || cue.verbFirst() || t.get(verb).key().endsWith("ing") || first >= verb || verb - first > JOINT_REACH
                || r.markBetween(q.close() + 1, t.get(verb).start())) {
            return null;
        }
        int and = -1;
        for (int k = first + 1; k < verb - 1; k++) {
            Token w = t.get(k);
            if (r.charBefore(w.start()) == ',' || r.charBefore(w.start()) == '(') {
                return null; // an apposition or an aside between: the subject rules read it
            }
            if (w.key().equals("and") && !w.cap()) {
                and = k;
                break;
            }
        }
        if (and < 0 || !r.joined(and - 1) || !r.joined(and) || !t.get(and - 1).cap()) {
            return null;
        }
        int from = first;
        while (from < and && !t.get(from).cap()) {
            from++; // "nuclear experts": lowercase words describing the pair
        }
        Speaker s = Speaker.NONE;
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(from).start(), t.get(and - 1).end())) {
            if (m.start() == t.get(from).start() && m.end() == t.get(and - 1).end()) {
                s = m.actor().isPerson() ? Speaker.of(m) : Speaker.NONE;
            }
        }
        if (!s.found() && and - from <= JOINT_NAME && mentions.actors(p.index(), t.get(from).start(), t.get(and - 1).end()).isEmpty()
                && mentions.places(p.index(), t.get(from).start(), t.get(and - 1).end()).isEmpty()) {
            s = subjects.unlistedName(p, from, and, sieve.shape::capitalisedInside);
        }
        return s.named() ? new SpeakerRule.Found(s, t.get(verb).key()) : null;
    }

    /** Words that open a clause of its own after a fragment's comma ("…,” and Roe vowed"). */
    private static final java.util.Set<String> CLAUSE_OPENERS = WordSet.of("and", "but", "while", "as", "when",
            "after", "before", "because", "though", "although", "whereas", "so");

    /** Whether token {@code k} of the paragraph is "according" (as in "according to"). */
    boolean isAccording(ArticleText.Para p, int k) {
        return p.tokens().get(k).key().equals(Cues.ACCORDING);
    }

    /** The subject of a cue verb after the quotation: after the verb ("said X") or between quotation and verb. */
    SpeakerRule.Found subjectOf(QuoteFinder.Span q, Cues.Cue cue) {
        ArticleText.Para p = q.end();
        var t = p.tokens();
        int verb = cue.verb();
        if (verb + 2 < t.size() && t.get(verb + 1).key().equals("by") && !t.get(verb).key().endsWith("ing")
                && new TokenReader(p).joined(verb)) {
            // "“extreme careless” – as described by FBI Director Jane Doe": a passive verb's agent speaks
            return preferName(q, new SpeakerRule.Found(subjects.subjectAfterVerb(p, verb + 1), t.get(verb).key()));
        }
        if (!cue.verbFirst() && isAccording(p, verb)) {
            // "… chants of “Bobby!” at a conference, according to union president Jane Doe": the source follows
            // "according to"; what stands between the quotation and it ("at a conference") is the writer's phrase
            return preferName(q, new SpeakerRule.Found(subjects.subjectAfterVerb(p, verb), t.get(verb).key()));
        }
        boolean commaBefore = new TokenReader(p).charBefore(t.get(verb).start()) == ',';
        Speaker s;
        if (cue.verbFirst()) {
            s = byVerb(p, verb, true, subjects.subjectAfterVerb(p, verb));
        } else {
            NamesByVerb.NameByVerb inverted = inverted(p, verb) ? sieve.names.nameByVerb(p, verb, true) : null;
            // "“This will be a challenge” for Halvorsen, said Brenlow": the name after the verb, not the one before
            s = inverted != null ? inverted.listed()
                    : byVerb(p, verb, false, subjects.subjectBetween(p, q.close(), verb));
            if (s.named() && bodyInApposition(p, q, s)) {
                return null; // the unlisted-name rule takes the name opening the apposition
            }
        }
        if (!s.found() && !cue.verbFirst() && commaBefore && verb + 1 < t.size() && !NotSubjects.tell(t.get(verb).key())
                && (isAccording(p, verb) || !NamesByVerb.LINKS.contains(t.get(verb + 1).key()))) {
            // "“…,” aside from …, said the bureau's director, Jane Doe": the subject follows after all; not in
            // "“…,” Jane Roe, a writer, said on Twitter", where a name no rule made an actor is the subject, nor
            // after "told", whose object heard the words (rule "told listener")
            s = subjects.subjectAfterVerb(p, verb);
        }
        return preferName(q, new SpeakerRule.Found(s, t.get(verb).key()));
    }

    /**
     * Rule "body in an apposition": "“…,” Morgenstern, an economist at Elbtal Bank, said": the subject found is an
     * organisation, while a capitalised word no rule made an actor opens the words after the quotation and an
     * apposition with "a", "an" or "the" follows its comma; the body is only where that person works.
     */
    private boolean bodyInApposition(ArticleText.Para p, QuoteFinder.Span q, Speaker s) {
        var t = p.tokens();
        int first = TokenReader.firstTokenAt(t, q.close() + 1);
        if (first + 1 >= t.size() || !t.get(first).cap() || t.get(first).possessive()
                || !APPOSITION_OPENERS.contains(t.get(first + 1).key())
                || new TokenReader(p).charAfter(t.get(first).end()) != ',') {
            return false;
        }
        newsgen.model.Actor a = mentions.actorNamed(s.name());
        if (a == null || a.isPerson()) {
            return false;
        }
        return mentions.actors(p.index(), t.get(first).start(), t.get(first).end()).isEmpty();
    }

    /** Words that open an apposition describing a person: "a", "an", "the". */
    private static final java.util.Set<String> APPOSITION_OPENERS = WordSet.of("a", "an", "the");

    /**
     * The speaker a subject rule found, unless a different name stands right by the verb ("…, just as Halvorsen did in
     * 2008, Haverly added"; "said Army Capt. Jane Roe, who voted for neither Halvorsen nor Spade"): then that name.
     */
    private Speaker byVerb(ArticleText.Para p, int verb, boolean after, Speaker found) {
        NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, verb, after);
        if (near == null || found.id() != null && near.speaker().id().equals(found.id())) {
            return found;
        }
        // a name no rule made an actor is the unlisted-name rule's to take
        return near.actor() ? near.speaker() : found.named() ? Speaker.NONE : found;
    }

    /** "…,” for Halvorsen, said Brenlow": a comma, then a cue verb whose subject may follow it. */
    static boolean inverted(ArticleText.Para p, int verb) {
        return new TokenReader(p).charBefore(p.tokens().get(verb).start()) == ','
                && !SubjectWords.TAKES_OBJECT.contains(p.tokens().get(verb).key());
    }

    /**
     * A role found by the cue verb ("legal director", "a nearby militia") gives way to a name no rule made an actor
     * standing in the subject's place ("Matdos Roe, legal director for the union, said"; "…, Bob said").
     */
    SpeakerRule.Found preferName(QuoteFinder.Span q, SpeakerRule.Found f) {
        if (f.speaker().named() || f.speaker().role() == null) {
            return f;
        }
        SpeakerRule.Found named = sieve.shape.unlistedName(q);
        return named != null ? named : f;
    }
}
