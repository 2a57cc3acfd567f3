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

    /** Runs every rule in order over one quotation, after all quotations before it. */
    Attribution attribute(QuoteFinder.Span span) {
        Attribution a = new Attribution(span);
        for (SpeakerRule rule : SpeakerRule.values()) {
            if (a.decided()) {
                break;
            }
            if (rule.weak && a.cue() != null) {
                continue;
            }
            SpeakerRule.Found found = rule.find(a, this);
            if (found != null) {
                a.take(rule, found);
            }
        }
        done.add(a);
        Speaker who = a.speaker();
        ctx.noteSpeaker(span.end(), who, who.named() && (a.rule() == SpeakerRule.UNLISTED_NAME || ctx.isPerson(who.id())));
        return a;
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
        Speaker s = cue.verbFirst() ? subjects.subjectAfterVerb(p, cue.verb())
                : subjects.subjectBetween(p, q.close(), cue.verb());
        if (!s.found() && !cue.verbFirst() && new TokenReader(p).charBefore(p.tokens().get(cue.verb()).start()) == ',') {
            // "“…,” aside from …, said the bureau's director, Jane Doe": the subject follows after all
            s = subjects.subjectAfterVerb(p, cue.verb());
        }
        return new SpeakerRule.Found(s, p.tokens().get(cue.verb()).key());
    }

    /** "“…,” he said": who the pronoun stands for; after a sentence with a cue verb, its named person subject. */
    SpeakerRule.Found pronounOf(QuoteFinder.Span q, Cues.Cue cue) {
        SpeakerRule.Found f = subjectOf(q, cue);
        Speaker s = f.speaker();
        String w = q.end().tokens().get(cue.verbFirst() ? cue.verb() + 1 : cue.verb() - 1).key();
        if (Subjects.HE_SHE.contains(w)) {
            // "X, who is close to Y, said …. “…,” he said": he is the subject before, not the last name
            Speaker subject = sentenceBefore(q).speaker();
            if (subject.named() && ctx.isPerson(subject.id())) {
                s = subject;
            }
        }
        return new SpeakerRule.Found(s, f.cue());
    }

    /** The cue verb before a quotation in its sentence and its subject ("X said: “…”"); only "according to" if asked. */
    SpeakerRule.Found cueBefore(QuoteFinder.Span q, boolean according) {
        int verb = Cues.before(q);
        if (verb < 0) {
            return null;
        }
        ArticleText.Para p = q.start();
        boolean isAccording = isAccording(p, verb);
        if (isAccording != according) {
            return null;
        }
        Speaker s = isAccording ? subjects.subjectAfterVerb(p, verb) : subjects.subjectBefore(p, verb);
        return new SpeakerRule.Found(s, p.tokens().get(verb).key());
    }

    /**
     * A quotation opening its own sentence with no cue: the speaker of a cue verb in the sentence before, in the
     * same paragraph ("Jane Doe said the plan had failed. “We start again.”"). Only a named speaker counts.
     */
    SpeakerRule.Found sentenceBefore(QuoteFinder.Span q) {
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
        Cues.Cue after = Cues.after(q);
        if (after != null) {
            return new CueAt(q.end(), after.verb(), true, after.verbFirst());
        }
        int before = Cues.before(q);
        return before >= 0 ? new CueAt(q.start(), before, false, false) : null;
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
        return new SpeakerRule.Found(Subjects.of(m), verb);
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
        ActorFinder.Mention m = subjects.sentenceSubjectBefore(p, q.open());
        if (m == null) {
            return null;
        }
        int next = r.tokenAt(m.end());
        // the name is followed by its verb: a lowercase word right after it ("X credited", "X has also said")
        if (next >= open || next >= r.size() || r.token(next).cap() || r.charAfter(m.end()) == ','
                || r.charAfter(m.end()) == '(') {
            return null;
        }
        return new SpeakerRule.Found(Subjects.of(m), null);
    }

    /** "Rep. Jane Doe (R-S.C.): “…”"; "The timing does not surprise pollster John Roe: “…”": the name before a colon. */
    SpeakerRule.Found colonIntroduction(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        if (r.charBefore(q.open()) != ':') {
            return null;
        }
        int colon = p.text().lastIndexOf(':', q.open());
        int clause = r.sentenceStart(colon);
        for (ActorFinder.Mention m : ctx.actors(p.index(), clause, colon)) {
            if (m.end() <= colon && !Subjects.isPossessive(p, m)) {
                return new SpeakerRule.Found(Subjects.of(m), null);
            }
        }
        return null;
    }

    /**
     * A paragraph that opens with a quotation and names no one: the speaker of the last quotation of the paragraph
     * before goes on talking, unless someone else is named after that quotation.
     */
    SpeakerRule.Found continuingSpeaker(Attribution a) {
        QuoteFinder.Span q = a.span();
        ArticleText.Para p = q.start();
        if (new TokenReader(p).wordBetween(0, q.open()) || !ctx.actors(p.index(), 0, Integer.MAX_VALUE).isEmpty()) {
            return null;
        }
        if (Character.isLetterOrDigit(q.text().charAt(q.text().length() - 1))) {
            return null; // "‘We are not a monopoly’" with no stop of its own is a subhead, not speech going on
        }
        ArticleText.Para prev = ctx.previous(p);
        Attribution last = previous(a);
        if (prev == null || last == null || last.span().end() != prev || !last.speaker().named()) {
            return null;
        }
        for (ActorFinder.Mention m : ctx.actors(prev.index(), last.span().close(), Integer.MAX_VALUE)) {
            if (!m.actor().id().equals(last.speaker().id())) {
                return null;
            }
        }
        return new SpeakerRule.Found(last.speaker(), null);
    }

    /** A name by the cue verb that is no actor ("“…,” Kasich said", "said Sen. Robert P. Roe Jr."). */
    SpeakerRule.Found unlistedName(QuoteFinder.Span q) {
        CueAt cue = cueOf(q);
        if (cue == null || isAccording(cue.para(), cue.verb())) {
            return null;
        }
        ArticleText.Para p = cue.para();
        var t = p.tokens();
        int from;
        int to;
        if (cue.verbFirst()) {
            from = cue.verb() + 1;
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
            if (from < to && !PersonRules.punctuationFree(p.text(), t.get(to - 1), t.get(to))) {
                return null; // "Kasich, a governor, said" is the subject rules' shape, not this one
            }
            if (!cue.after() && from > 0 && t.get(from - 1).possessive()) {
                return null;
            }
        }
        if (from >= to) {
            return null;
        }
        Speaker s = subjects.unlistedName(p, from, to, this::capitalisedInside);
        return s.found() ? new SpeakerRule.Found(s, t.get(cue.verb()).key()) : null;
    }

    private java.util.Set<String> insideCaps;

    /** Whether the article writes this word capitalised inside a sentence somewhere, so it is a name. */
    private boolean capitalisedInside(String key) {
        if (insideCaps == null) {
            insideCaps = new java.util.HashSet<>();
            for (ArticleText.Para p : ctx.paragraphs()) {
                for (Token w : p.tokens()) {
                    if (w.cap() && !w.initial()) {
                        insideCaps.add(w.key());
                    }
                }
            }
        }
        return insideCaps.contains(key);
    }
}
