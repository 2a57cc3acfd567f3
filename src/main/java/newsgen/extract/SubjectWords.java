package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * The word lists and word tests {@link Subjects} reads around a cue verb: verbs that take an object, adverbs between
 * a subject and its verb, auxiliaries, and the writer's own "I" before a verb or in the clause before a quotation.
 * Split out of Subjects so that it holds where a subject stands and this class the words it reads.
 */
final class SubjectWords {
    private SubjectWords() {
    }

    /** Cue verbs whose next name is their object, never an inverted subject ("…, X told CNN", "thanked Okafor"). */
    static final Set<String> TAKES_OBJECT = WordSet.of("told", "tells", "tell", "telling", "thanked", "accused", "accuses",
            "called", "calls", "praised", "blamed", "urged", "urges", "slammed", "blasted", "mocked", "denounced",
            "condemned", "rejected", "welcomed", "hailed", "credited", "branded", "labeled", "labelled", "dubbed",
            "criticized", "criticised", "asked", "asks", "assured", "reminded", "warned", "informed", "answered");

    /** Adverbs that may stand between "but"/"and" and a second verb of the same subject ("but now said"). */
    static final Set<String> CONJ_ADVERBS = Set.of("now", "then", "also", "later", "still", "soon", "since",
            "again", "once", "instead");

    /**
     * The token before verb {@code verb} past an adverb or two ("she jokingly tells audiences", "he also stated"):
     * where a pronoun subject stands.
     */
    static int pastAdverbs(TokenReader r, List<Token> t, int verb) {
        int k = verb - 1;
        while (k > 0 && verb - k <= 2 && !t.get(k).cap() && r.joined(k)
                && (CONJ_ADVERBS.contains(t.get(k).key()) || PRONOUN_ADVERBS.contains(t.get(k).key())
                || t.get(k).key().endsWith("ly"))) {
            k--;
        }
        if (k == verb - 1 && k > 1 && r.charBefore(t.get(verb).start()) == ',') {
            // "and he, once again, pledged a “…”": an aside between commas after the pronoun
            for (int j = k; j > 0 && verb - j <= 3 && !t.get(j).cap(); j--) {
                if (!r.joined(j - 1) && r.charBefore(t.get(j).start()) == ','
                        && (Subjects.HE_SHE.contains(t.get(j - 1).key()) || Subjects.THEY_IT.contains(t.get(j - 1).key()))) {
                    return j - 1;
                }
                if (j < k && !r.joined(j)) {
                    break;
                }
            }
        }
        return k;
    }

    /**
     * Rule "first-person subject": "Roe was furious with the council, and I wrote back: “…”": "I" (past an adverb or
     * two) right before cue verb {@code verb} is its subject; the writer speaks, not a name or description earlier in
     * the sentence.
     */
    static boolean writerSubject(TokenReader r, List<Token> t, int verb) {
        int k = pastAdverbs(r, t, verb);
        return k >= 0 && t.get(k).text().equals("I") && (k == verb - 1 || r.joined(k));
    }

    /**
     * Rule "writer's own clause": "She became so upset, and drove so erratically, that I had to change my answer:
     * “…”": "I" and its verb in the last clause before offset {@code at} (from its sentence's last comma) introduce
     * what follows; the words are the writer's, not those of the sentence's subject.
     */
    static boolean writerClause(ArticleText.Para p, TokenReader r, int at) {
        int from = Math.max(r.sentenceStart(at), p.text().lastIndexOf(',', at - 1) + 1);
        if (r.markBetween(from, at)) {
            return false;
        }
        for (int k = r.tokenAt(from); k + 1 < r.size() && r.token(k + 1).end() <= at; k++) {
            if (r.token(k).text().equals("I") && !r.token(k + 1).cap() && r.joined(k)) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that may stand between a pronoun and its cue verb besides those in -ly ("he often says"). */
    static final Set<String> PRONOUN_ADVERBS = WordSet.of("often", "never", "always", "repeatedly", "even",
            "just", "first", "previously", "already", "ultimately", "eventually", "simply", "flatly");

    /** Words before a progressive "-ing" ("is saying"); after any other word an "-ing" cue is a participle. */
    static final Set<String> AUXILIARIES = WordSet.of("is", "was", "are", "were", "be", "been", "being", "am",
            "he", "she", "they", "it", "we", "i", "you", "keeps", "kept", "started", "began", "continued", "stop", "stopped");
}
