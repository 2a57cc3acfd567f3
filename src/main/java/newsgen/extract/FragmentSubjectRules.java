package newsgen.extract;

import java.util.List;

/**
 * The rules for a fragment or quotation with no cue verb of its own that take the subject of its sentence or clause:
 * a named subject followed by its verb ("Jane Doe is pledging to “…”"), a title-case heading, a clause after another
 * quotation, a description, a relative clause's "who", "he" or "she" opening the sentence: fragment-subject,
 * clause-subject, description-subject, relative-clause, pronoun-subject.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class FragmentSubjectRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;

    FragmentSubjectRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
    }

    /**
     * "Jane Roe On How History Makes Latinos Feel “Invisible.”", "Jane Roe Asked Men Everywhere To “Redefine …”": a
     * heading in title case that opens with a person's name, its verb capitalised too: that person; else null.
     */
    private ActorFinder.Mention headingSubject(ArticleText.Para p, TokenReader r, int open) {
        int first = r.tokenAt(r.sentenceStart(open));
        if (first < r.size() && !r.token(first).cap() && first + 1 < r.size() && r.token(first).text().chars().allMatch(Character::isDigit)) {
            first++; // "1 ⏎ Jane Roe On …": a list number before the heading
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(Math.min(first, r.size() - 1)).start(), open)) {
            int next = r.tokenAt(m.end());
            return m.start() == r.token(first).start() && m.actor().isPerson() && next < r.size() && r.joined(next - 1)
                    && titleCase(r, next, r.tokenAt(open)) ? m : null;
        }
        return null;
    }

    /** How many words a title-case heading needs between the name and the quotation. */
    private static final int TITLE_CASE_WORDS = 3;

    /**
     * Whether every word of four letters or more from token {@code from} to {@code to} is capitalised, and there are
     * at least {@link #TITLE_CASE_WORDS} words: a heading in title case ("On How History Makes Latinos Feel").
     */
    private static boolean titleCase(TokenReader r, int from, int to) {
        if (to - from < TITLE_CASE_WORDS) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token w = r.token(k);
            if (w.text().length() >= 4 && !w.cap() || k > from && r.endsClause(k - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a second clause of a sentence before its subject ("…, while Roe calls him …"). */
    private static final java.util.Set<String> CLAUSE_OPENERS = WordSet.of("while", "whereas", "but", "and", "as",
            "yet", "though", "although");

    /**
     * "X refers to him as “Mr. Roe,” while Roe refers to the governor as “Chris.”"; "in a clip that Judge Doe called
     * “distasteful,” Roe expressed a desire to “…”": a fragment after another quotation of its sentence, in a clause
     * of its own whose subject is another named person, followed by its verb, is that person's, not the speaker of the
     * quotation before. Null otherwise.
     */
    SpeakerRule.Found clauseSubject(Attribution a) {
        QuoteFinder.Span q = a.span();
        Attribution before = sieve.previous(a);
        if (!q.partial() || a.cue() != null || before == null || !before.speaker().named() || !sieve.sameSentence(before, a)) {
            return null;
        }
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int from = before.span().close() + 1;
        int comma = p.text().lastIndexOf(',', q.open());
        from = Math.max(from, comma + 1);
        int k = r.tokenAt(from);
        int open = r.tokenAt(q.open());
        if (k < open && CLAUSE_OPENERS.contains(r.token(k).key())) {
            k++;
        }
        if (k >= open || !r.token(k).cap() || r.markBetween(from, q.open()) || reportsSpeech(p, r, r.sentenceStart(before.span().open()), from)) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(k).start(), q.open())) {
            int next = r.tokenAt(m.end());
            if (m.start() != r.token(k).start() || !m.actor().isPerson() || Subjects.isPossessive(p, m)
                    || m.actor().id().equals(before.speaker().id()) || next >= open || r.token(next).cap()
                    || !r.joined(next - 1) || CLAUSE_OPENERS.contains(r.token(next).key())) {
                return null;
            }
            return new SpeakerRule.Found(Speaker.of(m), null);
        }
        return null;
    }

    /**
     * "Roe said Tuesday that Doe was “a lightweight” while Poe is “a liar”": a cue verb between offsets {@code from} and
     * {@code to} that does not stand right before a quotation of its own reports what follows it, clauses and all.
     */
    private static boolean reportsSpeech(ArticleText.Para p, TokenReader r, int from, int to) {
        String s = p.text();
        for (int k = r.tokenAt(from); k < r.size() && r.token(k).end() <= to; k++) {
            if (!r.isCueVerb(k)) {
                continue;
            }
            int i = r.token(k).end();
            while (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ':' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            if (i >= s.length() || !QuoteMarks.isMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jane Doe is pledging to “win many hundreds of delegates”": a fragment in a sentence whose subject is named
     * and followed by its verb, with no cue verb anywhere.
     */
    SpeakerRule.Found fragmentSubject(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int open = r.tokenAt(q.open());
        if (open == 0) {
            return null;
        }
        ActorFinder.Mention heading = headingSubject(p, r, q.open());
        if (heading != null) {
            return new SpeakerRule.Found(Speaker.of(heading), null);
        }
        ActorFinder.Mention m = subjects.sentences.sentenceSubjectBefore(p, q.open());
        if (m == null) {
            int first = r.tokenAt(r.sentenceStart(q.open()));
            // "Roe's lawyers relied on precedent to defend the view that he is “natural born”": the owner
            Speaker owner = first < open && !r.markBetween(r.token(first).start(), q.open())
                    ? subjects.descriptions.ownBodyOpening(p, first, open) : null;
            return owner != null ? new SpeakerRule.Found(owner, null) : pronounFragment(p, q.open());
        }
        int end = m.end();
        if (r.charAfter(end) == '(') {
            // "Senate Minority Leader Jane Roe (D-Nev.), in particular, has been pounding Doe as a “con artist”"
            int close = p.text().indexOf(')', end);
            if (close < 0 || close >= q.open() || close - end > PARENTHESIS_LENGTH) {
                return null;
            }
            end = close + 1;
        }
        if (r.charAfter(end) == ',') {
            int after = r.tokenAt(p.text().indexOf(',', end) + 1);
            if (r.charBefore(m.start()) == ',' && after < open && !r.token(after).cap()
                    && (r.token(after).key().endsWith("ed") || NameShapeRules.IRREGULAR_PAST.contains(r.token(after).key()))) {
                // "Another critic, Laurence H. Roe, likened the rules to “burning the Constitution”": the name is the
                // apposition of the description opening the sentence, and the verb follows it
                return new SpeakerRule.Found(Speaker.of(m), null);
            }
            // "Lund, leading narrowly in Iowa polls, questioned Spade's “New York values”": past the apposition
            int close = p.text().indexOf(',', p.text().indexOf(',', end) + 1);
            if (close < 0 || close >= q.open() || r.markBetween(end, close)) {
                return null;
            }
            int verb = r.tokenAt(close);
            return verb < open && (NameShapeRules.verbShaped(r, verb) || APPOSITION_AUXILIARIES.contains(r.token(verb).key()))
                    ? new SpeakerRule.Found(Speaker.of(m), null) : null;
        }
        int next = r.tokenAt(end);
        // the name is followed by its verb: a lowercase word right after it ("X credited", "X has also said")
        if (next >= open || next >= r.size() || r.token(next).cap() || r.charAfter(end) == '(') {
            return null;
        }
        return new SpeakerRule.Found(Speaker.of(m), null);
    }

    /** Auxiliaries that open a verb after a subject's apposition ("Roe, in particular, has been pounding …"). */
    private static final java.util.Set<String> APPOSITION_AUXILIARIES = WordSet.of("has", "have", "had", "is", "was",
            "will", "would", "can", "could", "also", "then", "later");

    /** How many characters a parenthesis after a subject's name may have ("(D-Nev.)", "(R-S.C.)"). */
    private static final int PARENTHESIS_LENGTH = 24;

    /**
     * "She rails against the port's “wall of tariffs”": a sentence opening with he or she and its verb; the
     * person the pronoun stands for.
     */
    private SpeakerRule.Found pronounFragment(ArticleText.Para p, int open) {
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(open));
        if (first + 1 >= r.size() || r.token(first + 1).start() >= open || !Subjects.HE_SHE.contains(r.token(first).key())
                || r.token(first + 1).cap() || !r.joined(first)) {
            return null;
        }
        Speaker who = refs.lastPerson(p, r.token(first).start(), r.token(first).key());
        return who.named() ? new SpeakerRule.Found(who, null) : null;
    }

    /** {@link Subjects#descriptionSubject} of the quotation's sentence, unless a cue verb after it has a subject of its own. */
    SpeakerRule.Found descriptionSubject(QuoteFinder.Span q) {
        if (sieve.after(q) != null) {
            return null;
        }
        Speaker who = subjects.descriptions.descriptionSubject(q.start(), q.open());
        return who.named() ? new SpeakerRule.Found(who, null) : null;
    }

    /** How many words a relative clause may run from its "who" to the quotation. */
    private static final int RELATIVE_REACH = 15;

    /**
     * The person a "who" before the quotation hangs on ("Roe, who estimates that … “…”", "it was Doe who …"): the last
     * "who" of the sentence before the quotation, no quotation mark between, and a person named right before it.
     */
    SpeakerRule.Found relativeClause(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int start = r.sentenceStart(q.open());
        int open = r.tokenAt(q.open());
        for (int k = open - 1; k > 0 && open - k <= RELATIVE_REACH && t.get(k).start() >= start; k--) {
            if (!t.get(k).key().equals("who")) {
                continue;
            }
            int who = t.get(k).start();
            if (r.markBetween(t.get(k).end(), q.open())) {
                return null; // "Roe, who called it “a farce,” added “…”": the first quotation's
            }
            List<ActorFinder.Mention> before = mentions.actors(p.index(), Math.max(start, who - 80), who);
            for (int i = before.size() - 1; i >= 0; i--) {
                ActorFinder.Mention m = before.get(i);
                if (m.end() <= who && r.wordsBetween(m.end(), who) == 0 && m.actor().isPerson()
                        && !Subjects.isPossessive(p, m)) {
                    return new SpeakerRule.Found(Speaker.of(m), null);
                }
            }
            // "his daughter Jane Roe, who portrayed him as an executive who would be “the people's champion”": the
            // nearer "who" hangs on no one named; the one before may
        }
        return null;
    }

    /** Words that may stand before the he or she opening a sentence: "But he", "Later she", "Then he". */
    private static final java.util.Set<String> PRONOUN_OPENERS = WordSet.of("but", "and", "yet", "so", "then",
            "later", "still", "now", "also", "again", "instead", "meanwhile", "recently", "typically", "often");

    /**
     * How many words a phrase before the pronoun and its comma may have ("On his tax returns, he …"; "At the final
     * debate before the primary and at least one town hall, he only hinted …": 13).
     */
    private static final int PRONOUN_PHRASE = 14;

    /**
     * The person he or she stands for, when the pronoun is the subject of the quotation's sentence: its first word, or
     * after opening words ({@link #PRONOUN_OPENERS}, an adverb in -ly) or a short phrase naming nobody and a comma,
     * and followed by a lowercase word; null otherwise.
     */
    SpeakerRule.Found pronounSubjectOfSentence(QuoteFinder.Span q) {
        if (sieve.after(q) != null) {
            return null; // "He would win “no matter what,” one user commented": the verb after has its own subject
        }
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int start = r.sentenceStart(q.open());
        int first = r.tokenAt(start);
        int open = r.tokenAt(q.open());
        int k = first;
        while (k < open && (PRONOUN_OPENERS.contains(t.get(k).key()) || t.get(k).key().endsWith("ly") && !t.get(k).cap()
                || k == first && t.get(k).key().endsWith("ly"))) {
            k++;
        }
        if (k < open && !Subjects.HE_SHE.contains(t.get(k).key())) {
            // "On his tax returns, he …": a phrase naming nobody, then its comma
            int comma = p.text().indexOf(',', start);
            if (comma < 0 || comma >= q.open() || r.wordsBetween(start, comma) > PRONOUN_PHRASE
                    || !mentions.actors(p.index(), start, comma).isEmpty()) {
                return null;
            }
            k = r.tokenAt(comma);
        }
        if (k + 1 >= open || !Subjects.HE_SHE.contains(t.get(k).key()) || t.get(k + 1).cap() || !r.joined(k)
                || r.markBetween(start, t.get(k).start())) {
            return null;
        }
        if (!q.partial() && SubjectWords.writerClause(p, r, q.open())) {
            return null;
        }
        Speaker who = previousSentenceSubject(p, t.get(k).start(), t.get(k).key());
        if (!who.named()) {
            who = refs.lastPerson(p, t.get(k).start(), t.get(k).key());
        }
        return who.named() ? new SpeakerRule.Found(who, null) : null;
    }

    /**
     * "Spade took offense when Nyland confronted him. He later suggested …": the person opening the sentence before
     * (in this paragraph, or closing the one before), not the last name, when the given name does not rule the
     * pronoun out; NONE otherwise.
     */
    private Speaker previousSentenceSubject(ArticleText.Para p, int offset, String pronoun) {
        ActorFinder.Mention m = subjects.sentences.previousSentenceSubject(p, offset);
        if (m == null) {
            return Speaker.NONE;
        }
        Speaker s = Speaker.of(m);
        return PronounCueRules.mayBe(s, pronoun) ? s : Speaker.NONE;
    }
}
