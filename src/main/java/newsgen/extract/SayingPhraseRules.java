package newsgen.extract;

import java.util.List;

/**
 * The rules for a quotation whose sentence names its speaker by a phrase of saying rather than a cue verb: a noun of
 * saying a possessive owns ("Roe's claim that “…”", "his comment Monday that “…”"), "in X's words" or "in the words
 * of X", "as X put it": owned-claim, speech-noun-owner, words-of, as-put-it.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class SayingPhraseRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;

    SayingPhraseRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
    }

    /** Nouns that, after "in X's", give X's own wording or opinion ("in Roe's words", "in Doe's view"). */
    private static final java.util.Set<String> WORDING_NOUNS = WordSet.of("words", "view", "telling", "account",
            "estimation", "opinion", "phrase", "assessment", "judgment", "judgement", "description");

    /**
     * "…, in Bolton's view." / "In the words of Jane Roe, “…”": the person or organisation a phrase "in X's words"
     * (view, account …) or "in the words of X" in the quotation's sentence, outside it, names; else null.
     */
    SpeakerRule.Found wordsOf(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (q.end() != p) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        Sentences.Span sentence = p.sentenceOf(q.open());
        for (int k = r.tokenAt(sentence.start()); k + 2 < r.size() && r.token(k + 2).end() <= sentence.end(); k++) {
            Token w = r.token(k);
            if (!w.key().equals("in") || w.start() > q.open() && w.start() < q.close()) {
                continue;
            }
            if (r.token(k + 1).key().equals("the") && r.token(k + 2).key().equals("words") && k + 4 < r.size()
                    && r.token(k + 3).key().equals("of")) {
                // "in the words of Jane Roe": the actor right after "of"
                for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(k + 4).start(), sentence.end())) {
                    return m.start() == r.token(k + 4).start() ? new SpeakerRule.Found(Speaker.of(m), null) : null;
                }
                continue;
            }
            for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(k + 1).start(), sentence.end())) {
                int noun = r.tokenAt(m.end());
                if (m.start() == r.token(k + 1).start() && Subjects.isPossessive(p, m) && noun < r.size()
                        && (WORDING_NOUNS.contains(r.token(noun).key())
                        || r.token(noun).key().equals("own") && noun + 1 < r.size()
                        && WORDING_NOUNS.contains(r.token(noun + 1).key()))) {
                    return new SpeakerRule.Found(Speaker.of(m), null);
                }
                break;
            }
        }
        return null;
    }

    /** How many words back from the quotation a noun of saying may stand ("Roe's catch phrase in that race was that …"). */
    private static final int SPEECH_NOUN_REACH = 10;

    /**
     * A noun of saying owned by a possessive within the few words before the quotation, in its sentence ("Spade's
     * assertion that “…”", "his comment Monday that “…”"): the owner, an actor or the person "his"/"her" stands for.
     */
    SpeakerRule.Found speechNounOwner(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int open = r.tokenAt(q.open());
        int start = r.sentenceStart(q.open());
        for (int k = open - 1; k >= 1 && open - k <= SPEECH_NOUN_REACH && t.get(k).start() >= start; k--) {
            if (!OWNED_SPEECH.contains(t.get(k).key())) {
                continue;
            }
            for (int o = k - 1; o >= 0 && k - o <= 3 && t.get(o).start() >= start && r.joined(o); o--) {
                Token w = t.get(o);
                if (w.key().equals("his") || w.key().equals("her")) {
                    Speaker who = refs.personOfPronoun(p, w);
                    return who != null ? new SpeakerRule.Found(who, null) : null;
                }
                if (w.possessive()) {
                    ActorFinder.Mention m = mentions.possessor(p, Math.max(start, w.start() - 60), w);
                    return m == null ? null : new SpeakerRule.Found(Speaker.of(m), null);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * Whether the fragment follows a noun of saying that a named possessive owns and "that" ("Spade's claim that Okafor
     * “founded ISIS”"; not "Doe told CNN that Roe's comments “show bias”", where the words are Doe's).
     */
    boolean ownedByName(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int open = r.tokenAt(q.open());
        int start = r.sentenceStart(q.open());
        for (int k = open - 1; k >= 1 && open - k <= SPEECH_NOUN_REACH && t.get(k).start() >= start; k--) {
            if (r.isCueVerb(k) && !OWNED_SPEECH.contains(t.get(k).key())) {
                return false; // a verb of saying nearer the fragment than any noun
            }
            if (OWNED_SPEECH.contains(t.get(k).key()) && k + 1 < open && t.get(k + 1).key().equals("that")
                    && t.get(k - 1).possessive() && r.joined(k - 1) && onlySubjectBetween(t, k + 2, open)) {
                Token w = t.get(k - 1);
                return mentions.possessor(p, Math.max(start, w.start() - 60), w) != null;
            }
        }
        return false;
    }

    /** Words that may stand between "that" and the quotation besides a name: "that he was “…”", "that the law is “…”". */
    private static final java.util.Set<String> CLAUSE_OPENING = WordSet.of("he", "she", "it", "they", "the", "a", "an",
            "is", "was", "are", "were", "had", "has", "have", "would", "will", "could", "should", "did", "not");

    /**
     * "that President Okafor “founded ISIS”": only the that-clause's subject (and an auxiliary) between "that" and the
     * quotation, so the quotation is what the clause says; not "statement that he opposed the war as “…”".
     */
    private static boolean onlySubjectBetween(List<Token> t, int from, int open) {
        if (open - from > 5) {
            return false;
        }
        for (int k = from; k < open; k++) {
            boolean afterDeterminer = k > from && DETERMINERS.contains(t.get(k - 1).key()); // "that the mayor “…”"
            if (!t.get(k).cap() && !CLAUSE_OPENING.contains(t.get(k).key()) && !afterDeterminer) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> DETERMINERS = WordSet.of("the", "a", "an");

    /** More nouns of saying that a possessive owns: "his assertion that “…”", "her catch phrase was that “…”". */
    private static final java.util.Set<String> OWNED_SPEECH = WordSet.of("assertion", "claim", "claims", "remark",
            "phrase", "slogan", "promise", "pledge", "vow", "insistence", "accusation", "description", "suggestion",
            "assessment", "call", "charge", "boast", "quip", "line", "mantra", "refrain", "catchphrase", "contention",
            "response", "reply", "answer", "statement", "message", "tweet", "words", "remarks", "comment", "comments",
            "warning", "explanation", "retort", "plea");

    /**
     * "As Vulture put it", "as the prosecutor Jane Roe puts it": "as", a subject naming someone, "put it" or "puts it"
     * ending at token {@code it}; that subject, else null.
     */
    private SpeakerRule.Found asPutItAt(ArticleText.Para p, TokenReader r, int it) {
        if (it < 3 || !r.token(it).key().equals("it") || !PUT.contains(r.token(it - 1).key()) || !r.joined(it - 1)) {
            return null;
        }
        for (int as = it - 2; as >= 0 && it - as <= PUT_IT_REACH; as--) {
            if (r.token(as).key().equals("as") && r.joined(as)) {
                Speaker who = subjects.descriptions.subject(p, r.token(as + 1).start(), r.token(it - 1).start(), as + 1, it - 1);
                if (!who.named()) {
                    who = subjects.unlistedName(p, as + 1, it - 1, sieve.shape::capitalisedInside);
                }
                return who.named() ? new SpeakerRule.Found(who, "put") : null;
            }
        }
        return null;
    }

    /** "put it", "puts it". */
    private static final java.util.Set<String> PUT = WordSet.of("put", "puts");

    /**
     * "…, as The New Yorker put it in a lengthy expose, “the operator.”"; "… a “lawful source of income,” as a
     * Homeland Security memo put it.": "as X put it" anywhere in the quotation's sentence, outside the quotation,
     * names whose words they are; else null.
     */
    SpeakerRule.Found asPutItInSentence(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        // a quotation running on into later paragraphs: only the words before it
        int close = q.end() == p ? q.close() : p.text().length();
        TokenReader r = new TokenReader(p);
        Sentences.Span sentence = p.sentenceOf(q.open());
        for (int k = Math.max(3, r.tokenAt(sentence.start())); k < r.size() && r.token(k).end() <= sentence.end(); k++) {
            if (r.token(k).start() > q.open() && r.token(k).start() < close || !r.token(k).key().equals("it")) {
                continue;
            }
            SpeakerRule.Found f = asPutItAt(p, r, k);
            int at = r.token(k).start();
            // no other quotation between the phrase and this one: "as X put it" is the nearer quotation's
            if (f != null && !(at < q.open() ? r.markBetween(at, q.open()) : r.markBetween(close + 1, at))) {
                return f;
            }
        }
        return null;
    }

    /** Nouns of a reply that "came … from" someone ("came the reply from Roe"). */
    private static final java.util.Set<String> REPLY_NOUNS = WordSet.of("reply", "response", "answer", "retort",
            "rejoinder", "verdict", "warning");

    /**
     * Rule "came the reply": "“I am deeply sorry,” came the reply from Nina Ashworth, the chief executive": right after
     * a quotation closing with a comma (or a question or exclamation mark), "came the reply (response, answer …) from"
     * and its speaker, a name or a role; else null.
     */
    SpeakerRule.Found cameFrom(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        String text = q.text();
        char last = text.isEmpty() ? 0 : text.charAt(text.length() - 1);
        boolean closed = last == ',' || last == '?' || last == '!' || r.charAfter(q.close() + 1) == ',';
        int came = TokenReader.firstTokenAt(t, q.close() + 1);
        if (!closed || came + 3 >= t.size() || !t.get(came).key().equals("came")) {
            return null;
        }
        int noun = t.get(came + 1).key().equals("the") ? came + 2 : came + 1;
        if (noun + 1 >= t.size() || !REPLY_NOUNS.contains(t.get(noun).key()) || !t.get(noun + 1).key().equals("from")
                || r.markBetween(q.close() + 1, t.get(noun + 1).end())) {
            return null;
        }
        Speaker s = subjects.subjectAfterVerb(p, noun + 1);
        return s.found() ? new SpeakerRule.Found(s, t.get(noun).key()) : null;
    }

    /**
     * Rule "so said": "“We are not there yet.” So said Nina Ashworth on Tuesday.": the sentence right after the
     * quotation opens with "So" and a cue verb; its subject, after the verb, spoke the quotation. Null otherwise.
     */
    SpeakerRule.Found soSaid(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        var t = p.tokens();
        int so = TokenReader.firstTokenAt(t, q.close() + 1);
        if (so + 2 >= t.size() || !t.get(so).key().equals("so") || !t.get(so).cap()
                || !new TokenReader(p).isCueVerb(so + 1) || t.get(so + 1).key().endsWith("ing")) {
            return null;
        }
        Speaker s = subjects.subjectAfterVerb(p, so + 1);
        return s.found() ? new SpeakerRule.Found(s, t.get(so + 1).key()) : null;
    }

    /**
     * Rule "closing according-to": "The campaign is paying “dozens” of canvassers to go door to door, primarily in the
     * suburbs, according to campaign manager Jeff Marlowe.": a fragment whose sentence closes with ", according to"
     * and a source, however far after it, with no cue verb and no other quotation between; that source. Null
     * otherwise (a cue verb nearer is the cue rules' to read).
     */
    SpeakerRule.Found closingAccordingTo(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        if (!q.partial() || q.start() != p) {
            return null;
        }
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        Sentences.Span sentence = p.sentenceOf(q.close());
        for (int k = TokenReader.firstTokenAt(t, q.close() + 1); k + 1 < t.size() && t.get(k).end() <= sentence.end(); k++) {
            boolean according = t.get(k).key().equals(Cues.ACCORDING);
            if (!according && r.isCueVerb(k) || r.markBetween(q.close() + 1, t.get(k).start())) {
                return null;
            }
            if (according && t.get(k + 1).key().equals("to") && r.charBefore(t.get(k).start()) == ',') {
                Speaker s = subjects.subjectAfterVerb(p, k);
                return s.found() ? new SpeakerRule.Found(s, t.get(k).key()) : null;
            }
        }
        return null;
    }

    /** How many words "as … put it" may hold. */
    private static final int PUT_IT_REACH = 8;
}
