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
        return new SpeakerRule.Found(s, p.tokens().get(cue.verb()).key());
    }

    /** "“…,” he said": who the pronoun stands for; after a sentence with a cue verb, its named person subject. */
    SpeakerRule.Found pronounOf(QuoteFinder.Span q, Cues.Cue cue) {
        SpeakerRule.Found f = subjectOf(q, cue);
        Speaker s = f.speaker();
        String w = q.end().tokens().get(cue.verbFirst() ? cue.verb() + 1 : cue.verb() - 1).key();
        if (s.named() && Subjects.HE_SHE.contains(w)) {
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
}
