package newsgen.extract;

import java.util.List;

/**
 * The rules that take the subject of the quotation's cue verb's sentence or of the sentence before it: sentence
 * subjects, opening participles, a causative's object ("led Roe to fear “…”"): sentence-subject, opening-participle,
 * caused-speaker, sentence-before. A fragment with no cue verb is {@link FragmentSubjectRules}'.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class SubjectRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;
    private final Gazetteer gaz;

    SubjectRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects, Gazetteer gaz) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
        this.gaz = gaz;
    }

    /**
     * A quotation opening its own sentence with no cue: the speaker of a cue verb in the sentence before, in the
     * same paragraph ("Jane Doe said the plan had failed. “We start again.”"). Only a named speaker counts.
     */
    SpeakerRule.Found sentenceBefore(QuoteFinder.Span q) {
        return sentenceBefore(q, false);
    }

    /** Words before a participle that leave its subject unsaid ("if asked", "when asked", "unless told"). */
    private static final java.util.Set<String> ELLIPTICAL = WordSet.of("if", "when", "unless", "once", "whenever");

    /**
     * Rule "if asked": "… bring his expertise to the administration if asked." has no subject of "asked" before it;
     * the cue word is no cue of the sentence, whose subject the next quotation may still take.
     */
    private static boolean elliptical(TokenReader r, int k) {
        return k > 0 && ELLIPTICAL.contains(r.token(k - 1).key()) && !r.token(k - 1).cap() && r.joined(k - 1);
    }

    /**
     * As {@link #sentenceBefore(QuoteFinder.Span)}; with {@code orSubject}, a sentence before with no cue verb gives
     * its named person subject ("Roe congratulated his rivals Doe and Poe. “…,” he urged them." is Roe's), for a
     * pronoun to stand for; a quotation with no cue of its own is not given to it (it may be anyone's). With
     * {@code orSubject}, a cue verb's subject that is a definite role only opening the sentence ("The Ohio governor
     * said …") is given when the sentence names no person subject, for rule "pronoun-after-description" to read.
     */
    SpeakerRule.Found sentenceBefore(QuoteFinder.Span q, boolean orSubject) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int s = p.sentenceIndex(q.open());
        if (p.sentences().get(s).start() < q.open() - 1 && r.wordBetween(p.sentences().get(s).start(), q.open())) {
            return new SpeakerRule.Found(Speaker.NONE, null);
        }
        Sentences.Span before;
        if (s > 0) {
            before = p.sentences().get(s - 1);
        } else {
            // "White House spokesman Jane Roe said Doe has kept in touch with his supporters." ⏎ "“…,” she said": for a
            // pronoun, the last sentence of the paragraph before, when the quotation opens its own
            ArticleText.Para prev = orSubject ? mentions.previous(p) : null;
            if (prev == null || prev.sentences().isEmpty()) {
                return new SpeakerRule.Found(Speaker.NONE, null);
            }
            p = prev;
            r = new TokenReader(p);
            before = p.sentences().get(p.sentences().size() - 1);
        }
        int last = r.tokenAt(before.end()) - 1;
        Speaker role = Speaker.NONE;
        int participle = -1;
        for (int k = r.tokenAt(before.start()); k <= last; k++) {
            Token w = r.token(k);
            if (participle < 0 && !w.cap() && gaz.cueVerb.test(w) && w.key().endsWith("ing")
                    && !r.markBetween(before.start(), w.start())) {
                participle = k;
            }
            if (!w.cap() && gaz.cueVerb.test(w) && !w.key().endsWith("ing")
                    && !r.markBetween(before.start(), w.start()) && !gerundObject(r, k) && !elliptical(r, k)) {
                if (orSubject && QUESTION_VERBS.contains(w.key())) {
                    // "Roe asked Doe how high the wall would be." ⏎ "“…,” he said": who was asked answers
                    ActorFinder.Mention asked = personAt(p, r, k + 1);
                    if (asked != null) {
                        return new SpeakerRule.Found(Speaker.of(asked), null);
                    }
                    continue; // "After Roe asked the author who would win, Doe replied": the verb after
                }
                Speaker who = subjects.subjectBefore(p, k);
                if (who.named() || !orSubject) {
                    return new SpeakerRule.Found(who.named() ? who : Speaker.NONE, null);
                }
                // not "When the moderator pointed out …, the candidate said": the description opens the sentence
                int opening = before.start();
                while (opening < before.end() && Character.isWhitespace(p.text().charAt(opening))) {
                    opening++;
                }
                role = who.role() != null && who.role().regionMatches(true, 0, "the ", 0, 4)
                        && who.role().length() <= before.end() - opening
                        && p.text().regionMatches(true, opening, who.role(), 0, who.role().length()) ? who : Speaker.NONE;
                break; // "Marchetti offered a slogan when I asked him …": the sentence's subject, not the verb's
            }
        }
        if (!orSubject && participle >= 0) {
            // rule "saying before": "Roe distanced himself from the movement by saying he would serve if asked.
            // “I'm going to support him.”": the subject of a sentence whose only cue is a participle of saying
            ActorFinder.Mention m = subjects.sentences.sentenceSubjectBefore(p, r.token(participle).start());
            if (m != null && m.actor().isPerson() && !Subjects.isPossessive(p, m) && m.start() >= before.start()) {
                return new SpeakerRule.Found(Speaker.of(m), null);
            }
        }
        if (orSubject && last > r.tokenAt(before.start()) && !r.markBetween(before.start(), before.end())) {
            ActorFinder.Mention m = subjects.sentences.sentenceSubjectBefore(p, r.token(last).start());
            if (m != null && m.actor().isPerson() && !Subjects.isPossessive(p, m) && m.start() >= before.start()) {
                return new SpeakerRule.Found(Speaker.of(m), null);
            }
            if (m == null && !role.found() && r.token(r.tokenAt(before.start())).key().equals("the")) {
                // "The Ohio governor fended off a challenge …. “…,” he said": the role of a description opening the
                // sentence that names no one, for rule "pronoun-after-description" (not a person it names: "The Roe
                // campaign picked up …" is Roe's, yet "he" after it is not Roe)
                Speaker described = subjects.descriptions.descriptionSubject(p, r.token(last).start(), true);
                role = described.named() ? Speaker.NONE : described;
            }
        }
        return new SpeakerRule.Found(role, null);
    }

    /**
     * Whether the cue word at {@code k} is the plural noun a gerund takes ("…, making calls two nights a week"), not a
     * verb: a word in -s right after a lowercase word in -ing that no determiner opens ("the ruling says" is a verb).
     */
    private static boolean gerundObject(TokenReader r, int k) {
        if (k < 1 || !r.token(k).key().endsWith("s") || !r.joined(k - 1)) {
            return false;
        }
        Token g = r.token(k - 1);
        return !g.cap() && g.key().endsWith("ing") && (k < 2 || !DescriptionWords.DETERMINERS.contains(r.token(k - 2).key()));
    }

    /** Verbs that move someone to act ("led X to fear", "prompted X to state"). */
    private static final java.util.Set<String> CAUSATIVES = WordSet.of("led", "leads", "leading", "prompted",
            "prompting", "prompts", "forced", "forcing", "pushed", "pushing", "inspired", "inspiring", "caused",
            "causing", "moved", "encouraged");
    /** How many words a causative's object may have ("the Latvian journalist Jane Roe"). */
    private static final int CAUSED_WORDS = 12;
    /** How many words may stand between "to" and the quotation ("to fear a “…”", "to counter that “…”"). */
    private static final int CAUSED_REACH = 4;

    /**
     * "All this has led the Latvian journalist Jane Roe to fear a “grand pact.”"; "…, leading advisers like Jane Roe to
     * counter that “…”": a causative verb, someone named, "to" and a verb right before the quotation: that person (or
     * organisation) is moved to say it; null when the shape is not so.
     */
    SpeakerRule.Found causedSpeaker(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int start = r.sentenceStart(q.open());
        int open = r.tokenAt(q.open());
        for (int to = open - 2; to > 1 && open - to <= CAUSED_REACH + 1 && r.token(to).start() >= start; to--) {
            if (!r.token(to).key().equals("to") || r.token(to).cap() || r.markBetween(r.token(to).end(), q.open())) {
                continue;
            }
            for (int c = to - 2; c >= 0 && to - c <= CAUSED_WORDS && r.token(c).start() >= start; c--) {
                if (!CAUSATIVES.contains(r.token(c).key()) || r.token(c).cap()) {
                    continue;
                }
                List<ActorFinder.Mention> between = mentions.actors(p.index(), r.token(c).end(), r.token(to).start());
                for (int i = between.size() - 1; i >= 0; i--) {
                    ActorFinder.Mention m = between.get(i);
                    if (!Subjects.isPossessive(p, m) && r.wordsBetween(m.end(), r.token(to).start()) == 0) {
                        return new SpeakerRule.Found(Speaker.of(m), null);
                    }
                }
                return null;
            }
            return null;
        }
        return null;
    }

    /** Cue verbs of a question, whose object, not subject, speaks the answer after them. */
    private static final java.util.Set<String> QUESTION_VERBS = WordSet.of("asked", "asks", "ask", "questioned", "pressed");

    /** The person named from token {@code k} on (a title before the name at most), or null. */
    private ActorFinder.Mention personAt(ArticleText.Para p, TokenReader r, int k) {
        if (k >= r.size()) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(k).start(), r.token(Math.min(k + 2, r.size() - 1)).end())) {
            return m.actor().isPerson() && !Subjects.isPossessive(p, m) && r.wordsBetween(r.token(k).start(), m.start()) <= 1
                    ? m : null;
        }
        return null;
    }

    /** "Rabbi Jane Doe, president of …, said"; "Jane Doe lobbied …, saying, “…”": the subject of the sentence. */
    SpeakerRule.Found sentenceSubject(QuoteFinder.Span q) {
        Sieve.CueAt cue = sieve.cueOf(q);
        if (cue == null || cue.verbFirst() || sieve.cue.isAccording(cue.para(), cue.verb())
                || SubjectWords.writerSubject(new TokenReader(cue.para()), cue.para().tokens(), cue.verb())) {
            return null;
        }
        if (cue.after() && cue.para() == q.end() && q.end().tokens().get(cue.verb()).start() > q.close()
                && new TokenReader(q.end()).wordsBetween(q.close(), q.end().tokens().get(cue.verb()).start()) > 0
                && !mentions.actors(q.end().index(), q.close(), q.end().tokens().get(cue.verb()).start()).isEmpty()) {
            return null; // someone named between quotation and verb was the subject rule's to take or leave
        }
        ActorFinder.Mention m = subjects.sentences.sentenceSubject(cue.para(), cue.verb());
        String verb = cue.para().tokens().get(cue.verb()).key();
        if (m == null) {
            Speaker named = subjects.openingName(cue.para(), cue.verb(), sieve.shape::capitalisedInside);
            return named.found() && !(cue.after() && cue.para() == q.start()) ? new SpeakerRule.Found(named, verb) : null;
        }
        if (cue.after() && m.start() > q.open() && cue.para() == q.start()) {
            return null;
        }
        ActorFinder.Mention second = contrastSubject(cue.para(), m.end(), Math.min(q.open(),
                cue.para().tokens().get(cue.verb()).start()));
        return new SpeakerRule.Found(Speaker.of(second != null && cue.para() == q.start() ? second : m), verb);
    }

    /** Conjunctions that open a second clause with a subject of its own (", while Jane Roe, …, proposed …"). */
    private static final java.util.Set<String> CONTRAST = WordSet.of("while", "whereas");

    /**
     * "Gov. X signed an order, while Mike Roe, the former governor, proposed we “…”": the person opening a clause
     * after ", while" between {@code from} and {@code to}, followed by a verb or an apposition; else null.
     */
    private ActorFinder.Mention contrastSubject(ArticleText.Para p, int from, int to) {
        TokenReader r = new TokenReader(p);
        for (int k = r.tokenAt(from); k + 1 < r.size() && r.token(k + 1).start() < to; k++) {
            if (!CONTRAST.contains(r.token(k).key()) || r.token(k).cap() || r.charBefore(r.token(k).start()) != ',') {
                continue;
            }
            for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(k + 1).start(), to)) {
                int next = r.tokenAt(m.end());
                boolean verbOrApposition = r.charAfter(m.end()) == ',' || next < r.size() && !r.token(next).cap();
                return m.start() == r.token(k + 1).start() && m.actor().isPerson() && verbOrApposition ? m : null;
            }
        }
        return null;
    }

    /** Words that may stand between an opening phrase's comma and the main clause's subject ("…,” though, Roe"). */
    private static final java.util.Set<String> LINKING_ADVERBS = WordSet.of("though", "however", "still", "then");

    /** See {@link SpeakerRule#OPENING_PARTICIPLE}: the named subject after the opening phrase, or null. */
    SpeakerRule.Found openingParticiple(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (q.end() != p) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(q.open()));
        int open = r.tokenAt(q.open());
        if (first >= open || first >= r.size()) {
            return null;
        }
        Token w = r.token(first);
        if (w.cap() && PARTICIPLE_OPENERS.contains(w.key()) && first + 1 < open && r.joined(first)) {
            w = r.token(first + 1); // "After saying her foot was “so swollen,” she was …"
        }
        if (!w.key().endsWith("ing") || !gaz.cueVerbs.contains(w.key()) || !w.cap() && w == r.token(first)
                || r.markBetween(w.end(), q.open())) {
            return null;
        }
        String s = p.text();
        int comma = q.text().endsWith(",") ? q.close() : s.indexOf(',', q.close() + 1);
        if (comma < 0 || comma > s.length() - 2 || r.sentenceStart(comma) != r.sentenceStart(q.open())) {
            return null;
        }
        int k = r.tokenAt(comma + 1);
        if (k < r.size() && LINKING_ADVERBS.contains(r.token(k).key()) && r.charAfter(r.token(k).end()) == ',') {
            k++;
        }
        if (k + 1 < r.size() && Subjects.HE_SHE.contains(r.token(k).key()) && !r.token(k + 1).cap() && r.joined(k)) {
            // "After saying …, she was whisked off": the person "she" stands for
            Speaker who = refs.lastPerson(p, r.token(k).start(), r.token(k).key());
            return who.named() ? new SpeakerRule.Found(who, w.key()) : null;
        }
        if (k >= r.size() || !r.token(k).cap()) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(k).start(), Integer.MAX_VALUE)) {
            int next = r.tokenAt(m.end());
            if (m.start() != r.token(k).start() || !m.actor().isPerson() || next >= r.size() || r.token(next).cap()
                    || !r.joined(next - 1)) {
                return null; // a name opening the main clause, its verb right after it
            }
            return new SpeakerRule.Found(Speaker.of(m), w.key());
        }
        return null;
    }

    /** Words that may stand before a participle of saying opening a sentence ("After saying …, she …"). */
    private static final java.util.Set<String> PARTICIPLE_OPENERS = WordSet.of("after", "before", "while", "since", "upon");
}
