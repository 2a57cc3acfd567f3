package newsgen.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One article's run of the speaker sieve: the quotations in order, and the look-ups the {@link SpeakerRule}s share
 * (where a cue verb's subject is, what a pronoun stands for, which sentence comes before).
 */
final class Sieve {
    private final Subjects subjects;
    private final SpeakerContext ctx;
    private final Gazetteer gaz = Gazetteer.get();
    private final List<Attribution> done = new ArrayList<>();

    Sieve(SpeakerContext ctx) {
        this.ctx = ctx;
        this.subjects = new Subjects(ctx);
    }

    /** Runs every rule but the late ones in order over one quotation, after all quotations before it. */
    Attribution attribute(QuoteFinder.Span span) {
        Attribution a = new Attribution(span);
        run(a, false);
        done.add(a);
        Speaker who = a.speaker();
        ctx.noteSpeaker(span.end(), who, who.named() && (a.rule() == SpeakerRule.UNLISTED_NAME || ctx.isPerson(who.id())));
        return a;
    }

    /** Runs the late rules over every quotation left undecided, once all have been through {@link #attribute}. */
    void finish() {
        for (Attribution a : done) {
            run(a, true);
        }
    }

    private void run(Attribution a, boolean late) {
        for (SpeakerRule rule : SpeakerRule.values()) {
            if (a.decided()) {
                break;
            }
            if (rule.late != late || rule.weak && a.cue() != null) {
                continue;
            }
            SpeakerRule.Found found = rule.find(a, this);
            if (found != null) {
                a.take(rule, found);
            }
        }
    }

    /**
     * A quotation in the headline (a headline or subhead paragraph, or the article's first) takes the named speaker
     * of the first later quotation whose words hold all of its words in order; null otherwise.
     */
    SpeakerRule.Found headlineEcho(Attribution a) {
        QuoteFinder.Span q = a.span();
        ArticleText.Para p = q.start();
        boolean head = p.kind() == newsgen.model.ParagraphKind.HEADLINE || p.kind() == newsgen.model.ParagraphKind.SUBHEAD
                || ctx.previous(p) == null;
        String words = echoWords(q.text());
        if (!head || words.isEmpty()) {
            return null;
        }
        for (Attribution later : done) {
            if (later != a && later.span().start() != p && later.speaker().named()
                    && (" " + echoWords(later.span().text()) + " ").contains(" " + words + " ")) {
                return new SpeakerRule.Found(later.speaker(), null);
            }
        }
        return null;
    }

    /** Letters and digits of a quotation, lower case, one space between words: what {@link #headlineEcho} compares. */
    private static String echoWords(String text) {
        return String.join(" ", NON_WORD.split(Slugs.fold(text).strip())).strip();
    }

    /** Runs of characters that are no letter or digit. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Whether the subject of the quotation's cue verb is "he" or "she" ("“…,” he added", "She said “…”"). */
    boolean pronounCue(QuoteFinder.Span q) {
        CueAt cue = cueOf(q);
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
        Cues.Cue cue = comma ? after(q) : null;
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

    /** Whether two quotations of one paragraph stand in the same sentence. */
    boolean sameSentence(Attribution before, Attribution a) {
        ArticleText.Para p = a.span().start();
        return before.span().end() == p
                && Sentences.indexOf(p.sentences(), before.span().close()) == Sentences.indexOf(p.sentences(), a.span().open());
    }

    /** The quotation attributed just before {@code a}, or null. */
    Attribution previous(Attribution a) {
        return done.isEmpty() ? null : done.get(done.size() - 1);
    }

    /** Whether token {@code k} of the paragraph is "according" (as in "according to"). */
    boolean isAccording(ArticleText.Para p, int k) {
        return p.tokens().get(k).key().equals(Cues.ACCORDING);
    }

    /** Whether the subject of the cue after a quotation is a pronoun ("said he", "she added"). */
    boolean pronounSubject(ArticleText.Para p, Cues.Cue cue) {
        int k = cue.verbFirst() ? cue.verb() + 1 : cue.verb() - 1;
        if (k < 0 || k >= p.tokens().size()) {
            return false;
        }
        String w = p.tokens().get(k).key();
        return Subjects.HE_SHE.contains(w) || Subjects.THEY_IT.contains(w);
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
        boolean commaBefore = new TokenReader(p).charBefore(t.get(verb).start()) == ',';
        Speaker s;
        if (cue.verbFirst()) {
            s = byVerb(p, verb, true, subjects.subjectAfterVerb(p, verb));
        } else {
            NameByVerb inverted = inverted(p, verb) ? nameByVerb(p, verb, true) : null;
            // "“This will be a challenge” for Clinton, said Kunin": the name after the verb, not the one before
            s = inverted != null ? inverted.listed()
                    : byVerb(p, verb, false, subjects.subjectBetween(p, q.close(), verb));
        }
        if (!s.found() && !cue.verbFirst() && commaBefore && verb + 1 < t.size()
                && (isAccording(p, verb) || !LINKS.contains(t.get(verb + 1).key()))) {
            // "“…,” aside from …, said the bureau's director, Jane Doe": the subject follows after all; not in
            // "“…,” Jane Roe, a writer, said on Twitter", where a name no rule made an actor is the subject
            s = subjects.subjectAfterVerb(p, verb);
        }
        return preferName(q, new SpeakerRule.Found(s, t.get(verb).key()));
    }

    /**
     * The speaker a subject rule found, unless a different name stands right by the verb ("…, just as Clinton did in
     * 2008, Rendell added"; "said Army Capt. Jane Roe, who voted for neither Clinton nor Trump"): then that name.
     */
    private Speaker byVerb(ArticleText.Para p, int verb, boolean after, Speaker found) {
        NameByVerb near = nameByVerb(p, verb, after);
        if (near == null || found.id() != null && near.speaker().id().equals(found.id())) {
            return found;
        }
        // a name no rule made an actor is the unlisted-name rule's to take
        return near.actor() ? near.speaker() : found.named() ? Speaker.NONE : found;
    }

    /** "…,” for Clinton, said Kunin": a comma, then a cue verb whose subject may follow it. */
    private static boolean inverted(ArticleText.Para p, int verb) {
        return new TokenReader(p).charBefore(p.tokens().get(verb).start()) == ','
                && !Subjects.TAKES_OBJECT.contains(p.tokens().get(verb).key());
    }

    /** Auxiliaries that may stand between a name and its cue verb ("Roe has said", "Roe had told"). */
    private static final java.util.Set<String> SAID_AUXILIARIES = WordSet.of("has", "had", "have", "also", "later",
            "then", "once");

    /** A name by a cue verb: an actor, or a name as written that no rule made an actor. */
    record NameByVerb(Speaker speaker, boolean actor, int end) {
        Speaker listed() {
            return actor ? speaker : Speaker.NONE;
        }
    }

    /** Words after a cue verb that open no subject ("said of Cruz", "said on CNN", "said that Trump"). */
    private static final java.util.Set<String> LINKS = WordSet.of("of", "on", "in", "at", "to", "for", "with",
            "about", "after", "during", "from", "by", "as", "that", "this", "last", "earlier", "later", "and", "but", "it",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "before", "when", "while", "if");

    /**
     * The name standing right by a cue verb, as an actor or as written: before it, the capitalised words joined to it
     * ("Rendell added"); after it, past a few describing words and an owner's possessive ("said Clinton's top foreign
     * policy aide Jake Roe", "said retired Army Capt. Jane Roe"), and ending the subject (a comma, "who", the
     * clause's end). Null when no name stands there.
     */
    NameByVerb nameByVerb(ArticleText.Para p, int verb, boolean after) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int from;
        int to;
        if (after) {
            from = verb + 1;
            for (int round = 0; ; round++) {
                while (from < t.size() && from - verb <= 5 && !t.get(from).cap() && !Subjects.unnamed(t.get(from).key())
                        && !LINKS.contains(t.get(from).key()) && r.joined(from - 1)) {
                    from++;
                }
                if (from >= t.size() || !t.get(from).cap() || !r.joined(from - 1)) {
                    return null;
                }
                to = from + 1;
                while (to < t.size() && t.get(to).cap() && Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to))) {
                    to++;
                }
                if (!t.get(to - 1).possessive() || round > 0) {
                    break;
                }
                from = to; // "Clinton's top aide Jake Roe": the owner is not the speaker
            }
            boolean ofPlace = to + 1 < t.size() && t.get(to).key().equals("of") && t.get(to + 1).cap() && r.joined(to);
            if (to < t.size() && !r.endsClause(to - 1) && r.joined(to - 1) && !t.get(to).key().equals("who") && !ofPlace) {
                return null; // "said Trump was wrong": the name opens a clause of its own ("beamed Jane Roe of Madison" does not)
            }
        } else {
            to = verb;
            if (to > 1 && !t.get(to - 1).cap() && SAID_AUXILIARIES.contains(t.get(to - 1).key()) && r.joined(to - 1)
                    && t.get(to - 2).cap() && r.joined(to - 2)) {
                to--; // "…, Comey has said": an auxiliary between the name and its verb
            }
            from = to;
            while (from > 0 && t.get(from - 1).cap() && (from == to ? r.joined(from - 1)
                    : Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from)))) {
                from--;
            }
            if (from == to || from > 0 && t.get(from - 1).possessive()) {
                return null;
            }
        }
        // "Army Capt. Jane Roe": the words up to the last title are no part of the name
        for (int k = to - 2; k >= from; k--) {
            if (gaz.titles.contains(t.get(k).key()) || t.get(k).text().length() > 1 && Abbreviations.inName(t.get(k).text())) {
                from = k + 1;
                break;
            }
        }
        // "New York City Public Advocate Trish Roe": a long run's name starts at its last given name
        for (int k = to - 2; k > from && to - from > 3; k--) {
            if (gaz.givenNames.contains(t.get(k).key()) && !gaz.givenNames.contains(t.get(k - 1).key())) {
                from = k;
                break;
            }
        }
        ActorFinder.Mention person = null;
        ActorFinder.Mention any = null;
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(from).start(), t.get(to - 1).end())) {
            any = any == null ? m : any;
            if (m.actor().isPerson() && person == null) {
                person = m;
            }
        }
        if (any != null) {
            return new NameByVerb(Subjects.of(person != null ? person : any), true, to);
        }
        // a mention starting before the run and reaching into it ("Sen. Jane Roe" made from the title on)
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(Math.max(0, from - 2)).start(), t.get(from).start())) {
            if (m.end() > t.get(from).start()) {
                return new NameByVerb(Subjects.of(m), true, to);
            }
        }
        Speaker s = subjects.unlistedName(p, from, to, this::capitalisedInside);
        return s.found() ? new NameByVerb(s, false, to) : null;
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
            NameByVerb near = nameByVerb(p, k0, true);
            return near == null ? null : new SpeakerRule.Found(near.speaker(), t.get(k0).key());
        }
        int verb;
        if (Subjects.HE_SHE.contains(t.get(k0).key()) || Subjects.THEY_IT.contains(t.get(k0).key())) {
            verb = k0 + 1;
        } else {
            if (Subjects.unnamed(t.get(k0).key()) && k0 + 2 < t.size() && !t.get(k0 + 1).cap() && t.get(k0 + 2).cap()
                    && r.joined(k0) && r.joined(k0 + 1)) {
                k0 += 2; // "“…,” an angry Hollande retaliated": a describing word before the name
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
        if (verb == k0 + 1 && pronounSubject(p, cue)) {
            return pronounOf(q, cue);
        }
        NameByVerb near = nameByVerb(p, verb, false);
        return near == null ? null : new SpeakerRule.Found(near.speaker(), t.get(verb).key());
    }

    /**
     * A dash and a name signing a quotation: right after its closing mark ("“…” ― Jane Doe"), or opening the next
     * paragraph when the quotation ends its own ("- Jane Doe.", "-President Obama, tweeting after the speech."). The
     * name must end there (its line, a comma, a full stop or the next quotation), so "” — the crowd cheered" is none.
     */
    SpeakerRule.Found signature(QuoteFinder.Span q) {
        ArticleText.Para p = q.end();
        String s = p.text();
        if (q.text().isEmpty() || Character.isLetterOrDigit(q.text().charAt(q.text().length() - 1))) {
            return null; // "the networks’ “fake news” — CNN, NBC": a signed quotation ends as a sentence does
        }
        int i = skipBlank(s, q.close() + 1);
        if (i < s.length()) {
            return isDash(s.charAt(i)) ? signedBy(p, i) : null;
        }
        ArticleText.Para next = ctx.next(p);
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
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(from).start(), t.get(to - 1).end())) {
            if (m.end() <= t.get(to - 1).end()) {
                any = any == null ? m : any;
                person = person == null && m.actor().isPerson() ? m : person;
            }
        }
        if (any != null) {
            return new SpeakerRule.Found(Subjects.of(person != null ? person : any), null);
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
    private static final java.util.Set<String> IRREGULAR_PAST = WordSet.of("shot", "went", "spoke", "swore",
            "began", "broke", "threw", "struck", "sang", "rang", "felt", "thought", "put", "hit", "kept", "drew", "bit",
            "let", "shook", "fought", "stood");
    /** What may follow the verb of a trigram: the clause ends, or a time, a place, an adverb ("Bolton charged on Monday"). */
    private static final java.util.Set<String> AFTER_VERB = WordSet.of("on", "in", "at", "to", "during", "after",
            "before", "of", "about", "with", "from", "while", "when", "as", "later", "earlier", "then", "again", "back", "out",
            "recently", "yesterday", "today", "tonight", "this", "last", "angrily", "bluntly", "simply", "flatly");

    /** A lowercase word shaped like a verb of saying in the past or present ("charged", "questions") and ending its clause. */
    private static boolean verbShaped(TokenReader r, int k) {
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

    /** "“…,” he said": who the pronoun stands for; after a sentence with a cue verb, its named person subject. */
    SpeakerRule.Found pronounOf(QuoteFinder.Span q, Cues.Cue cue) {
        SpeakerRule.Found f = subjectOf(q, cue);
        Speaker s = f.speaker();
        String w = q.end().tokens().get(cue.verbFirst() ? cue.verb() + 1 : cue.verb() - 1).key();
        if (Subjects.HE_SHE.contains(w)) {
            // "X, who is close to Y, said …. “…,” he said": he is the subject before, not the last name
            Speaker subject = sentenceBefore(q, true).speaker();
            if (subject.named() && ctx.isPerson(subject.id()) && mayBe(subject, w)) {
                s = subject;
            } else if (s.named() && namedInside(q, s)) {
                // "“… half a million fewer votes than Al Gore,” he points out": not someone the quotation talks about
                s = ctx.lastPerson(q.start(), q.open(), w);
            }
        }
        return new SpeakerRule.Found(s, f.cue());
    }

    /** Whether the given name of the person {@code s} names leaves "he" or "she" possible. */
    private static boolean mayBe(Speaker s, String pronoun) {
        char sex = GivenNameSex.of(s.name());
        return sex != (pronoun.equals("he") ? 'F' : 'M');
    }

    /** Whether {@code s} is named inside the quotation (its last paragraph) and not between it and its cue. */
    private boolean namedInside(QuoteFinder.Span q, Speaker s) {
        ArticleText.Para p = q.end();
        int from = q.start() == p ? q.open() : 0;
        boolean inside = false;
        for (ActorFinder.Mention m : ctx.actors(p.index(), from, Integer.MAX_VALUE)) {
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
        int verb = before(q);
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
        char before = r.charBefore(q.open());
        if (!isAccording && (r.charBefore(p.tokens().get(verb).start()) == ',' || verb == r.tokenAt(r.sentenceStart(
                p.tokens().get(verb).start()))) && !Subjects.TAKES_OBJECT.contains(p.tokens().get(verb).key())) {
            // "The paradox of Nancy, says Carl Roe, historian at …, is that she was “…”"; "Said Comey, “…”"
            NameByVerb near = nameByVerb(p, verb, true);
            char after = near == null ? 0 : r.charAfter(p.tokens().get(near.end() - 1).end());
            if (near != null && near.actor() && (after == ',' || after == ':')) {
                return new SpeakerRule.Found(near.speaker(), p.tokens().get(verb).key());
            }
        }
        if (!s.found() && !isAccording && !Subjects.TAKES_OBJECT.contains(p.tokens().get(verb).key())
                && (before == ':' || before == ',') && r.wordsBetween(p.tokens().get(verb).end(), q.open()) <= 6) {
            // "In other words, explained CBS moderator Jane Roe: “…”": the subject follows its verb
            NameByVerb near = nameByVerb(p, verb, true);
            if (near != null && near.actor()) {
                s = near.speaker();
            }
        }
        return preferName(q, new SpeakerRule.Found(s, p.tokens().get(verb).key()));
    }

    /** How many capitalised words the name of an aside may have (", Sen. Jane Roe said,"). */
    private static final int ASIDE_NAME = 4;

    /**
     * "CNN, Cruz said, called the announcement “highly significant.”" / "The economy, she said, is “in good shape.”":
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
                for (ActorFinder.Mention m : ctx.actors(p.index(), r.token(from).start(), r.token(k - 1).end())) {
                    s = new Speaker(m.actor().id(), m.actor().name(), null);
                }
            }
            if (s.named()) {
                return new SpeakerRule.Found(s, verb.key());
            }
        }
        return null;
    }

    /** He or she as the subject of an aside. */
    private static final java.util.Set<String> HE_SHE = WordSet.of("he", "she");

    /**
     * A quotation opening its own sentence with no cue: the speaker of a cue verb in the sentence before, in the
     * same paragraph ("Jane Doe said the plan had failed. “We start again.”"). Only a named speaker counts.
     */
    SpeakerRule.Found sentenceBefore(QuoteFinder.Span q) {
        return sentenceBefore(q, false);
    }

    /**
     * As {@link #sentenceBefore(QuoteFinder.Span)}; with {@code orSubject}, a sentence before with no cue verb gives
     * its named person subject ("Roe congratulated his rivals Doe and Poe. “…,” he urged them." is Roe's), for a
     * pronoun to stand for; a quotation with no cue of its own is not given to it (it may be anyone's).
     */
    private SpeakerRule.Found sentenceBefore(QuoteFinder.Span q, boolean orSubject) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int s = Sentences.indexOf(p.sentences(), q.open());
        if (s == 0 || p.sentences().get(s).start() < q.open() - 1 && r.wordBetween(p.sentences().get(s).start(), q.open())) {
            return new SpeakerRule.Found(Speaker.NONE, null);
        }
        Sentences.Span before = p.sentences().get(s - 1);
        int last = r.tokenAt(before.end()) - 1;
        for (int k = r.tokenAt(before.start()); k <= last; k++) {
            Token w = r.token(k);
            if (!w.cap() && gaz.cueVerbs.contains(w.key()) && !w.key().endsWith("ing")
                    && !r.markBetween(before.start(), w.start())) {
                Speaker who = subjects.subjectBefore(p, k);
                return new SpeakerRule.Found(who.named() ? who : Speaker.NONE, null);
            }
        }
        if (orSubject && last > r.tokenAt(before.start()) && !r.markBetween(before.start(), before.end())) {
            ActorFinder.Mention m = subjects.sentenceSubjectBefore(p, r.token(last).start());
            if (m != null && m.actor().isPerson() && !Subjects.isPossessive(p, m) && m.start() >= before.start()) {
                return new SpeakerRule.Found(Subjects.of(m), null);
            }
        }
        return new SpeakerRule.Found(Speaker.NONE, null);
    }

    /** A quotation that is its paragraph, marks and all: a pulled-out quote or a subhead. */
    boolean wholeParagraph(QuoteFinder.Span q) {
        String s = q.start().text();
        return q.start() == q.end() && s.substring(0, q.open()).isBlank()
                && (q.close() >= s.length() - 1 || s.substring(q.close() + 1).isBlank());
    }

    /**
     * ‘We are not a monopoly’ as a subhead, then "Jane Doe, the firm's chief executive, rejected …": the named subject
     * of a cue verb in the first sentence of the next paragraph; only a person, else nobody.
     */
    SpeakerRule.Found nextParagraphSubject(ArticleText.Para p) {
        ArticleText.Para next = ctx.next(p);
        if (next == null || next.sentences().isEmpty()) {
            return null;
        }
        String opening = next.text().strip();
        if (opening.isEmpty() || QuoteMarks.isMark(opening.charAt(0))) {
            return null; // the next paragraph quotes someone itself
        }
        var t = next.tokens();
        Sentences.Span first = next.sentences().get(0);
        for (int k = 0; k < t.size() && t.get(k).start() < first.end(); k++) {
            Token w = t.get(k);
            if (!w.cap() && gaz.cueVerbs.contains(w.key()) && !w.key().endsWith("ing")) {
                Speaker who = subjects.subjectBefore(next, k);
                return who.named() && ctx.isPerson(who.id()) ? new SpeakerRule.Found(who, null) : null;
            }
        }
        return null;
    }

    /** The cue verb of a quotation: its paragraph and token, after the quotation or before it; null when none. */
    record CueAt(ArticleText.Para para, int verb, boolean after, boolean verbFirst) {
    }

    CueAt cueOf(QuoteFinder.Span q) {
        Cues.Cue after = after(q);
        if (after != null) {
            return new CueAt(q.end(), after.verb(), true, after.verbFirst());
        }
        int before = before(q);
        return before >= 0 ? new CueAt(q.start(), before, false, false) : null;
    }

    /** The quotation whose cues were last looked up, and what was found: every rule asks about the same one. */
    private QuoteFinder.Span cuesOf;
    private Cues.Cue cueAfter;
    private int cueBefore;

    /** {@link Cues#after}, looked up once per quotation. */
    Cues.Cue after(QuoteFinder.Span q) {
        lookUpCues(q);
        return cueAfter;
    }

    /** {@link Cues#before}, looked up once per quotation. */
    int before(QuoteFinder.Span q) {
        lookUpCues(q);
        return cueBefore;
    }

    private void lookUpCues(QuoteFinder.Span q) {
        if (cuesOf != q) {
            cuesOf = q;
            cueAfter = Cues.after(q);
            cueBefore = Cues.before(q);
        }
    }

    /** "Rabbi Jane Doe, president of …, said"; "Jane Doe lobbied …, saying, “…”": the subject of the sentence. */
    SpeakerRule.Found sentenceSubject(QuoteFinder.Span q) {
        CueAt cue = cueOf(q);
        if (cue == null || cue.verbFirst() || isAccording(cue.para(), cue.verb())) {
            return null;
        }
        if (cue.after() && cue.para() == q.end() && q.end().tokens().get(cue.verb()).start() > q.close()
                && new TokenReader(q.end()).wordsBetween(q.close(), q.end().tokens().get(cue.verb()).start()) > 0
                && !ctx.actors(q.end().index(), q.close(), q.end().tokens().get(cue.verb()).start()).isEmpty()) {
            return null; // someone named between quotation and verb was the subject rule's to take or leave
        }
        ActorFinder.Mention m = subjects.sentenceSubject(cue.para(), cue.verb());
        String verb = cue.para().tokens().get(cue.verb()).key();
        if (m == null) {
            Speaker named = subjects.openingName(cue.para(), cue.verb(), this::capitalisedInside);
            return named.found() && !(cue.after() && cue.para() == q.start()) ? new SpeakerRule.Found(named, verb) : null;
        }
        if (cue.after() && m.start() > q.open() && cue.para() == q.start()) {
            return null;
        }
        ActorFinder.Mention second = contrastSubject(cue.para(), m.end(), Math.min(q.open(),
                cue.para().tokens().get(cue.verb()).start()));
        return new SpeakerRule.Found(Subjects.of(second != null && cue.para() == q.start() ? second : m), verb);
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
            for (ActorFinder.Mention m : ctx.actors(p.index(), r.token(k + 1).start(), to)) {
                int next = r.tokenAt(m.end());
                boolean verbOrApposition = r.charAfter(m.end()) == ',' || next < r.size() && !r.token(next).cap();
                return m.start() == r.token(k + 1).start() && m.actor().isPerson() && verbOrApposition ? m : null;
            }
        }
        return null;
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
        for (ActorFinder.Mention m : ctx.actors(p.index(), r.token(Math.min(first, r.size() - 1)).start(), open)) {
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
        if (!w.cap() || !w.key().endsWith("ing") || !gaz.cueVerbs.contains(w.key())
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
        if (k >= r.size() || !r.token(k).cap()) {
            return null;
        }
        for (ActorFinder.Mention m : ctx.actors(p.index(), r.token(k).start(), Integer.MAX_VALUE)) {
            int next = r.tokenAt(m.end());
            if (m.start() != r.token(k).start() || !m.actor().isPerson() || next >= r.size() || r.token(next).cap()
                    || !r.joined(next - 1)) {
                return null; // a name opening the main clause, its verb right after it
            }
            return new SpeakerRule.Found(Subjects.of(m), w.key());
        }
        return null;
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
            return new SpeakerRule.Found(Subjects.of(heading), null);
        }
        ActorFinder.Mention m = subjects.sentenceSubjectBefore(p, q.open());
        if (m == null) {
            int first = r.tokenAt(r.sentenceStart(q.open()));
            // "Roe's lawyers relied on precedent to defend the view that he is “natural born”": the owner
            Speaker owner = first < open && !r.markBetween(r.token(first).start(), q.open())
                    ? subjects.ownBodyOpening(p, first, open) : null;
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
                    && (r.token(after).key().endsWith("ed") || IRREGULAR_PAST.contains(r.token(after).key()))) {
                // "Another critic, Laurence H. Roe, likened the rules to “burning the Constitution”": the name is the
                // apposition of the description opening the sentence, and the verb follows it
                return new SpeakerRule.Found(Subjects.of(m), null);
            }
            // "Cruz, leading narrowly in Iowa polls, questioned Trump's “New York values”": past the apposition
            int close = p.text().indexOf(',', p.text().indexOf(',', end) + 1);
            if (close < 0 || close >= q.open() || r.markBetween(end, close)) {
                return null;
            }
            int verb = r.tokenAt(close);
            return verb < open && (verbShaped(r, verb) || APPOSITION_AUXILIARIES.contains(r.token(verb).key()))
                    ? new SpeakerRule.Found(Subjects.of(m), null) : null;
        }
        int next = r.tokenAt(end);
        // the name is followed by its verb: a lowercase word right after it ("X credited", "X has also said")
        if (next >= open || next >= r.size() || r.token(next).cap() || r.charAfter(end) == '(') {
            return null;
        }
        return new SpeakerRule.Found(Subjects.of(m), null);
    }

    /** Auxiliaries that open a verb after a subject's apposition ("Roe, in particular, has been pounding …"). */
    private static final java.util.Set<String> APPOSITION_AUXILIARIES = WordSet.of("has", "have", "had", "is", "was",
            "will", "would", "can", "could", "also", "then", "later");

    /** How many characters a parenthesis after a subject's name may have ("(D-Nev.)", "(R-S.C.)"). */
    private static final int PARENTHESIS_LENGTH = 24;

    /**
     * "He rails against its “Great Wall of Protectionism”": a sentence opening with he or she and its verb; the
     * person the pronoun stands for.
     */
    private SpeakerRule.Found pronounFragment(ArticleText.Para p, int open) {
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(open));
        if (first + 1 >= r.size() || r.token(first + 1).start() >= open || !Subjects.HE_SHE.contains(r.token(first).key())
                || r.token(first + 1).cap() || !r.joined(first)) {
            return null;
        }
        Speaker who = ctx.lastPerson(p, r.token(first).start(), r.token(first).key());
        return who.named() ? new SpeakerRule.Found(who, null) : null;
    }

    /** {@link Subjects#descriptionSubject} of the quotation's sentence, unless a cue verb after it has a subject of its own. */
    SpeakerRule.Found descriptionSubject(QuoteFinder.Span q) {
        if (after(q) != null) {
            return null;
        }
        Speaker who = subjects.descriptionSubject(q.start(), q.open());
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
            List<ActorFinder.Mention> before = ctx.actors(p.index(), Math.max(start, who - 80), who);
            for (int i = before.size() - 1; i >= 0; i--) {
                ActorFinder.Mention m = before.get(i);
                if (m.end() <= who && r.wordsBetween(m.end(), who) == 0 && m.actor().isPerson()
                        && !Subjects.isPossessive(p, m)) {
                    return new SpeakerRule.Found(Subjects.of(m), null);
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
    /** How many words a phrase before the pronoun and its comma may have ("On his tax returns, he …"). */
    private static final int PRONOUN_PHRASE = 8;

    /**
     * The person he or she stands for, when the pronoun is the subject of the quotation's sentence: its first word, or
     * after opening words ({@link #PRONOUN_OPENERS}, an adverb in -ly) or a short phrase naming nobody and a comma,
     * and followed by a lowercase word; null otherwise.
     */
    SpeakerRule.Found pronounSubjectOfSentence(QuoteFinder.Span q) {
        if (after(q) != null) {
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
                    || !ctx.actors(p.index(), start, comma).isEmpty()) {
                return null;
            }
            k = r.tokenAt(comma);
        }
        if (k + 1 >= open || !Subjects.HE_SHE.contains(t.get(k).key()) || t.get(k + 1).cap() || !r.joined(k)
                || r.markBetween(start, t.get(k).start())) {
            return null;
        }
        Speaker who = previousSentenceSubject(p, t.get(k).start(), t.get(k).key());
        if (!who.named()) {
            who = ctx.lastPerson(p, t.get(k).start(), t.get(k).key());
        }
        return who.named() ? new SpeakerRule.Found(who, null) : null;
    }

    /**
     * "Trump took offense when Kelly confronted him. He later suggested …": the person opening the sentence before
     * (in this paragraph, or closing the one before), not the last name, when the given name does not rule the
     * pronoun out; NONE otherwise.
     */
    private Speaker previousSentenceSubject(ArticleText.Para p, int offset, String pronoun) {
        ActorFinder.Mention m = subjects.previousSentenceSubject(p, offset);
        if (m == null) {
            return Speaker.NONE;
        }
        char sex = GivenNameSex.of(m.actor().name());
        return sex == (pronoun.equals("he") ? 'F' : 'M') ? Speaker.NONE : Subjects.of(m);
    }

    /**
     * "Clinton: Trump's view of the world is ‘dangerously wrong’": a sentence opening with a name and a colon, as
     * headlines write who says what; that name speaks the quotations of the sentence.
     */
    private SpeakerRule.Found headlineSpeaker(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int first = r.tokenAt(r.sentenceStart(q.open()));
        int to = first;
        while (to < t.size() && to - first < 4 && t.get(to).cap()
                && (to == first || Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)))) {
            to++;
        }
        if (to == first || to >= t.size() || t.get(to).start() >= q.open()) {
            return null;
        }
        int colon = t.get(to - 1).end();
        if (colon >= p.text().length() || p.text().charAt(colon) != ':') {
            return null;
        }
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(first).start(), colon)) {
            return new SpeakerRule.Found(Subjects.of(m), null);
        }
        Speaker s = subjects.unlistedName(p, first, to, this::capitalisedInside);
        return s.found() ? new SpeakerRule.Found(s, null) : null;
    }

    /**
     * A quotation opening a paragraph after one that ends in a colon ("Jane Doe, 81, said that given the choice:",
     * "Stated Doe:", "The foundation describes itself this way:"): who the colon's sentence names, as
     * {@link #colonIntroduction} reads a colon in the same paragraph; null otherwise.
     */
    SpeakerRule.Found paragraphIntroduction(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (new TokenReader(p).wordBetween(0, q.open())) {
            return null;
        }
        ArticleText.Para prev = ctx.previous(p);
        if (prev == null) {
            return null;
        }
        String text = prev.text().stripTrailing();
        if (text.isEmpty() || text.charAt(text.length() - 1) != ':') {
            return null;
        }
        return introducedBy(prev, text.length() - 1);
    }

    /** The speaker a colon at {@code colon} introduces: the first actor of its clause, or a name after a cue verb. */
    private SpeakerRule.Found introducedBy(ArticleText.Para p, int colon) {
        TokenReader r = new TokenReader(p);
        int clause = r.sentenceStart(colon);
        if (r.markBetween(clause, colon)) {
            return null; // "“…,” she said, adding:" is the quotation's own clause, read by the rules before
        }
        ActorFinder.Mention first = null;
        for (ActorFinder.Mention m : ctx.actors(p.index(), clause, colon)) {
            // "Jane Doe's letter makes the case:" is hers; "when the network's moderators …, Jane Doe called them on it:"
            // is the person's, not the organisation's
            if (m.end() <= colon && (!Subjects.isPossessive(p, m) || speechNounAfter(p, m))) {
                if (m.actor().isPerson()) {
                    return new SpeakerRule.Found(Subjects.of(m), null);
                }
                first = first == null ? m : first;
            }
        }
        if (first != null) {
            return new SpeakerRule.Found(Subjects.of(first), null);
        }
        int firstToken = r.tokenAt(clause);
        int end = r.tokenAt(colon);
        for (int k = firstToken; k < end; k++) {
            if (r.isCueVerb(k)) {
                if (k > firstToken && Subjects.HE_SHE.contains(r.token(k - 1).key()) && r.joined(k - 1)) {
                    // "In a 1963 speech, he declared:": the person the pronoun stands for
                    Speaker who = ctx.lastPerson(p, r.token(k - 1).start(), r.token(k - 1).key());
                    return who.named() ? new SpeakerRule.Found(who, null) : null;
                }
                // "Stated Doe:": the name right after the verb
                NameByVerb near = nameByVerb(p, k, true);
                if (near != null) {
                    return new SpeakerRule.Found(near.speaker(), null);
                }
                Speaker named = subjects.openingName(p, k, this::capitalisedInside);
                return named.found() ? new SpeakerRule.Found(named, null) : null;
            }
        }
        return null;
    }

    /**
     * A noun of saying owned by a possessive within the few words before the quotation, in its sentence ("Trump's
     * assertion that “…”", "his comment Monday that “…”"): the owner, an actor or the person "his"/"her" stands for.
     */
    /** How many words back from the quotation a noun of saying may stand ("Roe's catch phrase in that race was that …"). */
    private static final int SPEECH_NOUN_REACH = 10;

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
                    Speaker who = ctx.lastPerson(p, w.start(), w.key().equals("his") ? "he" : "she");
                    return who.named() ? new SpeakerRule.Found(who, null) : null;
                }
                if (w.possessive()) {
                    for (ActorFinder.Mention m : ctx.actors(p.index(), Math.max(start, w.start() - 60), w.end())) {
                        if (m.end() >= w.end() - 2 && m.end() <= w.end()) {
                            return new SpeakerRule.Found(Subjects.of(m), null);
                        }
                    }
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    /** More nouns of saying that a possessive owns: "his assertion that “…”", "her catch phrase was that “…”". */
    private static final java.util.Set<String> OWNED_SPEECH = WordSet.of("assertion", "claim", "claims", "remark",
            "phrase", "slogan", "promise", "pledge", "vow", "insistence", "accusation", "description", "suggestion",
            "assessment", "call", "charge", "boast", "quip", "line", "mantra", "refrain", "catchphrase", "contention",
            "response", "reply", "answer", "statement", "message", "tweet", "words", "remarks", "comment", "comments",
            "warning", "explanation", "retort", "plea");

    /** Nouns of what a person says or writes: "Jane Doe's response was: “…”", "Doe's letter makes the case: “…”". */
    private static final java.util.Set<String> SPEECH_NOUNS = WordSet.of("response", "reply", "answer", "letter",
            "statement", "message", "tweet", "email", "e-mail", "note", "words", "remarks", "comment", "comments",
            "speech", "post", "retort", "explanation", "argument", "case", "view", "position", "pitch", "plea", "warning");

    /** Whether a noun of saying follows the possessive mention, a describing word or two between. */
    private boolean speechNounAfter(ArticleText.Para p, ActorFinder.Mention m) {
        var t = p.tokens();
        int k = TokenReader.firstTokenAt(t, m.end());
        for (int i = k; i < t.size() && i - k < 3; i++) {
            if (SPEECH_NOUNS.contains(t.get(i).key())) {
                return true;
            }
            if (t.get(i).cap()) {
                return false;
            }
        }
        return false;
    }

    /** "Rep. Jane Doe (R-S.C.): “…”"; "The timing does not surprise pollster John Roe: “…”": the name before a colon. */
    /**
     * "“…,” said Jane Roe. Doe resisted: “…”"; "Roe: “…” Doe: “…”": the quotation's own sentence introduces it with a
     * colon after a name other than {@code speaker}'s.
     */
    boolean colonNamesAnother(QuoteFinder.Span q, Speaker speaker) {
        if (new TokenReader(q.start()).charBefore(q.open()) != ':') {
            return false;
        }
        SpeakerRule.Found f = colonIntroduction(q);
        return f != null && f.speaker().named() && !f.speaker().id().equals(speaker.id());
    }

    SpeakerRule.Found colonIntroduction(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        char before = r.charBefore(q.open());
        if (before == ',') {
            SpeakerRule.Found putIt = asPutIt(p, r, p.text().lastIndexOf(',', q.open()));
            if (putIt != null) {
                return putIt;
            }
            // "Earlier this week, Jane Roe shared her worry with donors, “I do not know …”": the sentence's subject
            ActorFinder.Mention m = subjects.sentenceSubjectBefore(p, p.text().lastIndexOf(',', q.open()));
            return m == null ? null : new SpeakerRule.Found(Subjects.of(m), null);
        }
        if (before == '-' || before == '\u2014' || before == '\u2013') {
            // "Roe also embraced harsh interrogation techniques -- “I think waterboarding is …”": the subject of the
            // clause the dash closes, a person
            int dash = p.text().lastIndexOf(before, q.open());
            boolean spaced = dash > 0 && p.text().charAt(dash - 1) == ' ' || dash > 1 && p.text().charAt(dash - 2) == ' ';
            ActorFinder.Mention m = spaced ? subjects.sentenceSubjectBefore(p, dash) : null;
            return m != null && m.actor().isPerson() && !Subjects.isPossessive(p, m)
                    ? new SpeakerRule.Found(Subjects.of(m), null) : null;
        }
        if (before != ':') {
            return headlineSpeaker(q);
        }
        int colon = p.text().lastIndexOf(':', q.open());
        int clause = r.sentenceStart(colon);
        if (ctx.previous(p) == null && r.tokenAt(colon) > 1) {
            // a headline "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’":
            // the name opening it, before a lowercase word, is who speaks, not the first actor after it
            Speaker opening = subjects.openingName(p, r.tokenAt(colon) - 1, this::capitalisedInside);
            if (opening.named()) {
                return new SpeakerRule.Found(opening, null);
            }
        }
        ActorFinder.Mention subject = subjects.sentenceSubjectBefore(p, colon);
        if (subject != null && subject.actor().isPerson() && subject.end() <= colon) {
            // "With Democrats worried about a lack of passion for Jane Roe, President Doe is rolling out a message:":
            // the subject after the opening phrase, not the first name of the sentence
            return new SpeakerRule.Found(Subjects.of(subject), null);
        }
        for (ActorFinder.Mention m : ctx.actors(p.index(), clause, colon)) {
            if (m.end() <= colon && (!Subjects.isPossessive(p, m) || speechNounAfter(p, m))) {
                return new SpeakerRule.Found(Subjects.of(m), null);
            }
        }
        // "Roe gestured as if to stop the ruckus, then leaned in and boomed:": a name opening the clause, then its verb
        int last = r.tokenAt(colon) - 1;
        Speaker named = last > 0 ? subjects.openingName(p, last, this::capitalisedInside) : Speaker.NONE;
        return named.found() ? new SpeakerRule.Found(named, null) : null;
    }

    /**
     * "As Vulture put it, “…”", "as the prosecutor Jane Roe put it, “…”": "as", a subject naming someone, "put it" and
     * the comma at {@code comma}; that subject, else null.
     */
    private SpeakerRule.Found asPutIt(ArticleText.Para p, TokenReader r, int comma) {
        int it = r.tokenAt(comma) - 1;
        if (it < 3 || !r.token(it).key().equals("it") || !r.token(it - 1).key().equals("put") || !r.joined(it - 1)) {
            return null;
        }
        for (int as = it - 2; as >= 0 && it - as <= PUT_IT_REACH; as--) {
            if (r.token(as).key().equals("as") && r.joined(as)) {
                Speaker who = subjects.subject(p, r.token(as + 1).start(), r.token(it - 1).start(), as + 1, it - 1);
                if (!who.named()) {
                    who = subjects.unlistedName(p, as + 1, it - 1, this::capitalisedInside);
                }
                return who.named() ? new SpeakerRule.Found(who, "put") : null;
            }
        }
        return null;
    }

    /** How many words "as … put it" may hold. */
    private static final int PUT_IT_REACH = 8;

    /** Whether a colon stands right before the quotation's opening mark ("… in its findings: “…”"). */
    boolean colonBefore(QuoteFinder.Span q) {
        return new TokenReader(q.start()).charBefore(q.open()) == ':';
    }

    /**
     * A paragraph that opens with a quotation and names no one: the speaker of the last quotation of the paragraph
     * before goes on talking, unless someone else is named after that quotation.
     */
    SpeakerRule.Found continuingSpeaker(Attribution a) {
        QuoteFinder.Span q = a.span();
        ArticleText.Para p = q.start();
        if (new TokenReader(p).wordBetween(0, q.open()) || namesSomeoneOutside(q)) {
            return null;
        }
        if (Character.isLetterOrDigit(q.text().charAt(q.text().length() - 1))) {
            return null; // "‘We are not a monopoly’" with no stop of its own is a subhead, not speech going on
        }
        ArticleText.Para prev = ctx.previous(p);
        Attribution last = previous(a);
        if (prev == null) {
            return null;
        }
        if (last == null || last.span().end() != prev) {
            SpeakerRule.Found aside = pronounAside(prev, last);
            if (aside != null) {
                return aside;
            }
            // "Jane Roe said that for decades critics had been wrong." then "“That is because …”": she goes on
            return reportedSpeech(prev);
        }
        if (!last.speaker().found()) {
            return null;
        }
        List<ActorFinder.Mention> after = ctx.actors(prev.index(), last.span().close(), Integer.MAX_VALUE);
        for (int i = 0; i < after.size(); i++) {
            ActorFinder.Mention m = after.get(i);
            // a role ("said a party strategist") goes on only while no one else is named after it; the owner of the
            // speaker's role ("said Clinton's top aide Jake Sullivan") is no one else
            if (m.actor().isPerson() && !m.actor().id().equals(last.speaker().id()) && !ownerOfNext(prev, after, i, last)
                    && !objectOfAttribution(prev, last.span().close(), m)) {
                return null;
            }
        }
        return new SpeakerRule.Found(last.speaker(), null);
    }

    /**
     * "“…,” he said, paraphrasing Clinton's remarks." / "“…,” Roe said of Doe.": a person named in the attribution's
     * own sentence after the quotation, as an owner or after a lowercase word (an object), takes over no quotation.
     */
    private static boolean objectOfAttribution(ArticleText.Para p, int close, ActorFinder.Mention m) {
        TokenReader r = new TokenReader(p);
        if (r.sentenceStart(m.start()) > r.sentenceStart(Math.min(close + 1, p.text().length() - 1))
                || r.markBetween(close + 1, m.start())) {
            return false;
        }
        int k = r.tokenAt(m.start());
        Token before = r.tokenOrNull(k - 1);
        return Subjects.isPossessive(p, m) || before != null && !before.cap() && r.joined(k - 1)
                && !before.key().equals("and") && !before.key().equals("or");
    }

    /**
     * "“…,” Miller said. “…”" ⏎ "She pauses." ⏎ "“Well, thank you so much.”": a one-sentence paragraph opening with he or
     * she that names no one, between the speaker's quotation and this one, is about the speaker, who goes on.
     */
    private SpeakerRule.Found pronounAside(ArticleText.Para prev, Attribution last) {
        if (last == null || !last.speaker().named() || !ctx.isPerson(last.speaker().id())
                || last.span().end() != ctx.previous(prev) || prev.sentences().size() != 1 || prev.tokens().isEmpty()
                || new TokenReader(prev).markBetween(0, prev.text().length())
                || !ctx.actors(prev.index(), 0, Integer.MAX_VALUE).isEmpty()) {
            return null;
        }
        String first = prev.tokens().get(0).key();
        return (first.equals("he") || first.equals("she")) && mayBe(last.speaker(), first)
                ? new SpeakerRule.Found(last.speaker(), null) : null;
    }

    /** Whether mention {@code i} is a possessive right before the speaker's own name ("Clinton's top aide Jake Doe"). */
    private static boolean ownerOfNext(ArticleText.Para p, List<ActorFinder.Mention> mentions, int i, Attribution last) {
        if (i + 1 >= mentions.size() || !Subjects.isPossessive(p, mentions.get(i))) {
            return false;
        }
        ActorFinder.Mention next = mentions.get(i + 1);
        return next.actor().id().equals(last.speaker().id())
                && new TokenReader(p).wordsBetween(mentions.get(i).end(), next.start()) <= OWNER_REACH;
    }

    /** How many words a role may have between its owner and its holder's name. */
    private static final int OWNER_REACH = 6;

    /**
     * A role found by the cue verb ("legal director", "a nearby militia") gives way to a name no rule made an actor
     * standing in the subject's place ("Matdos Roe, legal director for the union, said"; "…, Bob said").
     */
    private SpeakerRule.Found preferName(QuoteFinder.Span q, SpeakerRule.Found f) {
        if (f.speaker().named() || f.speaker().role() == null) {
            return f;
        }
        SpeakerRule.Found named = unlistedName(q);
        return named != null ? named : f;
    }

    /** Whether the quotation's paragraph names an actor outside the quotation itself. */
    private boolean namesSomeoneOutside(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        for (ActorFinder.Mention m : ctx.actors(p.index(), 0, Integer.MAX_VALUE)) {
            if (m.start() < q.open() || q.end() == p && m.start() > q.close()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph of one sentence whose cue verb has a named person as subject ("Jane Roe said that …"), or that is
     * about a named person ("Jane Roe is upbeat about her chances."), so that a quotation opening the next goes on her.
     */
    private SpeakerRule.Found reportedSpeech(ArticleText.Para prev) {
        if (prev.sentences().size() != 1 || prev.text().indexOf('\u201c') >= 0 || prev.text().indexOf('"') >= 0) {
            return null;
        }
        TokenReader r = new TokenReader(prev);
        for (int k = 0; k < r.size() && k < 12; k++) {
            if (r.isCueVerb(k) && !r.token(k).key().endsWith("ing")) {
                Speaker who = subjects.subjectBefore(prev, k);
                if (who.named() && ctx.isPerson(who.id())) {
                    return new SpeakerRule.Found(who, null);
                }
                break;
            }
        }
        // "Viguerie is upbeat about Cruz's chances." then "“Not only can …”": the person the sentence is about
        ActorFinder.Mention m = subjects.sentenceSubjectBefore(prev, prev.text().length());
        if (m == null || !m.actor().isPerson() || Subjects.isPossessive(prev, m)) {
            return null;
        }
        int next = r.tokenAt(m.end());
        return next < r.size() && !r.token(next).cap() && r.charAfter(m.end()) != ','
                ? new SpeakerRule.Found(Subjects.of(m), null) : null;
    }

    /** A name by the cue verb that is no actor ("“…,” Kasich said", "said Sen. Robert P. Roe Jr."). */
    /**
     * "“We are frustrated and horrified” by the shooting in Orlando, Jane Roe said.": a quotation opening its sentence,
     * more words of the writer's, then a last clause after a comma that is only a name and a cue verb (or the verb
     * and the name). The named subject of that verb; null for any other shape.
     */
    SpeakerRule.Found sentenceEndCue(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (q.end() != p || after(q) != null || before(q) >= 0) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        Sentences.Span sentence = p.sentences().get(Sentences.indexOf(p.sentences(), q.open()));
        int end = Math.min(sentence.end(), p.text().length());
        // "That would create a “summer of agony” for Clinton, …, said Brad Roe, a Democratic pollster.": the cue
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
            for (int k = first; k <= last && k - first < END_CLAUSE_WORDS; k++) {
                if (r.isCueVerb(k) && !r.token(k).key().endsWith("ing")) {
                    if (k > first && (round > 0 || last - first >= END_CLAUSE_WORDS)) {
                        return null; // "…, Roe said" must end the sentence; only "said Roe" may have an apposition after
                    }
                    Speaker who = k == first ? subjects.subjectAfterVerb(p, k)
                            : subjects.subject(p, r.token(first).start(), r.token(k).start(), first, k);
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
    private static final int END_CLAUSE_COMMAS = 2;

    /** How many words the last clause of {@link #sentenceEndCue} may have ("Jane Roe said on Tuesday"). */
    private static final int END_CLAUSE_WORDS = 8;

    SpeakerRule.Found unlistedName(QuoteFinder.Span q) {
        CueAt cue = cueOf(q);
        if (cue == null || isAccording(cue.para(), cue.verb())) {
            return null;
        }
        ArticleText.Para p = cue.para();
        var t = p.tokens();
        if (cue.after()) {
            // "…,” Rendell added"; "…,” said Army Capt. Jane Roe, who …"; "…” for Clinton, said Kunin"
            boolean after = cue.verbFirst() || inverted(p, cue.verb());
            NameByVerb near = nameByVerb(p, cue.verb(), after);
            if (near == null && after && !cue.verbFirst()) {
                near = nameByVerb(p, cue.verb(), false);
            }
            if (near != null && !near.actor()) {
                return new SpeakerRule.Found(near.speaker(), t.get(cue.verb()).key());
            }
        }
        if (!cue.after() && t.get(cue.verb()).key().endsWith("ing")) {
            int finite = subjects.earlierCue(p, cue.verb());
            if (finite < 0) {
                return null;
            }
            // "“…,” Anderson said, adding that X is “…”": the name by the verb the participle follows
            cue = new CueAt(p, finite, false, false);
        }
        int from;
        int to;
        if (cue.verbFirst() || !cue.after() && t.get(cue.verb()).cap()) {
            // "Said Ellis: “…”", "Continued Roe:": a capitalised cue verb opening its sentence, the name after it
            from = cue.verb() + 1;
            // "said retired neurosurgeon Ben Carson", "said former tech executive Jane Roe": describing words first
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
                return null; // "Kasich, a governor, said" is the subject rules' shape, not this one
            }
            if (!cue.after() && from > 0 && t.get(from - 1).possessive()) {
                return null;
            }
        }
        if (from >= to) {
            return null;
        }
        boolean rightAfter = cue.after() && !cue.verbFirst() && to == cue.verb()
                && from == TokenReader.firstTokenAt(t, q.close() + 1);
        Speaker s = subjects.unlistedName(p, from, to, rightAfter ? this::nameAfterQuotation : this::capitalisedInside);
        return s.found() ? new SpeakerRule.Found(s, t.get(cue.verb()).key()) : null;
    }

    private java.util.Set<String> insideCaps;
    private java.util.Set<String> lowercase;

    /** Whether the article writes this word capitalised inside a sentence somewhere, so it is a name. */
    private boolean capitalisedInside(String key) {
        if (insideCaps == null) {
            insideCaps = new java.util.HashSet<>();
            lowercase = new java.util.HashSet<>();
            for (ArticleText.Para p : ctx.paragraphs()) {
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
     * between a quotation and its cue verb ("“…!” Cruz said." where Cruz only ever opens sentences).
     */
    private boolean nameAfterQuotation(String key) {
        return capitalisedInside(key) || !lowercase.contains(key) && !key.endsWith("s") && !key.endsWith("ly")
                && !gaz.cueVerbs.contains(key);
    }
}
