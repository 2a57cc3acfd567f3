package newsgen.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgen.model.Actor;
import newsgen.model.RoleForms;

/**
 * Rule "description fits person": whether a description ("the Ohio governor", "the Democratic senator", "the
 * congresswoman") can describe a person, by what the article says of that person. Used before a description falls
 * back to the last person named: a description the person cannot be stays a role, rather than going to someone it
 * does not describe ("the Ohio governor said" after a sentence naming "Sen. Jane Roe").
 * <p>
 * A description does not fit a person when
 * <ul>
 * <li>its sex differs: a "congresswoman" or "businessman" against the person's given name, honorific or roles;</li>
 * <li>its party differs: a "Democratic" or "Republican" description against a person whose roles or affiliation
 * name the other party;</li>
 * <li>its office differs: "governor" against a person whose roles title him only with another office ("Sen.");</li>
 * <li>it names a principal ("the senator", "the billionaire") and the person's roles say they report, host or speak
 * for others ("CNN anchor", "spokeswoman") and name no such principal;</li>
 * <li>it names an office of the bench or the chair ("the judge", "the prosecutor", "the chairman") and the person's
 * roles do not hold it: news titles a judge or prosecutor when naming them ("Judge Jane Roe", "prosecutor John
 * Doe"), so the defendant a court report opens with is not "the judge" who speaks after.</li>
 * </ul>
 * What the article does not say never rules a person out.
 */
final class DescriptionFit {
    private DescriptionFit() {
    }

    private static final Set<String> FEMALE_WORDS = WordSet.of("woman", "congresswoman", "businesswoman", "chairwoman",
            "spokeswoman", "actress", "mother", "wife", "daughter", "sister", "grandmother", "widow", "queen", "lady");
    private static final Set<String> MALE_WORDS = WordSet.of("man", "congressman", "businessman", "chairman",
            "spokesman", "father", "husband", "son", "brother", "grandfather", "widower", "king");

    /**
     * Offices by the words that title them, in a description or a role. Abbreviations ("Sen.", "Gov.", "Rep.") are
     * read as {@link RoleForms#fullWord} reads them, so that one table knows them: see {@link #office}.
     */
    private static final Map<String, String> OFFICES = Map.of("senator", "senator", "governor", "governor",
            "congressman", "representative", "congresswoman", "representative", "representative", "representative",
            "mayor", "mayor", "judge", "judge");

    /** Callings of people who report, host or speak for others: none of them is "the senator" or "the billionaire". */
    private static final Set<String> OTHERS_VOICES = WordSet.of("anchor", "host", "co-host", "correspondent", "reporter",
            "analyst", "columnist", "commentator", "moderator", "editor", "spokesman", "spokeswoman", "spokesperson",
            "journalist", "pollster");

    /**
     * Rule "office by its title": offices whose holders a report titles when it names them ("Judge Amara Roe",
     * "prosecutor Jon Doe", "chairman Ravi Roe"), so that a person named without the title is not who "the judge" or
     * "the prosecutor" is: in a court report that person is most often the accused.
     */
    private static final Set<String> TITLED_OFFICES = WordSet.of("judge", "magistrate", "prosecutor", "coroner",
            "chairman", "chairwoman", "referee", "umpire");

    /** Parties by the words that name them. */
    private static final Map<String, String> PARTIES = Map.of("democrat", "D", "democratic", "D", "democrats", "D",
            "republican", "R", "republicans", "R", "gop", "R");

    /**
     * Whether the description of folded words {@code words} (its head last) may describe person {@code a}; {@code sex}
     * says what the article tells of the person's sex ('M', 'F' or 0 for nothing).
     */
    static boolean fits(List<String> words, Actor a, char sex) {
        if (words.isEmpty()) {
            return true;
        }
        String head = words.get(words.size() - 1);
        List<String> roleWords = roleWords(a);
        char described = sexOf(words);
        if (described != 0 && (sex != 0 && sex != described || sexOf(roleWords) != 0 && sexOf(roleWords) != described)) {
            return false;
        }
        String party = partyOf(words);
        String held = partyOf(roleWords);
        if (held == null && a.affiliation() != null) {
            held = partyOf(List.of(a.affiliation().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")));
        }
        if (party != null && held != null && !held.equals(party)) {
            return false;
        }
        String office = office(head);
        if (office != null && !words.contains("former")) {
            boolean titled = false;
            boolean same = false;
            for (String w : roleWords) {
                String o = office(w);
                titled |= o != null;
                same |= office.equals(o);
            }
            if (titled && !same) {
                return false;
            }
        }
        if (CANDIDACIES.contains(head) && words.contains("presidential") && localOfficeHolder(roleWords)) {
            return false; // rule "candidacy is no local office": "Mayor Jon Roe disbanded it. “…,” the Republican
                          // presidential candidate said" is not the mayor's
        }
        if (TITLED_OFFICES.contains(head) && !roleWords.contains(head) && !holdsOffice(words, a)) {
            return false; // rule "office by its title": "Jon Doe was jailed. “…,” the judge said" is not Doe's
        }
        if (DescriptionWords.isPrincipal(head) && !roleWords.contains(head)) {
            boolean othersVoice = false;
            for (String w : roleWords) {
                if (DescriptionWords.isPrincipal(w) || office(w) != null) {
                    return true;
                }
                othersVoice |= OTHERS_VOICES.contains(w);
            }
            return !othersVoice;
        }
        return true;
    }

    /** Nouns of a candidacy ("the presidential candidate", "the presidential hopeful"). */
    private static final Set<String> CANDIDACIES = WordSet.of("candidate", "hopeful", "nominee", "contender",
            "front-runner", "frontrunner", "challenger");

    /** Offices of a town, a county or the bench, whose sitting holders news does not call a presidential candidate. */
    private static final Set<String> LOCAL_OFFICES = WordSet.of("mayor", "sheriff", "judge", "magistrate", "prosecutor",
            "alderman", "alderwoman", "councilman", "councilwoman", "councillor", "councilor", "coroner", "constable");

    /**
     * Rule "candidacy is no local office": whether the role words title a sitting mayor, sheriff, judge or the like,
     * and say nothing of a candidacy or of a former office: such a person is not who "the presidential candidate" is
     * (a governor or senator may be; a mayor the article also calls a candidate keeps that role word).
     */
    private static boolean localOfficeHolder(List<String> roleWords) {
        boolean local = false;
        for (String w : roleWords) {
            if (CANDIDACIES.contains(w) || w.equals("presidential") || w.equals("former") || w.equals("ex")) {
                return false;
            }
            local |= LOCAL_OFFICES.contains(w);
        }
        return local;
    }

    /** Heads that take the field they lead before them ("the finance chief", "the marketing head"). */
    private static final Set<String> FIELD_HEADS = WordSet.of("chief", "boss", "head");

    /** Words before such a head that say of what kind, not of which field ("the former chief", "the acting head"). */
    private static final Set<String> NO_FIELD = WordSet.of("former", "new", "outgoing", "incoming",
            "interim", "acting", "deputy", "top", "longtime", "then", "late", "retired", "veteran", "current", "ex",
            "overall", "joint", "co", "sitting", "embattled", "powerful");

    /**
     * Rule "which chief": "the finance chief", "the security boss": a lowercase word naming a field before "chief",
     * "boss" or "head" says which one: whether person {@code a}, whose roles hold that head but not the field word
     * ("chief executive"), is another chief.
     */
    static boolean chiefOfOtherField(List<Token> t, int from, int k, Actor a) {
        if (!FIELD_HEADS.contains(t.get(k).key()) || k - 1 < from) {
            return false;
        }
        Token field = t.get(k - 1);
        if (field.cap() || field.possessive() || NO_FIELD.contains(field.key())
                || DescriptionWords.DETERMINERS.contains(field.key()) || DescriptionShapes.AGE.matcher(field.key()).matches()) {
            return false;
        }
        List<String> roleWords = roleWords(a);
        return roleWords.contains(t.get(k).key()) && !roleWords.contains(field.key());
    }

    /** Titles of public offices: who holds one is described by the office or by public life, not by a trade. */
    private static final Set<String> PUBLIC_OFFICES = WordSet.of("president", "vice-president", "governor", "gov",
            "mayor", "senator", "sen", "minister", "premier", "chancellor", "judge", "justice", "sheriff", "prosecutor",
            "congressman", "congresswoman", "representative", "rep", "king", "queen", "prince", "princess",
            "ambassador", "commissioner", "mp");

    /** Nouns of public life that may describe an office holder ("the veteran politician", "the diplomat"). */
    private static final Set<String> PUBLIC_LIFE = WordSet.of("politician", "statesman", "stateswoman", "diplomat",
            "lawmaker", "legislator", "campaigner", "incumbent", "populist", "nationalist", "technocrat", "reformer",
            "strongman", "autocrat", "democrat", "bureaucrat", "negotiator", "officeholder", "lawyer", "economist",
            "entrepreneur", "banker", "businessman", "businesswoman", "veteran", "commander", "leader", "official",
            "survivor", "grandfather", "grandmother", "father", "mother", "author", "orator", "dealmaker");

    /**
     * Rule "office holder is no commoner": whether a person titled with a public office ("Governor", "President",
     * "Sen.") is not what the noun {@code head} of a bare description says ("the fisherman", "the student"): a noun
     * of public life ("the politician", "the diplomat") or one of the person's own role words still fits.
     */
    static boolean officeHolderIsNot(String head, Actor a) {
        // only an occupation or title on the list says who the person is not: an adjective or a modifier after the
        // age ("the 61-year-old conservative", "the 61-year-old former general") says nothing against the president
        if (PUBLIC_LIFE.contains(head) || !Gazetteer.get().titles.contains(head)) {
            return false;
        }
        List<String> roleWords = roleWords(a);
        if (roleWords.contains(head)) {
            return false;
        }
        for (String w : roleWords) {
            if (PUBLIC_OFFICES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "nationality fits": whether the person is of another country than {@code country}, the country of a demonym
     * description ("the Nigerian", "the Japanese driver"): their affiliation is another country ("American Tasha Roe"
     * gives the United States), or a role holds another country's demonym ("Mexican boxer"). What the article does
     * not say never rules a person out.
     */
    static boolean ofOtherCountry(Actor a, String country) {
        Gazetteer gaz = Gazetteer.get();
        Gazetteer.Entry of = gaz.lookup(country);
        if (of == null || of.kind() != Gazetteer.Kind.COUNTRY) {
            return false; // "the Texan": a state's people, of whatever country the person's affiliation names
        }
        String want = Slugs.fold(of.name());
        if (a.affiliation() != null) {
            Gazetteer.Entry e = gaz.lookup(a.affiliation());
            if (e != null && e.kind() == Gazetteer.Kind.COUNTRY && !Slugs.fold(e.name()).equals(want)) {
                return true;
            }
        }
        for (String role : a.roles()) {
            for (String w : role.split("[^\\p{L}-]+")) {
                Gazetteer.Entry e = w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? null : gaz.lookup(w);
                if (e != null && e.kind() == Gazetteer.Kind.DEMONYM && e.country() != null
                        && !Slugs.fold(e.country()).equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether "he" or "she" ({@code pronoun}) may stand for the description of folded words {@code words}: not "he" for
     * "the congresswoman" nor "she" for "a spokesman".
     */
    static boolean mayBe(List<String> words, String pronoun) {
        return sexOf(words) != (pronoun.equals("he") ? 'F' : 'M');
    }

    /**
     * Rule "office holder": whether the last of the folded words {@code words} names an office ("senator",
     * "congressman", "governor") that one of {@code a}'s roles holds, written out or short ("Sen.", "Rep.").
     */
    static boolean holdsOffice(List<String> words, Actor a) {
        String office = words.isEmpty() ? null : office(words.get(words.size() - 1));
        if (office == null) {
            return false;
        }
        for (String w : roleWords(a)) {
            if (office.equals(office(w))) {
                return true;
            }
        }
        return office.equals("judge") && justice(a);
    }

    /**
     * Rule "a justice is a judge": "Justice Vikram Roe wrote for the majority. “…,” the judge wrote": a role that ends
     * in "Justice" ("Justice", "Chief Justice", "Associate Justice") titles a judge of a high court; not a role in
     * which the word names a ministry ("Justice Department spokesman").
     */
    private static boolean justice(Actor a) {
        for (String role : a.roles()) {
            String r = role.strip().toLowerCase(Locale.ROOT);
            if (r.equals("justice") || r.endsWith(" justice")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last of the folded words {@code words} names an office ("the Vermont senator"). */
    static boolean namesOffice(List<String> words) {
        return !words.isEmpty() && office(words.get(words.size() - 1)) != null;
    }

    /** The office a folded word titles ("sen", "senator"), or null. */
    private static String office(String word) {
        return OFFICES.get(RoleForms.fullWord(word));
    }

    /** The folded words of a person's roles, with the dots of "Sen." and "Gov." gone. */
    private static List<String> roleWords(Actor a) {
        List<String> words = new java.util.ArrayList<>();
        for (String role : a.roles()) {
            for (String w : role.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** 'F' or 'M' when the words name only one sex, else 0. */
    private static char sexOf(List<String> words) {
        boolean f = false;
        boolean m = false;
        for (String w : words) {
            f |= FEMALE_WORDS.contains(w);
            m |= MALE_WORDS.contains(w);
        }
        return f == m ? 0 : f ? 'F' : 'M';
    }

    /** "D" or "R" when the words name only one party, else null. */
    private static String partyOf(List<String> words) {
        String found = null;
        for (String w : words) {
            String p = PARTIES.get(w);
            if (p != null) {
                if (found != null && !found.equals(p)) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }
}
