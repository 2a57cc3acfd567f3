package newsgen.extract;

import java.util.Set;

/**
 * Whether words can be a person's name at all, whatever the text says around them: capitalised, no acronym,
 * title, holiday, programme, place unit or gazetteer name; no page furniture glued together, no mojibake; a
 * word that may stand alone as a surname.
 */
final class NameWordRules {
    private final Gazetteer gaz = Gazetteer.get();

    /** "I've", "We're", "I’m": no names. */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(".+['\u2019](?:ve|m|d|ll|re|s|t)");

    /**
     * Endings of adjectives and abstract nouns, not surnames: "Southern", "Islamic", "Socialism", "Islamophobic"; rule
     * "adjective of a name": "Reaganesque", "Kafkaesque" describe someone, name no one.
     */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(
            ".+(?:ern|ic|ism|ist|ish|ese|esque|phobia|ness|ity|ment|tion|sion)");
    /** The endings {@link #ADJECTIVE} ends with, asked first: most words end otherwise and then need no matcher. */
    private static final String[] ADJECTIVE_ENDINGS = {"ern", "ic", "ism", "ist", "ish", "ese", "esque", "phobia", "ness",
            "ity", "ment", "tion", "sion"};

    /**
     * Whether the word ends with one of the endings. The patterns on word endings below are asked of most capitalised
     * words; a matcher for each was ~4% of {@code gen extract}'s CPU and most of the matchers it allocated (JFR), where
     * this test, which each pattern's match implies, turns nearly all words away first.
     */
    private static boolean endsWithAny(String word, String[] endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** CONTRACTION's match, asked only of a word with an apostrophe after its first character. */
    private static boolean contraction(String word) {
        return (word.indexOf('\'') > 0 || word.indexOf('\u2019') > 0) && CONTRACTION.matcher(word).matches();
    }

    /** A word that may be a surname standing alone: capitalised, lower case after, no given name, three letters or more. */
    boolean surnameLike(Token w, boolean givenToo) {
        return w.text().length() >= 3 && !w.upper() && !contraction(w.text())
                && w.text().indexOf('\u00c3') < 0 && w.text().indexOf('\u00c2') < 0 // "FranÃ": text read in the wrong encoding
                && !(endsWithAny(w.key(), ADJECTIVE_ENDINGS) && ADJECTIVE.matcher(w.key()).matches()) && (givenToo || !gaz.givenName.test(w))
                && !gaz.orgHead.test(w)
                && !gaz.docHeads.contains(w.key()) && !gaz.nonName.test(w);
    }

    /** Name particles of four letters or more written together with the name: "VanderSloot", "VandeHei", "DellaVolpe". */
    private static final Set<String> LONG_PARTICLES = WordSet.of("vander", "vande", "vanden", "vonder", "della", "delle",
            "dela");

    /**
     * A word glued from page furniture ("CravenFlagShareLikeReply", "JohnsonMichigan"): a capital inside after four
     * lowercase letters, or two capitals inside. "McDonald", "DeSantis", "MacArthur" have one, after a short prefix.
     */
    static boolean glued(String w) {
        return gluedShaped(w);
    }

    /**
     * {@link #glued}, {@link #mojibake} or {@link #notNameWord}: no name's word, asked once for each distinct word
     * ({@link WordFact}), as {@link #validName} asks it of every word of every run.
     */
    private static final WordFact ODD_WORD = WordFact.ofText(w -> gluedShaped(w) || mojibake(w) || notNameWord(w));

    private static boolean gluedShaped(String w) {
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

    /**
     * "FranÃ\u0083Â§ois": UTF-8 read as Latin-1 (once or more) leaves a capital Ã or Â inside a word, which no name
     * has (names write ã, â in lower case inside a word).
     */
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
    private static final Set<String> NOT_SURNAMES = WordSet.of("day", "week", "eve", "era", "age", "dynasty", "session",
            // rule "event named for a person": "the Jane Roe Invitational"
            "classic", "invitational", "championship", "championships", "tournament", "festival", "marathon", "awards",
            // holidays: "Merry Christmas", "Happy Thanksgiving" greet no one
            "christmas", "easter", "thanksgiving", "hanukkah", "ramadan", "passover", "halloween", "kwanzaa");
    /**
     * Plural group names: "Americans", "Koreans", "Europeans", "Lebanese" is no plural but no surname either. Rule
     * "group plural": at least two letters before the ending, so a surname such as "Deans" or "Means" is no group.
     */
    private static final java.util.regex.Pattern GROUP_PLURAL = java.util.regex.Pattern.compile("\\p{L}{2,}(?:ians|icans|eans)");

    /** Titles that end place names after a given name ("Hilton Head"): never read as a surname. */
    private static final Set<String> PLACE_TITLES = WordSet.of("head", "chief", "point", "master");

    /** Dotted initials inside a name: "H.W.", "J.R.". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    /** Names of programmes and editions, not people: "Steve Hadley Morning Show", "Vermont Edition", "The Nyland File". */
    static final Set<String> WORKS = WordSet.of("show", "edition", "podcast", "series", "programme", "hour",
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

    /** Number words, never a person's first name: "Zero Hedge" is a website, "Seven Bridges" a place. */
    static final Set<String> NUMBER_WORDS = WordSet.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
            "thousand", "million", "billion");
    /** An ordinal written in digits: "21st", "2nd", "103rd". */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[0-9]+(?:st|nd|rd|th)");

    /** "Jr", "Sr", "III": they end a name and are never one. */
    private static final Set<String> SUFFIXES = WordSet.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Whether a word's key is in any list {@link #validName} asks of a run's last word (geographic words, document
     * heads, suffixes, words that are no surname, administrative words, works): one bit read from the {@link Word}
     * for nearly every run instead of six set look-ups (~0.5% of gen extract's CPU samples, JFR).
     */
    private static final WordFact LISTED_LAST = WordFact.ofKey(k -> PlaceFinder.GEO_WORDS.contains(k)
            || Gazetteer.get().docHeads.contains(k) || SUFFIXES.contains(k) || NOT_SURNAMES.contains(k)
            || ADMIN_WORDS.contains(k) || WORKS.contains(k));

    /**
     * Rule "given name before a document word": "Ronan Law", "Anna Bill" are people whose surname is also a document
     * word; a given name that is no gazetteer name ("Paris Agreement") opens a two-word person's name, not a law's.
     */
    private boolean givenNameFirst(ArticleText.Para p, int from, int to) {
        return to - from == 2 && gaz.givenName.test(p.tokens().get(from)) && p.matchAt(from) == null;
    }

    /**
     * Rule "given name before a site word": "Grace Park", "Michael Lake", "Min-jun Park" are people whose surname is
     * also a landform's or a site's word ("Hyde Park", "Lake Tahoe"), where the sentence speaks of a person: a cue verb
     * right after ("Michael Lake said") or right before ("said Grace Park"), an age in commas ("Sarah Port, 41,"), or
     * commas after a noun and then a cue verb ("The coach, Tom Beach, said").
     * Two words, the first a given name or a given name's two hyphened syllables, the second one of
     * {@link #SURNAME_SITES}, and no gazetteer name.
     */
    private boolean givenNameBeforeSiteWord(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        if (to - from != 2 || p.matchAt(from) != null || !SURNAME_SITES.contains(t.get(to - 1).key())
                || !gaz.givenName.test(t.get(from)) && !ActorDraft.syllableGivenName(t.get(from).text())) {
            return false;
        }
        String text = p.text();
        boolean cueAfter = to < t.size() && gaz.cueVerb.test(t.get(to)) && !t.get(to).cap()
                && text.substring(t.get(to - 1).end(), t.get(to).start()).isBlank();
        boolean cueBefore = from > 0 && gaz.cueVerb.test(t.get(from - 1)) && !t.get(from - 1).cap()
                && text.substring(t.get(from - 1).end(), t.get(from).start()).isBlank();
        boolean age = to < t.size() && text.startsWith(", ", t.get(to - 1).end()) && t.get(to).start() == t.get(to - 1).end() + 2
                && AGE.matcher(t.get(to).text()).matches() && text.startsWith(",", t.get(to).end());
        // "The coach, Tom Beach, said": in commas after a noun, then a cue verb
        boolean apposedSubject = from > 0 && to + 1 < t.size() && text.substring(t.get(from - 1).end(), t.get(from).start()).equals(", ")
                && text.substring(t.get(to - 1).end(), t.get(to).start()).equals(", ")
                && gaz.cueVerb.test(t.get(to)) && !t.get(to).cap();
        return cueAfter || cueBefore || age || apposedSubject;
    }

    /**
     * Words of an industry or a company's form that end a company's name after its plain first word ("Tata Steel",
     * "Halvex Oil", "Okonjo Holdings") and no person's after a word that is no given name; none a common surname.
     */
    private static final Set<String> INDUSTRY_TAILS = WordSet.of("steel", "oil", "motors", "airways", "airlines",
            "mining", "energy", "petroleum", "holdings", "group", "chemicals", "pharmaceuticals", "technologies",
            "telecom", "pharma", "insurance", "securities", "breweries", "foods", "logistics", "industries",
            "enterprises", "ventures", "networks", "studios", "refineries", "shipping", "textiles", "cement", "gas");

    /**
     * Rule "industry after a plain name": two words, the second one of {@link #INDUSTRY_TAILS} (capitalised, not in
     * capitals), the first no given name and no English word ("Tata Steel", "Halvex Oil", "Qatar Airways"), name a
     * company, no person; "Danielle Steel" and "Big Oil" do not.
     */
    static boolean industryTail(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        if (to - from != 2 || !INDUSTRY_TAILS.contains(t.get(to - 1).key()) || !t.get(to - 1).cap() || t.get(to - 1).upper()) {
            return false;
        }
        Token first = t.get(from);
        Gazetteer gaz = Gazetteer.get();
        return first.cap() && !first.upper() && !first.possessive() && !gaz.givenName.test(first)
                && !ActorDraft.syllableGivenName(first.text()) && !EnglishWords.KEY.test(first) && !gaz.title.test(first)
                && Gazetteer.joinable(p.text(), first, t.get(to - 1));
    }

    /** Landform and site words that are common surnames too (not "County", "Valley": "Harlan County said"). */
    private static final Set<String> SURNAME_SITES = WordSet.of("park", "lake", "beach", "port", "bay", "hills", "street",
            "bridge");

    /** An age in years, as news writes it after a name in commas. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("[1-9][0-9]?");

    /** A name: one to four capitalised words, none a sentence opener, acronym, number or gazetteer name. */
    boolean validName(ArticleText.Para p, int from, int to) {
        if (from >= to || to - from > 6 || quotedTitle(p, from, to) && !gaz.givenName.test(p.tokens().get(from))) {
            return false;
        }
        String lastKey = p.tokens().get(to - 1).key();
        boolean listedLast = LISTED_LAST.test(p.tokens().get(to - 1)); // false for most runs: no list below holds it
        if (to - from > 1 && NameRuns.HEADLINE_VERBS.contains(lastKey) && closesQuote(p, to)) {
            return false; // rule "headline verb in quotation marks": ‘Donald Roe Leads’, “If Jane Roe Wins”
        }
        if (to - from == 1 && lastKey.endsWith("s") && bothBefore(p, from)) {
            return false; // rule "plural after both": "both former president Roes" are a family, no one person
        }
        if (to - from > 1 && (listedLast && PlaceFinder.GEO_WORDS.contains(lastKey) && !givenNameBeforeSiteWord(p, from, to)
                || listedLast && gaz.docHeads.contains(lastKey) && !givenNameFirst(p, from, to))) {
            return false; // "Fulton County", "Rift Valley", "Affordable Care Act"
        }
        if (industryTail(p, from, to) || OrganizationRules.countryAgency(p, from, to)) {
            // rule "industry after a plain name": "Tata Steel said", "Halvex Oil"; "Danielle Steel" is hers; rule
            // "agency named for its country": "Transport Canada said"
            return false;
        }
        if (NUMBER_WORDS.contains(p.tokens().get(from).key()) || from > 0 && Character.isDigit(p.tokens().get(from - 1).text().charAt(0))
                && ORDINAL.matcher(p.tokens().get(from - 1).text()).matches()
                && Gazetteer.joinable(p.text(), p.tokens().get(from - 1), p.tokens().get(from))) {
            return false; // rule "number before a name": "Zero Hedge", "Seven Bridges", "21st Century Fox" name no one
        }
        if (to - from > 1 && OrganizationRules.OPENING_HEADS.contains(p.tokens().get(from).key())) {
            return false; // rule "head that opens a name abroad": "Banco Meridional reported" is a bank
        }
        if (to - from > 1 && wordShapedOpener(p.tokens().get(from)) && !ingGivenName(p, from, to)) {
            return false; // rule "verb or adjective opening a name": "Closing Gitmo is …", "Political Roe.", "Ultrahot Broadway"
        }
        if (listedLast && (to - from == 1 && SUFFIXES.contains(lastKey) || NOT_SURNAMES.contains(lastKey)) || lastKey.endsWith("ans") && GROUP_PLURAL.matcher(lastKey).matches()) {
            return false; // "Jr", "Labor Day", "Lithuanian Americans"
        }
        if (listedLast && (to - from == 1 && ADMIN_WORDS.contains(lastKey) || WORKS.contains(lastKey))) {
            return false; // "Queen City", "The Steve Hadley Morning Show", "Vermont Edition"
        }
        if (to - from > 1 && p.text().substring(p.tokens().get(from).start(), p.tokens().get(to - 1).end()).indexOf('&') >= 0) {
            return false; // "Bailey & Glasser": a firm of partners
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            words += NameRuns.CONNECTOR.test(p.tokens().get(k)) ? 0 : 1;
        }
        if (words > 4) {
            return false; // "Luiz Otavio Bento da Silva": four names and a particle
        }
        var t = p.tokens();
        if (plainWords(p, from, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (NameRuns.CONNECTOR.test(w) && k > from && k < to - 1) {
                continue;
            }
            // "Rufus Dean", "Nell Judge", "Michael Gallup": after a given name, a last word that is also a title
            // or a one-word organisation is a surname
            boolean surnameAfterGiven = k == to - 1 && k > from && gaz.givenName.test(t.get(from))
                    && !t.get(from).upper();
            boolean initials = w.upper() && k < to - 1 && w.text().indexOf('.') > 0 && INITIALS.matcher(w.text()).matches(); // "George H.W. Hedge", "G.K. Roe"
            // rule "middle initial that is a word": "Samuel A. Ashworth", "Jane I. Roe": one capital with its dot inside a
            // name is an initial, not the article "A" or the pronoun "I" that never name anyone
            boolean middleInitial = k > from && k < to - 1 && w.text().length() == 1 && w.end() < p.text().length()
                    && p.text().charAt(w.end()) == '.';
            // rule "generational suffix": "Harry Roe III", "Charles Doe IV" end a full name in capitals
            boolean generation = k == to - 1 && k - from >= 2 && w.upper() && SUFFIXES.contains(w.key());
            // "Mr. Oakes", "Ms. Fletcher": after a form of address, one word that is also a title is a surname
            boolean surnameAfterHonorific = to - from == 1 && from > 0 && RoleRules.HONORIFICS.contains(t.get(from - 1).key())
                    && !RoleRules.HONORIFICS.contains(w.key()) && !ADDRESSED_OFFICES.contains(w.key()); // not "Mr. President"
            surnameAfterGiven |= surnameAfterHonorific;
            // "Gloria May": a month after a given name, with no day after it, is a surname
            boolean monthSurname = surnameAfterGiven && MONTH_SURNAMES.contains(w.key())
                    && (to >= t.size() || !Character.isDigit(t.get(to).text().charAt(0)));
            if (initials && k == from && gaz.givenNames.contains(t.get(k + 1).key()) && placeAbbreviation(p, k)) {
                // rule "place abbreviation before a name": "crossing into the U.S. Chris Roe added …": a place's
                // dotted short form opening the run ends a sentence or qualifies the person; it is no initial of his
                return false;
            }
            if (k == to - 1 && k - from >= 2 && RoleRules.HONORIFICS.contains(w.key())) {
                // rule "honorific ends no name": "Jane Roe And John Doe Miss The Mark" is a headline's verb; a form of
                // address as a surname ends a name of two words only ("Ruben Lord")
                return false;
            }
            if (!w.cap() || w.upper() && !initials && !generation || w.text().endsWith("s") && ACRONYM_PLURAL.matcher(w.text()).matches()
                    || gaz.nonName.test(w) && !monthSurname && !middleInitial && !wordSurname(p, from, to)
                    && !(k == from && wordGivenName(p, from, to))
                    && !(k == to - 1 && NameRuns.vietnameseMiddle(t, k - 1, to)) // rule "Vietnamese middle name": "Nguyen Van An"
                    || !Character.isLetter(w.text().charAt(0))
                    || ODD_WORD.test(w)
                    || gaz.title.test(w) && !(surnameAfterGiven && !PLACE_TITLES.contains(w.key()))
                    || gaz.orgHead.test(w)) {
                return false;
            }
            Gazetteer.Match m = p.matchAt(k);
            boolean surnameOrg = surnameAfterGiven && m != null && m.from() == k && m.to() == k + 1
                    && (m.entry().kind() == Gazetteer.Kind.ORGANIZATION && orgOfOneWord(m.entry().name(), w.text())
                    || m.entry().kind() == Gazetteer.Kind.DEMONYM && m.entry().country() != null); // "Mark Dutch", not "Virginia Democrat"
            if (m != null && !surnameOrg && !(k == from && demonymGivenName(p, k, to)) && (m.entry().kind() == Gazetteer.Kind.ORGANIZATION
                    || m.entry().kind() == Gazetteer.Kind.DEMONYM || (m.from() == from && m.to() == to))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that are a demonym or a faith's adjective and a common given name as well (Spanish "German", "Christian",
     * "Latina"), never written with one surname after them for the nationality or the faith.
     */
    private static final Set<String> DEMONYM_GIVEN_NAMES = WordSet.of("german", "christian", "latina");

    /**
     * Rule "given name that is a demonym": "said German Arzamendi, one of the defenders", "Capt. Christian Pardo": such a
     * word opening a name of two words, whose second is a capitalised word of no dictionary, title or gazetteer
     * entry, is the person's given name, not his nationality ("German Chancellor …", "Christian Democrats" stay).
     */
    static boolean demonymGivenName(ArticleText.Para p, int k, int to) {
        var t = p.tokens();
        if (to != k + 2 || !DEMONYM_GIVEN_NAMES.contains(t.get(k).key()) || t.get(k).upper()) {
            return false;
        }
        Token surname = t.get(k + 1);
        Gazetteer gaz = Gazetteer.get();
        return surname.cap() && !surname.upper() && !EnglishWords.TEXT.test(surname) && p.matchAt(k + 1) == null
                && !gaz.title.test(surname) && !gaz.givenName.test(surname) && !gaz.orgHead.test(surname)
                && Gazetteer.joinable(p.text(), t.get(k), surname);
    }

    /** One token that the gazetteer reads as a place by itself: "U.S.", "N.H.". */
    private static boolean placeAbbreviation(ArticleText.Para p, int k) {
        Gazetteer.Match m = p.matchAt(k);
        return m != null && m.from() == k && m.to() == k + 1 && m.entry().isPlace();
    }

    /** How long a word of no name must be to be read as a surname after a given name ("Hal From", not "Ian The"). */
    private static final int WORD_SURNAME_LENGTH = 4;

    /**
     * Rule "word surname after a given name": "a drugmaker's chief executive Owen Read said", "said Hal From, who helped found
     * …": two words, a given name that is no English word, then a word that otherwise never makes a name (a verb, a
     * preposition; no weekday or month), in a sentence of body text, not a title-case line: the second word is his surname. Not "Will",
     * "Mark", "Hope" first (English words, as likely the sentence's own), nor a word of three letters or less.
     */
    private boolean wordSurname(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        Token given = t.get(from);
        Token last = t.get(to - 1);
        return to - from == 2 && gaz.givenName.test(given) && !EnglishWords.TEXT.test(given)
                && !given.upper() && !last.upper() && last.text().length() >= WORD_SURNAME_LENGTH
                && !CalendarWords.DAYS_AND_MONTHS.contains(last.key()) // "Joe Monday": a date after the name
                && p.kind() == newsgen.model.ParagraphKind.BODY && !NameRuns.headline(p)
                && (to >= t.size() || !t.get(to).cap()) && Gazetteer.joinable(p.text(), given, last);
    }

    /**
     * Rule "plain English words": "Great Recession", "Bitter Pill", "Grand Concourse", "Stop Spade": two words or more,
     * each an English word ({@link EnglishWords}) and the first no given name of the given-name lists, name a thing or
     * make a phrase, not a person ("Hope Haskins", "Will Tolliver" open with given names); unless a title, a cue verb or
     * an occupation's noun stands right before ("Rep. Lacy Marsh", "explained Teal Spinner", "the wrestler Brute Bramble",
     * "rapper Killer Ray").
     */
    /**
     * Rule "verb or adjective opening a name": a first word of six letters or more in -ing or -al that is an English
     * word and no given name ("Closing", "Building", "Political", "Liberal") is a verb or an adjective, which opens
     * no one's name.
     */
    private boolean wordShapedOpener(Token w) {
        String k = w.key();
        // rule "adverb opening a name": "Interestingly Roe, a wealthy industrialist" (its comma left out): an English
        // word in -ly, or one made of an English word and -ly (the word list stops at twelve letters)
        boolean adverb = k.length() >= 6 && k.endsWith("ly") && (EnglishWords.contains(k) || EnglishWords.contains(k.substring(0, k.length() - 2)));
        return k.length() >= 6 && !w.upper() && (adverb || (k.endsWith("ing") || k.endsWith("al")) && EnglishWords.contains(k)
                || intensified(k)) && !gaz.givenNames.contains(k) && !GivenNameSex.listed(w.text());
    }

    /** Words in -ing that open a phrase before a name rather than a name: "Including Roe, a nurse, …". */
    private static final java.util.Set<String> ING_PREPOSITIONS = WordSet.of("including", "following", "regarding",
            "concerning", "according", "excluding", "considering", "barring", "pending", "during", "featuring",
            "starring", "welcoming", "thanking", "praising", "blaming", "quoting", "citing", "joining", "replacing",
            "succeeding", "beating", "defeating", "meeting", "visiting", "calling", "asking", "telling", "urging",
            // pronouns and times in -ing open a clause, not a name: "Nothing Okafor said surprised them"
            "nothing", "something", "anything", "everything", "morning", "evening");

    /**
     * English words, other than those in -ing, that news from southern and eastern Africa prints as given names and
     * that otherwise open a clause ("Given the risks, …"): non-names.txt lists them, so the run left them out.
     */
    private static final Set<String> WORD_GIVEN_NAMES = WordSet.of("given");

    /**
     * Rule "word in -ing as a given name": "Blessing Okafor, a midwife, said", "Blessing Okafor said": a noun in -ing
     * that news from other continents uses as a given name opens the name when the surname after it is shaped as a
     * name and no English word or gazetteer name, and an apposition of a person (", a …" or ", 34,") or a cue verb
     * follows; words in -ing that govern a name after them ("Including", "Beating") never do.
     * Rule "word given name" ({@link #WORD_GIVEN_NAMES}): "Given Msimango, 27, said", "defender Given Msimango": the
     * same, and a title or a cue verb right before the two words is evidence too ("Given Okafor's record" stays a clause).
     */
    static boolean ingGivenName(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        Token first = t.get(from);
        boolean word = WORD_GIVEN_NAMES.contains(first.key()) && !first.upper();
        if (to - from != 2 || !word && (!first.key().endsWith("ing") || ING_PREPOSITIONS.contains(first.key()))
                || to >= t.size() || t.get(from + 1).possessive()) {
            return false;
        }
        Token surname = t.get(from + 1);
        Gazetteer gaz = Gazetteer.get();
        if (surname.upper() || !NameEvidenceRules.NAME_SHAPE.matcher(surname.text()).matches() || p.matchAt(from + 1) != null
                || gaz.orgHead.test(surname) || gaz.title.test(surname) || EnglishWords.KEY.test(surname)
                || !Gazetteer.joinable(p.text(), first, surname)) {
            return false;
        }
        if (word && from > 0 && Gazetteer.joinable(p.text(), t.get(from - 1), first)) {
            Token before = t.get(from - 1);
            if (gaz.title.test(before) && !before.upper() || !before.cap() && gaz.cueVerb.test(before)) {
                return true; // "defender Given Msimango", "said Given Msimango"
            }
        }
        Token after = t.get(to);
        String between = p.text().substring(t.get(to - 1).end(), after.start());
        if (between.equals(" ")) {
            return gaz.cueVerb.test(after) && !after.cap() && !after.key().endsWith("ing");
        }
        if (!between.equals(", ")) {
            return false;
        }
        return (after.key().equals("a") || after.key().equals("an")) && !after.cap()
                || AGE.matcher(after.text()).matches() && PersonRules.firstCharAfter(p.text(), after.end()) == ',';
    }

    /** Rule "word given name": the run opens with one of {@link #WORD_GIVEN_NAMES} that {@link #ingGivenName} keeps. */
    static boolean wordGivenName(ArticleText.Para p, int from, int to) {
        return WORD_GIVEN_NAMES.contains(p.tokens().get(from).key()) && ingGivenName(p, from, to);
    }

    /** Prefixes that make an adjective or noun of an English word: "Ultrahot", "Superstorm", "Megadonor". */
    private static final String[] INTENSIFIERS = {"ultra", "super", "mega", "hyper"};

    /**
     * Rule "intensified word opening a name": "Ultrahot Broadway musical …", "Superstorm Sandy": a prefix such as
     * ultra- or super- written onto an English word of three letters or more is a word, not a given name.
     */
    private static boolean intensified(String k) {
        for (String prefix : INTENSIFIERS) {
            if (k.startsWith(prefix) && k.length() - prefix.length() >= 3 && EnglishWords.contains(k.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean plainWords(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        if (to - from < 2 || gaz.givenName.test(t.get(from)) || GivenNameSex.listed(t.get(from).text())) {
            return false;
        }
        if (from > 0 && Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from))) {
            String before = t.get(from - 1).key();
            if (gaz.titles.contains(before) || !t.get(from - 1).cap() && (gaz.cueVerbs.contains(before)
                    || endsWithAny(before, OCCUPATION_ENDINGS) && OCCUPATION.matcher(before).matches())) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            if (!NameRuns.CONNECTOR.test(t.get(k)) && (t.get(k).upper() || !EnglishWords.TEXT.test(t.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** A lowercase noun shaped like an occupation's: "wrestler", "actor", "columnist", "comedian". */
    private static final java.util.regex.Pattern OCCUPATION = java.util.regex.Pattern.compile("[a-z]{3,}(?:er|or|ist|ian)");
    private static final String[] OCCUPATION_ENDINGS = {"er", "or", "ist", "ian"};

    /** Whether an organisation's name is this one word, or "The" and it ("Guardian" of "Mayor Dale Guardian"). */
    private static boolean orgOfOneWord(String org, String word) {
        return org.equals(word) || org.length() == word.length() + 4 && org.startsWith("The ") && org.endsWith(word);
    }

    /**
     * Rule "title in quotation marks": words that fill a pair of quotation marks by themselves (''Prison Break'',
     * “The Walking Dead,”, ‘Leave’) are the title of a work or a slogan, not a person's name; unless a given name
     * opens them (“Ralph Roe” written in on a ballot: the caller asks).
     */
    boolean quotedTitle(ArticleText.Para p, int from, int to) {
        String text = p.text();
        while (from > 0 && gaz.nonName.test(p.tokens().get(from - 1))
                && p.tokens().get(from).start() == p.tokens().get(from - 1).end() + 1) {
            from--; // “The Walking Dead”, “Sunday Morning Futures”: the run left its opening word of no name out
        }
        int start = p.tokens().get(from).start();
        if (start == 0 || QUOTE_MARKS.indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return closesQuote(p, to);
    }

    /** Whether a quotation mark closes right after token {@code to - 1}, or after a comma or full stop there. */
    private static boolean closesQuote(ArticleText.Para p, int to) {
        String text = p.text();
        int end = p.tokens().get(to - 1).end();
        if (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')) {
            end++; // “The Walking Dead,” ends inside the marks
        }
        return end < text.length() && QUOTE_MARKS.indexOf(text.charAt(end)) >= 0;
    }

    /** How many lowercase words may stand between "both" and a plural ("both former president Roes"). */
    private static final int BOTH_GAP = 3;

    /** Whether "both" stands before token {@code from}, only lowercase words joined to it between. */
    private static boolean bothBefore(ArticleText.Para p, int from) {
        var t = p.tokens();
        for (int k = from - 1; k >= 0 && from - k <= BOTH_GAP + 1; k--) {
            if (!Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1)) || t.get(k).cap() && !t.get(k).key().equals("both")) {
                return false;
            }
            if (t.get(k).key().equals("both")) {
                return true;
            }
        }
        return false;
    }

    /** Quotation marks, straight and curly, single and double ('' is two single ones). */
    private static final String QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019";

    /** Plural group words: "Candidates", "Founding Fathers", "Nonproliferation Studies". */
    static final java.util.regex.Pattern GROUPS = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:ates|als|ers|ents|ans|ists|ies)");
}
