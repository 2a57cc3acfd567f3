package newsgen.extract;

/**
 * The rules that read a cue verb next to the quotation ("“…,” said Jane Roe", "Roe said: “…”", "“…,” he added"),
 * and the look-ups of a cue verb's subject they share with the other families.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class CueRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;
    private final Gazetteer gaz;

    CueRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects, Gazetteer gaz) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
        this.gaz = gaz;
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
                && !coordinatedPredicate(q, cue);
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
        return cue.verbFirst() && Subjects.TAKES_OBJECT.contains(t.get(cue.verb()).key()) && cue.verb() + 1 < t.size()
                && OBJECT_OPENERS.contains(t.get(cue.verb() + 1).key()) && q.partial();
    }

    /** Words that open a clause of its own after a fragment's comma ("…,” and Roe vowed"). */
    private static final java.util.Set<String> CLAUSE_OPENERS = WordSet.of("and", "but", "while", "as", "when",
            "after", "before", "because", "though", "although", "whereas", "so");

    /** Whether token {@code k} of the paragraph is "according" (as in "according to"). */
    boolean isAccording(ArticleText.Para p, int k) {
        return p.tokens().get(k).key().equals(Cues.ACCORDING);
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
        return cue.verbFirst() ? cue.verb() + 1 : Subjects.pastAdverbs(new TokenReader(p), p.tokens(), cue.verb());
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
                && !Subjects.TAKES_OBJECT.contains(p.tokens().get(verb).key());
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
        SpeakerRule.Found f = k == cue.verb() - 1 || cue.verbFirst() ? subjectOf(q, cue)
                : new SpeakerRule.Found(subjects.subjectBefore(q.end(), cue.verb()), q.end().tokens().get(cue.verb()).key());
        Speaker s = f.speaker();
        String w = q.end().tokens().get(k).key();
        if (Subjects.HE_SHE.contains(w)) {
            // "X, who is close to Y, said …. “…,” he said": he is the subject before, not the last name
            Speaker subject = sieve.subject.sentenceBefore(q, true).speaker();
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

    /** The cue verb before a quotation in its sentence and its subject ("X said: “…”"); only "according to" if asked. */
    SpeakerRule.Found cueBefore(QuoteFinder.Span q, boolean according) {
        int verb = sieve.before(q);
        if (verb < 0) {
            return null;
        }
        ArticleText.Para p = q.start();
        if (!according) {
            SpeakerRule.Found aside = asideCue(q);
            if (aside != null) {
                return aside;
            }
        }
        boolean isAccording = isAccording(p, verb);
        if (isAccording != according) {
            return null;
        }
        Speaker s = isAccording ? subjects.subjectAfterVerb(p, verb) : subjects.subjectBefore(p, verb);
        TokenReader r = new TokenReader(p);
        if (!isAccording) {
            Speaker added = addingAfterQuotation(p, r, verb);
            if (added != null) {
                return new SpeakerRule.Found(added, p.tokens().get(verb).key());
            }
        }
        char before = r.charBefore(q.open());
        if (!isAccording && (r.charBefore(p.tokens().get(verb).start()) == ',' || verb == r.tokenAt(r.sentenceStart(
                p.tokens().get(verb).start()))) && !Subjects.TAKES_OBJECT.contains(p.tokens().get(verb).key())) {
            // "The paradox of Greta, says Carl Roe, historian at …, is that she was “…”"; "Said Fenwick, “…”"
            NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, verb, true);
            char after = near == null ? 0 : r.charAfter(p.tokens().get(near.end() - 1).end());
            if (near != null && near.actor() && (after == ',' || after == ':')) {
                return new SpeakerRule.Found(near.speaker(), p.tokens().get(verb).key());
            }
        }
        if (!s.found() && !isAccording && !Subjects.TAKES_OBJECT.contains(p.tokens().get(verb).key())
                && (before == ':' || before == ',') && r.wordsBetween(p.tokens().get(verb).end(), q.open()) <= 6) {
            // "In other words, explained CBS moderator Jane Roe: “…”": the subject follows its verb
            NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, verb, true);
            if (near != null && near.actor()) {
                s = near.speaker();
            }
        }
        return preferName(q, new SpeakerRule.Found(s, p.tokens().get(verb).key()));
    }

    /**
     * Rule "adding after a quotation": "“…,” Morgenstern, an economist at Elbtal Bank, said, adding that the figures
     * were “…”": a participle after a comma whose finite cue verb reports a quotation of the same sentence goes on
     * with that quotation's speaker, as decided; null when no such quotation has a named speaker.
     */
    private Speaker addingAfterQuotation(ArticleText.Para p, TokenReader r, int verb) {
        var t = p.tokens();
        if (!t.get(verb).key().endsWith("ing") || r.charBefore(t.get(verb).start()) != ',') {
            return null;
        }
        int finite = subjects.earlierCue(p, verb);
        if (finite < 0) {
            return null;
        }
        int start = r.sentenceStart(t.get(finite).start());
        Speaker spoke = refs.speakerOpeningWithin(p, start, t.get(finite).start());
        return spoke != null && spoke.named() ? spoke : null;
    }

    /** Forms of "be" that make a cue verb after them passive ("was asked by"). */
    private static final java.util.Set<String> PASSIVE_BE = WordSet.of("is", "are", "was", "were", "been", "being");

    /**
     * "Roe was asked by host Jane Doe, who backs him, “…”" / "Roe was asked by moderator Jane Doe whether … “…”": a
     * cue verb in the passive before the quotation puts the words in the mouth of its agent, the name after "by", not
     * of the sentence's subject. Null unless the agent is named.
     */
    SpeakerRule.Found passiveAgent(QuoteFinder.Span q) {
        int verb = sieve.before(q);
        ArticleText.Para p = q.start();
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        boolean opening = false;
        if (verb < 0) {
            // "Asked by Jane Doe if Roe “gets” race, Roe avoided …": a participle opening the sentence, the
            // quotation inside its phrase, before the comma that closes it
            int first = r.tokenAt(r.sentenceStart(q.open()));
            int comma = first < t.size() ? p.text().indexOf(',', t.get(first).end()) : -1;
            opening = first < t.size() && t.get(first).cap() && t.get(first).key().endsWith("ed")
                    && gaz.cueVerbs.contains(t.get(first).key()) && (comma < 0 || comma > q.open());
            verb = opening ? first : -1;
        }
        if (verb < 0 || verb + 2 >= t.size() || !t.get(verb + 1).key().equals("by") || t.get(verb + 1).cap()
                || t.get(verb + 2).start() >= q.open()) {
            return null;
        }
        boolean passive = verb >= 1 && PASSIVE_BE.contains(t.get(verb - 1).key()) && r.joined(verb - 1);
        if (!passive && !opening || !r.joined(verb)) {
            return null;
        }
        Speaker agent = subjects.subjectAfterVerb(p, verb + 1);
        return agent.named() ? new SpeakerRule.Found(agent, t.get(verb).key()) : null;
    }

    /** How many capitalised words the name of an aside may have (", Sen. Jane Roe said,"). */
    private static final int ASIDE_NAME = 4;

    /**
     * "CNN, Lund said, called the announcement “highly significant.”" / "The economy, she said, is “in good shape.”":
     * a name or he/she and a cue verb set between commas in the quotation's sentence before it; null when there is
     * no such aside or its subject names no one.
     */
    private SpeakerRule.Found asideCue(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(q.open()));
        int open = r.tokenAt(q.open());
        for (int k = first + 2; k < open; k++) {
            Token verb = r.token(k);
            if (!r.isCueVerb(k) || verb.key().endsWith("ing") || verb.key().equals(Cues.ACCORDING)
                    || r.charAfter(verb.end()) != ',' || !r.joined(k - 1)) {
                continue;
            }
            int from = k - 1;
            boolean pronoun = HE_SHE.contains(r.token(from).key()) && !r.token(from).cap();
            if (!pronoun) {
                while (from - 1 > first && k - from < ASIDE_NAME && r.token(from - 1).cap() && r.joined(from - 1)) {
                    from--;
                }
                if (!r.token(from).cap() || r.token(k - 1).possessive()) {
                    continue;
                }
            }
            if (from <= first || r.charBefore(r.token(from).start()) != ','
                    || r.markBetween(r.token(from).start(), q.open())) {
                continue;
            }
            Speaker s = Speaker.NONE;
            if (pronoun) {
                s = subjects.subjectBefore(p, k);
            } else {
                for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(from).start(), r.token(k - 1).end())) {
                    s = Speaker.of(m);
                }
            }
            if (s.named()) {
                return new SpeakerRule.Found(s, verb.key());
            }
        }
        return null;
    }

    /** He or she as the subject of an aside. */
    static final java.util.Set<String> HE_SHE = WordSet.of("he", "she");

    /**
     * A role found by the cue verb ("legal director", "a nearby militia") gives way to a name no rule made an actor
     * standing in the subject's place ("Matdos Roe, legal director for the union, said"; "…, Bob said").
     */
    private SpeakerRule.Found preferName(QuoteFinder.Span q, SpeakerRule.Found f) {
        if (f.speaker().named() || f.speaker().role() == null) {
            return f;
        }
        SpeakerRule.Found named = sieve.shape.unlistedName(q);
        return named != null ? named : f;
    }
}
