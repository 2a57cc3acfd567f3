package newsgen.extract;

/**
 * The rules that read a cue verb before the quotation in its sentence ("Roe said: “…”", "Roe was asked by Doe, “…”",
 * "The economy, she said, is “in good shape.”"): fragment-cue-before, passive-agent, according-to (before), cue-before.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class CueBeforeRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;
    private final Gazetteer gaz;

    CueBeforeRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects, Gazetteer gaz) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
        this.gaz = gaz;
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
        boolean isAccording = sieve.cue.isAccording(p, verb);
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
                p.tokens().get(verb).start()))) && !SubjectWords.TAKES_OBJECT.contains(p.tokens().get(verb).key())) {
            // "The paradox of Greta, says Carl Roe, historian at …, is that she was “…”"; "Said Fenwick, “…”"
            NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, verb, true);
            char after = near == null ? 0 : r.charAfter(p.tokens().get(near.end() - 1).end());
            if (near != null && near.actor() && (after == ',' || after == ':')) {
                return new SpeakerRule.Found(near.speaker(), p.tokens().get(verb).key());
            }
        }
        if (!s.found() && !isAccording && !SubjectWords.TAKES_OBJECT.contains(p.tokens().get(verb).key())
                && (before == ':' || before == ',') && r.wordsBetween(p.tokens().get(verb).end(), q.open()) <= 6) {
            // "In other words, explained CBS moderator Jane Roe: “…”": the subject follows its verb
            NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, verb, true);
            if (near != null && near.actor()) {
                s = near.speaker();
            }
        }
        return sieve.cue.preferName(q, new SpeakerRule.Found(s, p.tokens().get(verb).key()));
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
        int finite = subjects.participles.earlierCue(p, verb);
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
        SpeakerRule.Found after = opening ? null : agentAfterQuotation(q, verb);
        if (after != null) {
            return after;
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

    /**
     * "The scheme has been called “strategic ambiguity” by Joshua Roe, a professor …" / "… was described as “reckless”
     * by the minister": a passive cue verb right before a quotation in the same paragraph (or "as" between them), and
     * "by" right after its closing mark: the named agent spoke the words. Null unless all of that holds.
     */
    private SpeakerRule.Found agentAfterQuotation(QuoteFinder.Span q, int verb) {
        ArticleText.Para p = q.start();
        var t = p.tokens();
        if (verb < 1 || q.end() != p || !PASSIVE_BE.contains(t.get(verb - 1).key())
                || !PersonRules.punctuationFree(p.text(), t.get(verb - 1), t.get(verb))) {
            return null;
        }
        String between = p.text().substring(t.get(verb).end(), q.open()).strip();
        if (!between.isEmpty() && !between.equals("as")) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        int by = r.tokenAt(q.close());
        if (by + 1 >= t.size() || !t.get(by).key().equals("by") || t.get(by).cap()
                || !onlyMarks(p.text(), q.close(), t.get(by).start())) {
            return null;
        }
        Speaker agent = subjects.subjectAfterVerb(p, by);
        return agent.named() ? new SpeakerRule.Found(agent, t.get(verb).key()) : null;
    }

    /** Whether the text from {@code from} to {@code to} holds only white space and quotation marks. */
    private static boolean onlyMarks(String text, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201d' && c != '\u2019' && c != '\'') {
                return false;
            }
        }
        return true;
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
            boolean pronoun = Subjects.HE_SHE.contains(r.token(from).key()) && !r.token(from).cap();
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
}
