package newsgen.extract;

/**
 * The rule for the title of a work its maker put out: "On Monday night, campaign manager Jon Roe released a memo
 * titled “The Facts on Where the Race Stands.”" A quoted title after "titled", "entitled" or "headlined" is the
 * words of whoever the sentence says made the work (published, released, wrote …), when that is its named subject.
 * Part of {@link Sieve}.
 */
final class TitledWorks {
    private final Subjects subjects;

    TitledWorks(Subjects subjects) {
        this.subjects = subjects;
    }

    /** Words that give a work its title right before the quotation. */
    private static final java.util.Set<String> TITLING = WordSet.of("titled", "entitled", "headlined");

    /** Verbs of putting out a work whose subject made it ("released a memo", "published a column"). */
    private static final java.util.Set<String> MAKING = WordSet.of("published", "publishes", "released", "releases",
            "launched", "launches", "issued", "issues", "wrote", "writes", "penned", "pens", "authored", "posted",
            "posts", "unveiled", "unveils", "aired", "airs", "circulated", "circulates", "produced", "produces",
            "sent", "sends", "filed", "files", "introduced", "introduces", "distributed", "distributes");

    /** How many words the subject phrase and what stands before its verb may have ("Hollis campaign manager Jon Roe on Monday"). */
    private static final int SUBJECT_WORDS = 8;

    /** See {@link SpeakerRule#TITLED_WORK}: the named maker of the titled work, or null. */
    SpeakerRule.Found titledWork(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        int open = r.tokenAt(q.open());
        if (open == 0) {
            return null;
        }
        Token title = r.token(open - 1);
        if (title.cap() || !TITLING.contains(title.key()) || r.wordsBetween(title.end(), q.open()) != 0) {
            return null;
        }
        int first = r.tokenAt(r.sentenceStart(q.open()));
        if (r.markBetween(r.token(first).start(), q.open())) {
            return null; // another quotation before it in the sentence: the title may be in someone's words
        }
        int verb = -1;
        for (int k = open - 2; k >= first; k--) {
            if (!r.token(k).cap() && MAKING.contains(r.token(k).key())) {
                verb = k;
                break;
            }
        }
        if (verb <= first) {
            return null;
        }
        ActorFinder.Mention m = subjects.sentences.sentenceSubject(p, verb);
        int verbStart = r.token(verb).start();
        // the subject phrase runs from the sentence's subject to the verb, no comma in it: "Hollis campaign manager
        // Jon Roe on Monday released" (the holder of the role, not its owner, as the cue rules read it)
        if (m == null || m.end() > verbStart || r.wordsBetween(m.start(), verbStart) > SUBJECT_WORDS
                || p.text().substring(m.start(), verbStart).indexOf(',') >= 0) {
            return null;
        }
        Speaker who = subjects.descriptions.subject(p, m.start(), verbStart, r.tokenAt(m.start()), verb);
        return who.named() ? new SpeakerRule.Found(who, r.token(verb).key()) : null;
    }
}
