package newsgen.extract;

import static newsgen.extract.AcronymRules.THING_ACRONYMS;
import static newsgen.extract.OrganizationRules.nameGoesOnAfter;

/**
 * Organisation rules that find a name by a lowercase noun beside it: "the far-right Vox party", "state airline TAP Air
 * Portugal", "Family Circle magazine", "a group called Black Votes Matter", "Quorrel, a firm that …". Split from
 * {@link OrganizationRules}.
 */
final class NamingNounRules {
    private final Gazetteer gaz = Gazetteer.get();

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
            "network", "agency", "think-tank", "institute", "pac", "coalition", "outfit", "utility", "regulator", "watchdog",
            "refiner", "drugmaker", "exporter", "supplier");

    /** GROUP_NOUNS and COMPANY_NOUNS as {@link WordFact}s, answered once per distinct word (declared after both sets). */
    private static final WordFact GROUP_NOUN = WordFact.keyIn(GROUP_NOUNS);
    private static final WordFact COMPANY_NOUN = WordFact.keyIn(COMPANY_NOUNS);

    /** A maker's or a giant's trade that makes people, not firms: "policy maker", "decision-maker", "a literary giant". */
    private static final java.util.Set<String> PEOPLE_TRADES = WordSet.of("policy", "decision", "peace", "deal",
            "king", "rule", "news", "trouble", "film", "movie", "law", "opinion", "taste", "mischief", "money", "rain",
            "match", "noise", "history", "literary", "intellectual", "political", "moral", "gentle", "sleeping", "jolly");

    /**
     * Rule "maker or giant of a trade": "computer maker Dell", "subprime lending giant Ameriquest", "a
     * nutritional-supplement-maker called Mannatech": "maker" or "giant" after a lowercase word of its trade (or
     * "-maker" joined to it) is a business's kind; not a trade of people ("policy maker", "a literary giant"). Asked of
     * one-word names only: "retailing giant" also calls a tycoon by his full name, a firm's longer names have their
     * own rules ("technology giant Cisco Systems").
     */
    private static boolean tradeNoun(ArticleText.Para p, int k) {
        var t = p.tokens();
        Token w = t.get(k);
        String key = w.key();
        if (w.cap()) {
            return false;
        }
        int hyphen = key.lastIndexOf('-');
        if (hyphen > 0 && key.endsWith("-maker") || hyphen > 0 && key.endsWith("-makers")) {
            return !PEOPLE_TRADES.contains(key.substring(key.lastIndexOf('-', hyphen - 1) + 1, hyphen));
        }
        if (!TRADE_NOUNS.contains(key) || k == 0) {
            return false;
        }
        Token trade = t.get(k - 1);
        return !trade.cap() && !trade.possessive() && trade.key().length() > 2 && !PEOPLE_TRADES.contains(trade.key())
                && !DETERMINERS.contains(trade.key()) && !TownRules.INDEFINITE_ARTICLES.contains(trade.key())
                && EnglishWords.KEY.test(trade) && Gazetteer.joinable(p.text(), trade, w);
    }

    /** Nouns that name a business by its trade's word before them: "computer maker", "lending giant". */
    private static final java.util.Set<String> TRADE_NOUNS = WordSet.of("maker", "makers", "giant", "giants");

    /** Nouns after a name that say a publication or a business without any determiner: "Family Circle magazine". */
    private static final java.util.Set<String> TITLE_NOUNS = WordSet.of("magazine", "newspaper", "tabloid", "website",
            "newsletter", "daily", "weekly");
    /** TITLE_NOUNS as a {@link WordFact}, answered once per distinct word. */
    private static final WordFact TITLE_NOUN = WordFact.keyIn(TITLE_NOUNS);

    /** A word with a lowercase part after a hyphen: an adjective ("Spanish-language"), not a title's word. */
    private static final java.util.regex.Pattern LOWER_AFTER_HYPHEN = java.util.regex.Pattern.compile("-\\p{Ll}");

    /** LOWER_AFTER_HYPHEN found in the word, asked only of a word with a hyphen (few: no matcher for the others). */
    private static boolean hyphenThenLower(String word) {
        return word.indexOf('-') >= 0 && LOWER_AFTER_HYPHEN.matcher(word).find();
    }

    /** Nouns after "news" that make "news …" a group noun: "news agency", "news service". */
    private static final java.util.Set<String> NEWS_HEADS = WordSet.of("agency", "service", "network", "channel",
            "outlet", "site", "website", "organization", "organisation");

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
        if (run.size() > 4 || gaz.givenName.test(t.get(run.from())) || gaz.title.test(t.get(run.from()))
                || run.size() == 1 && THING_ACRONYMS.contains(t.get(run.from()).text().replace(".", ""))) { // "network TV"
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Gazetteer.Match m = p.matchAt(k);
            // a demonym opening a longer name is the name's: "the group American Crossroads", not "the Saudi firm"
            boolean demonymOpens = m != null && m.from() == run.from() && m.to() < run.to();
            if (gaz.title.test(t.get(k)) || m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM && !demonymOpens) {
                return false;
            }
        }
        int before = run.from() - 1;
        // rule "called by a noun": "a group called Black Votes Matter", "a company named Quorrel Ltd", "a hacking group
        // known as Fancy Bear"
        int noun = before >= 2 && t.get(before).key().equals("as") && t.get(before - 1).key().equals("known") ? before - 2
                : before >= 1 && CALLED.contains(t.get(before).key()) ? before - 1 : -1;
        if (noun >= 0 && (COMPANY_NOUN.test(t.get(noun)) || run.size() == 1 && tradeNoun(p, noun))
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from())) && !nameGoesOnAfter(p, run)) {
            return true;
        }
        // rule "title noun after": "Family Circle magazine", "the national Asahi newspaper"
        boolean capBefore = before >= 0 && (t.get(before).cap() || t.get(before).key().equals("and"));
        int nameFrom = t.get(run.from()).key().equals("the") ? run.from() + 1 : run.from();
        boolean oneHead = run.to() - nameFrom == 1 && gaz.orgHead.test(t.get(nameFrom)) // "The Times newspaper"
                || hyphenThenLower(t.get(run.to() - 1).text()); // "a Spanish-language newspaper"
        if (run.to() < t.size() && TITLE_NOUN.test(t.get(run.to())) && !t.get(run.to()).cap()
                && !t.get(run.to() - 1).possessive() && Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(run.to()))
                && p.matchAt(run.from()) == null && !capBefore && !oneHead) { // not "Post and Courier", "El Universal"
            return true;
        }
        // rule "apposition with a company noun": "the Advocate, a magazine focused on …", "Wealth-X, a private company"
        if (appositionNoun(p, run) || foundedAfter(p, run)) {
            return true;
        }
        if (before >= 0 && !t.get(before).cap() && (COMPANY_NOUN.test(t.get(before)) || run.size() == 1 && tradeNoun(p, before))
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from()))) {
            return true;
        }
        // "the magazine The Nation", "the conservative site The Gateway Pundit": the noun, "the", the name
        if (before >= 1 && t.get(before).key().equals("the") && !t.get(before - 1).cap()
                && COMPANY_NOUN.test(t.get(before - 1)) && Gazetteer.joinable(p.text(), t.get(before - 1), t.get(before))
                && Gazetteer.joinable(p.text(), t.get(before), t.get(run.from()))) {
            return true;
        }
        // "the digital firm, Revolution Messaging, to help": the noun, then the name in commas
        if (before >= 0 && !t.get(before).cap() && COMPANY_NOUN.test(t.get(before))
                && p.text().startsWith(", ", t.get(before).end()) && t.get(run.from()).start() == t.get(before).end() + 2
                && PersonRules.firstCharAfter(p.text(), t.get(run.to() - 1).end()) == ',' && !t.get(run.to() - 1).possessive()) {
            return true;
        }
        int after = run.to();
        // rule "news agency after a name": "the state-run Tessavo news agency", "the Quorrel news service"
        int head = after + 1 < t.size() && t.get(after).key().equals("news") && !t.get(after).cap()
                && NEWS_HEADS.contains(t.get(after + 1).key()) ? after + 1 : after;
        if (oneHead || after >= t.size() || t.get(after).cap() || head == after && !GROUP_NOUN.test(t.get(after))
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

    /** Plurals of organisations' kinds before "such as", "like" or "including": "companies like …". Not "rivals",
     * "candidates" or "leaders": people's kinds, whose examples are people. */
    private static final java.util.Set<String> KIND_PLURALS = WordSet.of("companies", "firms", "corporations",
            "employers", "banks", "brands", "retailers", "chains", "networks", "outlets", "newspapers", "websites",
            "publishers", "groups", "organizations", "organisations", "universities", "unions", "charities", "nonprofits",
            "automakers", "carmakers", "airlines", "insurers", "lenders", "manufacturers", "conglomerates",
            "broadcasters", "pollsters", "startups", "brokerages", "multinationals", "giants");

    /** Words between a kind's plural and its examples: "like", "including" (and "such as", read apart). */
    private static final java.util.Set<String> SUCH_AS = WordSet.of("like", "including");

    /** Words a list of names may hold between its names: "Quorrel, Acme and the Roe Group". */
    private static final java.util.Set<String> LIST_WORDS = WordSet.of("and", "or", "the");

    /**
     * Rule "kinds such as": a name listed after a plural of organisations' kind and "such as", "like" or "including"
     * ("consulting firms like Quorrel", "rivals such as Quorrel and Acme" is not read: people are rivals too,
     * "employers including Quorrel and Acme", "groups such as the Roe Fund") is one of that kind. The names before it
     * in the list are capitalised words, "and", "or", "the", commas; no sentence's end between. Asked of runs no
     * rule has named yet, once the article's people and short names are known ("Quorrel" of "Quorrel Partners" stays
     * that firm's).
     */
    static boolean kindSuchAs(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from() - 1;
        Token cue = t.get(k);
        // cheap first: the word before is a cue, a list word or a name's; most runs stop here. Not after a possessive
        // ("Emily's List" is one name), nor a run across a sentence's end ("… and AT&T. Advocacy groups")
        if (!cue.cap() && !SUCH_AS.contains(cue.key()) && !cue.key().equals("as") && !LIST_WORDS.contains(cue.key())
                || cue.possessive() || t.get(run.to() - 1).possessive()
                || run.to() < t.size() && NameRuns.ORG_CONNECTOR.test(t.get(run.to()))) { // "Students for a …"
            return false;
        }
        int dot = p.text().indexOf(". ", t.get(run.from()).start());
        if (dot >= 0 && dot < t.get(run.to() - 1).start()) {
            return false;
        }
        for (; k >= 1 && run.from() - k <= 12; k--) {
            cue = t.get(k);
            if (!listGap(p.text(), cue.end(), t.get(k + 1).start())) {
                return false;
            }
            if (!(cue.cap() ? !cue.initial() : LIST_WORDS.contains(cue.key()))) {
                break; // the first word that is no list's: the cue, or the rule does not hold
            }
        }
        cue = t.get(k);
        int noun = cue.key().equals("as") && k >= 2 && t.get(k - 1).key().equals("such") ? k - 2
                : SUCH_AS.contains(cue.key()) ? k - 1 : -1;
        return noun >= 0 && !cue.cap() && (!t.get(noun).cap() || t.get(noun).initial()) && KIND_PLURALS.contains(t.get(noun).key())
                && Gazetteer.joinable(p.text(), t.get(noun), t.get(noun + 1));
    }

    /** Verbs of a share price after "X shares" or "X stock": "Quorrel shares rose 4 percent". */
    private static final java.util.Set<String> PRICE_VERBS = WordSet.of("rose", "fell", "jumped", "slid", "climbed",
            "dropped", "gained", "lost", "tumbled", "surged", "plunged", "sank", "soared", "slumped", "closed", "dipped",
            "edged", "rallied", "slipped", "declined", "advanced");

    /** Nouns of someone speaking for a body, after its name: "a Quorrel spokeswoman". */
    private static final java.util.Set<String> SPOKES = WordSet.of("spokesman", "spokeswoman", "spokesperson");

    /**
     * Rules "shares of a company" and "spokesman of a name": "shares of Quorrel fell", "Quorrel shares rose 4
     * percent", "Quorrel stock slid" name a listed company; "a Quorrel spokeswoman", "the Quorrel spokesman" a body
     * that has one. Asked of runs no rule has named once the article's people are known (a person's surname before
     * "spokesman" is that person's, found first). Returns where the name starts in the run, or -1.
     */
    static int tradedOrSpokenFor(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int from = run.from();
        int to = run.to();
        if (run.size() > 4 || t.get(to - 1).possessive()) {
            return -1;
        }
        // "Shares of Quorrel fell" opening a sentence is one run: the name is the words after "of"
        if (run.size() >= 3 && t.get(from).initial() && t.get(from).key().equals("shares") && t.get(from + 1).key().equals("of")) {
            return from + 2;
        }
        if (from >= 2 && t.get(from - 1).key().equals("of") && t.get(from - 2).key().equals("shares") && !t.get(from - 2).cap()
                && Gazetteer.joinable(p.text(), t.get(from - 2), t.get(from - 1)) && Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from))) {
            return from;
        }
        if (to >= t.size() || t.get(to).cap() || !Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to))) {
            return -1;
        }
        String next = t.get(to).key();
        if ((next.equals("shares") || next.equals("stock")) && to + 1 < t.size() && PRICE_VERBS.contains(t.get(to + 1).key())) {
            return from;
        }
        return SPOKES.contains(next) && from >= 1 && (t.get(from - 1).key().equals("the")
                || TownRules.INDEFINITE_ARTICLES.contains(t.get(from - 1).key())) ? from : -1;
    }

    /** Between two words of a list of names: spaces, commas and ampersands only (no sentence's end, no bracket). */
    private static boolean listGap(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00a0' && c != ',' && c != '&') {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "founded after a name": "Quorrel Climate, founded by the investor Jim Roe, will spend …": a name of two words
     * or more then a comma and "founded" or "co-founded" is a body someone founded, not a person; not a known place.
     */
    private boolean foundedAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        return run.size() >= 2 && k < t.size() && (t.get(k).key().equals("founded") || t.get(k).key().equals("co-founded"))
                && p.text().startsWith(", ", t.get(k - 1).end()) && t.get(k).start() == t.get(k - 1).end() + 2
                && !t.get(k - 1).possessive() && p.matchAt(run.from()) == null;
    }

    /** Words of number that open a sentence before "of" and a people: "Thousands of …", "Dozens of …". */
    private static final java.util.Set<String> QUANTITIES = WordSet.of("thousands", "hundreds", "dozens", "millions",
            "tens", "scores", "many", "most", "some", "all", "both", "none");

    /** Lowercase nouns of a place whose possessive may open an apposition: "the country's largest bank". */
    private static final java.util.Set<String> OWNING_PLACES = WordSet.of("country", "nation", "world", "state",
            "city", "region", "continent", "island");

    /**
     * Rule "the place's largest": "Pellion, the country's largest bank," opens its apposition with "the" and a place's
     * possessive; "Roe, the company's founder" does not (no place's), nor "Roe, the firm's chief" (a noun of a person).
     */
    private static boolean placesOwn(java.util.List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).key().equals("the") && !t.get(k).cap() && t.get(k + 1).possessive()
                && !t.get(k + 1).cap() && OWNING_PLACES.contains(t.get(k + 1).key());
    }

    /** Words after the noun of a "the" apposition that show the noun closes it: "the mining company that …", "the
     * television network he founded", "the group behind the ads", "the firm, based in …" (by {@link #theNounCloses}). */
    private static final java.util.Set<String> THE_NOUN_CLOSERS = WordSet.of("that", "which", "who", "whose", "he",
            "she", "it", "they", "founded", "co-founded", "based", "behind", "owned", "run", "led", "backed", "funded",
            "supporting", "connected", "created", "launched", "formed", "known", "headquartered", "set");

    /**
     * Whether the company noun at j closes a "the" apposition: a comma, a full stop or the paragraph's end right after it,
     * or a word of {@link #THE_NOUN_CLOSERS}. "the" opens the apposition of a person as often ("Jane Roe, the party
     * chairwoman", "Roe, the official party line"), so the noun must end it: not a title or any other word after it.
     */
    private static boolean theNounCloses(ArticleText.Para p, int j) {
        var t = p.tokens();
        char after = PersonRules.firstCharAfter(p.text(), t.get(j).end());
        if (j + 1 >= t.size() || after == ',' || after == '.' || after == ';') {
            return true;
        }
        Token next = t.get(j + 1);
        return !next.cap() && THE_NOUN_CLOSERS.contains(next.key()) && Gazetteer.joinable(p.text(), t.get(j), next);
    }

    /** Words before a name that put something in a place: "in Halvex, the ruling party, which …" names a place. */
    private static final java.util.Set<String> IN_PLACE = WordSet.of("in", "across", "throughout", "near", "outside",
            "inside", "around");

    /** The run follows a word of {@link #IN_PLACE} or holds a day or month ("In January, the group …"). */
    private static boolean placeOrTimeBefore(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = run.from(); k < run.to(); k++) {
            if (CalendarWords.DAYS_AND_MONTHS.contains(t.get(k).key())) {
                return true;
            }
        }
        return run.from() > 0 && IN_PLACE.contains(t.get(run.from() - 1).key());
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
    boolean appositionNoun(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        // what every apposition needs, and most runs lack, asked before the rest is worked out: ", " and its next word
        if (k + 1 >= t.size() || !p.text().startsWith(", ", t.get(k - 1).end()) || t.get(k).start() != t.get(k - 1).end() + 2) {
            return false;
        }
        // a sentence's first word alone may be any word ("Yesterday, a …"); two or more open a name there too, unless
        // the first is a number ("Thousands of Oromos, a minority group")
        // rule "coined name in apposition": a first word alone that no English word list has ("Zentrix, a …") is a name
        boolean coined = run.size() == 1 && !EnglishWords.KEY.test(t.get(run.from()));
        // rule "the-apposition with a company noun": "Quorrel, the Canadian mining company, says …": "the" opens it too,
        // when the noun closes the apposition (see theNounCloses)
        boolean the = k + 1 < t.size() && t.get(k).key().equals("the") && !t.get(k).cap() && !placesOwn(t, k) && !placeOrTimeBefore(p, run);
        if (k + 1 >= t.size() || t.get(k - 1).possessive()
                || t.get(run.from()).initial() && (run.size() < 2 && !coined || QUANTITIES.contains(t.get(run.from()).key()))
                || !APPOSITION_OPENERS.contains(t.get(k).key()) && !placesOwn(t, k) && !the
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
            // rule "place-based apposition": "a London-based firm", "a Nigerian bank": a place's compound or a
            // demonym may stand among the lowercase words
            Gazetteer.Match m = w.cap() ? p.matchAt(j) : null;
            boolean placeWord = w.cap() && (m != null && m.from() == j && (m.entry().kind() == Gazetteer.Kind.DEMONYM
                    || m.entry().isPlace() && p.text().startsWith("-", t.get(m.to() - 1).end()))
                    || hyphenThenLower(w.text()));
            if (w.cap() && !placeWord || !Gazetteer.joinable(p.text(), t.get(j - 1), w) && !afterPossessive) {
                return false;
            }
            if (w.possessive()) {
                continue; // "a firm's lawyer", "the country's largest": the noun is another's
            }
            if (oneOf ? COMPANY_PLURALS.contains(w.key()) : COMPANY_NOUN.test(w) || GROUP_NOUN.test(w)) {
                // not "the Capitol, a group of senators"; not "Jane Roe, a firefighter and union member": the noun
                // before a title is that person's
                if (the) {
                    return theNounCloses(p, j);
                }
                return j + 1 >= t.size() || !t.get(j + 1).key().equals("of") && !(gaz.titles.contains(t.get(j + 1).key())
                        && !t.get(j + 1).cap());
            }
        }
        return false;
    }
}
