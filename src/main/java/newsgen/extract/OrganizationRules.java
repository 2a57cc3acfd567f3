package newsgen.extract;

import static newsgen.extract.AcronymRules.THING_ACRONYMS;

/**
 * Decides whether a capitalised run names an organisation the gazetteer does not know: a head word ending it
 * ("Baltic Energy Alliance") or followed by "of" ("Ministry of Health"), a naming noun beside it ("the firm X").
 * The rules that find a name by the job or source next to it are {@link EmployerRules}; acronyms are
 * {@link AcronymRules}.
 */
final class OrganizationRules {
    private final Gazetteer gaz = Gazetteer.get();
    private final ChamberRules chamberRules = new ChamberRules();

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

    /** "Shares of Alphabet Inc" opening a sentence: the words up to "of" are the sentence's, not the name's. */
    NameRuns.Run withoutOpener(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token first = t.get(run.from());
        if (!first.initial() || gaz.orgHeads.contains(first.key()) || p.matchAt(run.from()) != null) {
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

    boolean onlyHeads(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!gaz.orgHeads.contains(p.tokens().get(k).key())) {
                return false;
            }
        }
        return from < to;
    }

    boolean isOrgName(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() < 2) {
            return false;
        }
        var t = p.tokens();
        if (gaz.titles.contains(t.get(run.from()).key())) {
            return false;
        }
        if (gaz.orgHeads.contains(t.get(run.to() - 1).key())) {
            return true;
        }
        // "Norwich City", "Leicester City": a British city's name and "City" is its football club
        Gazetteer.Match town = p.matchAt(run.from());
        if (run.size() == 2 && t.get(run.from() + 1).key().equals("city") && town != null && town.to() == run.from() + 1
                && town.entry().kind() == Gazetteer.Kind.CITY && "United Kingdom".equals(town.entry().country())) {
            return true;
        }
        // "Denver Broncos", "New York Jets": a city's name and a capitalised plural is its sports team; so is a
        // state's ("Minnesota Vikings") or a city's that is also a word or a given name ("Charlotte Panthers")
        boolean home = town != null && town.to() == run.to() - 1
                && (town.entry().kind() == Gazetteer.Kind.CITY || town.entry().kind() == Gazetteer.Kind.REGION
                && Slugs.fold(p.surface(town.from(), town.to())).equals(Slugs.fold(town.entry().name()))) // not "Miss"
                || run.size() == 2 && gaz.ambiguousCities.containsKey(t.get(run.from()).text());
        if (home && teamPlural(p, run.to() - 1)) {
            return true;
        }
        // rule "paper of a city": "Baltimore Sun", "Kansas City Star", "Sacramento Bee": a city's or a state's name and a
        // newspaper's word
        if (town != null && town.from() == run.from() && town.to() == run.to() - 1 && town.entry().isPlace()
                && PAPER_TAILS.contains(t.get(run.to() - 1).key()) && !t.get(run.to() - 1).upper()) {
            return true;
        }
        // "Hogan & Hartson", "Procter & Gamble": capitalised names joined by an ampersand are a firm
        if (run.size() <= 4 && ampersand(p, run)) {
            return true;
        }
        // "Ministry of Health", "High Court of Kenya": a head word followed by "of" or "for"
        for (int k = run.from(); k + 2 < run.to(); k++) {
            if (gaz.orgHeads.contains(t.get(k).key()) && NameRuns.ORG_CONNECTORS.contains(t.get(k + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** Last words of newspapers named for their city that are no organisation's head word elsewhere. */
    private static final java.util.Set<String> PAPER_TAILS = WordSet.of("sun", "star", "bee", "mercury", "statesman",
            "citizen", "advertiser", "bulletin", "free-press", "democrat-gazette", "star-telegram", "sun-times",
            "star-tribune", "union-tribune", "courant", "oregonian", "plain-dealer");

    /**
     * "Charlotte Panthers", "Cleveland Cavaliers": a city whose name is also a given name, then a team's plural; a
     * team, not a person named by the given name.
     */
    boolean teamOfAmbiguousCity(ArticleText.Para p, NameRuns.Run run) {
        return run.size() == 2 && gaz.ambiguousCities.containsKey(p.tokens().get(run.from()).text()) && teamPlural(p, run.to() - 1);
    }

    /**
     * Plurals after a place that are its people or its contests, not a team: "Iowa Democrats", "Iowa Caucuses"; place
     * words are {@link PlaceFinder#GEO_WORDS}' ("Beverly Hills", "Colorado Springs") and the few plurals here.
     */
    private static final java.util.Set<String> NOT_TEAMS = WordSet.of("caucuses", "primaries", "elections",
            "voters", "residents", "counties", "states", "games", "olympics", "keys", "plains", "highlands", "lakes",
            "news", "times", "affairs", "relations", "rapids", "downs", "woods", "sands", "narrows", "rockies", "series",
            "awards");

    /** A capitalised plural that may name a sports team: "Broncos", "Vikings"; no demonym, given name or place word. */
    boolean teamPlural(ArticleText.Para p, int k) {
        Token w = p.tokens().get(k);
        String key = w.key();
        Gazetteer.Match m = p.matchAt(k);
        boolean dotted = w.end() < p.text().length() && p.text().charAt(w.end()) == '.' && k + 1 < p.tokens().size()
                && p.tokens().get(k + 1).cap(); // "Florida Sens. Marco …"
        return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") && !w.upper() && !w.possessive()
                && key.indexOf('-') < 0 && !dotted // not "Journal-ers"
                && !gaz.givenNames.contains(key) && !NOT_TEAMS.contains(key) && !PlaceFinder.GEO_WORDS.contains(key) && (m == null || m.from() != k);
    }

    /** An ampersand between two of the run's words ("Hogan & Hartson"), not in "Q&A" or "AT&T" written in one word. */
    private boolean ampersand(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = run.from(); k + 1 < run.to(); k++) {
            // the gap tested in place: this runs for nearly every name of two words or more
            boolean gap = t.get(k + 1).start() - t.get(k).end() == 3 && p.text().startsWith(" & ", t.get(k).end());
            // not "Jim & Sarah", "Ann & I": people named together
            if (gap && t.get(k).cap() && t.get(k + 1).cap() && !t.get(k).upper() && !t.get(k + 1).upper()
                    && !gaz.givenNames.contains(t.get(k).key()) && !gaz.givenNames.contains(t.get(k + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** Lowercase nouns after a name that say it names a group: "the far-right Vox party", "the Wagner group". */
    private static final java.util.Set<String> GROUP_NOUNS = WordSet.of("party", "coalition", "movement",
            "alliance", "bloc", "group", "militia", "faction", "union", "front", "rebels", "consortium", "newspaper",
            "magazine", "website", "company", "firm", "agency", "tabloid", "think-tank");
    /** Lowercase nouns before a name that say it names a company: "state airline TAP Air Portugal", "the firm X". */
    static final java.util.Set<String> COMPANY_NOUNS = WordSet.of("firm", "company", "airline",
            "carrier", "manufacturer", "lender", "insurer", "retailer", "startup", "start-up", "conglomerate",
            "broadcaster", "newspaper", "bank", "chipmaker", "automaker", "carmaker", "supermarket", "brewer",
            "telecoms", "charity", "group", "organization", "organisation", "magazine", "website", "site", "channel",
            "newsletter", "tabloid", "outlet", "nonprofit", "non-profit", "groups", "organizations", "organisations",
            "network", "agency", "think-tank", "institute", "pac", "coalition");
    /** Nouns after a name that say a publication or a business without any determiner: "Family Circle magazine". */
    private static final java.util.Set<String> TITLE_NOUNS = WordSet.of("magazine", "newspaper", "tabloid", "website",
            "newsletter", "daily", "weekly");
    /** A word with a lowercase part after a hyphen: an adjective ("Spanish-language"), not a title's word. */
    private static final java.util.regex.Pattern LOWER_AFTER_HYPHEN = java.util.regex.Pattern.compile("-\\p{Ll}");
    /** Lowercase words after the verbs of naming: "a group called Black Votes Matter", "a firm named Quorrel". */
    private static final java.util.Set<String> CALLED = WordSet.of("called", "named", "dubbed");
    private static final java.util.Set<String> DETERMINERS = WordSet.of("the", "his", "her", "its", "their",
            "our");

    /**
     * A name the nouns around it call a group or a company: "the opposition Unidad coalition" (a determiner,
     * up to two lowercase words, the name, a group noun) or "state airline Aerol Air" (a company noun right before).
     */
    boolean namedByNoun(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() > 4 || gaz.givenNames.contains(t.get(run.from()).key()) || gaz.titles.contains(t.get(run.from()).key())
                || run.size() == 1 && THING_ACRONYMS.contains(t.get(run.from()).text().replace(".", ""))) { // "network TV"
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Gazetteer.Match m = p.matchAt(k);
            // a demonym opening a longer name is the name's: "the group American Crossroads", not "the Saudi firm"
            boolean demonymOpens = m != null && m.from() == run.from() && m.to() < run.to();
            if (gaz.titles.contains(t.get(k).key()) || m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM && !demonymOpens) {
                return false;
            }
        }
        int before = run.from() - 1;
        // rule "called by a noun": "a group called Black Votes Matter", "a company named Quorrel Ltd", "a hacking group
        // known as Fancy Bear"
        int noun = before >= 2 && t.get(before).key().equals("as") && t.get(before - 1).key().equals("known") ? before - 2
                : before >= 1 && CALLED.contains(t.get(before).key()) ? before - 1 : -1;
        if (noun >= 0 && COMPANY_NOUNS.contains(t.get(noun).key())
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from())) && !nameGoesOnAfter(p, run)) {
            return true;
        }
        // rule "title noun after": "Family Circle magazine", "the national Asahi newspaper"
        boolean capBefore = before >= 0 && (t.get(before).cap() || t.get(before).key().equals("and"));
        int nameFrom = t.get(run.from()).key().equals("the") ? run.from() + 1 : run.from();
        boolean oneHead = run.to() - nameFrom == 1 && gaz.orgHeads.contains(t.get(nameFrom).key()) // "The Times newspaper"
                || LOWER_AFTER_HYPHEN.matcher(t.get(run.to() - 1).text()).find(); // "a Spanish-language newspaper"
        if (run.to() < t.size() && TITLE_NOUNS.contains(t.get(run.to()).key()) && !t.get(run.to()).cap()
                && !t.get(run.to() - 1).possessive() && Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(run.to()))
                && p.matchAt(run.from()) == null && !capBefore && !oneHead) { // not "Post and Courier", "El Universal"
            return true;
        }
        // rule "apposition with a company noun": "the Advocate, a magazine focused on …", "Wealth-X, a private company"
        if (appositionNoun(p, run)) {
            return true;
        }
        if (before >= 0 && !t.get(before).cap() && COMPANY_NOUNS.contains(t.get(before).key())
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from()))) {
            return true;
        }
        // "the magazine The Nation", "the conservative site The Gateway Pundit": the noun, "the", the name
        if (before >= 1 && t.get(before).key().equals("the") && !t.get(before - 1).cap()
                && COMPANY_NOUNS.contains(t.get(before - 1).key()) && Gazetteer.joinable(p.text(), t.get(before - 1), t.get(before))
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from()))) {
            return true;
        }
        // "the digital firm, Revolution Messaging, to help": the noun, then the name in commas
        if (before >= 0 && !t.get(before).cap() && COMPANY_NOUNS.contains(t.get(before).key())
                && p.text().startsWith(", ", t.get(before).end()) && t.get(run.from()).start() == t.get(before).end() + 2
                && PersonRules.firstCharAfter(p.text(), t.get(run.to() - 1).end()) == ',' && !t.get(run.to() - 1).possessive()) {
            return true;
        }
        int after = run.to();
        if (oneHead || after >= t.size() || t.get(after).cap() || !GROUP_NOUNS.contains(t.get(after).key())
                || t.get(run.to() - 1).possessive() || !Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(after))) {
            return false;
        }
        for (int k = before; k >= 0 && before - k <= 2; k--) {
            Token w = t.get(k);
            if (!Gazetteer.joinable(p.text(), w, t.get(k + 1))) {
                return false;
            }
            if (DETERMINERS.contains(w.key())) {
                return true; // "The left-wing Linke party" opening a sentence too
            }
            if (w.cap()) {
                return false;
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
            "college", "institution", "coal", "steel", "oil", "foods", "brands", "media", "pictures", "studios",
            "networks", "financial", "pharma", "telecom");

    /** A company's name whose first word is a plain name of its own: no place, demonym, title, given name or head word. */
    boolean companyName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token first = t.get(run.from());
        String lastKey = t.get(run.to() - 1).key().replace(".", "");
        return COMPANY_TAILS.contains(lastKey) && first.cap() && !first.upper() && p.matchAt(run.from()) == null
                && !gaz.givenNames.contains(first.key()) && !gaz.titles.contains(first.key())
                && !gaz.orgHeads.contains(first.key()) && !gaz.nonNames.contains(first.text())
                && !NameRuns.CONNECTORS.contains(t.get(run.from() + 1).key());
    }

    /** Words that open an officer's title rather than end an organisation's name: "Press Secretary", "National Director". */
    private static final java.util.Set<String> TITLE_MODIFIERS = WordSet.of("press", "national", "executive",
            "deputy", "assistant", "senior", "associate", "communications", "policy", "legislative", "managing",
            "general", "political", "finance", "campaign", "state", "regional", "district", "acting", "interim");

    /**
     * The organisation a titled name opens with: a chamber word ("House Speaker Paul Ryan", see
     * {@link #chamberBeforeTitle}) or, by the rule "organisation before a title", the words before the first title when
     * they make an organisation's name ("House Judiciary Committee Chairman Bob Goodlatte", "State Senate President
     * Steve Sweeney"); a party or nationality word opening them ("Republican U.S. House Speaker") and a sentence's
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
        if (from < nameFrom && t.get(from).initial() && lead == null && !gaz.orgHeads.contains(t.get(from).key())) {
            from++;
        }
        while (from < nameFrom && (!t.get(from).cap() || gaz.nonNames.contains(t.get(from).text()))) {
            from++; // "He and House Judiciary Committee Chairman …": the run took the sentence's words with it
        }
        for (int k = from; k < nameFrom; k++) {
            if (gaz.titles.contains(t.get(k).key()) || gaz.offices.contains(t.get(k).key())) {
                int to = k;
                while (to > from && TITLE_MODIFIERS.contains(t.get(to - 1).key())) {
                    to--; // "White House Press Secretary": "Press" is the secretary's
                }
                NameRuns.Run org = new NameRuns.Run(from, to);
                // of two words or more, as isOrgName asks, or an armed service ("Army Capt. Jane Roe")
                return isOrgName(p, org) || org.size() == 1 && armedService(p, org) ? org : null;
            }
        }
        return null;
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
     * words glued from page furniture ("JohnsonMichigan": a given name or a place inside).
     */
    boolean camelCaseBrand(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() != 1) {
            return false;
        }
        Token w = p.tokens().get(run.from());
        java.util.regex.Matcher m = CAMEL.matcher(w.text());
        char before = w.start() > 0 ? p.text().charAt(w.start() - 1) : ' ';
        if (w.upper() || !m.matches() || PARTICLE.matcher(m.group(1)).matches() || before == '#' || before == '@') {
            return false; // not a hashtag or a handle ("#NeverTrump", "@SenSanders")
        }
        for (String part : new String[] {m.group(1), m.group(2)}) {
            String key = Slugs.fold(part);
            if (gaz.givenNames.contains(key) || gaz.lookup(part) != null) {
                return false;
            }
        }
        return true;
    }

    /** Articles that open an apposition saying what a name is: "Quorrel, a firm that …". */
    private static final java.util.Set<String> APPOSITION_OPENERS = WordSet.of("a", "an", "one");
    /** Plurals of company nouns after "one of the": "one of the largest coal companies". */
    private static final java.util.Set<String> COMPANY_PLURALS = WordSet.of("companies", "firms", "banks", "groups",
            "newspapers", "networks", "airlines", "carriers", "manufacturers", "lenders", "insurers", "retailers",
            "automakers", "publishers", "brokerages", "startups", "charities", "nonprofits", "organizations",
            "organisations", "websites", "outlets");

    /**
     * A run followed by a comma, "a" or "an", up to three lowercase words and a company or group noun ("the Advocate,
     * a magazine focused on LGBT issues", "Wealth-X, a private company that tracks …"); not a known place.
     */
    private boolean appositionNoun(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (k + 1 >= t.size() || t.get(k - 1).possessive() || t.get(run.from()).initial() || !APPOSITION_OPENERS.contains(t.get(k).key())
                || !p.text().startsWith(", ", t.get(k - 1).end()) || t.get(k).start() != t.get(k - 1).end() + 2
                || p.matchAt(run.from()) != null) {
            return false;
        }
        int from = k + 1;
        // "Patriot Coal, one of the nation's largest coal companies": "one of the", then the plural
        boolean oneOf = t.get(k).key().equals("one") && k + 3 < t.size() && t.get(k + 1).key().equals("of")
                && t.get(k + 2).key().equals("the");
        if (oneOf) {
            from = k + 3;
        }
        for (int j = from; j < t.size() && j <= from + 4; j++) {
            Token w = t.get(j);
            boolean afterPossessive = t.get(j - 1).possessive(); // "the nation's largest"
            if (w.cap() || !Gazetteer.joinable(p.text(), t.get(j - 1), w) && !afterPossessive) {
                return false;
            }
            if (oneOf ? COMPANY_PLURALS.contains(w.key()) : COMPANY_NOUNS.contains(w.key()) || GROUP_NOUNS.contains(w.key())) {
                return j + 1 >= t.size() || !t.get(j + 1).key().equals("of"); // not "the Capitol, a group of senators"
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
     * all capitals (those are {@link #acronymAfter}), alone in brackets right after an organisation's name is its short
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
