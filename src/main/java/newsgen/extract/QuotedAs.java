package newsgen.extract;

/**
 * The rule for words a news agency or outlet reports someone said: "The Interfax news agency quoted Dmitri Roe as
 * saying: “…”", "Xinhua quoted Zhao Roe as saying the talks were “candid”", "“…,” Zhao Roe was quoted as saying by
 * state news agency Xinhua". The one quoted speaks, not the outlet that quotes him, which is the sentence's subject and
 * which the cue rules would otherwise take for the subject of "saying". Part of {@link Sieve}.
 */
final class QuotedAs {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Subjects subjects;

    QuotedAs(Sieve sieve, ArticleMentions mentions, Subjects subjects) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.subjects = subjects;
    }

    /** Forms of "quote" that take the speaker as object: "quoted X as saying". */
    private static final java.util.Set<String> QUOTING = WordSet.of("quoted", "quotes", "quoting");
    /** Forms of "be" before a passive "quoted": "X was quoted as saying". */
    private static final java.util.Set<String> BE = WordSet.of("is", "are", "was", "were", "been", "being");
    /** How many words may stand between "quoted" and "as" ("quoted Foreign Minister Zhao Roe as"). */
    private static final int REACH = 10;

    /** See {@link SpeakerRule#QUOTED_AS}: the one quoted, or null when the cue is no "quoted … as saying". */
    SpeakerRule.Found quotedAs(QuoteFinder.Span q) {
        Cues.Cue after = sieve.after(q);
        if (after != null) {
            return passiveAfter(q.end(), after.verb());
        }
        int verb = sieve.before(q);
        return verb < 0 ? null : quotedAt(q.start(), verb);
    }

    /** Token index of "quoted" in "quoted … as saying" ending at cue verb {@code verb}, or -1. */
    private static int quotedBefore(TokenReader r, int verb) {
        if (verb < 2 || !r.token(verb).key().equals("saying") || r.token(verb - 1).cap()
                || !r.token(verb - 1).key().equals("as") || !r.joined(verb - 1)) {
            return -1;
        }
        for (int k = verb - 2; k >= 0 && verb - k <= REACH; k--) {
            Token w = r.token(k);
            if (!r.joined(k)) {
                return -1; // a comma or a mark between: another clause
            }
            if (!w.cap() && QUOTING.contains(w.key())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Interfax quoted Dmitri Roe as saying: “…”" (the object of "quoted") or "Roe was quoted by Interfax as saying:
     * “…”" (the subject of the passive), with the cue verb before the quotation.
     */
    private SpeakerRule.Found quotedAt(ArticleText.Para p, int verb) {
        TokenReader r = new TokenReader(p);
        int quoted = quotedBefore(r, verb);
        if (quoted < 0) {
            return null;
        }
        if (quoted > 0 && BE.contains(r.token(quoted - 1).key())) {
            Speaker s = subjectBeforeBe(p, r, quoted - 1);
            return s == null ? null : new SpeakerRule.Found(s, "saying");
        }
        int to = quoted + 1;
        while (to < verb - 1 && !r.token(to).key().equals("by")) {
            to++; // "quoted Roe by name as saying" is rare; "by" would open the agent of a passive
        }
        if (to == quoted + 1) {
            return null;
        }
        Speaker s = subjects.descriptions.subject(p, r.token(quoted + 1).start(), r.token(to - 1).end(), quoted + 1, to);
        if (!s.named() && r.token(quoted + 1).cap()) {
            // "Xinhua quoted Zhao Roe as saying": a name no rule made an actor, as written
            Speaker unlisted = subjects.unlistedName(p, quoted + 1, to, sieve.shape::capitalisedInside);
            s = unlisted.named() ? unlisted : s;
        }
        return s.found() ? new SpeakerRule.Found(s, "saying") : null;
    }

    /** "“…,” Zhao Roe was quoted as saying by state news agency Xinhua.": the subject of the passive after the quotation. */
    private SpeakerRule.Found passiveAfter(ArticleText.Para p, int verb) {
        TokenReader r = new TokenReader(p);
        int quoted = quotedBefore(r, verb);
        if (quoted < 1 || !BE.contains(r.token(quoted - 1).key())) {
            return null;
        }
        Speaker s = subjectBeforeBe(p, r, quoted - 1);
        return s == null ? null : new SpeakerRule.Found(s, "saying");
    }

    /** The person or body whose mention ends right before the "be" at token {@code be}, or null. */
    private Speaker subjectBeforeBe(ArticleText.Para p, TokenReader r, int be) {
        if (be < 1 || !r.joined(be - 1)) {
            return null;
        }
        int end = r.token(be - 1).end();
        ActorFinder.Mention found = null;
        for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(Math.max(0, be - 6)).start(), end)) {
            if (m.end() == end) {
                found = m;
            }
        }
        if (found != null) {
            return Subjects.isPossessive(p, found) ? null : Speaker.of(found);
        }
        // "Zhao Roe was quoted as saying": a name no rule made an actor, the capitalised words right before "was"
        int from = be;
        while (from > 0 && be - from < 4 && r.token(from - 1).cap() && (from == be || r.joined(from - 1))) {
            from--;
        }
        Speaker s = from < be ? subjects.unlistedName(p, from, be, sieve.shape::capitalisedInside) : Speaker.NONE;
        return s.named() ? s : null;
    }
}
