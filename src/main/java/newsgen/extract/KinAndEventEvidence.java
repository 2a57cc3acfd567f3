package newsgen.extract;

import java.util.Set;

/**
 * Evidence that a run of capitalised words names a person from what the sentence ties to it: a kin noun in
 * apposition after it, or a noun of what befell it after it. Read with the other evidence rules
 * ({@link NameEvidenceRules}, {@link UnlistedNameRules}) by {@link PersonRules}.
 */
final class KinAndEventEvidence {
    private KinAndEventEvidence() {
    }

    /**
     * Nouns of what happened to or around a person, after a full name: "the Lena Roe scandal", "the Tavita Fale
     * shooting", "the Jon Roe movie". An organisation has scandals too, but its name opens with no given name.
     */
    static final Set<String> EVENT_NOUNS = WordSet.of("scandal", "scandals", "affair", "controversy", "saga",
            "shooting", "killing", "slaying", "murder", "assassination", "kidnapping", "dismissal", "firing", "ouster",
            "indictment", "conviction", "acquittal", "impeachment", "movie", "film", "biopic", "documentary");

    /**
     * Rule "full name before an event noun": "the fallout from the Lena Roe scandal", "the Kwame Mensah shooting": "the",
     * a listed given name and one or two capitalised words, then one of {@link #EVENT_NOUNS} (maybe after one plain word: "the Lena Roe police shooting"), is a person (after "the"
     * a given name alone is no evidence: "the Santiago Bernabeu"). Not a place of the gazetteer ("the Sandy Hook
     * shooting", where the place's first word is a given name).
     */
    static boolean eventOfName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Gazetteer gaz = Gazetteer.get();
        if (run.size() < 2 || run.size() > 3 || run.from() < 1 || run.to() >= t.size()
                || !t.get(run.from() - 1).key().equals("the") || t.get(run.from() - 1).cap() && run.from() > 1
                || !gaz.givenName.test(t.get(run.from())) || t.get(run.to() - 1).possessive()) {
            return false;
        }
        int noun = run.to();
        if (noun + 1 < t.size() && !t.get(noun).cap() && !EVENT_NOUNS.contains(t.get(noun).key())
                && Gazetteer.joinable(p.text(), t.get(noun), t.get(noun + 1))) {
            noun++; // one plain word before the noun: "the Lena Roe police shooting", "the Jon Roe email controversy"
        }
        Token next = t.get(noun);
        if (next.cap() || !EVENT_NOUNS.contains(next.key()) || !Gazetteer.joinable(p.text(), t.get(noun - 1), next)
                || noun > run.to() && (t.get(run.to()).cap() || gaz.cueVerb.test(t.get(run.to())))) {
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Gazetteer.Match m = p.matchAt(k);
            if (m != null && m.entry().kind() != Gazetteer.Kind.DEMONYM || t.get(k).upper()) {
                return false; // a place, an organisation, a team: "the Virginia Tech shooting"
            }
        }
        return true;
    }

    /** Determiners that open a kin noun in apposition: "the mother of", "a cousin of". */
    private static final Set<String> KIN_DETERMINERS = WordSet.of("the", "a");

    /**
     * Rule "kin after a name": "Sybil Mokoena, the mother of Thabo Mokoena, spoke", "Ana Roe, a cousin of the
     * victim,": two or three capitalised words shaped as names, a comma, "the" or "a", a noun of kin
     * ({@link PersonNames#RELATIVES}) and "of" name a person, whatever lists hold their words. The mirror of rule "kin in apposition" ("her father, Dafydd Roe,").
     */
    static boolean kinAfter(NameEvidenceRules evidence, ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k + 2 >= t.size() || t.get(k - 1).possessive() || NameRuns.headline(p)
                || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).equals(", ")) {
            return false;
        }
        int noun = KIN_DETERMINERS.contains(t.get(k).key()) && !t.get(k).cap() ? k + 1 : -1;
        if (noun < 0 || noun + 1 >= t.size() || t.get(noun).cap() || !PersonNames.RELATIVES.contains(t.get(noun).key())
                || !t.get(noun + 1).key().equals("of") || t.get(noun + 1).cap()) {
            return false;
        }
        for (int i = run.from(); i < run.to(); i++) {
            if (!evidence.nameShaped(p, i)) {
                return false; // as rule "kin in apposition" reads the name (NameEvidenceRules.kinBefore)
            }
        }
        return true;
    }
}
