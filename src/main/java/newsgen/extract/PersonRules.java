package newsgen.extract;

import java.util.Set;

/**
 * Decides whether a capitalised run names a person, from the evidence around it: a title ("Defence Minister
 * Carlos Rivas", "junta leader Ramos"), an apposition with a role ("Peru's military leader, Lucia Ramos,"),
 * a cue verb ("Jane Doe said"), or a common given name. Without evidence it is not a person.
 */
final class PersonRules {
    /** A person named in the text: tokens {@code from}..{@code to} of paragraph {@code para} hold the name. */
    record Candidate(ArticleText.Para para, int from, int to, String name, String role, String affiliation) {
    }

    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our",
            "former", "then", "and", "but", "while", "as", "by", "with", "of");
    /** Words ending in -ed that describe a role ("ousted president") rather than act ("released president"). */
    private static final Set<String> ROLE_PARTICIPLES = WordSet.of("ousted", "deposed", "exiled", "jailed", "detained",
            "elected", "retired", "embattled", "appointed", "designated", "disgraced", "imprisoned", "renowned",
            "celebrated", "respected", "sacked", "suspended", "self-styled", "self-declared", "slain");
    /** Verbs and auxiliaries that end a role read backwards from its title. */
    private static final Set<String> AUXILIARIES = WordSet.of("has", "have", "had", "is", "are", "was", "were", "be", "been",
            "will", "would", "can", "could", "may", "might", "must", "shall", "should", "to", "not", "also", "says");

    /** Whether a lowercase word before a title belongs to the role ("junta", "former", "ousted"), not to the sentence. */
    private boolean roleWord(String w) {
        if (ROLE_STOPS.contains(w) || AUXILIARIES.contains(w) || gaz.cueVerbs.contains(w) || NOT_OF_A_ROLE.contains(w)) {
            return false;
        }
        // "formally nominating billionaire Trump", "including front-runner Trump": a verb in -ing is the sentence's
        if (w.endsWith("ing") && !ING_ROLES.contains(w) && w.indexOf('-') < 0) { // "best-selling", "right-leaning"
            return false;
        }
        return !(w.endsWith("ed") || w.endsWith("es")) || ROLE_PARTICIPLES.contains(w);
    }

    /**
     * Prepositions and pronouns end a role read backwards from its title: "criticism of front-runner Trump" is
     * "front-runner", "he met presidential candidate Trump" is "presidential candidate".
     */
    private static final Set<String> NOT_OF_A_ROLE = WordSet.of("of", "on", "in", "at", "for", "from", "to", "into",
            "about", "after", "before", "behind", "against", "over", "under", "than", "like", "between", "among",
            "toward", "towards", "without", "via", "upon", "if", "or", "nor", "so", "because", "although", "though",
            "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "this", "these", "those", "what");

    /** Words in -ing that describe a role ("leading candidate", "outgoing president"), not an act. */
    private static final Set<String> ING_ROLES = WordSet.of("leading", "outgoing", "incoming", "sitting", "acting",
            "ruling", "governing", "founding", "managing", "visiting", "reigning", "serving", "presiding", "rising",
            "upcoming", "remaining", "competing", "opposing", "warring", "striking", "reporting", "consulting",
            "polling", "fundraising", "campaigning", "marketing", "banking", "ranking", "longstanding", "sweeping",
            "bestselling", "planning", "organizing", "organising", "running", "training", "housing", "engineering",
            "publishing", "accounting", "nursing", "teaching", "broadcasting", "editing", "recording", "boxing");

    /**
     * Titles that are role nouns, written before a name in lower case ("basketball star Jane Roe", "agency head
     * John Doe"); capitalised before one word they open the name of a thing: "Star Wars", "Executive Order".
     */
    private static final Set<String> ROLE_NOUNS = WordSet.of("star", "head", "executive", "member", "resident",
            "student", "worker", "player", "owner", "expert", "official", "champion", "veteran", "hopeful", "boss",
            "trader", "author", "forward", "substitute", "runner", "pilot", "engineer", "investor", "donor", "suspect");

    /** Words that open an apposition and stay in the role ("former head of the agency"). */
    private static final Set<String> KEPT = WordSet.of("former", "then");
    private static final Set<String> ROLE_STOPS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our",
            "and", "but", "while", "as", "by", "with", "that", "who", "which", "when", "where", "said", "says");

    private final Gazetteer gaz = Gazetteer.get();
    private final OrganizationRules orgRules = new OrganizationRules();

    /** The person this run names, or null when nothing says it is one. */
    Candidate person(ArticleText.Para p, NameRuns.Run whole) {
        var t = p.tokens();
        // "Republican Donald Trump", "Democrat Jane Roe": a party or group word opening the run is the person's side
        String side = null;
        Gazetteer.Match lead = p.matchAt(whole.from());
        while (lead != null && lead.from() == whole.from() && lead.entry().kind() == Gazetteer.Kind.DEMONYM
                && lead.to() < whole.to()) {
            side = lead.entry().country() != null ? lead.entry().country() : lead.entry().name();
            whole = new NameRuns.Run(lead.to(), whole.to());
            lead = p.matchAt(whole.from());
        }
        Candidate c = titledOrEvidenced(p, whole);
        if (c != null && c.role() != null && (c.role().isEmpty() || roleOrNull(c.role()) == null)) {
            c = new Candidate(c.para(), c.from(), c.to(), c.name(), null, c.affiliation());
        }
        if (c != null && side != null && c.affiliation() == null) {
            c = new Candidate(c.para(), c.from(), c.to(), c.name(), c.role(), side);
        }
        if (c != null && townNamedInFull(p, c)) {
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
     * Rule "town, not a person": "a teacher from Terre Haute", "an interview in Santa Monica": a name of two words or
     * more that is a town of the towns list, opening with a rare given name (not one of the common ones) and with no
     * title or role to make it a person, is the town. "Glen Allen" (a town, and Glen a common given name) stays a person.
     */
    private boolean townNamedInFull(ArticleText.Para p, Candidate c) {
        return c.to() - c.from() >= 2 && c.role() == null && !gaz.commonGivenNames.contains(p.tokens().get(c.from()).key())
                && Towns.contains(p.surface(c.from(), c.to()));
    }

    private Candidate titledOrEvidenced(ArticleText.Para p, NameRuns.Run whole) {
        var t = p.tokens();
        // "former secretary of State Hillary Clinton": a title in lower case leaves its office to open the run
        int at = whole.from();
        if (at >= 2 && gaz.offices.contains(t.get(at).key()) && t.get(at - 1).key().equals("of")
                && !t.get(at - 2).cap() && gaz.titles.contains(t.get(at - 2).key())
                && Gazetteer.joinable(p.text(), t.get(at - 2), t.get(at - 1)) && Gazetteer.joinable(p.text(), t.get(at - 1), t.get(at))) {
            whole = new NameRuns.Run(at - 2, whole.to());
        }
        // a title inside the run: "President Lucia Ramos", "Secretary of State Antony Blinken",
        // "Central Bank of Kenya Governor Kamau Thugge"
        int title = -1;
        for (int k = whole.from(); k < whole.to() - 1; k++) {
            if (gaz.titles.contains(t.get(k).key())) {
                title = k;
            }
        }
        if (title >= 0) {
            int from = title + 1;
            boolean connector = false;
            // "Secretary of State …" skips "of State"; "the Rev. Al Sharpton" keeps "Al", a capitalised given name
            while (from < whole.to() && (NameRuns.CONNECTORS.contains(t.get(from).key())
                    && !(t.get(from).cap() && gaz.givenNames.contains(t.get(from).key()))
                    || gaz.offices.contains(t.get(from).key()))) {
                connector = NameRuns.ORG_CONNECTORS.contains(t.get(from).key());
                from++;
            }
            if (connector) {
                // after "of"/"for" an office comes, then the name ("Under Secretary for Political Affairs Wendy
                // Sherman" names her by her given name); "Justice for Victims of Trafficking Act" names no one
                int given = from;
                while (given < whole.to() - 1 && !gaz.givenNames.contains(t.get(given).key())) {
                    given++;
                }
                if (given >= whole.to() - 1) {
                    return null;
                }
                from = given;
            }
            int to = cut(t, from, whole.to());
            if (!validName(p, from, to)) {
                return null;
            }
            if (to - from == 1 && title == from - 1 && t.get(title).cap() && ROLE_NOUNS.contains(t.get(title).key())
                    && !gaz.givenNames.contains(t.get(from).key())) {
                return null; // "Star Wars", "Executive Order", "Head Start": a role noun capitalised in a title, then a word
            }
            // "Ukrainian President …", "U.S. Secretary of State …": the country is the affiliation, not the role
            int roleFrom = whole.from();
            String affiliation = affiliationBefore(p, roleFrom);
            Gazetteer.Match lead = p.matchAt(roleFrom);
            if (lead != null && lead.to() <= title && country(lead.entry()) != null
                    && lead.entry().kind() != Gazetteer.Kind.ORGANIZATION) {
                affiliation = country(lead.entry());
                roleFrom = lead.to();
            }
            int roleTo = from;
            while (roleTo > title + 1 && NameRuns.CONNECTORS.contains(t.get(roleTo - 1).key())) {
                roleTo--;
            }
            // "Enter President Trump": a sentence opener that is no title, place or organisation is not the role's
            if (roleFrom < title && t.get(roleFrom).initial() && p.matchAt(roleFrom) == null
                    && !gaz.titles.contains(t.get(roleFrom).key()) && !gaz.offices.contains(t.get(roleFrom).key())) {
                roleFrom++;
            }
            return new Candidate(p, from, to, p.surface(from, to), roleOrNull(dotted(p, roleFrom, roleTo)), affiliation);
        }
        // "Rival Jane Roe said", "Neither John Doe nor …": a capitalised sentence opener that is no given name,
        // before a given name, is the sentence's word
        if (whole.size() >= 3 && t.get(whole.from()).initial() && !gaz.givenNames.contains(t.get(whole.from()).key())
                && gaz.givenNames.contains(t.get(whole.from() + 1).key()) && !t.get(whole.from() + 1).upper()) {
            whole = new NameRuns.Run(whole.from() + 1, whole.to());
        }
        // "William Ruto of Kenya": a person's name stops at "of", "for", "on"
        NameRuns.Run run = new NameRuns.Run(whole.from(), cut(t, whole.from() + 1, whole.to()));
        if (run.size() == 1 && run.to() < whole.to()) {
            Candidate group = groupOfName(p, whole, run);
            if (group != null) {
                return group;
            }
        }
        if (!validName(p, run.from(), run.to())) {
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
        if (before >= 0 && gaz.titles.contains(t.get(before).key()) && (!t.get(before).cap()
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from()))
                || t.get(before).cap() && p.text().substring(t.get(before).end(), t.get(run.from()).start()).equals(". "))) {
            int roleFrom = before;
            while (roleFrom > 0 && before - roleFrom < 3 && !t.get(roleFrom - 1).cap()
                    && roleWord(t.get(roleFrom - 1).key())
                    && Gazetteer.joinable(p.text(), t.get(roleFrom - 1), t.get(roleFrom))) {
                roleFrom--;
                if (ROLE_PARTICIPLES.contains(t.get(roleFrom).key()) || KEPT.contains(t.get(roleFrom).key())) {
                    break; // "ousted", "former" open a role: what comes before is the sentence's
                }
            }
            return new Candidate(p, run.from(), run.to(), name, p.surface(roleFrom, before + 1),
                    affiliationBefore(p, roleFrom));
        }
        if (run.size() < 2) {
            // "Carson said": one name before a cue verb is someone's surname (an organisation the gazetteer knows
            // never gets here)
            boolean opens = run.from() == 0 || t.get(run.from()).initial()
                    || !punctuationFree(p.text(), t.get(run.from() - 1), t.get(run.from()));
            boolean tenure = tenure(p, run);
            boolean cue = opens && cueAfter(p, run) || tenure;
            // "the Reagan era", "the Carter administration": before a tenure noun a given name is a surname too
            return cue && !t.get(run.from()).possessive() && surnameLike(t.get(run.from()), tenure)
                    ? new Candidate(p, run.from(), run.to(), name, null, null) : null;
        }
        Candidate apposition = apposition(p, run, name);
        if (apposition != null) {
            return apposition;
        }
        // a given name starts a person's name, but not after "the" ("at the Santiago Bernabeu")
        // nor after a noun that calls it a company ("the lender Rima Trading")
        boolean given = gaz.givenNames.contains(t.get(run.from()).key())
                && (run.from() == 0 || !t.get(run.from() - 1).key().equals("the")
                && !OWNERS.contains(t.get(run.from() - 1).key()) // "his Hampton Roads constituency"
                && !(NamingNounRules.COMPANY_NOUNS.contains(t.get(run.from() - 1).key()) && !t.get(run.from() - 1).cap()))
                && !orgRules.teamOfAmbiguousCity(p, run); // "the League's Charlotte Panthers" is a team
        // "Kenya's Faith Kipyegon": a capitalised pair right after a country's possessive
        Gazetteer.Match owner = p.matchAt(run.from() - 1);
        boolean ownedByCountry = owner != null && owner.to() == run.from() && t.get(run.from() - 1).possessive()
                && (owner.entry().kind() == Gazetteer.Kind.COUNTRY || owner.entry().kind() == Gazetteer.Kind.CITY)
                && run.size() <= 3 && !PlaceFinder.GEO_WORDS.contains(t.get(run.to() - 1).key());
        // rule "full name before a tenure noun": "the George W. Bush administration", "the Jane Roe campaign"
        boolean tenureOfName = run.size() >= 2 && gaz.givenNames.contains(t.get(run.from()).key()) && run.to() < t.size()
                && TENURE_NOUNS.contains(t.get(run.to()).key()) && !t.get(run.to()).cap()
                && Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(run.to()));
        if (cueAfter(p, run) || cueBefore(p, run) || given || ownedByCountry || tenureOfName || whoAfter(p, run) || workBy(p, run)
                || signsQuote(p, run)
                || ageAfter(p, run)) {
            return new Candidate(p, run.from(), run.to(), name, null, null);
        }
        String party = partyAfter(p, run);
        if (party != null) {
            return new Candidate(p, run.from(), run.to(), name, null, party);
        }
        return null;
    }

    /**
     * Rule "group of a name": "Supporters of Hillary Roe and …", "Friends of John Doe": one word that is no name, no
     * title and no organisation's head word, then "of" or "for", then a name; the name after the connector is read
     * on its own, with the evidence it has there.
     */
    private Candidate groupOfName(ArticleText.Para p, NameRuns.Run whole, NameRuns.Run head) {
        var t = p.tokens();
        int connector = head.to();
        if (head.size() != 1 || connector + 2 > whole.to() || !NameRuns.ORG_CONNECTORS.contains(t.get(connector).key())
                || t.get(connector).key().equals("the") || gaz.orgHeads.contains(t.get(head.from()).key())
                || gaz.titles.contains(t.get(head.from()).key()) || gaz.offices.contains(t.get(head.from()).key())
                || p.matchAt(head.from()) != null) {
            return null;
        }
        NameRuns.Run rest = new NameRuns.Run(connector + 1, whole.to());
        return gaz.givenNames.contains(t.get(rest.from()).key()) ? titledOrEvidenced(p, rest) : null;
    }

    /** Where a given name opens the last two or three words of a run and they make a valid name, else -1. */
    private int givenNameInside(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = Math.max(run.from() + 1, run.to() - 3); k <= run.to() - 2; k++) {
            if (t.get(k).cap() && !t.get(k).upper() && gaz.givenNames.contains(t.get(k).key()) && validName(p, k, run.to())) {
                return k;
            }
        }
        return -1;
    }

    /** The role as written, with the dot of an abbreviated title ("Sen.", "Gov.") that ends it. */
    private static String dotted(ArticleText.Para p, int from, int to) {
        String role = p.surface(from, to);
        int end = p.tokens().get(to - 1).end();
        return end < p.text().length() && p.text().charAt(end) == '.' ? role + "." : role;
    }

    /** A one-word candidate with nothing but a cue verb for it ("Carson said"), not one after a title ("Mrs. Roe"). */
    boolean byCueAlone(Candidate c) {
        return c.to() - c.from() == 1 && c.role() == null
                && (c.from() == 0 || !gaz.titles.contains(c.para().tokens().get(c.from() - 1).key()));
    }

    /** "I've", "We're", "I’m": no names. */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(".+['\u2019](?:ve|m|d|ll|re|s|t)");

    /** Endings of adjectives and abstract nouns, not surnames: "Southern", "Islamic", "Socialism", "Islamophobic". */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            ".+(?:ern|ic|ism|ist|ish|ese|phobia|ness|ity|ment|tion|sion)");

    /** A word that may be a surname standing alone: capitalised, lower case after, no given name, three letters or more. */
    boolean surnameLike(Token w, boolean givenToo) {
        return w.text().length() >= 3 && !w.upper() && !CONTRACTION.matcher(w.text()).matches()
                && w.text().indexOf('\u00c3') < 0 && w.text().indexOf('\u00c2') < 0 // "FranÃ": text read in the wrong encoding
                && !ADJECTIVE.matcher(w.key()).matches() && (givenToo || !gaz.givenNames.contains(w.key()))
                && !gaz.orgHeads.contains(w.key())
                && !gaz.docHeads.contains(w.key()) && !gaz.nonNames.contains(w.text());
    }

    /** "(R-Texas)", "(D-Calif.)", "(D)", ", R-Ohio,": a party letter and maybe a state after a name, as US news writes them. */
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile(
            "\\s*(?:\\(\\s*([RDI])(?:\\s*[-\u2013\u2014,]\\s*\\p{Lu}[\\p{L}. ]{0,20})?\\)|,\\s*([RDI])-\\p{Lu}[\\p{L}.]{0,15}\\s*,)");

    /** The party a "(R-Texas)" after the run names, or null. */
    private static String partyAfter(ArticleText.Para p, NameRuns.Run run) {
        int end = p.tokens().get(run.to() - 1).end();
        String text = p.text();
        if (end >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != ',')) {
            return null;
        }
        java.util.regex.Matcher m = PARTY_STATE.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!m.lookingAt()) {
            return null;
        }
        String letter = m.group(1) != null ? m.group(1) : m.group(2);
        return letter.equals("R") ? "Republican" : letter.equals("D") ? "Democrat" : "Independent";
    }

    /** Name particles of four letters or more written together with the name: "VanderSloot", "VandeHei", "DellaVolpe". */
    private static final Set<String> LONG_PARTICLES = WordSet.of("vander", "vande", "vanden", "vonder", "della", "delle",
            "dela");

    /**
     * A word glued from page furniture ("CravenFlagShareLikeReply", "JohnsonMichigan"): a capital inside after four
     * lowercase letters, or two capitals inside. "McDonald", "DeSantis", "MacArthur" have one, after a short prefix.
     */
    static boolean glued(String w) {
        int inner = 0;
        int lowerRun = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && lowerRun > 0) {
                inner++;
                boolean particle = inner == 1 && LONG_PARTICLES.contains(w.substring(0, i).toLowerCase(java.util.Locale.ROOT));
                if (lowerRun >= 4 && !particle || inner >= 2) {
                    return true;
                }
            }
            lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
        }
        return false;
    }

    /**
     * "FranÃ\u0083Â§ois": UTF-8 read as Latin-1 (once or more) leaves a capital Ã or Â inside a word, which no name
     * has (names write ã, â in lower case inside a word).
     */
    /** Function words that, before a hyphen, make a word part of a compound ("at-Large" of "Editor-at-Large"). */
    private static final Set<String> HYPHENED_FUNCTION_WORDS = WordSet.of("at", "of", "in", "on", "for", "to", "and",
            "the", "by");

    /**
     * A digit after a letter inside a word ("Not1More") or an English function word before a hyphen ("at-Large");
     * tested by hand, not by a pattern: it runs for nearly every word of every name.
     */
    static boolean notNameWord(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) && Character.isLetter(w.charAt(i - 1))) {
                return true;
            }
            if (c == '-') {
                return i <= 3 && HYPHENED_FUNCTION_WORDS.contains(w.substring(0, i));
            }
        }
        return false;
    }

    static boolean mojibake(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\u00c3' || c == '\u00c2' || c >= '\u0080' && c <= '\u009f'
                    || (c == '\u0303' || c == '\u0302') && w.charAt(i - 1) == 'A') {
                return true; // also decomposed (A and a combining tilde) and the C1 controls the misreading leaves
            }
        }
        return false;
    }

    /** Last words of holidays and periods, never of a person's name: "Election Day", "Holy Week". */
    private static final Set<String> NOT_SURNAMES = WordSet.of("day", "week", "eve", "era", "age", "dynasty", "session");
    /** Plural group names: "Americans", "Koreans", "Europeans", "Lebanese" is no plural but no surname either. */
    private static final java.util.regex.Pattern GROUP_PLURAL = java.util.regex.Pattern.compile("\\p{L}+(?:ians|icans|eans)");

    /** Titles that end place names after a given name ("Hilton Head"): never read as a surname. */
    private static final Set<String> PLACE_TITLES = WordSet.of("head", "chief", "point", "master");

    /** Dotted initials inside a name: "H.W.", "J.R.". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    /** Names of programmes and editions, not people: "Steve Harvey Morning Show", "Vermont Edition", "The Kelly File". */
    private static final Set<String> WORKS = WordSet.of("show", "edition", "podcast", "series", "programme", "hour",
            "tonight", "live", "summit", "conference", "debate", "debates", "convention",
            "primary", "primaries", "caucuses", "awards", "games", "cup", "open", "championship", "festival", "box",
            "report", "file", "minutes", "morning", "today", "week", "music", "girls", "boys", "bar", "grill", "gym",
            "cafe", "diner", "pizza");
    /** Words for a place as a unit, never a name alone ("Queen City"); "Park" or "Bay" may be surnames. */
    private static final Set<String> ADMIN_WORDS = WordSet.of("city", "capital", "state", "county", "region",
            "province", "district", "town", "village", "nation", "country");
    /** "PACs", "CEOs", "NGOs": an acronym's plural is no surname. */
    private static final java.util.regex.Pattern ACRONYM_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}{2,}s");

    /** Offices a speaker addresses with "Mr." or "Madam": "Mr. President", "Madam Secretary", "Mr. Speaker". */
    private static final Set<String> ADDRESSED_OFFICES = WordSet.of("president", "speaker", "chairman", "chairwoman",
            "chair", "secretary", "mayor", "governor", "senator", "ambassador", "minister", "justice", "leader",
            "prime", "vice", "commissioner", "director", "attorney", "general", "chief", "sheriff", "officer",
            "congressman", "congresswoman", "representative", "lawmaker", "candidate", "nominee", "executive");

    /** Months that are also surnames. */
    private static final Set<String> MONTH_SURNAMES = WordSet.of("may", "june", "april", "august");

    /** "Jr", "Sr", "III": they end a name and are never one. */
    private static final Set<String> SUFFIXES = WordSet.of("jr", "sr", "ii", "iii", "iv");

    private static int cut(java.util.List<Token> t, int from, int to) {
        int k = Math.min(from, to);
        while (k < to && !NameRuns.ORG_CONNECTORS.contains(t.get(k).key())) {
            k++;
        }
        return k;
    }

    /**
     * Rule "who after a name": "Jane Roe, who runs the campaign," or "Jane Roe, who": two or three capitalised words
     * that "who" describes are a person's name (an organisation takes "which"); not a possessive.
     */
    private boolean whoAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k >= t.size() || !t.get(k).key().equals("who") || t.get(k).cap()
                || t.get(k - 1).possessive() || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).equals(", ")) {
            return false;
        }
        // "a voter in Upstate New York, who works in retail": "who" is the voter's, after a place
        if (run.from() > 0 && PLACE_PREPOSITIONS.contains(t.get(run.from() - 1).key())) {
            return false;
        }
        for (int j = run.from(); j < run.to(); j++) {
            Gazetteer.Match m = p.matchAt(j);
            if (m != null && m.entry().isPlace()) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions that put a place after them, whose "who" is someone else's. */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "at", "from", "near", "across", "outside",
            "inside", "throughout");

    /**
     * "CNN's Wolf Blitzer", "Fox News' Megyn Kelly": two or three capitalised words, none a title, head word, place
     * or programme word ("MSNBC's Morning Joe"), right after a known organisation's possessive;
     * a person only if the article writes none of the words in lower case (decided in {@link ActorFinder}).
     */
    boolean outletsName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 2 || run.size() > 3 || run.from() == 0 || !validName(p, run.from(), run.to())) {
            return false;
        }
        Token prev = t.get(run.from() - 1);
        String gap = p.text().substring(prev.end(), t.get(run.from()).start());
        boolean possessive = prev.possessive() && gap.equals(" ")
                || prev.key().endsWith("s") && (gap.equals("' ") || gap.equals("\u2019 "));
        Gazetteer.Match owner = p.matchAt(run.from() - 1);
        if (!possessive || owner == null || owner.to() != run.from() || owner.entry().kind() != Gazetteer.Kind.ORGANIZATION) {
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Token w = t.get(k);
            if (w.upper() || gaz.titles.contains(w.key()) || gaz.orgHeads.contains(w.key()) || gaz.docHeads.contains(w.key())
                    || gaz.nonNames.contains(w.text()) || PlaceFinder.GEO_WORDS.contains(w.key()) || WORKS.contains(w.key())
                    || p.matchAt(k) != null) {
                return false;
            }
        }
        return true;
    }

    /** Participles of a person's work on a text, film or programme: "Editing by", "directed by", "co-authored by". */
    private static final Set<String> WORK_PARTICIPLES = WordSet.of("reporting", "editing", "writing", "written",
            "edited", "directed", "moderated", "hosted", "co-authored", "coauthored", "authored", "illustrated",
            "translated", "photographed", "narrated", "produced", "compiled", "research");

    /**
     * Rule "work by a name": "Reporting by Jane Roe; Editing by Will Dunham", "a film directed by Jane Roe": two or
     * three capitalised words after a participle of a person's work and "by" are the person who did it.
     */
    private boolean workBy(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int by = run.from() - 1;
        return run.size() >= 2 && run.size() <= 3 && by >= 1 && t.get(by).key().equals("by") && !t.get(by).cap()
                && WORK_PARTICIPLES.contains(t.get(by - 1).key()) && Gazetteer.joinable(p.text(), t.get(by), t.get(run.from()))
                && Gazetteer.joinable(p.text(), t.get(by - 1), t.get(by));
    }

    /**
     * Rule "name signing a quote": "… in the name of patriotism.” ― Jane Roe": a closing quotation mark, a dash, then
     * two or three capitalised words that end the paragraph or come before the next quotation's opening mark (a full
     * stop allowed) name who said it.
     */
    private boolean signsQuote(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        String text = p.text();
        if (run.size() < 2 || run.size() > 3) {
            return false;
        }
        String rest = text.substring(t.get(run.to() - 1).end()).strip();
        // the paragraph's end, or the next quotation opening (lines of one paragraph are joined with a space)
        if (!rest.isEmpty() && !rest.equals(".") && !rest.startsWith("\u201c")) {
            return false;
        }
        int k = t.get(run.from()).start() - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 1 || !DASH.matcher(text.substring(k, k + 1)).matches() || text.charAt(k) == '-' && text.charAt(k - 1) != ' ') {
            return false;
        }
        char quote = lastCharBefore(text, k);
        return quote == '\u201d' || quote == '"';
    }

    /** One dash of any kind. */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[" + Dashes.CLASS + "]");

    /** Rule "age after a name": "Jane Roe, 35, a nurse" or "Jane Roe, 35.": a person's age in commas after the name. */
    private boolean ageAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() < 2 || run.size() > 3 || k >= t.size() || t.get(k - 1).possessive()
                || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).equals(", ")) {
            return false;
        }
        String age = t.get(k).text();
        char after = firstCharAfter(p.text(), t.get(k).end());
        int next = t.get(k).end() + 1;
        boolean endsThere = next >= p.text().length() || !Character.isDigit(p.text().charAt(next)); // not "5.5 percent"
        return AGE.matcher(age).matches() && (after == ',' || after == '.' || after == ';') && endsThere;
    }

    /** A person's age as news writes it after a name: one to three digits, no more than 120. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9][0-9]?|1[01][0-9]|120");

    /** Possessive determiners: a given name right after one opens a place or a thing of theirs, not a person's name. */
    private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "its", "our", "my", "your");

    /** "Peru’s military leader, Lucia Ramos," or "Jane Doe, the bank's chief economist,". */
    private Candidate apposition(ArticleText.Para p, NameRuns.Run run, String name) {
        var t = p.tokens();
        String text = p.text();
        if (run.from() > 0 && lastCharBefore(text, t.get(run.from()).start()) == ',') {
            int end = run.from() - 1;
            int start = clauseStart(p, end);
            // "… by Jane Roe and her co-founder, John Doe,": the role starts at its own determiner
            for (int k = end; k > start; k--) {
                if (ROLE_STOPS.contains(t.get(k).key()) && DETERMINERS.contains(t.get(k).key()) && hasTitle(t, k, end + 1)) {
                    start = k;
                    break;
                }
            }
            String role = role(p, start, end + 1);
            if (role != null) {
                return new Candidate(p, run.from(), run.to(), name, role, affiliationIn(p, start, end + 1));
            }
        }
        char sep = run.to() < t.size() ? firstCharAfter(text, t.get(run.to() - 1).end()) : '\0';
        // "Jane Roe, the bank's chief economist," or "Jane Roe — a member of the board —"
        if (sep == ',' || sep != '-' && DASH.matcher(String.valueOf(sep)).matches()) {
            int start = run.to();
            if (start + 1 < t.size() && Character.isDigit(t.get(start).text().charAt(0))
                    && firstCharAfter(text, t.get(start).end()) == ',') {
                start++; // "Jane Doe, 28, the bank's chief economist,": the age comes first
            }
            int end = start;
            while (end + 1 < t.size() && end - start < 10 && punctuationFree(text, t.get(end), t.get(end + 1))) {
                end++;
            }
            if (DETERMINERS.contains(t.get(start).key()) || t.get(start).possessive() || gaz.titles.contains(t.get(start).key())
                    || bareRole(p, start, end)) {
                String role = role(p, start, end + 1);
                if (role != null) {
                    return new Candidate(p, run.from(), run.to(), name, role, affiliationIn(p, start, end + 1));
                }
            }
        }
        return null;
    }

    /**
     * Rule "apposition without an article": "Jane Roe, political science professor at Seton Hall,": up to three
     * lowercase words that are no verb of the sentence, then a lowercase title, open the apposition.
     */
    private boolean bareRole(ArticleText.Para p, int start, int end) {
        var t = p.tokens();
        for (int k = start; k <= end && k - start <= 3; k++) {
            Token w = t.get(k);
            boolean verbLike = (w.key().endsWith("ed") || w.key().endsWith("ing")) && !ROLE_PARTICIPLES.contains(w.key())
                    && !ROLE_FORMS.contains(w.key()); // "served as governor", "outlasting a challenger"
            if (w.cap() || AUXILIARIES.contains(w.key()) || gaz.cueVerbs.contains(w.key()) || verbLike
                    || w.key().equals("even")) {
                return false;
            }
            if (gaz.titles.contains(w.key())) {
                return k > start;
            }
        }
        return false;
    }

    /** Words in -ing and -ed that open a role, not a clause: "acting political director", "retired general". */
    private static final Set<String> ROLE_FORMS = WordSet.of("acting", "managing", "outgoing", "incoming", "founding",
            "ranking", "presiding", "leading", "ruling", "reigning",
            "governing", "supervising", "consulting", "contributing", "visiting", "marketing", "polling", "fundraising");

    private boolean hasTitle(java.util.List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gaz.titles.contains(t.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** The role words of a clause if it holds a title: leading determiners and a possessive country dropped. */
    private String role(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        boolean hasTitle = false;
        for (int k = from; k < to; k++) {
            hasTitle |= gaz.titles.contains(t.get(k).key());
        }
        for (int k = from + 1; k < to; k++) {
            if (!t.get(k).cap() && gaz.cueVerbs.contains(t.get(k).key())) {
                to = k; // "a Republican strategist said": the role ends where the clause's verb starts
            }
        }
        // "a former adviser to Mr. Roe": the clause stopped at the dot of "Mr."; the role is "former adviser"
        while (to - from > 1 && (HONORIFICS.contains(t.get(to - 1).key()) || TRAILING.contains(t.get(to - 1).key()))) {
            to--;
        }
        if (!hasTitle || to - from > 10) {
            return null;
        }
        if (namesSomeoneElse(p, from, to)) {
            return NO_ROLE; // an apposition all the same, but its words are not this person's role
        }
        while (from < to && ((DETERMINERS.contains(t.get(from).key()) && !KEPT.contains(t.get(from).key()))
                || t.get(from).possessive())) {
            from++;
        }
        return from < to ? p.surface(from, to) : null;
    }

    /**
     * A clause that names another person or tells what someone said is no role: "Vice President Tim Kaine" after
     * "Bill Clinton," in a list, "senior adviser Jason Miller said in the statement".
     */
    private boolean namesSomeoneElse(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean plain = w.cap() && !w.upper() && p.matchAt(k) == null && !gaz.titles.contains(w.key())
                    && !gaz.offices.contains(w.key()) && !gaz.orgHeads.contains(w.key());
            if (plain && gaz.givenNames.contains(w.key()) && k + 1 < to && t.get(k + 1).cap()) {
                return true;
            }
        }
        return false;
    }

    /** Words that cannot end a role: it went on with someone's name. */
    private static final Set<String> TRAILING = WordSet.of("to", "for", "of", "with", "on", "from", "by", "at", "in",
            "and", "who", "the");

    /** What {@link #role} gives for an apposition whose words belong to someone else. */
    private static final String NO_ROLE = "";

    /** Forms of address, not roles: "Mrs. Clinton" has no role "Mrs". */
    private static final Set<String> HONORIFICS = WordSet.of("mr", "mrs", "ms", "mx", "miss", "sir", "dame", "lord",
            "lady", "madam", "madame", "monsieur");

    /** The role of a title branch, or null when it is only an honorific. */
    private static String roleOrNull(String role) {
        String k = role.toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return HONORIFICS.contains(k) ? null : role;
    }

    private int clauseStart(ArticleText.Para p, int end) {
        var t = p.tokens();
        int start = end;
        while (start > 0 && end - start < 10 && punctuationFree(p.text(), t.get(start - 1), t.get(start))) {
            start--;
        }
        return start;
    }

    private boolean cueAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.to() >= t.size()) {
            return false;
        }
        Token next = t.get(run.to());
        return !next.cap() && gaz.cueVerbs.contains(next.key()) && Gazetteer.joinable(p.text(), t.get(run.to() - 1), next);
    }

    /** Nouns of a person's office or bid after a surname: "the Obama administration", "the Reagan era". */
    private static final Set<String> TENURE_NOUNS = WordSet.of("administration", "administrations", "presidency",
            "era", "campaign", "campaigns", "camp", "years", "appointee", "appointees", "aides", "loyalists",
            "supporters", "doctrine");

    /**
     * Rule "surname before a tenure noun": "the Obama administration", "the Reagan era", "the Clinton campaign"; a
     * candidate like "Carson said", decided once the article is read (the word must be a proper noun there).
     */
    private boolean tenure(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.from() < 1 || run.to() >= t.size()) {
            return false;
        }
        Token the = t.get(run.from() - 1);
        Token next = t.get(run.to());
        // not "the Reagan-Bush years", "the African-American vote": one plain word
        return the.key().equals("the") && !next.cap() && TENURE_NOUNS.contains(next.key())
                && t.get(run.from()).text().indexOf('-') < 0
                && Gazetteer.joinable(p.text(), the, t.get(run.from())) && Gazetteer.joinable(p.text(), t.get(run.from()), next);
    }

    /** ",” said Jane Doe" or "according to Jane Doe". */
    private boolean cueBefore(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.from() < 1) {
            return false;
        }
        Token prev = t.get(run.from() - 1);
        boolean spaced = Gazetteer.joinable(p.text(), prev, t.get(run.from()));
        if (spaced && prev.key().equals("to") && run.from() >= 2 && t.get(run.from() - 2).key().equals("according")) {
            return true;
        }
        return spaced && !prev.cap() && gaz.cueVerbs.contains(prev.key())
                && (run.from() < 2 || !punctuationFree(p.text(), t.get(run.from() - 2), prev));
    }

    /** A name: one to four capitalised words, none a sentence opener, acronym, number or gazetteer name. */
    boolean validName(ArticleText.Para p, int from, int to) {
        if (from >= to || to - from > 6 || quotedTitle(p, from, to) && !gaz.givenNames.contains(p.tokens().get(from).key())) {
            return false;
        }
        String lastKey = p.tokens().get(to - 1).key();
        if (to - from > 1 && (PlaceFinder.GEO_WORDS.contains(lastKey) || gaz.docHeads.contains(lastKey))) {
            return false; // "Fulton County", "Rift Valley", "Affordable Care Act"
        }
        if (to - from == 1 && SUFFIXES.contains(lastKey) || NOT_SURNAMES.contains(lastKey) || GROUP_PLURAL.matcher(lastKey).matches()) {
            return false; // "Jr", "Labor Day", "Lithuanian Americans"
        }
        if (to - from == 1 && ADMIN_WORDS.contains(lastKey) || WORKS.contains(lastKey)) {
            return false; // "Queen City", "The Steve Harvey Morning Show", "Vermont Edition"
        }
        if (to - from > 1 && p.text().substring(p.tokens().get(from).start(), p.tokens().get(to - 1).end()).indexOf('&') >= 0) {
            return false; // "Bailey & Glasser": a firm of partners
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            words += NameRuns.CONNECTORS.contains(p.tokens().get(k).key()) ? 0 : 1;
        }
        if (words > 4) {
            return false; // "Luiz Inacio Lula da Silva": four names and a particle
        }
        var t = p.tokens();
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (NameRuns.CONNECTORS.contains(w.key()) && k > from && k < to - 1) {
                continue;
            }
            // "Howard Dean", "Patty Judge", "Michael Bloomberg": after a given name, a last word that is also a title
            // or a one-word organisation is a surname
            boolean surnameAfterGiven = k == to - 1 && k > from && gaz.givenNames.contains(t.get(from).key())
                    && !t.get(from).upper();
            boolean initials = w.upper() && k < to - 1 && INITIALS.matcher(w.text()).matches(); // "George H.W. Bush", "G.K. Roe"
            // rule "middle initial that is a word": "Samuel A. Alito", "Jane I. Roe": one capital with its dot inside a
            // name is an initial, not the article "A" or the pronoun "I" that never name anyone
            boolean middleInitial = k > from && k < to - 1 && w.text().length() == 1 && w.end() < p.text().length()
                    && p.text().charAt(w.end()) == '.';
            // rule "generational suffix": "Harry Roe III", "Charles Doe IV" end a full name in capitals
            boolean generation = k == to - 1 && k - from >= 2 && w.upper() && SUFFIXES.contains(w.key());
            // "Mr. King", "Ms. Boxer": after a form of address, one word that is also a title is a surname
            boolean surnameAfterHonorific = to - from == 1 && from > 0 && HONORIFICS.contains(t.get(from - 1).key())
                    && !HONORIFICS.contains(w.key()) && !ADDRESSED_OFFICES.contains(w.key()); // not "Mr. President"
            surnameAfterGiven |= surnameAfterHonorific;
            // "Theresa May": a month after a given name, with no day after it, is a surname
            boolean monthSurname = surnameAfterGiven && MONTH_SURNAMES.contains(w.key())
                    && (to >= t.size() || !Character.isDigit(t.get(to).text().charAt(0)));
            if (!w.cap() || w.upper() && !initials && !generation || ACRONYM_PLURAL.matcher(w.text()).matches()
                    || gaz.nonNames.contains(w.text()) && !monthSurname && !middleInitial
                    || !Character.isLetter(w.text().charAt(0))
                    || glued(w.text()) || mojibake(w.text()) || notNameWord(w.text())
                    || gaz.titles.contains(w.key()) && !(surnameAfterGiven && !PLACE_TITLES.contains(w.key()))
                    || gaz.orgHeads.contains(w.key())) {
                return false;
            }
            Gazetteer.Match m = p.matchAt(k);
            boolean surnameOrg = surnameAfterGiven && m != null && m.from() == k && m.to() == k + 1
                    && (m.entry().kind() == Gazetteer.Kind.ORGANIZATION && m.entry().name().equals(w.text())
                    || m.entry().kind() == Gazetteer.Kind.DEMONYM && m.entry().country() != null); // "Mark Cuban", not "Virginia Democrat"
            if (m != null && !surnameOrg && (m.entry().kind() == Gazetteer.Kind.ORGANIZATION
                    || m.entry().kind() == Gazetteer.Kind.DEMONYM || (m.from() == from && m.to() == to))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "title in quotation marks": words that fill a pair of quotation marks by themselves (''Prison Break'',
     * “The Walking Dead,”, ‘Leave’) are the title of a work or a slogan, not a person's name; unless a given name
     * opens them (“Ralph Roe” written in on a ballot: the caller asks).
     */
    boolean quotedTitle(ArticleText.Para p, int from, int to) {
        String text = p.text();
        while (from > 0 && gaz.nonNames.contains(p.tokens().get(from - 1).text())
                && p.tokens().get(from).start() == p.tokens().get(from - 1).end() + 1) {
            from--; // “The Walking Dead”, “Sunday Morning Futures”: the run left its opening word of no name out
        }
        int start = p.tokens().get(from).start();
        if (start == 0 || QUOTE_MARKS.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        int end = p.tokens().get(to - 1).end();
        if (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')) {
            end++; // “The Walking Dead,” ends inside the marks
        }
        return end < text.length() && QUOTE_MARKS.indexOf(text.charAt(end)) >= 0;
    }

    /** Quotation marks, straight and curly, single and double ('' is two single ones). */
    private static final String QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019";

    /** A country (possessive or not, or a demonym) right before a role: "Niger's junta leader". */
    private static final java.util.regex.Pattern DASH_OR_BRACKET = java.util.regex.Pattern.compile("[()\\[\\]" + Dashes.CLASS + "]");

    private String affiliationBefore(ArticleText.Para p, int roleFrom) {
        Gazetteer.Match m = p.matchAt(roleFrom - 1);
        // "(Reuters) - President Obama": a dateline's wire service, with a dash between, is no affiliation
        if (m == null || m.to() != roleFrom
                || DASH_OR_BRACKET.matcher(p.text()).region(p.tokens().get(roleFrom - 1).end(), p.tokens().get(roleFrom).start()).find()) {
            return null;
        }
        return country(m.entry());
    }

    private String affiliationIn(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            Gazetteer.Match m = p.matchAt(k);
            if (m != null && country(m.entry()) != null) {
                return country(m.entry());
            }
        }
        return null;
    }

    private static String country(Gazetteer.Entry e) {
        return switch (e.kind()) {
            case COUNTRY, DEMONYM -> e.country();
            case ORGANIZATION -> e.name();
            default -> null;
        };
    }

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
