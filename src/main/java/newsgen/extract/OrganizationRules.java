package newsgen.extract;

/**
 * Decides whether a capitalised run names an organisation the gazetteer does not know: a head word ending it
 * ("Baltic Energy Alliance") or followed by "of" ("Ministry of Health"). The other families live apart, one class
 * each: a lowercase noun beside the name ({@link NamingNounRules}), the job or source next to it
 * ({@link EmployerRules}), acronyms ({@link AcronymRules}), one-word legislatures ({@link ChamberRules}).
 */
final class OrganizationRules {
    private final Gazetteer gaz = Gazetteer.get();
    private final ChamberRules chamberRules = new ChamberRules();
    private final AcronymRules acronymRules = new AcronymRules();
    private final AgencyNameRules agencyNames = new AgencyNameRules();

    /** A headline or subhead in title case ("Protesters Clash With Police"): its capitals say nothing about names. */
    boolean titleCase(ArticleText.Para p) {
        if (!NameRuns.headline(p)) {
            return false;
        }
        int caps = 0;
        for (Token t : p.tokens()) {
            caps += t.cap() ? 1 : 0;
        }
        return caps * 5 >= p.tokens().size() * 3;
    }

    /**
     * "Shares of Alphabet Inc" opening a sentence, or the story after a dateline ("TOKYO — Shares of …"): the words
     * up to "of" are the sentence's, not the name's.
     */
    NameRuns.Run withoutOpener(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() >= 2 && stancePrefix(p, run.from())) {
            // rule "stance prefix": "the pro-Roe Great America PAC", "an anti-Roe PAC": the first word is whom the
            // group is for or against, not its name's ("Great America PAC"; "Roe PAC" names no group); a given name
            // there opens a full name ("a pro-Jane Roe PAC")
            boolean fullName = run.size() >= 3 && gaz.givenNames.contains(t.get(run.from()).key());
            run = new NameRuns.Run(run.from() + (fullName ? 2 : 1), run.to());
        }
        Token first = t.get(run.from());
        // rule "role opener before an employer": "Former House speaker Jane Roe", "Longtime Acme Bank executive …":
        // the sentence's first word belongs to the role after the run, not to the organisation
        if (first.initial() && run.size() >= 2 && ROLE_OPENERS.contains(first.key()) && run.to() < t.size()
                && !t.get(run.to()).cap() && gaz.titles.contains(t.get(run.to()).key())
                && (p.matchAt(run.from() + 1) == null || !p.matchAt(run.from() + 1).entry().isPlace())) { // "Former US secretary"
            return new NameRuns.Run(run.from() + 1, run.to());
        }
        // rule "rival opening a sentence": "Rival Etihad Airways and …", "Fellow carrier …", "Troubled lender Halvex
        // Bank": a word that sets the company beside another opens the sentence, not the company's name
        if (first.initial() && run.size() >= 2 && COMPANY_OPENERS.contains(first.key())) {
            // a name the gazetteer knows is left to it (its own mention; taking it here counted it twice)
            NameRuns.Run rest = new NameRuns.Run(run.from() + 1, run.to());
            if (p.matchAt(rest.from()) == null && isOrgName(p, rest)) {
                return rest;
            }
        }
        if (!first.initial() && !Dashes.afterDateline(p, run.from()) || gaz.orgHeads.contains(first.key())
                || p.matchAt(run.from()) != null) {
            return run;
        }
        for (int k = run.from() + 1; k + 1 < run.to(); k++) {
            if (NameRuns.ORG_CONNECTORS.contains(t.get(k).key())) {
                NameRuns.Run rest = new NameRuns.Run(k + 1, run.to());
                return isOrgName(p, rest) ? rest : run;
            }
        }
        return run;
    }

    /** Words that open a sentence before a company's name and set it beside another or say how it fares. */
    private static final java.util.Set<String> COMPANY_OPENERS = WordSet.of("rival", "rivals", "fellow", "troubled",
            "embattled", "struggling", "ailing", "indebted", "loss-making", "state-owned", "state-run", "privately-held",
            "listed", "unlisted", "smaller", "larger", "bigger");

    /** "pro-" or "anti-" written right before the word at {@code k}. */
    static boolean stancePrefix(ArticleText.Para p, int k) {
        int start = p.tokens().get(k).start();
        String before = p.text().substring(Math.max(0, start - 5), start).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("anti-") || before.endsWith("pro-") && (before.length() < 5 || !Character.isLetter(before.charAt(0)));
    }

    /**
     * Rule "generic super PAC": "the major Super PAC backing …", "the Jane Roe Super PAC", "Super PACs have the money":
     * "super PAC" is the kind of committee, written with capitals in headlines and by some outlets; whatever comes
     * before it says whom it backs. The committee's own name ("Keep the Promise PAC") has no "Super" before its head.
     */
    private static boolean genericSuperPac(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        String last = t.get(run.to() - 1).key();
        return (last.equals("pac") || last.equals("pacs")) && t.get(run.to() - 2).key().equals("super");
    }

    /**
     * Rule "party and home in brackets": "state Del. Jane Roe (D-Newport News)", "(R-Grand Rapids)": after a party's
     * letter and its hyphen come the member's home town's words, no organisation (though "News" may end one's name).
     */
    private static boolean partyHome(ArticleText.Para p, NameRuns.Run run) {
        int start = p.tokens().get(run.from()).start();
        int from = Math.max(0, start - 4);
        int to = Math.min(p.text().length(), start + 2);
        // the pattern needs a bracket: most runs have none before them, and get no substring and no matcher
        int bracket = p.text().indexOf('(', from);
        if (bracket < 0 || bracket >= to) {
            return false;
        }
        return PARTY_HYPHEN.matcher(p.text().substring(from, to)).find();
    }

    /**
     * Rule "party's chamber": "with a Democratic Senate", "the Republican Congress", "Republican House members": a
     * party's adjective before a chamber's one word says who holds the chamber; it names no organisation of its own.
     */
    private static boolean partysChamber(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        return run.size() == 2 && PARTY_ADJECTIVES.contains(t.get(run.from()).key())
                && ChamberRules.CHAMBERS.contains(t.get(run.from() + 1).key());
    }

    private static final java.util.Set<String> PARTY_ADJECTIVES = WordSet.of("democratic", "republican", "democrat", "gop");

    /** "(D-", "(R–": a party's letter after a bracket, with its hyphen or dash. */
    private static final java.util.regex.Pattern PARTY_HYPHEN = java.util.regex.Pattern.compile("\\(\\s?[RDI]\\s?[-\u2013]");

    /**
     * Rule "shouted words": "GROWING PARTY," he declared in a tweet, "OKAFOR'S LAST STATE OF THE UNION": two or more
     * words in capitals, all but one of them plain English words, are words shouted (a tweet, a newsletter's
     * heading), not an organisation's name (a known organisation in capitals is the gazetteer's, never asked here).
     */
    private static boolean shouted(ArticleText.Para p, NameRuns.Run run) {
        int other = 0;
        for (int k = run.from(); k < run.to(); k++) {
            Token w = p.tokens().get(k);
            if (!w.upper()) {
                return false;
            }
            other += EnglishWords.contains(w.key()) || NameRuns.CONNECTORS.contains(w.key()) ? 0 : 1;
        }
        return other <= 1 && run.size() - other >= 2;
    }

    /** Words of a newspaper's own bodies: "Editorial Board", "Board of Contributors", "Opinion Desk". */
    private static final java.util.Set<String> NEWSROOM_WORDS = WordSet.of("editorial", "board", "contributors",
            "contributor", "opinion", "opinions", "editors", "desk", "staff", "newsroom");

    /**
     * Rule "newsroom body": "separate from those of the Editorial Board", "a member of USA TODAY's Board of
     * Contributors": a name made of a newsroom's words only is the outlet's own body, written with capitals, and
     * names no organisation of its own (the speaker rules read "the editorial board wrote" as the newspaper).
     */
    static boolean newsroomBody(ArticleText.Para p, NameRuns.Run run) {
        for (int k = run.from(); k < run.to(); k++) {
            String key = p.tokens().get(k).key();
            if (!NEWSROOM_WORDS.contains(key) && !NameRuns.ORG_CONNECTORS.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "on a day": "told CBS News on Super Tuesday", "Fox News on Sunday", "the committee on March 3": "on" before
     * words ending in a weekday or a month says when, and joins no name ("Committee on Foreign Relations" ends in none).
     */
    private static boolean onADay(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (!TownRules.CALENDAR.contains(t.get(run.to() - 1).key())) {
            return false;
        }
        for (int k = run.from() + 1; k < run.to() - 1; k++) {
            if (t.get(k).key().equals("on")) {
                return true;
            }
        }
        return false;
    }

    boolean onlyHeads(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!gaz.orgHeads.contains(p.tokens().get(k).key())) {
                return false;
            }
        }
        return from < to;
    }

    boolean isOrgName(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() < 2 || newsroomBody(p, run) || partyHome(p, run) || partysChamber(p, run) || genericSuperPac(p, run)
                || onADay(p, run)) {
            return false;
        }
        var t = p.tokens();
        // rule "title before an ampersand" (PersonRules.ampersandAfter): "Lord & Taylor" is a firm's name
        if (gaz.titles.contains(t.get(run.from()).key()) && !agencyNames.titleOpensOrgName(p, run)
                && !PersonRules.ampersandAfter(p, run.from())) {
            return false;
        }
        if (BodyPublications.publicationOfBody(p, run) || NameRuns.ownersCompany(p, run)) {
            return true;
        }
        if (gaz.orgHeads.contains(t.get(run.to() - 1).key())) {
            // rule "chamber of a legislature": "the Senate Chamber", "the House chamber" is the room the chamber sits
            // in, no body beside it; "chamber" heads a body's name before "of" ("the Chamber of Mines")
            return !shouted(p, run) && !(run.size() == 2 && t.get(run.to() - 1).key().equals("chamber")
                    && ChamberRules.CHAMBERS.contains(t.get(run.from()).key()));
        }
        if (bodyOfACountry(p, run) || NameWordRules.industryTail(p, run.from(), run.to())) {
            return true; // "Tata Steel said": rule "industry after a plain name"
        }
        if (companyForm(p, run) || OPENING_HEADS.contains(t.get(run.from()).key()) && !t.get(run.from()).upper()) {
            return true;
        }
        if (agencyNames.pluralsOfCountry(p, run)) {
            return true;
        }
        // "Norwich City", "Leicester City": a British city's name and "City" is its football club
        Gazetteer.Match town = p.matchAt(run.from());
        if (run.size() == 2 && t.get(run.from() + 1).key().equals("city") && town != null && town.to() == run.from() + 1
                && town.entry().kind() == Gazetteer.Kind.CITY && "United Kingdom".equals(town.entry().country())) {
            return true;
        }
        if (TeamNames.cityTeam(p, run) || TeamNames.clubOfCity(p, run)) {
            return true;
        }
        // rule "paper of a city": "Baltimore Sun", "Kansas City Star", "Sacramento Bee": a city's or a state's name and a
        // newspaper's word
        if (town != null && town.from() == run.from() && town.to() == run.to() - 1 && town.entry().isPlace()
                && PAPER_TAILS.contains(t.get(run.to() - 1).key()) && !t.get(run.to() - 1).upper()) {
            return true;
        }
        if (CityPapers.paperWithEdition(p, run, town)) {
            return true;
        }
        // "Hogan & Hartson", "Procter & Gamble": capitalised names joined by an ampersand are a firm
        if (run.size() <= 4 && ampersand(p, run)) {
            return true;
        }
        // "Ministry of Health", "High Court of Kenya": a head word followed by "of" or "for"; rule "head that only
        // ends a name": not "Watch on YouTube" (a link's words), "Watch" ends names ("Human Rights Watch")
        for (int k = run.from(); k + 2 < run.to(); k++) {
            if (gaz.orgHeads.contains(t.get(k).key()) && NameRuns.ORG_CONNECTORS.contains(t.get(k + 1).key())
                    && !(k == run.from() && ENDING_HEADS.contains(t.get(k).key()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "body of a country": "The Minerals Council South Africa, which …", "Bar Council Malaysia said",
     * "Transparency International Bangladesh (TIB)": a name whose head word is followed by a country's name, the
     * name ending there (a comma, a bracket or a cue verb after it), is the body's whole name, the country its last
     * words. Not "told the Foreign Affairs Committee Iran had …", where no such mark follows.
     */
    private boolean bodyOfACountry(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to() - 1;
        while (k > run.from() && p.matchAt(k) == null) {
            k--;
        }
        Gazetteer.Match m = p.matchAt(k);
        if (m == null || m.entry().kind() != Gazetteer.Kind.COUNTRY || m.to() != run.to() || m.from() - run.from() < 1
                || t.get(m.from() - 1).upper()) {
            return false;
        }
        Token head = t.get(m.from() - 1);
        // rule "agency named for its country": "Bank Indonesia said", "Statistics Canada (StatCan)", "Sport England,":
        // one word of a national agency's field, then the country, is the agency
        if (m.from() - run.from() == 1 ? !COUNTRY_AGENCY_HEADS.contains(head.key()) : !gaz.orgHeads.contains(head.key())) {
            return false;
        }
        if (run.to() >= t.size()) {
            return p.text().substring(t.get(run.to() - 1).end()).strip().startsWith(",");
        }
        String between = p.text().substring(t.get(run.to() - 1).end(), t.get(run.to()).start()).strip();
        return between.startsWith(",") || between.startsWith("(") || between.isEmpty() && gaz.cueVerb.test(t.get(run.to()));
    }

    /** Fields of national agencies and central banks named by the field and the country alone ("Health Canada"). */
    static final java.util.Set<String> COUNTRY_AGENCY_HEADS = WordSet.of("bank", "statistics", "health",
            "transport", "elections", "parks", "sport", "heritage", "environment", "immigration", "employment");

    /** Two words, one of {@link #COUNTRY_AGENCY_HEADS} and a country: "Transport Canada" is no person's name. */
    static boolean countryAgency(ArticleText.Para p, int from, int to) {
        Gazetteer.Match m = p.matchAt(to - 1);
        return to - from == 2 && m != null && m.from() == to - 1 && m.to() == to && m.entry().kind() == Gazetteer.Kind.COUNTRY
                && COUNTRY_AGENCY_HEADS.contains(p.tokens().get(from).key()) && !p.tokens().get(from).upper();
    }

    /**
     * Rule "head that opens a name abroad": "Banco Meridional", "Grupo Televisa", "Deutsche Bahn", "Société Générale":
     * in Spanish, Portuguese, Italian, French and German names of banks, groups and companies the head word comes
     * first; none of these words opens a person's name.
     */
    static final java.util.Set<String> OPENING_HEADS = WordSet.of("banco", "banca", "banque", "grupo", "groupe",
            "gruppo", "compagnie", "compania", "companhia", "societe", "sociedad", "sociedade", "societa", "deutsche",
            "caixa", "editora", "industrias", "industrie", "instituto", "institut", "universidad",
            "universidade", "universita", "universite", "universitat", "partido", "parti", "partito", "ministerio",
            "ministere", "ministero", "tribunal");

    /**
     * Legal forms of companies abroad as the register writes them after the name, in capitals or mixed case:
     * "Ostrava Metals AG", "Veltro SpA". The one list of them: {@link #LEGAL_FORM_KEYS} reads its keys from here.
     */
    private static final java.util.Set<String> COMPANY_FORMS = java.util.Set.of("AG", "SE", "NV", "N.V.", "SpA",
            "S.p.A.", "ASA", "AB", "Oyj", "KGaA", "SARL", "S.A.S.", "A/S", "S.A", "SAS");

    /**
     * Legal forms that end a company's name as registered, as keys without their last dot: those written at home in
     * any case ("Inc.", "Ltd", "PLC", "Co.", "GmbH", "S.A.") and every one of {@link #COMPANY_FORMS}.
     */
    private static final java.util.Set<String> LEGAL_FORM_KEYS = legalFormKeys(COMPANY_FORMS, "inc", "ltd", "plc",
            "llc", "corp", "co", "gmbh", "bhd", "pty", "bv", "sa", "s.a");

    private static java.util.Set<String> legalFormKeys(java.util.Set<String> abroad, String... home) {
        java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(home));
        for (String form : abroad) {
            String key = Slugs.fold(form);
            keys.add(key.endsWith(".") ? key.substring(0, key.length() - 1) : key);
        }
        return WordSet.copyOf(keys);
    }

    /** Whether the word is a company's legal form ({@link #LEGAL_FORM_KEYS}), its dot left out. */
    static boolean legalForm(Token w) {
        String key = w.key().endsWith(".") ? w.key().substring(0, w.key().length() - 1) : w.key();
        return LEGAL_FORM_KEYS.contains(key) && (w.upper() || w.cap());
    }

    /**
     * Rule "company form abroad": "Ostrava Metals AG", "Veltro SpA", "Nordhavn ASA": a legal form written as the
     * register writes it ends a company's name; not one followed by a capitalised name, where "AG" is the attorney
     * general's title ("Assistant AG Jane Roe"), nor after a title word.
     */
    private boolean companyForm(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token last = t.get(run.to() - 1);
        if (!COMPANY_FORMS.contains(last.text()) || run.size() < 2 || gaz.titles.contains(t.get(run.to() - 2).key())
                || gaz.titles.contains(t.get(run.from()).key())) {
            return false;
        }
        return run.to() >= t.size() || !t.get(run.to()).cap() || !Gazetteer.joinable(p.text(), last, t.get(run.to()));
    }

    /** Head words that end an organisation's name and never open one before "of" or "on": a verb there. */
    private static final java.util.Set<String> ENDING_HEADS = WordSet.of("watch");

    /** Last words of newspapers named for their city that are no organisation's head word elsewhere. */
    private static final java.util.Set<String> PAPER_TAILS = WordSet.of("sun", "star", "bee", "mercury", "statesman",
            "citizen", "advertiser", "bulletin", "free-press", "democrat-gazette", "star-telegram", "sun-times",
            "star-tribune", "union-tribune", "courant", "oregonian", "plain-dealer", "post-dispatch", "times-picayune");

    /** An ampersand between two of the run's words ("Hogan & Hartson"), not in "Q&A" or "AT&T" written in one word. */
    private boolean ampersand(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = run.from(); k + 1 < run.to(); k++) {
            // the gap tested in place: this runs for nearly every name of two words or more
            boolean gap = t.get(k + 1).start() - t.get(k).end() == 3 && p.text().startsWith(" & ", t.get(k).end());
            // not "Jim & Sarah", "Ann & I": people named together; "Lord & Taylor": a given name beside a word that is
            // none is a firm's
            if (gap && t.get(k).cap() && t.get(k + 1).cap() && !t.get(k).upper() && !t.get(k + 1).upper()
                    && t.get(k).key().length() > 1 && t.get(k + 1).key().length() > 1
                    && !(gaz.givenNames.contains(t.get(k).key()) && gaz.givenNames.contains(t.get(k + 1).key()))
                    && !(k > run.from() && gaz.givenNames.contains(t.get(k - 1).key()))) { // "Jim Roe & Ann": a full name
                    // beside another name
                return true;
            }
        }
        return false;
    }

    /** Last words of a company's name after which its first word alone names it ("Nimbus AI Ltd" is "Nimbus"). */
    private static final java.util.Set<String> COMPANY_TAILS = WordSet.of("ltd", "inc", "corp", "plc", "llc",
            "co", "group", "holdings", "semiconductors", "ventures", "capital", "partners", "minerals", "mining",
            "retail", "technologies", "systems", "motors", "airlines", "airways", "energy", "pharmaceuticals",
            "industries", "enterprises", "labs", "robotics", "therapeutics", "logistics", "loans", "chemical",
            "chemicals", "resources", "petroleum", "investments", "securities", "insurance", "software", "university",
            "college", "institution", "coal", "steel", "oil", "cement", "cements", "breweries", "foods", "brands", "media", "pictures", "studios",
            "networks", "financial", "pharma", "telecom", "company", "corporation", "museum", "school", "gmbh", "bhd",
            "berhad", "pty", "oyj", "llp", "bv", "sa");

    /** Last words of institutions often named for a thing or an event, whose first word alone then is that thing: "the
     * Holocaust" of "Holocaust Memorial Museum"; their first word is a short name only when no English word. */
    private static final java.util.Set<String> MEMORIAL_TAILS = WordSet.of("museum", "school");

    /**
     * A company's name whose first word is a plain name of its own: no place, demonym, title, given name or head word;
     * the whole name may be one the gazetteer knows ("Monmouth University" … "the Monmouth poll").
     */
    boolean companyName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token first = t.get(run.from());
        String lastKey = t.get(run.to() - 1).key().replace(".", "");
        Gazetteer.Match m = p.matchAt(run.from());
        boolean known = m != null && m.from() == run.from() && m.to() == run.to() && m.entry().kind() == Gazetteer.Kind.ORGANIZATION;
        return COMPANY_TAILS.contains(lastKey) && first.cap() && !first.upper() && (m == null || known)
                && !(MEMORIAL_TAILS.contains(lastKey) && EnglishWords.contains(first.key()))
                && !givenNameOpening(first) && !gaz.titles.contains(first.key())
                && !gaz.orgHeads.contains(first.key()) && !gaz.nonNames.contains(first.text())
                && !NameRuns.CONNECTORS.contains(t.get(run.from() + 1).key());
    }

    /**
     * Rule "rare given name opening a company": "Hartwell Group" … "Hartwell said" is the company by its first word,
     * as a surname is a person's; a common given name ("Kevin Group") or one that is also a place alone ("Jackson
     * State University" beside "JACKSON, Miss.") opens no short name.
     */
    private boolean givenNameOpening(Token first) {
        if (!gaz.givenNames.contains(first.key())) {
            return false;
        }
        if (gaz.commonGivenNames.contains(first.key())) {
            return true;
        }
        Gazetteer.Entry alone = gaz.lookup(first.text());
        return alone != null && alone.isPlace() || gaz.ambiguousCities.containsKey(first.text());
    }

    /** Words that open an officer's title rather than end an organisation's name: "Press Secretary", "National Director". */
    static final java.util.Set<String> TITLE_MODIFIERS = WordSet.of("press", "national", "executive",
            "deputy", "assistant", "senior", "associate", "communications", "policy", "legislative", "managing",
            "general", "political", "finance", "campaign", "state", "regional", "district", "acting", "interim");

    /**
     * The organisation a titled name opens with: a chamber word ("House Speaker Paul Morgan", see
     * {@link #chamberBeforeTitle}) or, by the rule "organisation before a title", the words before the first title when
     * they make an organisation's name ("House Judiciary Committee Chairman Bob Harwell", "State Senate President
     * Steve Sorley"); a party or nationality word opening them ("Republican U.S. House Speaker") and a sentence's
     * first word that is no name of its own ("Retired Army Col.") are left out. Null when there is none.
     */
    NameRuns.Run orgBeforeTitle(ArticleText.Para p, NameRuns.Run run, int nameFrom) {
        int chamber = chamberRules.chamberBeforeTitle(p, run, nameFrom);
        if (chamber >= 0) {
            return new NameRuns.Run(chamber, chamber + 1);
        }
        var t = p.tokens();
        int from = run.from();
        Gazetteer.Match lead = p.matchAt(from);
        while (lead != null && lead.from() == from && lead.entry().kind() == Gazetteer.Kind.DEMONYM && lead.to() < nameFrom) {
            from = lead.to();
            lead = p.matchAt(from);
        }
        // rule "sentence opener of an officer's organisation": "Oversight Committee Chairman Jane Roe" keeps its first
        // word when the rest would be head words alone ("Committee") and it reads as no word of the sentence's
        // ("Retired Army Col.", "Former House Speaker" drop it)
        if (from < nameFrom && t.get(from).initial() && lead == null && !gaz.orgHeads.contains(t.get(from).key())
                && (readsAsOpener(t.get(from)) || !onlyHeads(p, from + 1, firstTitle(p, from + 1, nameFrom)))) {
            from++;
        }
        while (from < nameFrom && (!t.get(from).cap() || gaz.nonName.test(t.get(from)))) {
            from++; // "He and House Judiciary Committee Chairman …": the run took the sentence's words with it
        }
        for (int k = from; k < nameFrom; k++) {
            if (gaz.title.test(t.get(k)) || gaz.office.test(t.get(k))) {
                int to = k;
                while (to > from && TITLE_MODIFIERS.contains(t.get(to - 1).key())) {
                    to--; // "White House Press Secretary": "Press" is the secretary's
                }
                NameRuns.Run org = new NameRuns.Run(from, to);
                if (placeAndField(p, org)) {
                    return null;
                }
                // of two words or more, as isOrgName asks, or an armed service ("Army Capt. Jane Roe"), or by the rule
                // "acronym before an officer's title" an acronym nothing else explains ("CWA President Jane Roe",
                // "UMWA Director of Government Affairs Jim Roe")
                return isOrgName(p, org) || org.size() == 1 && (armedService(p, org) || acronymRules.unknownAcronym(p, org)
                        && !EnglishWords.contains(t.get(org.from()).key()) && p.matchAt(org.from()) == null) ? org : null;
            }
        }
        return null;
    }

    /** Words that open a sentence before an officer's title as the sentence's: "Former", "Retired", "Then-". */
    private static final java.util.Set<String> OPENERS = WordSet.of("former", "then", "ex", "late", "acting", "interim",
            "outgoing", "incoming", "longtime", "veteran", "top", "new", "embattled", "disgraced", "current");

    /** Openers of a role that never start an organisation's name ("New", "Top" may: "New Democratic Party"). */
    private static final java.util.Set<String> ROLE_OPENERS = WordSet.of("former", "then", "ex", "late", "acting",
            "interim", "outgoing", "incoming", "longtime", "veteran", "embattled", "disgraced");

    private boolean readsAsOpener(Token w) {
        String k = w.key();
        return OPENERS.contains(k) || k.endsWith("ed") || k.endsWith("ing") || k.endsWith("ly") || gaz.nonNames.contains(w.text());
    }

    /** The first title or office word from {@code from} on, or {@code to}. */
    private int firstTitle(ArticleText.Para p, int from, int to) {
        int k = from;
        while (k < to && !gaz.titles.contains(p.tokens().get(k).key()) && !gaz.offices.contains(p.tokens().get(k).key())) {
            k++;
        }
        return k;
    }

    /** Trades a state regulates through an office of its own: "Securities Commissioner", "Insurance Commissioner". */
    static final java.util.Set<String> FIELDS = WordSet.of("securities", "insurance", "banking", "utilities",
            "lottery", "gaming", "revenue", "elections");

    /**
     * Rule "field of a place's office": "Alabama Securities Commissioner Jane Roe", "Ohio Insurance Director": a place
     * and the trade its officer regulates name the place's office, no organisation (PlaceFinder names the place).
     */
    private boolean placeAndField(ArticleText.Para p, NameRuns.Run org) {
        Gazetteer.Match m = p.matchAt(org.from());
        return org.size() >= 2 && m != null && m.from() == org.from() && m.to() == org.to() - 1 && m.entry().isPlace()
                && FIELDS.contains(p.tokens().get(org.to() - 1).key());
    }

    /** One-word names of a country's armed services, capitalised as US news writes them: "the Army", "Navy". */
    private static final java.util.Set<String> SERVICES = WordSet.of("army", "navy");

    /**
     * Rule "armed service": "Army" or "Navy" as one capitalised word ("served in the Army", "a Navy veteran", "two
     * Navy patrol boats", "Army Capt. Jane Roe") names that service; not in an all-capitals line, not as a sentence's
     * first word unless a lowercase word follows ("Navy officials said").
     */
    boolean armedService(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token w = t.get(run.from());
        if (run.size() != 1 || !SERVICES.contains(w.key()) || w.upper() || w.possessive() && run.from() == 0) {
            return false;
        }
        boolean lowerAfter = run.to() < t.size() && !t.get(run.to()).cap();
        return !w.initial() || lowerAfter || run.to() < t.size() && gaz.titles.contains(t.get(run.to()).key());
    }

    /** One word in camel case: a capital, lowercase letters, one capital inside, lowercase letters ("HarperCollins"). */
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}{2,})(\\p{Lu}\\p{Ll}+)");
    /** Name particles that join a surname in one word ("McDonald", "DeSantis", "VanderSloot"): a person's, not a brand's. */
    private static final java.util.regex.Pattern PARTICLE = java.util.regex.Pattern.compile(
            "(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Vander|Vande|Vanden|Della|Dela|Fitz|St)");

    /**
     * Rule "camel-case brand": one word written in camel case that nothing else explains ("HarperCollins",
     * "CrowdStrike", "EgyptAir") is a company's or a brand's name; not a surname with a particle ("McDonald") nor
     * words glued from page furniture ("JohnsonMichigan": a given name or a place inside), nor a title glued to a
     * name ("GovernorRoe").
     */
    boolean camelCaseBrand(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() != 1) {
            return false;
        }
        Token w = p.tokens().get(run.from());
        if (w.upper() || !innerCapital(w.text())) {
            return false; // no matcher for a word CAMEL cannot match: most runs of one word
        }
        java.util.regex.Matcher m = CAMEL.matcher(w.text());
        char before = w.start() > 0 ? p.text().charAt(w.start() - 1) : ' ';
        if (!m.matches() || PARTICLE.matcher(m.group(1)).matches() || before == '#' || before == '@') {
            return false; // not a hashtag or a handle ("#NeverSpade", "@SenHollis")
        }
        // rule "place before a company's head word": "QatarEnergy", "KenyaPower": a known place, then an organisation's
        // head word, is a company's name (a place after a name, "JohnsonMichigan", is page furniture glued together)
        boolean placeFirm = gaz.orgHeads.contains(Slugs.fold(m.group(2))) && !gaz.givenNames.contains(Slugs.fold(m.group(1)));
        for (int g = 1; g <= 2; g++) {
            String part = m.group(g);
            if (gaz.givenNames.contains(Slugs.fold(part)) || gaz.lookup(part) != null && !(placeFirm && g == 1)) {
                return false;
            }
        }
        // rule "title glued to a name": "GovernorRoe", "SenatorDoe": a handle (a tweet's author), no brand
        return !gaz.titles.contains(Slugs.fold(m.group(1)));
    }

    /**
     * Whether a capital (or a surrogate, half of a letter beyond the BMP) stands where {@link #CAMEL}'s second part can
     * start: after three characters at least, before the last. CAMEL's match implies it.
     */
    private static boolean innerCapital(String word) {
        for (int i = 3; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The name goes on past the run in a way runs do not follow: "Future 45", "Lashkar-e-Taiba". */
    static boolean nameGoesOnAfter(ArticleText.Para p, NameRuns.Run run) {
        int end = p.tokens().get(run.to() - 1).end();
        String text = p.text();
        return end < text.length() && (text.charAt(end) == '-' || end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isDigit(text.charAt(end + 1)));
    }
    /**
     * Rule "short name in brackets": "California Department of Transportation (Caltrans)": one capitalised word, not
     * all capitals (those are {@link AcronymRules#acronymAfter}), alone in brackets right after an organisation's name is its short
     * name. Returns that word, or null.
     */
    String shortNameAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.to() >= t.size() || run.size() < 2) {
            return null;
        }
        Token a = t.get(run.to());
        String gap = p.text().substring(t.get(run.to() - 1).end(), a.start()).strip();
        boolean closed = a.end() < p.text().length() && p.text().charAt(a.end()) == ')';
        return gap.equals("(") && closed && a.cap() && !a.upper() && a.text().length() >= 3 ? a.text() : null;
    }
}
