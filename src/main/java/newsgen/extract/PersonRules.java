package newsgen.extract;

import java.util.Set;

/**
 * Decides whether a capitalised run names a person, from the evidence around it: a title ("Defence Minister
 * Carlos Rivas", "junta leader Ramos"), an apposition with a role ("Peru's military leader, Lucia Ramos,"),
 * a cue verb ("Jane Doe said"), or a common given name. Without evidence it is not a person. What the words may
 * be ({@link NameWordRules}), what the text around them says ({@link NameEvidenceRules}) and the role and
 * affiliation it gives ({@link RoleRules} before a title, {@link AppositionRoles} around the name) are kept apart;
 * this class orders them.
 */
final class PersonRules {
    /** A person named in the text: tokens {@code from}..{@code to} of paragraph {@code para} hold the name. */
    record Candidate(ArticleText.Para para, int from, int to, String name, String role, String affiliation) {
    }

    /**
     * Titles that are role nouns, written before a name in lower case ("basketball star Jane Roe", "agency head
     * John Doe"); capitalised before one word they open the name of a thing: "Star Wars", "Executive Order".
     */
    private static final Set<String> ROLE_NOUNS = WordSet.of("star", "head", "executive", "member", "resident",
            "student", "worker", "player", "owner", "expert", "official", "champion", "veteran", "hopeful", "boss",
            "trader", "author", "forward", "substitute", "runner", "pilot", "engineer", "investor", "donor", "suspect");

    private final Gazetteer gaz = Gazetteer.get();
    private final OrganizationRules orgRules = new OrganizationRules();
    private final RoleRules roles = new RoleRules();
    private final AppositionRoles appositions = new AppositionRoles();
    private final NameWordRules names = new NameWordRules();
    private final NameEvidenceRules evidence = new NameEvidenceRules();
    private final UnlistedNameRules unlisted = new UnlistedNameRules();
    private final NamingNounRules namingNouns = new NamingNounRules();

    /** The person this run names, or null when nothing says it is one. */
    Candidate person(ArticleText.Para p, NameRuns.Run whole) {
        var t = p.tokens();
        if (BodyPublications.publicationOfBody(p, whole) || NameRuns.ownersCompany(p, whole)
                || NamedForPeople.rightToCause(p, whole)
                || NamedForPeople.facilityNamedFor(p, whole) || NamedForPeople.schoolsShortName(p, whole)) {
            return null;
        }
        Candidate shouted = HeadlineNames.inCapitals(p, whole);
        if (shouted != null) {
            return shouted; // rule "name in capitals"
        }
        // "Republican Walter Spade", "Democrat Jane Roe": a party or group word opening the run is the person's side
        String side = null;
        Gazetteer.Match lead = p.matchAt(whole.from());
        while (lead != null && lead.from() == whole.from() && lead.entry().kind() == Gazetteer.Kind.DEMONYM
                && lead.to() < whole.to() && !NameWordRules.demonymGivenName(p, whole.from(), whole.to())) {
            side = lead.entry().country() != null ? lead.entry().country() : lead.entry().name();
            whole = new NameRuns.Run(lead.to(), whole.to());
            lead = p.matchAt(whole.from());
        }
        Candidate c = religiousTitle(p, whole);
        if (c == null) {
            c = titledOrEvidenced(p, whole);
        }
        if (c == null) {
            c = HeadlineNames.unlistedHeadlineSubject(p, whole); // rule "unlisted headline subject"
        }
        if (c != null && c.role() != null && (c.role().isEmpty() || RoleRules.roleOrNull(c.role()) == null)) {
            c = new Candidate(c.para(), c.from(), c.to(), c.name(), null, c.affiliation());
        }
        if (c != null && side != null && c.affiliation() == null) {
            c = new Candidate(c.para(), c.from(), c.to(), c.name(), c.role(), side);
        }
        // rule "party after a name": "Sen. Jane Roe (D-Calif.)", "Jane Roe, R-Ohio, said": whatever made the person, the
        // party letter after the name is the side
        String party = c != null && c.affiliation() == null ? NameEvidenceRules.partyAfter(p, new NameRuns.Run(c.from(), c.to())) : null;
        if (party != null) {
            c = new Candidate(c.para(), c.from(), c.to(), c.name(), c.role(), party);
        }
        if (c != null && townNamedInFull(p, c)) {
            return null;
        }
        // rule "company in apposition, not a person": "the new owner, Quorrel Global, a private investment firm": what
        // the apposition after the name calls a company is none, whatever role stands before; a given name first
        // ("Jane Roe, a firm believer in …") is left to the evidence
        if (c != null && !gaz.givenName.test(p.tokens().get(c.from()))
                && namingNouns.appositionNoun(p, new NameRuns.Run(c.from(), c.to()))) {
            return null;
        }
        // rule "team, not a person": "billionaire Dallas Mavericks owner Mark Dutch": a city's name and a team's plural
        // before a lowercase title of the team's people stay the team (the organisation rules name it) whatever title
        // stands before them; a given name first ("Austin Powers") is left to the evidence
        if (c != null && c.to() < p.tokens().size() && !p.tokens().get(c.to()).cap() && gaz.title.test(p.tokens().get(c.to()))
                && !gaz.givenName.test(p.tokens().get(c.from())) && TeamNames.cityTeam(p, new NameRuns.Run(c.from(), c.to()))) {
            return null;
        }
        // rule "company noun before a name": "the Portuguese newspaper Correio de Manha", "the firm Quorrel Vance":
        // what the noun calls a company is no person (the organisation rules name it)
        int before = c == null ? -1 : c.from() - 1;
        if (before >= 0 && c.role() == null && !p.tokens().get(before).cap()
                && NamingNounRules.COMPANY_NOUNS.contains(p.tokens().get(before).key())
                && Gazetteer.joinable(p.text(), p.tokens().get(before), p.tokens().get(c.from()))) {
            return null;
        }
        return c;
    }

    /**
     * Capitalised kin words that are a priest's, a nun's or a monk's title before a full name. Not "Mother": "Mother
     * Amy Roe said her son was killed" opens a crime story with a parent far more often than with an abbess.
     */
    private static final java.util.Set<String> RELIGIOUS_TITLES = WordSet.of("father", "sister", "brother");

    /**
     * Rule "religious title": "the murder of Father Jacques Hamelin in Normandy", "Sister Agnes Wanjiru said": a
     * capitalised "Father", "Sister" or "Brother" before a listed given name and a surname is the title of
     * the person named after it (a parent is "his father, John Roe", lowercase). A headline's capitals say nothing.
     */
    private Candidate religiousTitle(ArticleText.Para p, NameRuns.Run whole) {
        var t = p.tokens();
        if (whole.size() < 3 || !RELIGIOUS_TITLES.contains(t.get(whole.from()).key()) || t.get(whole.from()).upper()
                || NameRuns.headline(p) || NameRuns.titleCaseLine(p) || !gaz.givenName.test(t.get(whole.from() + 1))) {
            return null;
        }
        int from = whole.from() + 1;
        int to = cut(t, from + 1, whole.to());
        if (to - from < 2 || !names.validName(p, from, to)) {
            return null;
        }
        return new Candidate(p, from, to, p.surface(from, to), t.get(whole.from()).text(), null);
    }

    /**
     * Rule "town, not a person": "a teacher from Terre Haute", "an interview in Santa Monica": a name of two words or
     * more that is a town of the towns list, opening with a rare given name (not one of the common ones) and with no
     * title or role to make it a person, is the town. "Glen Allen" (a town, and Glen a common given name) stays a person.
     */
    private boolean townNamedInFull(ArticleText.Para p, Candidate c) {
        return c.role() == null && NamedForPeople.townNotName(p, c.from(), c.to());
    }

    /** A person's age in apposition, written out: ", a 55-year-old salesman", ", an 80-year-old". */
    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile(", an? [1-9][0-9]?-year-old\\b");

    /**
     * Rule "title that is a given name": "Dean Okafor, a 55-year-old salesman, said", "Dean Mensah, 61, said": a
     * capitalised title word that a given-name list holds too, opening a run of two words right before the person's
     * age, opens the person's full name (an age comes after a full name: "Dean Roe, 61" is not Roe, a dean).
     */
    private boolean givenNameTitle(ArticleText.Para p, NameRuns.Run whole, int title) {
        var t = p.tokens();
        if (title != whole.from() || whole.size() != 2 || !t.get(title).cap() || t.get(title).upper()
                || !gaz.givenName.test(t.get(title))) {
            return false;
        }
        return evidence.ageAfter(p, whole) || AGED.matcher(p.text()).region(t.get(whole.to() - 1).end(), p.text().length()).lookingAt();
    }

    /** Generations written with "Gen" and a letter: "Gen X", "Gen Xers", "Gen Zers". */
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("[XYZ](?:ers?|s)?");

    /**
     * A title's word that opens some other name: rule "title before an ampersand" ("Lord & Taylor", "Marshall &
     * Swift": a firm's partners, no title takes an ampersand after it) and rule "generation letters" ("Baby Boomers
     * and Gen Xers", "Gen Z": "Gen" without its dot before X, Y or Z is a generation, no general).
     */
    static boolean titleWordOfAnotherName(ArticleText.Para p, int k) {
        var t = p.tokens();
        Token w = t.get(k);
        if (ampersandAfter(p, k)) {
            return true;
        }
        return w.key().equals("gen") && k + 1 < t.size() && t.get(k + 1).start() == w.end() + 1
                && GENERATION.matcher(t.get(k + 1).text()).matches();
    }

    /** Rule "title before an ampersand": " & " right after token {@code k} ("Lord & Taylor"). */
    static boolean ampersandAfter(ArticleText.Para p, int k) {
        return p.text().startsWith(" & ", p.tokens().get(k).end());
    }

    private Candidate titledOrEvidenced(ArticleText.Para p, NameRuns.Run whole) {
        var t = p.tokens();
        // "former secretary of State Marta Halvorsen": a title in lower case leaves its office to open the run
        int at = whole.from();
        if (at >= 2 && gaz.office.test(t.get(at)) && t.get(at - 1).key().equals("of")
                && !t.get(at - 2).cap() && gaz.title.test(t.get(at - 2))
                && Gazetteer.joinable(p.text(), t.get(at - 2), t.get(at - 1)) && Gazetteer.joinable(p.text(), t.get(at - 1), t.get(at))) {
            whole = new NameRuns.Run(at - 2, whole.to());
        }
        // a title inside the run: "President Lucia Ramos", "Secretary of State Antony Blinken",
        // "Central Bank of Kenya Governor Kamau Wanyoike"
        int title = -1;
        for (int k = whole.from(); k < whole.to() - 1; k++) {
            if (gaz.title.test(t.get(k))) {
                title = k;
            }
        }
        if (title >= 0 && titleWordOfAnotherName(p, title)) {
            return null;
        }
        if (title >= 0 && givenNameTitle(p, whole, title)) {
            // rule "title that is a given name": the title word is the given name, the word after it a valid surname
            return names.validName(p, title + 1, whole.to()) ? new Candidate(p, whole.from(), whole.to(), p.surface(whole.from(), whole.to()), null, null) : null;
        }
        if (title >= 0) {
            int from = title + 1;
            boolean connector = false;
            // "Secretary of State …" skips "of State"; "the Rev. Al Shelburne" keeps "Al", a capitalised given name
            while (from < whole.to() && !NameRuns.vietnameseMiddle(t, from + 1, whole.to()) && (NameRuns.CONNECTOR.test(t.get(from))
                    && !(t.get(from).cap() && gaz.givenName.test(t.get(from)))
                    || gaz.office.test(t.get(from)))) {
                connector = NameRuns.ORG_CONNECTOR.test(t.get(from));
                from++;
            }
            if (connector) {
                // after "of"/"for" an office comes, then the name ("Under Secretary for Political Affairs Wendy
                // Sherman" names her by her given name); "Justice for Victims of Trafficking Act" names no one
                int given = from;
                while (given < whole.to() - 1 && !gaz.givenName.test(t.get(given))) {
                    given++;
                }
                if (given >= whole.to() - 1) {
                    return null;
                }
                from = given;
            }
            int to = cut(t, from, whole.to());
            if (!names.validName(p, from, to)) {
                return null;
            }
            if (to - from == 1 && title == from - 1 && t.get(title).cap() && ROLE_NOUNS.contains(t.get(title).key())
                    && !gaz.givenName.test(t.get(from))) {
                return null; // "Star Wars", "Executive Order", "Head Start": a role noun capitalised in a title, then a word
            }
            // "Ukrainian President …", "U.S. Secretary of State …": the country is the affiliation, not the role
            // rule "headline before a title" first: a headline's words are neither the role nor its affiliation
            // ("Canada's Cape Breton Will Welcome Refugees Fleeing President …" is not Canada's president)
            int roleFrom = HeadlineRoles.roleStart(p, whole.from(), title);
            String affiliation = roles.affiliationBefore(p, roleFrom);
            Gazetteer.Match lead = p.matchAt(roleFrom);
            if (lead != null && lead.to() <= title && RoleRules.country(lead.entry()) != null
                    && lead.entry().kind() != Gazetteer.Kind.ORGANIZATION) {
                affiliation = RoleRules.country(lead.entry());
                roleFrom = lead.to();
            }
            // rule "two portfolios": "Trade and Industry Minister Sipho Dube", "Health and Social Care Secretary …": an
            // office word and "and" before the office that opens the role belong to it
            if (roleFrom == whole.from() && roleFrom >= 2 && gaz.office.test(t.get(roleFrom)) && t.get(roleFrom - 1).key().equals("and")
                    && !t.get(roleFrom - 1).cap() && t.get(roleFrom - 2).cap() && gaz.office.test(t.get(roleFrom - 2))
                    && Gazetteer.joinable(p.text(), t.get(roleFrom - 2), t.get(roleFrom - 1))
                    && Gazetteer.joinable(p.text(), t.get(roleFrom - 1), t.get(roleFrom))) {
                roleFrom -= 2;
            }
            int roleTo = from;
            while (roleTo > title + 1 && NameRuns.CONNECTOR.test(t.get(roleTo - 1))) {
                roleTo--;
            }
            // "Enter President Spade": a sentence opener that is no title, place or organisation is not the role's
            // rule "opener of a two-word title": not "Prime Minister …", "Vice President …" opening a sentence, whose
            // first word is the title's own ("prime minister" and "vice-president" are listed titles)
            // an acronym there, no English word in capitals ("NEVER President …"), is a body's ("NLC President Joe
            // Roe", "KNUT Secretary-General …"): it stays the role's
            if (roleFrom < title && t.get(roleFrom).initial() && p.matchAt(roleFrom) == null
                    && !(t.get(roleFrom).upper() && !EnglishWords.KEY.test(t.get(roleFrom)))
                    && !gaz.title.test(t.get(roleFrom)) && !gaz.office.test(t.get(roleFrom))
                    && !(roleFrom == title - 1 && twoWordTitle(t.get(roleFrom), t.get(title)))) {
                roleFrom++;
            }
            while (roleFrom < title && !t.get(roleFrom).cap() && RoleRules.opensNoRole(t.get(roleFrom).key())) {
                roleFrom++; // "on Mrs. Halvorsen", "particularly Sens. …": the word is the sentence's (rule "no role opener")
            }
            roleFrom = RoleRules.afterInnerPreposition(t, roleFrom, title);
            String role = RoleRules.roleOrNull(RoleRules.singularTitle(RoleRules.dotted(p, roleFrom, roleTo)));
            if (role == null || roleTo - roleFrom == 1 && COURTESY_TITLES.contains(t.get(roleFrom).key())) {
                // rule "apposition after a courtesy title": "Dr. Lena Roe, the director of the clinic, said", "Mr. Tomas
                // Roe, the bank's chief economist,": an honorific or a courtesy title says less than the role the
                // apposition gives, which the untitled name would have had
                Candidate apposed = appositions.apposition(p, new NameRuns.Run(from, to), p.surface(from, to));
                if (apposed != null && apposed.role() != null && !apposed.role().isEmpty()) {
                    return new Candidate(p, from, to, p.surface(from, to), apposed.role(),
                            affiliation != null ? affiliation : apposed.affiliation());
                }
            }
            return new Candidate(p, from, to, p.surface(from, to), role, affiliation);
        }
        // "Rival Jane Roe said", "Neither John Doe nor …": a capitalised sentence opener that is no given name,
        // before a given name, is the sentence's word; rule "opener of no English word": not "Aung Thura Kyi
        // visited …", whose first name no list of given names holds and no dictionary either: the given name after
        // it is the evidence of a person for the whole name
        boolean foreignOpener = false;
        if (whole.size() >= 3 && t.get(whole.from()).initial() && !gaz.givenName.test(t.get(whole.from()))
                && gaz.givenNames.contains(t.get(whole.from() + 1).key()) && !t.get(whole.from() + 1).upper()) {
            Token opener = t.get(whole.from());
            foreignOpener = !EnglishWords.TEXT.test(opener) && (NAME_WORD.matcher(opener.text()).matches()
                    || opener.text().length() == 1 && opener.end() < p.text().length() && p.text().charAt(opener.end()) == '.');
            whole = foreignOpener ? whole : new NameRuns.Run(whole.from() + 1, whole.to());
        }
        // "William Kiprono of Kenya": a person's name stops at "of", "for", "on"
        NameRuns.Run run = new NameRuns.Run(whole.from(), cut(t, whole.from() + 1, whole.to()));
        if (headlineVerbLast(p, run)) {
            run = new NameRuns.Run(run.from(), run.to() - 1);
        }
        int verb = headlineVerbInside(p, run);
        if (verb > 0) {
            run = new NameRuns.Run(run.from(), verb);
        }
        if (run.size() == 1 && run.to() < whole.to()) {
            Candidate group = groupOfName(p, whole, run);
            if (group != null) {
                return group;
            }
        }
        if (!names.validName(p, run.from(), run.to())) {
            // "Harbor Youth Club Mark Dunnell": words before a given name that ends the run in a valid name are not its own
            int given = givenNameInside(p, run);
            if (given < 0) {
                return groupOfName(p, whole, run);
            }
            run = new NameRuns.Run(given, run.to());
        }
        String name = p.surface(run.from(), run.to());
        // a lowercase title right before: "junta leader Ramos", "Peru's defence minister Carlos Rivas"
        int before = run.from() - 1;
        if (before >= 0 && gaz.title.test(t.get(before)) && !RoleRules.titleUsedAsVerb(p, before) && (!t.get(before).cap()
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from()))
                || t.get(before).cap() && p.text().substring(t.get(before).end(), t.get(run.from()).start()).equals(". "))) {
            int roleFrom = roles.roleStart(p, before);
            String affiliation = roles.affiliationBefore(p, roleFrom);
            // rule "demonym opening a role": "Ghanaian striker Kwame Asante" opening a sentence is a striker of Ghana,
            // as "the Ghanaian striker" is
            Gazetteer.Match lead = p.matchAt(roleFrom);
            if (lead != null && lead.from() == roleFrom && lead.to() <= before && !t.get(roleFrom).upper()
                    && (lead.entry().kind() == Gazetteer.Kind.DEMONYM || lead.entry().kind() == Gazetteer.Kind.COUNTRY)
                    && lead.entry().country() != null) {
                affiliation = lead.entry().country();
                roleFrom = lead.to();
            }
            // rule "plural title": "Sens. Jane Roe and …" is a "Sen."
            return new Candidate(p, run.from(), run.to(), name,
                    RoleRules.singularTitle(RoleRules.dotted(p, roles.withBodyBefore(p, roleFrom), before + 1)),
                    affiliation);
        }
        int shared = run.size() == 1 ? unlisted.pairSharingSurnameFirst(p, run) : -1;
        if (shared >= 0) {
            // rule "pair sharing a surname": "Temba" of "the parents, Temba and Amira Nkosana" is Temba Nkosana
            return new Candidate(p, run.from(), run.to(), name + " " + t.get(shared).text(), null, null);
        }
        if (run.size() < 2 && unlisted.possessiveOfName(p, run)) {
            return new Candidate(p, run.from(), run.to(), name, null, null); // rule "owner of a named relation"
        }
        if (run.size() < 2) {
            // "Garrity said": one name before a cue verb is someone's surname (an organisation the gazetteer knows
            // never gets here)
            boolean opens = run.from() == 0 || t.get(run.from()).initial()
                    || !punctuationFree(p.text(), t.get(run.from() - 1), t.get(run.from()));
            boolean tenure = evidence.tenure(p, run);
            boolean cue = opens && evidence.cueAfter(p, run) && !evidence.pluralSubject(p, run) || tenure;
            // "the Ashford era", "the Tanner administration": before a tenure noun a given name is a surname too
            return cue && !t.get(run.from()).possessive() && names.surnameLike(t.get(run.from()), tenure)
                    ? new Candidate(p, run.from(), run.to(), name, null, null) : null;
        }
        Candidate apposition = appositions.apposition(p, run, name);
        if (apposition != null) {
            return apposition;
        }
        // a given name starts a person's name, but not after "the" ("at the Santiago Bernabeu")
        // nor after a noun that calls it a company ("the lender Rima Trading")
        // rule "place's first word": "San Diego Union-Tribune", "Santa Clara County": a given name that opens a
        // gazetteer place of two words or more is the place's word, no evidence of a person
        Gazetteer.Match place = p.matchAt(run.from());
        boolean placeWord = place != null && place.from() == run.from() && place.to() - place.from() >= 2 && place.entry().isPlace();
        // rule "syllable given name": "Min-jun Park", "Seo-yeon Choi": a Korean or Chinese given name's two syllables
        // joined by a hyphen, which no list of given names holds whole, open the name as a given name does
        boolean given = (gaz.givenName.test(t.get(run.from())) || foreignOpener && run.from() == whole.from()
                || run.size() >= 2 && ActorDraft.syllableGivenName(t.get(run.from()).text()))
                && !placeWord
                && (run.from() == 0 || !t.get(run.from() - 1).key().equals("the")
                && !OWNERS.contains(t.get(run.from() - 1).key()) // "his Hampton Roads constituency"
                && !(NamingNounRules.COMPANY_NOUNS.contains(t.get(run.from() - 1).key()) && !t.get(run.from() - 1).cap()))
                && !TeamNames.teamOfAmbiguousCity(p, run); // "the League's Charlotte Panthers" is a team
        // "Kenya's Faith Jeptanui": a capitalised pair right after a country's possessive
        Gazetteer.Match owner = p.matchAt(run.from() - 1);
        // not "London's West End": a compass word opens a part of the place
        boolean ownedByCountry = owner != null && owner.to() == run.from() && t.get(run.from() - 1).possessive()
                && !PlaceFinder.COMPASS.contains(t.get(run.from()).key())
                && (owner.entry().kind() == Gazetteer.Kind.COUNTRY || owner.entry().kind() == Gazetteer.Kind.CITY)
                && run.size() <= 3 && !PlaceFinder.GEO_WORDS.contains(t.get(run.to() - 1).key());
        if (evidence.cueAfter(p, run) || evidence.cueBefore(p, run) || given || ownedByCountry || evidence.tenureOfName(p, run)
                || evidence.whoAfter(p, run) || evidence.workBy(p, run) || evidence.signsQuote(p, run)
                || evidence.ageAfter(p, run) || evidence.personVerbAfter(p, run) || evidence.kinBefore(p, run)
                || evidence.cueAfterApposition(p, run)
                || unlisted.personVerbBefore(p, run) || unlisted.asTitleAfter(p, run) || unlisted.pairSharingSurname(p, run)
                || unlisted.familyNameFirst(p, run) || unlisted.foundedBy(p, run) || unlisted.afterLifePhrase(p, run)
                || unlisted.pairOfSubjects(p, run) || unlisted.possessiveOfName(p, run)
                || unlisted.listBeforeGroupParticiple(p, run) || unlisted.ofOrganisation(p, run) || unlisted.ofSomewhereThenCue(p, run)
                || KinAndEventEvidence.eventOfName(p, run) || KinAndEventEvidence.kinAfter(evidence, p, run)) {
            return new Candidate(p, run.from(), run.to(), name, null, null);
        }
        String party = NameEvidenceRules.partyAfter(p, run);
        if (party != null) {
            return new Candidate(p, run.from(), run.to(), name, null, party);
        }
        return null;
    }

    /**
     * Rule "group of a name": "Supporters of Marta Roe and …", "Friends of John Doe": one word that is no name, no
     * title and no organisation's head word, then "of" or "for", then a name; the name after the connector is read
     * on its own, with the evidence it has there.
     */
    private Candidate groupOfName(ArticleText.Para p, NameRuns.Run whole, NameRuns.Run head) {
        var t = p.tokens();
        int connector = head.to();
        if (head.size() != 1 || connector + 2 > whole.to() || !NameRuns.ORG_CONNECTOR.test(t.get(connector))
                || t.get(connector).key().equals("the") || gaz.orgHead.test(t.get(head.from()))
                || gaz.title.test(t.get(head.from())) || gaz.office.test(t.get(head.from()))
                || p.matchAt(head.from()) != null) {
            return null;
        }
        NameRuns.Run rest = new NameRuns.Run(connector + 1, whole.to());
        return gaz.givenName.test(t.get(rest.from())) ? titledOrEvidenced(p, rest) : null;
    }

    /** Where a given name opens the last two or three words of a run and they make a valid name, else -1. */
    private int givenNameInside(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = Math.max(run.from() + 1, run.to() - 3); k <= run.to() - 2; k++) {
            if (t.get(k).cap() && !t.get(k).upper() && gaz.givenName.test(t.get(k)) && names.validName(p, k, run.to())) {
                return k;
            }
        }
        return -1;
    }

    /** Titles of address that name no office: the apposition after the name gives the role instead. */
    private static final java.util.Set<String> COURTESY_TITLES = WordSet.of("dr", "doctor", "prof", "professor", "sheikh",
            "rev", "reverend");

    /** "Prime Minister", "Vice President": two words that the titles list holds as one title, spaced or hyphenated. */
    private boolean twoWordTitle(Token first, Token title) {
        return gaz.titles.contains(first.key() + " " + title.key()) || gaz.titles.contains(first.key() + "-" + title.key());
    }

    /** A word shaped as a name: a capital, then two lowercase letters or more ("Aung"; not "Co-anchor", "QIf", "Go"). */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

    /** A one-word candidate with nothing but a cue verb for it ("Garrity said"), not one after a title ("Mrs. Roe"). */
    boolean byCueAlone(Candidate c) {
        return c.to() - c.from() == 1 && c.role() == null && c.name().indexOf(' ') < 0 // not a pair's "Temba" (Temba Nkosana)
                && !c.para().tokens().get(c.from()).possessive() // not the "owner of a named relation", a person by its own rule
                && (c.from() == 0 || !gaz.title.test(c.para().tokens().get(c.from() - 1)));
    }

    private static int cut(java.util.List<Token> t, int from, int to) {
        int k = Math.min(from, to);
        while (k < to && !NameRuns.ORG_CONNECTOR.test(t.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * Rule "headline verb before a capitalised word": "Lenny Roe Pins The Rise Of ISIS On …", "Jane Doe Sides With
     * …": in a title-case headline a full name's third word in -s that is an English word, before a capitalised
     * article or preposition, is the headline's verb, not a surname.
     */
    private static boolean headlineVerbLast(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token last = t.get(run.to() - 1);
        if (run.size() < 3 || run.to() >= t.size() || !last.key().endsWith("s") || last.key().endsWith("ss") || last.upper()) {
            return false;
        }
        Token next = t.get(run.to());
        return next.cap() && !next.upper() && HEADLINE_FUNCTION_WORDS.contains(next.key())
                && Gazetteer.joinable(p.text(), last, next) && EnglishWords.TEXT.test(last);
    }

    /**
     * Rule "headline verb after a full name": "Sione Taufa Wins City Marathon", "Ana Roe Takes Gold In Final": in a
     * headline, a run opening with a given name whose third or fourth word is a verb in -s (an English word that is
     * also one without its "s": wins, takes, joins) ends before that verb; the name is the words before it. Returns
     * the verb's index, or -1.
     */
    private int headlineVerbInside(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 3 || !NameRuns.headline(p) || !gaz.givenName.test(t.get(run.from())) || t.get(run.from()).upper()) {
            return -1;
        }
        for (int k = run.from() + 2; k < Math.min(run.to(), run.from() + 4); k++) {
            Token w = t.get(k);
            String key = w.key();
            if (!w.upper() && !w.possessive() && key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")
                    && EnglishWords.contains(key) && EnglishWords.contains(key.substring(0, key.length() - 1))
                    && !gaz.givenNames.contains(key)) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> HEADLINE_FUNCTION_WORDS = WordSet.of("the", "a", "an", "on", "in", "to", "with",
            "of", "for", "at", "by", "as", "over", "after", "from", "into", "against", "about", "his", "her", "their");

    /** Possessive determiners: a given name right after one opens a place or a thing of theirs, not a person's name. */
    private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "its", "our", "my", "your");

    static boolean punctuationFree(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    static char lastCharBefore(String text, int offset) {
        int k = offset - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 ? text.charAt(k) : '\0';
    }

    static char firstCharAfter(String text, int offset) {
        int k = offset;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() ? text.charAt(k) : '\0';
    }
}
