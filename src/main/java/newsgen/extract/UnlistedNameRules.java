package newsgen.extract;

import java.util.Set;

/**
 * Evidence that two or three capitalised words no given-name list holds name a person, from where they stand: after a
 * verb whose object only a person is, before "as" and a title, after a plural noun of kin as a pair sharing a surname,
 * or after a family name written first. News from other continents names most of its people so (issue 8: people
 * recall 0.59 on the unshared sets, the misses mostly given names of no list). The words must each be shaped as a
 * name and be no English word, place, organisation's head or title ({@link NameEvidenceRules#nameShaped}).
 */
final class UnlistedNameRules {
    private final Gazetteer gaz = Gazetteer.get();
    private final NameEvidenceRules evidence = new NameEvidenceRules();

    /** Verbs whose object only a person is, written right before it: "the court sentenced …", "police arrested …". */
    private static final Set<String> PERSON_OBJECT_VERBS = WordSet.of("sentenced", "jailed", "arrested", "acquitted",
            "convicted", "detained", "deported", "extradited", "kidnapped", "abducted", "elected", "appointed", "treated",
            "interviewed", "nominated", "knighted", "married", "rescued", "met", "thanked", "greeted", "hugged",
            "congratulated");

    /**
     * Rule "object of a person's verb": "The High Court sentenced Dmytro Bondarenko to five years", "Police arrested
     * Adewale Ogundipe", "The council elected Meseret Haile as mayor": two or three capitalised words, none an English
     * word, a place, an organisation's head or a title (names that no given-name list holds), right after a verb in
     * lower case whose object only a person is.
     */
    boolean personVerbBefore(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from() - 1;
        if (run.size() < 2 || run.size() > 3 || k < 0 || t.get(run.to() - 1).possessive() || NameRuns.headline(p)
                || t.get(k).cap() || !PERSON_OBJECT_VERBS.contains(t.get(k).key())
                || !Gazetteer.joinable(p.text(), t.get(k), t.get(run.from()))) {
            return false;
        }
        return unlistedNameWords(p, run);
    }

    /** Words between "as" and the title it gives: "as head coach", "as its new chief executive", "as interim mayor". */
    private static final Set<String> AS_ROLE_FILLERS = WordSet.of("a", "an", "the", "its", "their", "his", "her", "new",
            "interim", "acting", "deputy", "head", "chief", "first", "next", "permanent", "caretaker", "joint", "assistant");

    /**
     * Rule "named as a title": "appointed Tesfaye Alemu as head coach", "elected Meseret Haile as mayor", "swore in
     * Okello Odongo as its new chief justice": two or three capitalised words shaped as names (no English word, place,
     * organisation's head or title) right before "as" and, a few words on, a title in lower case, name the person
     * who takes that office.
     */
    boolean asTitleAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k + 1 >= t.size() || t.get(k - 1).possessive() || NameRuns.headline(p)
                || !t.get(k).key().equals("as") || t.get(k).cap() || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
            return false;
        }
        int i = k + 1;
        while (i < t.size() && i < k + 4 && !t.get(i).cap() && AS_ROLE_FILLERS.contains(t.get(i).key())
                && !(gaz.title.test(t.get(i)) && (i + 1 >= t.size() || !gaz.title.test(t.get(i + 1))))) {
            i++;
        }
        return i < t.size() && !t.get(i).cap() && gaz.title.test(t.get(i)) && unlistedNameWords(p, run);
    }

    /** Plural nouns of kin that a pair of people sharing a surname follows: "the parents, Khalo and Amira Tesh". */
    private static final Set<String> PLURAL_KIN = WordSet.of("parents", "couple", "brothers", "sisters", "twins",
            "siblings", "spouses", "grandparents", "sons", "daughters", "cousins");

    /**
     * Rule "pair sharing a surname": "the parents, Temba and Amira Nkosana, and …", "brothers Ayo and Femi Dansoro": a
     * plural noun of kin (maybe a comma), a given name alone, "and", a given name and the surname both share. This is
     * the second of the pair, a person whatever lists hold the words; {@link #pairSharingSurnameFirst} is the first.
     */
    boolean pairSharingSurname(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() != 2 || k < 3 || !t.get(k - 1).key().equals("and") || t.get(k - 1).cap() || t.get(run.to() - 1).possessive()) {
            return false;
        }
        return pairOpening(p, k - 2) && evidence.nameShaped(p, k) && evidence.nameShaped(p, k + 1);
    }

    /**
     * The first of a {@link #pairSharingSurname pair sharing a surname} ("Temba" of "the parents, Temba and Amira
     * Nkosana"): the index of the surname it takes, or -1.
     */
    int pairSharingSurnameFirst(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() != 1 || k + 3 >= t.size() || !t.get(k + 1).key().equals("and") || t.get(k + 1).cap()
                || !pairOpening(p, k)) {
            return -1;
        }
        NameRuns.Run second = new NameRuns.Run(k + 2, k + 4);
        return Gazetteer.joinable(p.text(), t.get(k + 2), t.get(k + 3)) && (k + 4 >= t.size()
                || !t.get(k + 4).cap() || !Gazetteer.joinable(p.text(), t.get(k + 3), t.get(k + 4)))
                && pairSharingSurname(p, second) ? k + 3 : -1;
    }

    /** A given name alone at {@code k}, shaped as a name, after a plural noun of kin (and maybe a comma). */
    private boolean pairOpening(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k < 1 || !evidence.nameShaped(p, k) || t.get(k).possessive()) {
            return false;
        }
        String gap = p.text().substring(t.get(k - 1).end(), t.get(k).start()).strip();
        return (gap.isEmpty() || gap.equals(",")) && !t.get(k - 1).cap() && PLURAL_KIN.contains(t.get(k - 1).key());
    }

    /**
     * Rule "family name first": "Tang Yufei", "Jung Hae-won", "Deng Haoran's shop": a common Chinese, Korean or
     * Vietnamese family name (family-first.txt), then one or two words shaped as a name that are no English word, place,
     * organisation's head or title (a given name no list holds), is a person's name written family name first.
     */
    boolean familyNameFirst(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 2 || run.size() > 3 || t.get(run.from()).upper() || !gaz.familyFirst.contains(t.get(run.from()).key())
                || p.matchAt(run.from()) != null) {
            return false;
        }
        return unlistedNameWords(p, new NameRuns.Run(run.from() + 1, run.to()));
    }

    /** Participles of founding or leading something, a few words before "by" and the name of who did it. */
    private static final Set<String> FOUNDING_PARTICIPLES = WordSet.of("founded", "co-founded", "cofounded", "started",
            "established", "headed", "chaired", "coached", "captained", "pioneered", "invented");

    /**
     * Rule "founded by a name": "The company was founded in 2019 by Folake Adeyemi", "a crew headed by Meseret Haile":
     * two or three capitalised words shaped as names (no English word, place, organisation's head or title) right
     * after "by", with a participle of founding or leading at most four words before it in the same clause, name who
     * did it. Not "led by", which a consortium, a country or a fund may be too ("a round led by Zentrova Capital").
     */
    boolean foundedBy(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int by = run.from() - 1;
        if (run.size() < 2 || run.size() > 3 || by < 1 || !t.get(by).key().equals("by") || t.get(by).cap()
                || t.get(run.to() - 1).possessive() || NameRuns.headline(p)
                || !Gazetteer.joinable(p.text(), t.get(by), t.get(run.from()))) {
            return false;
        }
        TokenReader r = new TokenReader(p);
        for (int k = by - 1; k >= Math.max(0, by - 5); k--) {
            if (r.endsClause(k)) {
                return false;
            }
            if (!t.get(k).cap() && FOUNDING_PARTICIPLES.contains(t.get(k).key())) {
                return unlistedNameWords(p, run);
            }
        }
        return false;
    }

    /** Participles that open a sentence about a person's life before its subject: "Born in a small village, …". */
    private static final Set<String> LIFE_PARTICIPLES = WordSet.of("born", "raised", "educated", "orphaned", "widowed",
            "brought", "schooled");

    /**
     * Rule "subject after a life phrase": "Born in a small village, Girma Woldemariam trained as a nurse", "Raised by
     * her grandmother, Nusrat Jahan …": two or three capitalised words shaped as names (no English word, place,
     * organisation's head or title) right after the first comma of a sentence that opens with a participle of a
     * person's life are its subject, a person.
     */
    boolean afterLifePhrase(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() < 2 || run.size() > 3 || k < 2 || t.get(run.to() - 1).possessive() || NameRuns.headline(p)
                || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).strip().equals(",")) {
            return false;
        }
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(t.get(k).start()));
        if (first < 0 || first >= k - 1 || !LIFE_PARTICIPLES.contains(t.get(first).key())) {
            return false;
        }
        for (int i = first; i < k - 1; i++) {
            if (p.text().substring(t.get(i).end(), t.get(i + 1).start()).contains(",")) {
                return false; // the comma before the run is the sentence's first
            }
        }
        return unlistedNameWords(p, run);
    }

    /** Verbs that two people named together do, right after the pair: "… and … opened an orphanage". */
    private static final Set<String> PAIR_VERBS = WordSet.of("opened", "founded", "co-founded", "started", "built", "ran",
            "launched", "met", "married", "shared", "won", "led", "left", "returned", "arrived", "adopted", "raised");

    /**
     * Rule "pair of subjects": "Tumusiime Mugisha and Somchai Srisawat opened an orphanage", "Yiannis Papadakis and
     * Chidi Nwachukwu met in 2010": two names of exactly two words each, every word shaped as a name (no English word,
     * place, organisation's head or title), joined by "and", opening the sentence right before a verb two people do
     * together. Either name of the pair is asked.
     */
    boolean pairOfSubjects(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() != 2 || NameRuns.headline(p) || t.get(run.to() - 1).possessive()) {
            return false;
        }
        NameRuns.Run first = run;
        NameRuns.Run second = new NameRuns.Run(run.to() + 1, run.to() + 3);
        if (run.from() >= 3 && t.get(run.from() - 1).key().equals("and") && !t.get(run.from() - 1).cap()) {
            first = new NameRuns.Run(run.from() - 3, run.from() - 1);
            second = run;
        }
        int and = first.to();
        int verb = second.to();
        if (verb >= t.size() || !t.get(and).key().equals("and") || t.get(and).cap() || t.get(verb).cap()
                || !PAIR_VERBS.contains(t.get(verb).key()) || t.get(first.to() - 1).possessive()
                || !Gazetteer.joinable(p.text(), t.get(and - 1), t.get(and)) || !Gazetteer.joinable(p.text(), t.get(and), t.get(and + 1))
                || !Gazetteer.joinable(p.text(), t.get(verb - 1), t.get(verb))
                || !Gazetteer.joinable(p.text(), t.get(first.from()), t.get(first.from() + 1))
                || !Gazetteer.joinable(p.text(), t.get(second.from()), t.get(second.from() + 1))
                || !t.get(first.from()).cap() || !t.get(second.from()).cap()) {
            return false;
        }
        return !NameEvidenceRules.bodysObject(t, verb + 1) // "… won the contract": two firms
                && NameEvidenceRules.opensSentence(p, first) && unlistedNameWords(p, first) && unlistedNameWords(p, second);
    }

    /** People a person has, as a possessive names them: kin, a coach, a lawyer, a partner. */
    private static final Set<String> RELATION_NOUNS = WordSet.copyOf(concat(PersonNames.RELATIVES, WordSet.of("coach",
            "teammate", "team-mate", "lawyer", "lawyers", "attorney", "bodyguard", "partner", "children", "parents",
            "widow", "family", "relatives", "friends")));

    /** What only a person has, after a possessive: a stall, a home, a funeral, a career. */
    private static final Set<String> PERSONAL_NOUNS = WordSet.of("stall", "shop", "home", "house", "farm", "death",
            "funeral", "body", "arrest", "trial", "career", "release", "resignation", "disappearance", "grave",
            "bedside", "birthday", "wedding", "killing", "murder", "kidnapping", "autobiography", "memoir", "debut");

    private static java.util.List<String> concat(Set<String> a, Set<String> b) {
        java.util.List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Rule "possessive of an unlisted name": "Thandiwe Dlamini's stall at Central Market", "Daisuke Fujimoto's late
     * wife": two or three capitalised words shaped as names (no English word, place, organisation's head or title), the
     * last a possessive, before what only a person has (kin, a lawyer, a stall, a funeral; one lowercase word may come
     * between), name a person. One such word alone is a person only before a relation and then a name in commas
     * ("Wanjiru's training partner, Chebet Kiplagat,"): rule "owner of a named relation".
     */
    boolean possessiveOfName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() > 3 || k >= t.size() || !t.get(k - 1).possessive() || NameRuns.headline(p) || !unlistedNameWords(p, run)) {
            return false;
        }
        int noun = k;
        if (noun + 1 < t.size() && !t.get(noun).cap() && !RELATION_NOUNS.contains(t.get(noun).key())
                && !PERSONAL_NOUNS.contains(t.get(noun).key()) && Gazetteer.joinable(p.text(), t.get(noun), t.get(noun + 1))) {
            noun++; // "late wife", "training partner", "market stall"
        }
        Token n = t.get(noun);
        if (n.cap() || !Gazetteer.joinable(p.text(), t.get(noun - 1), n) && noun > k) {
            return false;
        }
        if (run.size() >= 2) {
            return RELATION_NOUNS.contains(n.key()) || PERSONAL_NOUNS.contains(n.key());
        }
        // one word, no listed given name ("Ruth's children, …" is the Ruth named in full before): a relation, a
        // comma, and a capitalised name
        return !gaz.givenName.test(t.get(run.from())) && RELATION_NOUNS.contains(n.key()) && noun + 1 < t.size() && t.get(noun + 1).cap() && !t.get(noun + 1).upper()
                && p.text().substring(n.end(), t.get(noun + 1).start()).strip().equals(",");
    }

    /** Participles that, after "were" or "are", only people undergo as a group: named to a squad, arrested. */
    private static final Set<String> GROUP_PARTICIPLES = WordSet.of("named", "selected", "picked", "chosen",
            "called", "recalled", "sentenced", "jailed", "arrested", "acquitted", "convicted", "detained", "kidnapped",
            "abducted", "elected", "appointed", "sworn", "killed", "injured", "wounded", "rescued", "released",
            "deported", "charged", "honoured", "honored");

    /**
     * Rule "list before a people's participle": "Baraka Mwakyusa, Behrouz Moradi and Takumi Ishikawa were named in
     * the squad", "… and Okello Odongo were arrested": the last name of a list, two words after "and" with two words
     * before that "and", every word shaped as a name (no English word, place, organisation's head or title), before
     * "were" or "are" and a participle only people undergo. The other names of the list follow from it (rule "listed
     * names" of {@link PersonPasses#listedNames}).
     */
    boolean listBeforeGroupParticiple(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        int and = run.from() - 1;
        if (run.size() != 2 || and < 2 || k + 1 >= t.size() || NameRuns.headline(p) || t.get(k - 1).possessive()
                || !t.get(and).key().equals("and") || t.get(and).cap()
                || !(t.get(k).key().equals("were") || t.get(k).key().equals("are")) || t.get(k).cap()
                || !GROUP_PARTICIPLES.contains(t.get(k + 1).key()) || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))
                || !Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))) {
            return false;
        }
        NameRuns.Run before = new NameRuns.Run(and - 2, and);
        return t.get(and - 2).cap() && t.get(and - 1).cap() && !t.get(and - 1).possessive()
                && unlistedNameWords(p, before) && unlistedNameWords(p, run);
    }

    /**
     * Rule "name of an organisation": "Kavuso Majlund of Northfield University", "Ilse Brandvold of the Nordic Institute":
     * two capitalised words shaped as names (no English word, place, organisation's head or title) before "of" (maybe
     * "the") and an organisation: one the gazetteer knows, or capitalised words ending in an organisation's head word
     * ("University", "Institute", "Bank"). A person of that organisation; a firm is not written "of" its university.
     */
    boolean ofOrganisation(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int of = run.to();
        if (run.size() != 2 || of + 1 >= t.size() || NameRuns.headline(p) || t.get(of - 1).possessive()
                || !t.get(of).key().equals("of") || t.get(of).cap() || !Gazetteer.joinable(p.text(), t.get(of - 1), t.get(of))) {
            return false;
        }
        int k = of + 1;
        if (t.get(k).key().equals("the") && !t.get(k).cap() && k + 1 < t.size()) {
            k++;
        }
        if (!t.get(k).cap() || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
            return false;
        }
        Gazetteer.Match m = p.matchAt(k);
        boolean known = m != null && m.from() == k && m.entry().kind() == Gazetteer.Kind.ORGANIZATION;
        int end = k;
        while (!known && end < t.size() && end < k + 4 && t.get(end).cap() && !t.get(end).possessive()
                && (end == k || Gazetteer.joinable(p.text(), t.get(end - 1), t.get(end)))) {
            known = gaz.orgHead.test(t.get(end)) && end > k;
            end++;
        }
        return known && unlistedNameWords(p, run);
    }

    /**
     * Rule "name of somewhere, then a cue verb": "Holm Brantner of Kessler warned", "Ayo Dansoro of the Lekki Group
     * said": two capitalised words shaped as names (no English word, place, organisation's head or title), "of" (maybe
     * "the"), one to three capitalised words and a lowercase cue verb: the subject who speaks is a person of that
     * firm or place, whatever its name; an apposition of the firm may stand before the verb ("of Kessler, the
     * country's largest private bank, warned"). Not in a headline.
     */
    boolean ofSomewhereThenCue(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int of = run.to();
        if (run.size() != 2 || of + 2 >= t.size() || NameRuns.headline(p) || t.get(of - 1).possessive()
                || !t.get(of).key().equals("of") || t.get(of).cap() || !Gazetteer.joinable(p.text(), t.get(of - 1), t.get(of))) {
            return false;
        }
        int k = of + 1;
        if (t.get(k).key().equals("the") && !t.get(k).cap()) {
            k++;
        }
        int end = k;
        while (end < t.size() && end < k + 3 && t.get(end).cap() && !t.get(end).possessive()
                && Gazetteer.joinable(p.text(), t.get(end - 1), t.get(end))) {
            end++;
        }
        if (end == k || end >= t.size()) {
            return false;
        }
        int verb = end;
        if (PersonRules.firstCharAfter(p.text(), t.get(end - 1).end()) == ',') {
            // "… of Kessler, the country's largest private bank, warned": an apposition of the firm between
            verb = -1;
            for (int j = end; j < t.size() - 1 && j < end + 10; j++) {
                if (PersonRules.firstCharAfter(p.text(), t.get(j).end()) == ',') {
                    verb = j + 1;
                    break;
                }
            }
            if (verb < 0) {
                return false;
            }
        } else if (!Gazetteer.joinable(p.text(), t.get(end - 1), t.get(end))) {
            return false;
        }
        return !t.get(verb).cap() && gaz.cueVerb.test(t.get(verb)) && unlistedNameWords(p, run);
    }

    /** Every word of the run shaped as a name and no English word ({@link NameEvidenceRules#nameShaped}). */
    private boolean unlistedNameWords(ArticleText.Para p, NameRuns.Run run) {
        return evidence.unlistedWords(p, run.from(), run.to());
    }
}
