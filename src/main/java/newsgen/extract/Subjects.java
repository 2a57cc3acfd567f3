package newsgen.extract;

import java.util.List;
import java.util.Set;

import static newsgen.extract.SubjectWords.*;

/**
 * Who the subject of a cue verb is, once a rule has found the verb: the words before it ("Jane Doe, the firm's
 * chief executive, said"), after it ("said Mr. Doe"), or between a quotation and its verb. What those words name is
 * read by {@link Descriptions} (a person, an organisation, a pronoun, a document, a role only); the subject opening
 * a sentence by {@link SentenceSubjects}.
 */
final class Subjects {
    static final Set<String> HE_SHE = WordSet.of("he", "she");
    static final Set<String> THEY_IT = WordSet.of("they", "it");
    /** Words before a verb that make its clause a question or a relative one ("whom he told"). */
    private static final Set<String> QUESTION_WORDS = WordSet.of("whom", "which", "what");

    /**
     * "with Sen. Jane Roe calling it “a menu”", "Roe privately saying": an actor right before the participle (an
     * adverb between at most) is its own subject.
     */
    private boolean namedRightBefore(ArticleText.Para p, int verb) {
        var t = p.tokens();
        int k = verb - 1;
        if (k > 0 && t.get(k).key().endsWith("ly") && !t.get(k).cap()) {
            k--;
        }
        int end = t.get(k).end();
        for (ActorFinder.Mention m : mentions.actors(p.index(), Math.max(0, end - 80), end + 1)) {
            if (m.end() == end) {
                return !NotSubjects.channel(p, m);
            }
        }
        return t.get(k).cap() && !t.get(k).initial();
    }

    /** Auxiliaries left where they were: "who has called" is read as before. */
    private static final Set<String> SAID_AUXILIARIES = WordSet.of("has", "had", "have", "will", "would", "is", "was");
    /** How many words may stand between a relative "who" and its cue verb ("who in 2010 said"). */
    private static final int WHO_PHRASE = 3;
    /** How many words a subject may stand from its verb ("Jane Doe, announced"; "X has also said"). */
    static final int SUBJECT_GAP = 3;

    private final Gazetteer gaz = Gazetteer.get();
    private final ArticleMentions mentions;
    private final Referents refs;
    /** The subject opening a sentence (this one or the one before). */
    final SentenceSubjects sentences;
    /** Who a noun phrase names: a person, a pronoun's antecedent, a description, a document, a body. */
    final Descriptions descriptions;
    private final UnlistedNames unlisted;
    /** The subject of a participle of saying. */
    final ParticipleSubjects participles;
    /** A body or country as the subject. */
    private final BodySubjects bodies;

    Subjects(ArticleMentions mentions, Referents refs) {
        this.mentions = mentions;
        this.refs = refs;
        this.sentences = new SentenceSubjects(mentions);
        this.unlisted = new UnlistedNames(mentions);
        this.descriptions = new Descriptions(mentions, refs, sentences, new Antecedents(mentions, refs, this, sentences));
        this.participles = new ParticipleSubjects(this, mentions, refs);
        this.bodies = new BodySubjects(mentions);
    }

    /** "…,” said Jane Doe" / "says the minister": the subject follows the verb. */
    Speaker subjectAfterVerb(ArticleText.Para p, int verb) {
        var t = p.tokens();
        if (verb + 1 >= t.size()) {
            return Speaker.NONE;
        }
        int first = verb + 1;
        for (int k = verb + 1; k + 1 < t.size() && k - verb <= 3; k++) {
            if (NamesByVerb.dottedTitle(p, t.get(k), t.get(k + 1))) {
                first = k + 1; // "said (state) Del. Jane Roe of …": the name after the title, whose dot ends nothing
                break;
            }
            if (t.get(k).cap()) {
                break;
            }
        }
        int end = first;
        TokenReader r = new TokenReader(p);
        while (end + 1 < t.size() && end - verb < 8 && !r.endsClause(end) && !relativeAfter(r, end + 1)) {
            end++;
        }
        return descriptions.subject(p, t.get(first).start(), t.get(end).end(), first, end + 1);
    }

    /**
     * "said Army Capt. Jane Roe, who said she would vote for neither Doe nor Poe": ", who" at token {@code k} opens a
     * relative clause, whose names are not the subject's.
     */
    private static boolean relativeAfter(TokenReader r, int k) {
        return r.token(k).key().equals("who") && r.charBefore(r.token(k).start()) == ',';
    }

    /** "…,” the head of Peru's central bank, Jane Doe, posted": the subject lies between quotation and verb. */
    Speaker subjectBetween(ArticleText.Para p, int close, int verb) {
        int first = TokenReader.firstTokenAt(p.tokens(), close + 1);
        return descriptions.subject(p, close + 1, p.tokens().get(verb).start(), first, verb);
    }

    /** "X said in May last year that …": the subject stands just before the verb. */
    Speaker subjectBefore(ArticleText.Para p, int verb) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        if (verb > 2 && t.get(verb - 1).key().equals("to") && r.joined(verb - 1) && r.joined(verb - 2)
                && !t.get(verb - 2).cap() && r.isCueVerb(verb - 2) && !t.get(verb - 2).key().endsWith("ing")) {
            // "Roe, who signed the laws as governor, interjected to say: “…”": the subject of the verb before "to"
            return subjectBefore(p, verb - 2);
        }
        int sentenceStart = p.sentenceOf(t.get(verb).start()).start();
        // rule "participle aside": "An official, speaking on condition of …, said": the subject stands before it
        int aside = NotSubjects.participleAside(p, r, r.tokenAt(sentenceStart), verb);
        int from = aside;
        while (from > 0 && aside - from < 12 && t.get(from - 1).start() >= sentenceStart
                && !r.markBetween(t.get(from - 1).end(), t.get(from).start())) {
            from--;
        }
        int verbStart = t.get(verb).start();
        int conj = verb - 1;
        if (conj > 0 && (CONJ_ADVERBS.contains(t.get(conj).key()) || t.get(conj).key().endsWith("ly"))
                && !t.get(conj).cap()) {
            conj--; // "…, but now said", "and later told": an adverb between the conjunction and the verb
        }
        int who = conj;
        while (who > 0 && conj - who < WHO_PHRASE && !t.get(who).key().equals("who") && !t.get(who).cap()
                && !SAID_AUXILIARIES.contains(t.get(who).key()) && r.joined(who - 1) && r.joined(who)) {
            who--; // "McTavish, now the majority leader, who in 2010 said": a short phrase between "who" and the verb
        }
        if (who != conj && t.get(who).key().equals("who") && r.charBefore(t.get(who).start()) == ',') {
            conj = who;
        }
        if (conj > 0 && t.get(conj).key().equals("who") && (r.charBefore(t.get(conj).start()) == ','
                || t.get(conj - 1).cap() && r.joined(conj - 1))) {
            ActorFinder.Mention head = relativeHead(p, r, t.get(conj).start(), sentenceStart);
            if (head != null) {
                return Speaker.of(head);
            }
        }
        if (conj >= 0 && (t.get(conj).key().equals("but") || t.get(conj).key().equals("and")) && r.joined(conj)
                && !t.get(verb).key().endsWith("ing")) {
            // "Halvorsen, who …, did not mention Spade by name, but told city leaders": the first verb's subject
            ActorFinder.Mention m = sentences.sentenceSubject(p, verb);
            if (m == null) {
                // "When Roe later referred to the massacre and said he would “protect …,” the crowd applauded": the
                // subject of the opening clause the verb stands in
                m = sentences.openingClauseSubject(p, r, verb);
            }
            if (m != null) {
                return Speaker.of(m);
            }
        }
        if (verb > 1 && t.get(verb - 1).key().equals("having") && !t.get(verb - 1).cap() && r.joined(verb - 1)
                && r.charBefore(t.get(verb - 1).start()) == ',') {
            // rule "perfect participle": "Roe misjudged Doe, having referred to him as a “reformer”" is Roe's
            return participles.participleSubject(p, verb - 1);
        }
        if (t.get(verb).key().endsWith("ing") && (r.charBefore(verbStart) == ','
                || verb > 0 && !AUXILIARIES.contains(t.get(verb - 1).key()) && r.joined(verb - 1)
                && (!namedRightBefore(p, verb) || NotSubjects.prepositionObjectBefore(r, verb)))) {
            // "Jane Doe went after John Roe, calling him “a stiff”": a participle's subject is the sentence's,
            // never the name before its comma
            return participles.participleSubject(p, verb);
        }
        int pronoun = pastAdverbs(r, t, verb);
        if (writerSubject(r, t, verb)) {
            return Speaker.NONE;
        }
        if (pronoun >= 0 && (HE_SHE.contains(t.get(pronoun).key()) || THEY_IT.contains(t.get(pronoun).key()))
                && (pronoun == verb - 1 || r.joined(pronoun) || r.charBefore(verbStart) == ',')) {
            // "Speaking outside Downing Street, he said": the pronoun, not the name before it, is the subject
            if (pronoun > 0 && HE_SHE.contains(t.get(pronoun).key())
                    && QUESTION_WORDS.contains(t.get(pronoun - 1).key())) {
                // "… of Spade, whom he called a “con artist”": "he" is not the name the relative clause hangs on
                ActorFinder.Mention m = sentences.sentenceSubject(p, pronoun - 1);
                if (m != null && m.actor().isPerson()) {
                    return Speaker.of(m);
                }
            }
            return descriptions.subject(p, t.get(pronoun).start(), verbStart, pronoun, verb);
        }
        verb = aside;
        verbStart = t.get(verb).start();
        // "Jane Roe, the chief executive of the league, forcefully told": an adverb in -ly between the apposition's
        // comma and the verb leaves the name before the comma the subject
        int clauseEnd = verb;
        while (clauseEnd > 0 && verb - clauseEnd < 2 && !t.get(clauseEnd - 1).cap() && r.joined(clauseEnd - 1)
                && t.get(clauseEnd - 1).key().endsWith("ly")) {
            clauseEnd--;
        }
        int appositionEnd = t.get(clauseEnd).start();
        if (r.charBefore(appositionEnd) == ',') {
            // "Jane Roe, a consultant who once tried to organise an anti-Doe campaign, said"; "Of Doe, Roe, who gave
            // money to Smith, said": the person opening the sentence before a comma, not a name inside the apposition
            ActorFinder.Mention subject = sentences.sentenceSubject(p, verb);
            if (subject != null && subject.actor().isPerson() && subject.end() < verbStart
                    && (r.charAfter(subject.end()) == ',' || r.charAfter(subject.end()) == '('
                    || ofPlaceThenComma(r, subject.end()))) {
                return Speaker.of(subject);
            }
        }
        ActorFinder.Mention nearest = null;
        ActorFinder.Mention person = null;
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(from).start(), verbStart)) {
            if (m.end() > verbStart || isPossessive(p, m) || hyphenedTo(p.text(), m.start())
                    || NotSubjects.channel(p, m) || NotSubjects.bodyBeforePersonNoun(p, m)
                    || NotSubjects.insideDashes(p, m, p.sentenceOf(m.start()).start())) {
                // "noting Roe's following, said", "a pro-Roe super PAC, said": no subject; nor "another
                // source speaking to Fox News said", whose listener it is; nor "the GOP nominee said", whose party;
                // nor "- addressed to Mary Stanton - the Utah Republican asks", an aside
                continue;
            }
            int gap = r.wordsBetween(m.end(), verbStart);
            // "Kent Wexler, Google's general counsel, said": the name before an apposition is the subject
            // "Now Jane Roe, the most unconventional candidate in modern times, is promising": an auxiliary after it
            int auxStart = verb > 0 && AUXILIARIES.contains(t.get(verb - 1).key()) ? t.get(verb - 1).start() : verbStart;
            char open = PersonRules.firstCharAfter(p.text(), m.end());
            boolean apposition = gap <= 12 && (open == ',' || isDash(open) && m.actor().isPerson())
                    && (PersonRules.lastCharBefore(p.text(), appositionEnd) == open
                    || PersonRules.lastCharBefore(p.text(), auxStart) == open && m.actor().isPerson());
            int comma = p.text().indexOf(',', m.end());
            boolean adjacent = gap <= SUBJECT_GAP && (comma < 0 || comma >= verbStart);
            if (adjacent || apposition) {
                // "Jane Doe, who is close to John Roe, said": the name opening the apposition, not one inside it
                boolean inside = !adjacent && nearest != null;
                if (!inside) {
                    nearest = m;
                }
                if (m.actor().isPerson() && (person == null || !inside)) {
                    person = m;
                }
            }
        }
        nearest = person != null ? person : nearest;
        if (nearest != null && !nearest.actor().isPerson()) {
            ActorFinder.Mention member = bodies.memberOf(p, r, nearest);
            nearest = member != null ? member : nearest;
        }
        if (nearest != null) {
            return Speaker.of(nearest);
        }
        Speaker group = descriptions.group(p, t.get(from).start(), verbStart, true);
        if (group != null) {
            return group;
        }
        Speaker country = bodies.countryBefore(p, verb);
        if (country != null) {
            return country;
        }
        int subjectFrom = NotSubjects.indefiniteOpening(p, r, from, NotSubjects.afterDashedAside(p, r,
                NotSubjects.afterOpeningComma(p, r, Math.max(from, verb - SUBJECT_GAP - 2), verb), verb));
        subjectFrom = coordinatedDescriptionStart(p, r, from, subjectFrom);
        Speaker near = descriptions.subject(p, t.get(subjectFrom).start(), verbStart, subjectFrom, verb);
        if (near.id() != null) {
            return near;
        }
        Speaker first = coordinated(p, from, verb);
        return first.id() != null ? first : near;
    }

    /**
     * Whether the name at {@code start} is joined by a hyphen to a word before it ("a pro-Roe super PAC"); a hyphen
     * opening a list item ("-Jane Roe explains why …") is a bullet, not a join.
     */
    private static boolean hyphenedTo(String text, int start) {
        return start > 1 && text.charAt(start - 1) == '-' && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    /** How many words the first of two descriptions joined by "and" may have ("the Democratic front-runner"). */
    private static final int COORDINATED_WORDS = 5;

    /**
     * Rule "joined description": "The Liberal leadership hopeful and former secretary of health said": a
     * subject window opening at "and" takes the description before it back to its determiner, so that the role is
     * the whole description, not "and former health minister"; else {@code at} as it was.
     */
    private static int coordinatedDescriptionStart(ArticleText.Para p, TokenReader r, int from, int at) {
        var t = p.tokens();
        if (at <= from || !t.get(at).key().equals("and") || t.get(at).cap()) {
            return at;
        }
        for (int k = at - 1; k >= from && at - k <= COORDINATED_WORDS && r.joined(k); k--) {
            if (DescriptionWords.DETERMINERS.contains(t.get(k).key())) {
                return k;
            }
        }
        return at;
    }

    /** How many capitalised words the place of "Jane Roe of New Mexico," may have. */
    private static final int PLACE_WORDS = 3;

    /** "Rep. Jane Roe of Oklahoma, an ally of …,": "of", a place's capitalised words and a comma from {@code end} on. */
    private static boolean ofPlaceThenComma(TokenReader r, int end) {
        int k = r.tokenAt(end);
        if (k + 1 >= r.size() || !r.token(k).key().equals("of") || r.token(k).cap() || !r.joined(k)) {
            return false;
        }
        int to = k + 1;
        while (to < r.size() && to - k <= PLACE_WORDS && r.token(to).cap() && (to == k + 1 || r.joined(to - 1))) {
            to++;
        }
        return to > k + 1 && r.charAfter(r.token(to - 1).end()) == ',';
    }

    /**
     * "X admitted the room was flat but insisted: “…”": a second verb joined by "but" or "and" to a first cue verb
     * shares its subject; only a named one, and only when no other name stands between the two verbs.
     */
    Speaker coordinated(ArticleText.Para p, int from, int verb) {
        var t = p.tokens();
        boolean joined = false;
        for (int k = verb - 1; k > from; k--) {
            Token w = t.get(k);
            joined |= w.key().equals("but") || w.key().equals("and");
            if (w.cap() && !w.initial()) {
                return Speaker.NONE;
            }
            if (joined && gaz.cueVerbs.contains(w.key()) && !w.key().endsWith("ing")) {
                if (!mentions.actors(p.index(), w.end(), t.get(verb).start()).isEmpty()) {
                    return Speaker.NONE;
                }
                Speaker first = subjectBefore(p, k);
                return first.id() != null ? first : Speaker.NONE;
            }
        }
        return Speaker.NONE;
    }

    static boolean isPossessive(ArticleText.Para p, ActorFinder.Mention m) {
        String s = p.text();
        return m.end() >= 2 && m.end() <= s.length() && (s.charAt(m.end() - 1) == 's' || s.charAt(m.end() - 1) == 'S')
                && (s.charAt(m.end() - 2) == '\'' || s.charAt(m.end() - 2) == '\u2019')
                || m.end() < s.length() && (s.charAt(m.end()) == '\'' || s.charAt(m.end()) == '\u2019')
                && (m.end() + 1 >= s.length() || !Character.isLetter(s.charAt(m.end() + 1)));
    }

    /** Words that leave a subject unnamed ("a", "another", "one"): nothing after them is a name of the speaker. */
    static boolean unnamed(String key) {
        return DescriptionWords.INDEFINITE.contains(key) || key.equals("the");
    }

    /** A capitalised name right by a cue verb that no rule made an actor: see {@link UnlistedNames#name}. */
    Speaker unlistedName(ArticleText.Para p, int from, int to, java.util.function.Predicate<String> capitalisedInside) {
        return unlisted.name(p, from, to, capitalisedInside);
    }

    /**
     * "said Scott Roe, the chamber's chief strategist, who added that …": the person a ", who" after an apposition
     * hangs on, the last person named before it whom a comma follows, within {@link #RELATIVE_HEAD_REACH} words; null
     * when there is none (the clause's role is then no speaker's either).
     */
    private ActorFinder.Mention relativeHead(ArticleText.Para p, TokenReader r, int who, int sentenceStart) {
        List<ActorFinder.Mention> before = mentions.actors(p.index(), sentenceStart, who);
        for (int i = before.size() - 1; i >= 0; i--) {
            ActorFinder.Mention m = before.get(i);
            if (r.wordsBetween(m.end(), who) > RELATIVE_HEAD_REACH || r.markBetween(m.end(), who)) {
                return null;
            }
            if (m.actor().isPerson() && !isPossessive(p, m)
                    && (r.charAfter(m.end()) == ',' || r.wordsBetween(m.end(), who) == 0)) {
                return m; // "Jane Roe, who …, said"; "a tweet from Jane Roe who tweeted, “…”"
            }
        }
        return null;
    }

    /** How many words an apposition between a name and its ", who" may have. */
    private static final int RELATIVE_HEAD_REACH = 10;

    /**
     * "Aubert has tangled with him, saying …": the capitalised words opening the sentence of token {@code verb},
     * followed by a lowercase word, as a name no rule made an actor; NONE when the sentence opens otherwise.
     */
    Speaker openingName(ArticleText.Para p, int verb, java.util.function.Predicate<String> capitalisedInside) {
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int first = r.tokenAt(r.sentenceStart(t.get(verb).start()));
        int to = first;
        while (to < verb && t.get(to).cap() && (to == first || Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)))) {
            to++;
        }
        boolean apposition = to - first >= 2 && to < verb && r.charAfter(t.get(to - 1).end()) == ','
                && r.charBefore(t.get(verb).start()) == ',';
        if (to == first || to >= verb || t.get(to).cap() && !apposition
                || !apposition && !PersonRules.punctuationFree(p.text(), t.get(to - 1), t.get(to))
                || r.markBetween(t.get(first).start(), t.get(verb).start())) {
            return Speaker.NONE; // "Jane Roe, who is reviled by progressives, said" is the one apposition taken
        }
        return unlistedName(p, first, to, capitalisedInside);
    }

    /** "Jane Roe — a teacher from Mount Pleasant — says": a dash opening and closing an apposition. */
    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2015';
    }
}
