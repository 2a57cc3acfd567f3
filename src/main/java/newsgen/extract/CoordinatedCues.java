package newsgen.extract;

/**
 * The rule for a cue verb that closes a run of coordinated verbs whose subject is "he" or "she" opening the clause:
 * "Last month, when I asked Jon Roe if he would back Ann Poe, he looked into the camera, shook his head and said, “…”".
 * The cue verb's nearest name ("Ann Poe", or an object such as "Doe" in "he backed Doe and said") is not its
 * subject; the pronoun is, and it stands for the last person before it whose sex fits (Jon Roe). Part of {@link Sieve}.
 */
final class CoordinatedCues {
    private final Sieve sieve;
    private final Referents refs;
    private final Subjects subjects;

    CoordinatedCues(Sieve sieve, Referents refs, Subjects subjects) {
        this.sieve = sieve;
        this.refs = refs;
        this.subjects = subjects;
    }

    /** How many words the coordinated verbs between the pronoun and "and said" may span. */
    private static final int REACH = 20;

    /** Words that open a clause of their own between the pronoun and the cue verb: the pronoun is not its subject. */
    private static final java.util.Set<String> CLAUSE_OPENERS = WordSet.of("who", "whom", "which", "that", "when",
            "while", "if", "whether", "because", "after", "before", "as", "where", "since", "until", "though",
            "although", "but", "or");

    /** See {@link SpeakerRule#COORDINATED_PRONOUN}: the person the opening he/she stands for, or null. */
    SpeakerRule.Found coordinatedPronoun(QuoteFinder.Span q) {
        int verb = sieve.before(q);
        ArticleText.Para p = q.start();
        var t = p.tokens();
        if (verb < 2 || verb >= t.size()) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        Token cue = t.get(verb);
        int conj = verb - 1;
        // "… and said, “…”" / "… and added: “…”": the cue verb right after "and", the quotation right after its colon or comma
        if (!t.get(conj).key().equals("and") || t.get(conj).cap() || !r.joined(conj) || cue.key().endsWith("ing")
                || r.wordsBetween(cue.end(), q.open()) != 0 || r.charBefore(q.open()) != ',' && r.charBefore(q.open()) != ':'
                || Cues.ACCORDING.equals(cue.key())) {
            return null;
        }
        int first = r.tokenAt(r.sentenceStart(cue.start()));
        int pronoun = -1;
        for (int k = conj - 1; k >= first && conj - k <= REACH; k--) {
            Token w = t.get(k);
            if (!w.cap() && CLAUSE_OPENERS.contains(w.key()) || r.isCueVerb(k)) {
                return null; // "he asked whether Doe would come and said", "he said Doe came and said": not his clause
            }
            if (!w.cap() && Subjects.HE_SHE.contains(w.key())) {
                pronoun = k;
                break;
            }
        }
        // the pronoun opens its clause (the sentence, or after a comma) and a lowercase verb follows it
        if (pronoun < 0 || pronoun + 2 > conj || t.get(pronoun + 1).cap() || !r.joined(pronoun)
                || pronoun != first && r.charBefore(t.get(pronoun).start()) != ','
                || r.markBetween(t.get(pronoun).start(), cue.start())) {
            return null;
        }
        // a named subject of the sentence ("Jane Roe, when he called, smiled and said") is the cue-before rule's
        if (subjects.sentences.sentenceSubject(p, verb) != null) {
            return null;
        }
        Speaker who = refs.lastPerson(p, t.get(pronoun).start(), t.get(pronoun).key());
        return who.named() ? new SpeakerRule.Found(who, cue.key()) : null;
    }
}
