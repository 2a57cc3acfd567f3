package newsgen.extract;

/**
 * The rules that find a speaker by the shape of the words around the quotation rather than a listed cue verb:
 * a trigram (quotation, name, verb-shaped word), a signature after a dash, a sentence-final cue clause, a name as written
 * that no rule made an actor.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class NameShapeRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Subjects subjects;
    private final Gazetteer gaz;

    NameShapeRules(Sieve sieve, ArticleMentions mentions, Subjects subjects, Gazetteer gaz) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.subjects = subjects;
        this.gaz = gaz;
    }

    /**
     * The trigram shape after a quotation: "“…,” Bolton charged." (a name or pronoun, then a verb-shaped word) or
     * "“…,” agrees Jane Doe" (the verb, then a name); the speaker, or null when the words after are not this shape.
     */
    SpeakerRule.Found trigram(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        String s = p.text();
        if (q.close() >= s.length() - 1 || q.text().isEmpty()) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        char last = q.text().charAt(q.text().length() - 1);
        int next = r.skipSpacesAndMarks(q.close() + 1);
        boolean comma = s.substring(q.close() + 1, Math.min(next, s.length())).indexOf(',') >= 0;
        if (!(last == ',' || last == '?' || last == '!' || comma) || next >= s.length()) {
            return null;
        }
        var t = p.tokens();
        int k0 = r.tokenAt(q.close() + 1);
        if (k0 >= t.size() || t.get(k0).start() != next) {
            return null;
        }
        if (!t.get(k0).cap() && verbShaped(r, k0) && k0 + 1 < t.size() && t.get(k0 + 1).cap() && r.joined(k0)) {
            NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, k0, true);
            return near == null ? null : new SpeakerRule.Found(near.speaker(), t.get(k0).key());
        }
        int verb;
        if (Subjects.HE_SHE.contains(t.get(k0).key()) || Subjects.THEY_IT.contains(t.get(k0).key())) {
            verb = k0 + 1;
        } else {
            if (Subjects.unnamed(t.get(k0).key()) && k0 + 2 < t.size() && !t.get(k0 + 1).cap() && t.get(k0 + 2).cap()
                    && r.joined(k0) && r.joined(k0 + 1)) {
                k0 += 2; // "“…,” an angry Lacroix retaliated": a describing word before the name
            }
            verb = k0;
            while (verb < t.size() && verb - k0 < 5 && t.get(verb).cap()
                    && (verb == k0 || Gazetteer.joinable(s, t.get(verb - 1), t.get(verb)))) {
                verb++;
            }
            if (verb == k0 || t.get(verb - 1).possessive()) {
                return null;
            }
        }
        if (verb >= t.size() || t.get(verb).cap() || !r.joined(verb - 1) || !verbShaped(r, verb)) {
            return null;
        }
        Cues.Cue cue = new Cues.Cue(verb, false);
        if (verb == k0 + 1 && sieve.pronoun.pronounSubject(p, cue)) {
            return sieve.pronoun.pronounOf(q, cue);
        }
        NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, verb, false);
        return near == null ? null : new SpeakerRule.Found(near.speaker(), t.get(verb).key());
    }

    /**
     * A dash and a name signing a quotation: right after its closing mark ("“…” ― Jane Doe"), or opening the next
     * paragraph when the quotation ends its own ("- Jane Doe.", "-President Okafor, tweeting after the speech."). The
     * name must end there (its line, a comma, a full stop or the next quotation), so "” — the crowd cheered" is none.
     */
    SpeakerRule.Found signature(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        String s = p.text();
        int i = skipBlank(s, q.close() + 1);
        if (q.text().isEmpty() || Character.isLetterOrDigit(q.text().charAt(q.text().length() - 1))
                && !(i < s.length() && q.start() == p && !new TokenReader(p).wordBetween(0, q.open())
                && s.indexOf(',', i) < 0)) {
            // "the networks’ “fake news” — CNN, NBC": a signed quotation ends as a sentence does; rule "signed
            // paragraph": unless it opens its paragraph, which the dash and name then close with no comma after the dash
            // ("“…” - Minister Jane Roe."; "“Fake news” - CNN, NBC and the rest were blamed." is no signature)
            return null;
        }
        if (i < s.length()) {
            return isDash(s.charAt(i)) ? signedBy(p, i) : null;
        }
        ArticleText.Para next = mentions.next(p);
        if (next == null || new TokenReader(q.start()).wordBetween(0, q.open())) {
            return null; // "… called him “my African American.”" then "- Reuters.": a credit line, not a signature
        }
        int j = skipBlank(next.text(), 0);
        return j < next.text().length() && isDash(next.text().charAt(j)) ? signedBy(next, j) : null;
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }

    /** Hyphen, en dash, em dash, horizontal bar: what signs a quotation. */
    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** The name after the dash at {@code dash}: an actor or a name as written, ending as a signature ends; else null. */
    private SpeakerRule.Found signedBy(ArticleText.Para p, int dash) {
        String s = p.text();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int from = r.tokenAt(dash + 1);
        if (from >= t.size() || !t.get(from).cap() || r.wordBetween(dash + 1, t.get(from).start())
                || skipBlank(s, dash + 1) != t.get(from).start()) {
            return null;
        }
        int to = from + 1;
        while (to < t.size() && to - from < 6 && t.get(to).cap() && Gazetteer.joinable(s, t.get(to - 1), t.get(to))) {
            to++;
        }
        int end = skipBlank(s, t.get(to - 1).end());
        char after = end < s.length() ? s.charAt(end) : '\0';
        if (!(after == '\0' || after == ',' || after == '.' || QuoteMarks.isMark(after)) || t.get(to - 1).possessive()) {
            return null;
        }
        ActorFinder.Mention person = null;
        ActorFinder.Mention any = null;
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(from).start(), t.get(to - 1).end())) {
            if (m.end() <= t.get(to - 1).end()) {
                any = any == null ? m : any;
                person = person == null && m.actor().isPerson() ? m : person;
            }
        }
        if (any != null) {
            return new SpeakerRule.Found(Speaker.of(person != null ? person : any), null);
        }
        Speaker named = subjects.unlistedName(p, from, to, this::capitalisedInside);
        return named.found() ? new SpeakerRule.Found(named, null) : null;
    }

    /** Words that are no verb of saying for all their shape ("was", "has", "this"). */
    private static final java.util.Set<String> NOT_VERBS = WordSet.of("was", "has", "is", "does", "this", "thus",
            "plus", "minus", "versus", "less", "unless", "always", "perhaps", "as", "us", "its", "yes", "ones");
    /**
     * Past tenses of saying that end in no "-ed": "“…,” Roe shot back", "“…,” Roe went on" (not "said", "told",
     * "wrote": cue verbs that the rules before and the unlisted-name rule read).
     */
    static final java.util.Set<String> IRREGULAR_PAST = WordSet.of("shot", "went", "spoke", "swore",
            "began", "broke", "threw", "struck", "sang", "rang", "felt", "thought", "put", "hit", "kept", "drew", "bit",
            "let", "shook", "fought", "stood");
    /** What may follow the verb of a trigram: the clause ends, or a time, a place, an adverb ("Bolton charged on Monday"). */
    private static final java.util.Set<String> AFTER_VERB = WordSet.of("on", "in", "at", "to", "during", "after",
            "before", "of", "about", "with", "from", "while", "when", "as", "later", "earlier", "then", "again", "back", "out",
            "recently", "yesterday", "today", "tonight", "this", "last", "angrily", "bluntly", "simply", "flatly");

    /** A lowercase word shaped like a verb of saying in the past or present ("charged", "questions") and ending its clause. */
    static boolean verbShaped(TokenReader r, int k) {
        Token w = r.token(k);
        String key = w.key();
        if (w.cap() || key.length() < 4 && !IRREGULAR_PAST.contains(key) || NOT_VERBS.contains(key)
                || !key.chars().allMatch(Character::isLetter) || !(key.endsWith("ed") || IRREGULAR_PAST.contains(key)
                || key.endsWith("s") && !key.endsWith("ss") && !key.endsWith("us"))) {
            return false;
        }
        if (k + 1 >= r.size()) {
            return true;
        }
        Token after = r.token(k + 1);
        return r.endsClause(k) || !r.joined(k) || AFTER_VERB.contains(after.key()) || after.cap();
    }

    /** A name by the cue verb that is no actor ("“…,” Dunmore said", "said Sen. Robert P. Roe Jr."). */
    /**
     * "“We are frustrated and horrified” by the shooting in Orlando, Jane Roe said.": a quotation opening its sentence,
     * more words of the writer's, then a last clause after a comma that is only a name and a cue verb (or the verb
     * and the name). The named subject of that verb; null for any other shape.
     */
    SpeakerRule.Found sentenceEndCue(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (q.end() != p || sieve.after(q) != null || sieve.before(q) >= 0) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        Sentences.Span sentence = p.sentenceOf(q.open());
        int end = Math.min(sentence.end(), p.text().length());
        // "That would create a “summer of agony” for Halvorsen, …, said Brad Roe, a Democratic pollster.": the cue
        // clause may come before a last apposition of its subject
        int comma = end;
        for (int round = 0; round < END_CLAUSE_COMMAS; round++) {
            comma = p.text().lastIndexOf(',', comma - 1);
            if (comma <= q.close() || r.markBetween(comma, end) || !r.wordBetween(q.close() + 1, comma)) {
                return null;
            }
            int first = r.tokenAt(comma + 1);
            int last = r.tokenAt(end) - 1;
            if (last < first) {
                return null;
            }
            // a titled subject may run longer ("Justice Department senior trial counsel Jane Roe wrote in a filing"):
            // the words before the verb and the words after it are counted apart
            for (int k = first; k <= last && k - first < END_SUBJECT_WORDS; k++) {
                if (r.isCueVerb(k) && !r.token(k).key().endsWith("ing")) {
                    if (k > first && (round > 0 || (k - first < END_CLAUSE_WORDS ? last - first >= END_CLAUSE_WORDS
                            : last - k >= END_TAIL_WORDS))) {
                        return null; // "…, Roe said" must end the sentence; only "said Roe" may have an apposition after
                    }
                    Speaker who = k == first ? subjects.subjectAfterVerb(p, k)
                            : subjects.descriptions.subject(p, r.token(first).start(), r.token(k).start(), first, k);
                    return who.named() ? new SpeakerRule.Found(who, r.token(k).key()) : null;
                }
                if (k > first && r.endsClause(k - 1)) {
                    break;
                }
            }
            end = comma;
        }
        return null;
    }

    /** How many commas back from the end of the sentence {@link #sentenceEndCue} looks for its cue clause. */
    private static final int END_CLAUSE_COMMAS = 3;

    /** How many words the last clause of {@link #sentenceEndCue} may have ("Jane Roe said on Tuesday"). */
    private static final int END_CLAUSE_WORDS = 8;

    /** How many words may stand before the cue verb of that clause: a subject with a long title. */
    private static final int END_SUBJECT_WORDS = 12;

    /** How many words may follow the verb after such a long subject ("wrote in a court filing"). */
    private static final int END_TAIL_WORDS = 5;

    SpeakerRule.Found unlistedName(QuoteFinder.Span q) {
        Sieve.CueAt cue = sieve.cueOf(q);
        if (cue == null || sieve.cue.isAccording(cue.para(), cue.verb())) {
            return null;
        }
        ArticleText.Para p = cue.para();
        var t = p.tokens();
        if (cue.after()) {
            // "…,” Haverly added"; "…,” said Army Capt. Jane Roe, who …"; "…” for Halvorsen, said Brenlow"
            boolean after = cue.verbFirst() || CueRules.inverted(p, cue.verb());
            NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, cue.verb(), after);
            if (near == null && after && !cue.verbFirst()) {
                near = sieve.names.nameByVerb(p, cue.verb(), false);
            }
            if (near != null && !near.actor()) {
                return new SpeakerRule.Found(near.speaker(), t.get(cue.verb()).key());
            }
        }
        if (!cue.after() && t.get(cue.verb()).key().endsWith("ing")) {
            int finite = subjects.participles.earlierCue(p, cue.verb());
            if (finite < 0) {
                return null;
            }
            // "“…,” Anderson said, adding that X is “…”": the name by the verb the participle follows
            cue = new Sieve.CueAt(p, finite, false, false);
        }
        int from;
        int to;
        if (cue.verbFirst() || !cue.after() && t.get(cue.verb()).cap()) {
            // "Said Ellis: “…”", "Continued Roe:": a capitalised cue verb opening its sentence, the name after it
            from = cue.verb() + 1;
            // "said retired neurosurgeon Ben Garrity", "said former tech executive Jane Roe": describing words first
            while (from < t.size() && from - cue.verb() <= 4 && !t.get(from).cap() && !Subjects.unnamed(t.get(from).key())
                    && PersonRules.punctuationFree(p.text(), t.get(from - 1), t.get(from))) {
                from++;
            }
            to = from;
            while (to < t.size() && t.get(to).cap() && (to == from || Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)))) {
                to++;
            }
        } else {
            to = cue.verb();
            from = to;
            int floor = cue.after() ? TokenReader.firstTokenAt(t, q.close() + 1) : 0;
            while (from > floor && t.get(from - 1).cap()
                    && (from == to || Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from)))) {
                from--;
            }
            boolean adjacent = from < to && PersonRules.punctuationFree(p.text(), t.get(to - 1), t.get(to));
            if (!adjacent && cue.after() && new TokenReader(p).charBefore(t.get(cue.verb()).start()) == ',') {
                // "“…,” Matdos Roe, legal director for the union, said": the name opening the apposition
                from = floor;
                to = from;
                while (to < cue.verb() && t.get(to).cap() && (to == from || Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)))) {
                    to++;
                }
                if (to == from || to >= cue.verb() || new TokenReader(p).charAfter(t.get(to - 1).end()) != ',') {
                    return null;
                }
            } else if (!adjacent) {
                return null; // "Dunmore, a governor, said" is the subject rules' shape, not this one
            }
            if (!cue.after() && from > 0 && t.get(from - 1).possessive() || NotSubjects.listenerBefore(t, from)) {
                return null; // "a source speaking to Fox News said": the listener
            }
        }
        if (from >= to) {
            return null;
        }
        boolean rightAfter = cue.after() && !cue.verbFirst() && to == cue.verb()
                && from == TokenReader.firstTokenAt(t, q.close() + 1);
        // rule "unknown word by its verb": "Mutua said: “…”", one word opening its sentence right before the cue verb
        boolean openingWord = !cue.after() && to == cue.verb() && to - from == 1 && t.get(from).initial();
        Speaker s = subjects.unlistedName(p, from, to, rightAfter ? this::nameAfterQuotation
                : openingWord ? this::unknownWord : this::capitalisedInside);
        return s.found() ? new SpeakerRule.Found(s, t.get(cue.verb()).key()) : null;
    }

    /**
     * Rule "unknown word by its verb": a word that opens its sentence right before a cue verb ("Mutua said: “…”",
     * "Sorensen posted on X that …") is a name, though it never stands capitalised inside a sentence, when it is no
     * English word, the article never writes it in lower case, and it is no plural of an English word: so
     * "Officials said", "Analysts told", "Police say" stay nobody, and a surname no list holds, which only ever opens
     * sentences, speaks.
     */
    boolean unknownWord(String key) {
        if (capitalisedInside(key)) {
            return true;
        }
        return !lowercase.contains(key) && !EnglishWords.contains(key) && !gaz.cueVerbs.contains(key)
                && !(key.endsWith("s") && EnglishWords.contains(key.substring(0, key.length() - 1)));
    }

    private java.util.Set<String> insideCaps;
    private java.util.Set<String> lowercase;

    /** Whether the article writes this word capitalised inside a sentence somewhere, so it is a name. */
    boolean capitalisedInside(String key) {
        if (insideCaps == null) {
            insideCaps = new java.util.HashSet<>();
            lowercase = new java.util.HashSet<>();
            for (ArticleText.Para p : mentions.paragraphs()) {
                for (Token w : p.tokens()) {
                    if (w.cap() && !w.initial()) {
                        insideCaps.add(w.key());
                    } else if (!w.cap()) {
                        lowercase.add(w.key());
                    }
                }
            }
        }
        return insideCaps.contains(key);
    }

    /**
     * As {@link #capitalisedInside}, or a word the article never writes in lower case, for a word standing right
     * between a quotation and its cue verb ("“…!” Lund said." where Lund only ever opens sentences).
     */
    private boolean nameAfterQuotation(String key) {
        return capitalisedInside(key) || !lowercase.contains(key) && !key.endsWith("s") && !key.endsWith("ly")
                && !gaz.cueVerbs.contains(key);
    }
}
