package newsgen.extract;

import java.util.Set;

/**
 * Places the gazetteer does not know, read from the lowercase words around a name, for {@link PlaceFinder}: a region
 * noun after it ("the Tigray region"), a place noun in apposition ("Kilo, a town in …"), a compass adjective or
 * "neighbouring" before it ("in northern Rakhine"). Kept apart from the finder, which is long enough.
 */
final class PlaceNounRules {
    private PlaceNounRules() {
    }

    /** Lowercase nouns after "the" and a name that make the name a region's: "the Tigray region". */
    private static final Set<String> REGION_NOUNS = WordSet.of("region", "province", "district", "prefecture",
            "governorate", "oblast");

    /** Words before a name and its region noun that put something there: "in Sirnak province", "from Kachin state". */
    private static final Set<String> IN_REGION = WordSet.of("in", "from", "across", "throughout", "of");

    /**
     * Rule "region noun after a name": "the Tigray region", "fighting in the Amhara province of Ethiopia": "the", a
     * name of one or two words that are no English words, and a lowercase region noun name a region. Rule "region
     * noun after in": "police in Sirnak province said", "fighting in Kachin state": "in", "from" or "of" before
     * the name does as "the" does, and "state" is a region noun there (not after "the": "the Quorria state media").
     */
    static boolean regionNounAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (k >= t.size() || run.from() == 0 || run.size() > 2 || t.get(k).cap() || t.get(k - 1).possessive()
                || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
            return false;
        }
        String before = t.get(run.from() - 1).key();
        boolean the = before.equals("the") && REGION_NOUNS.contains(t.get(k).key());
        boolean in = IN_REGION.contains(before) && !t.get(run.from() - 1).cap()
                && (REGION_NOUNS.contains(t.get(k).key()) || t.get(k).key().equals("state"))
                && regionNounEnds(p, k);
        return (the || in) && noEnglishWord(t, run);
    }

    /** Words after "in Kachin state" that show the noun ends the place's name: not "in Quorria state media". */
    private static final Set<String> AFTER_REGION_NOUN = WordSet.of("and", "or", "in", "on", "of", "near", "where",
            "that", "which", "to", "as", "after", "before", "with", "since", "for", "last", "this", "by", "said", "says");

    /** The region noun at k ends its clause or the place's name: punctuation or the paragraph's end after it, or a
     * word of {@link #AFTER_REGION_NOUN}. */
    private static boolean regionNounEnds(ArticleText.Para p, int k) {
        var t = p.tokens();
        return k + 1 >= t.size() || !Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))
                || !t.get(k + 1).cap() && AFTER_REGION_NOUN.contains(t.get(k + 1).key());
    }

    /** Lowercase nouns of a settlement or region in apposition after its name: "Kilo, a town in …". */
    private static final Set<String> APPOSITION_PLACES = WordSet.of("town", "city", "village", "suburb", "port",
            "hamlet", "province", "region", "district");

    /** Words after such a noun that say where or how large the place is: "a town in …", "a city of 200,000". */
    private static final Set<String> WHERE_WORDS = WordSet.of("in", "of", "near", "outside", "on", "north", "south",
            "east", "west", "about", "some", "where", "that", "which", "with", "close", "along", "just");

    /**
     * Rule "place in apposition": "Kilo, a town in the Rift Valley", "Marrakand, a city of 200,000 people", "Durabi, a
     * small village near …": a name of one to three words that are no English words, a comma, "a" or "an", at most
     * two lowercase words, a settlement's or region's noun and a word of where (or the clause's end) name a place.
     * Returns the place's kind, or null.
     */
    static Gazetteer.Kind placeInApposition(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (k + 2 >= t.size() || run.size() > 3 || t.get(k - 1).possessive() || !TownRules.INDEFINITE_ARTICLES.contains(t.get(k).key())
                || !p.text().startsWith(", ", t.get(k - 1).end()) || t.get(k).start() != t.get(k - 1).end() + 2
                || !noEnglishWord(t, run)) {
            return null;
        }
        for (int j = k + 1; j < t.size() && j <= k + 3; j++) {
            Token w = t.get(j);
            if (w.cap() || !Gazetteer.joinable(p.text(), t.get(j - 1), w)) {
                return null;
            }
            if (APPOSITION_PLACES.contains(w.key())) {
                boolean ends = j + 1 >= t.size() || PersonRules.firstCharAfter(p.text(), w.end()) == ','
                        || PersonRules.firstCharAfter(p.text(), w.end()) == '.';
                boolean where = j + 1 < t.size() && WHERE_WORDS.contains(t.get(j + 1).key()) && !t.get(j + 1).cap();
                if (!ends && !where) {
                    return null; // "Roe, a city councilman": the noun qualifies a person's job
                }
                String noun = w.key();
                return noun.equals("province") || noun.equals("region") || noun.equals("district")
                        ? Gazetteer.Kind.REGION : Gazetteer.Kind.CITY;
            }
        }
        return null;
    }

    /** Lowercase nouns of a venue after its name: "the Pulse nightclub", "his Mar-a-Lago estate". Not "plant" or
     * "factory" (a company's: "the Carrier plant") nor "church" (a denomination's: "the Baptist church"). */
    private static final Set<String> VENUE_NOUNS = WordSet.of("nightclub", "club", "restaurant", "bar", "cafe", "café",
            "diner", "resort", "estate", "casino", "hotel");

    /** Words before a venue's name: "the", "at", a possessive ("Roe's sprawling Tessaro club", one adjective between). */
    private static final Set<String> VENUE_OPENERS = WordSet.of("the", "at", "his", "her", "their", "its");

    /**
     * Rule "venue noun after a name": "a memorial for the victims at the Pulse nightclub", "at his Mar-a-Lago estate",
     * "Roe's sprawling Tessaro club in West Palm Beach": a name of one or two words between "the", "at" or a
     * possessive (one lowercase adjective may stand between) and a lowercase venue noun ending the phrase is the
     * venue, a landmark. The caller leaves out known places and the words of names found (not "the Roe hotel").
     */
    static boolean venueNounAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (run.size() > 2 || run.from() == 0 || k >= t.size() || t.get(k).cap() || !VENUE_NOUNS.contains(t.get(k).key())
                || t.get(k - 1).possessive() || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))
                || k + 1 < t.size() && !t.get(k + 1).cap() && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))
                && !AFTER_REGION_NOUN.contains(t.get(k + 1).key())) {
            return false; // not "the Tessaro club scene": the noun ends the phrase
        }
        for (int j = run.from(); j < run.to(); j++) {
            if (!t.get(j).cap() || t.get(j).upper() || t.get(j).initial() || Gazetteer.get().titles.contains(t.get(j).key())
                    || Gazetteer.get().givenNames.contains(t.get(j).key())) {
                return false;
            }
        }
        Token before = t.get(run.from() - 1);
        if (!before.cap() && !before.possessive() && run.from() >= 2 && t.get(run.from() - 2).possessive()
                || !before.cap() && !before.possessive() && run.from() >= 2 && VENUE_OPENERS.contains(t.get(run.from() - 2).key())) {
            before = t.get(run.from() - 2); // one adjective between: "his sprawling Tessaro estate"
        }
        return before.possessive() || !before.cap() && VENUE_OPENERS.contains(before.key());
    }

    /** Last words of a body's name that is also a building where things happen: "Midway Baptist Church". Not
     * "university", "college", "school" or "center": "a professor at Quorrel University" is where she works. */
    private static final Set<String> VENUE_HEADS = WordSet.of("church", "cathedral", "chapel", "mosque", "synagogue",
            "temple", "museum", "hospital", "inn", "club");

    /** Words of a faith's or a denomination's name before "Church": "the Roman Catholic Church" is no building. */
    private static final Set<String> FAITH_WORDS = WordSet.of("catholic", "roman", "orthodox", "episcopal", "methodist",
            "united", "lutheran", "presbyterian", "anglican", "baptist", "southern", "evangelical", "protestant",
            "coptic", "greek", "russian", "mormon", "reformed", "apostolic", "pentecostal", "christian", "african",
            "american", "national", "free", "unification", "scientology");

    /** Words before a venue body's name that put something in the building: "a vigil at Midway Baptist Church". */
    private static final Set<String> IN_VENUE = WordSet.of("at", "in", "inside", "outside", "near", "into");

    /**
     * Rule "venue body is also its place": "a vigil at Tessaro Baptist Church", "a fundraiser at the Quorrel Country
     * Club", "died at Vantaleo General Hospital": a name of two to six words ending in a capitalised venue head after
     * "at", "in", "inside", "outside", "near" or "into" (and "the") is also that building, a landmark; the body stays
     * an actor (as "the White House" does after "at"). Asked before the finder leaves out the words of names found.
     */
    static boolean venueBody(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token last = t.get(run.to() - 1);
        if (run.size() < 2 || run.size() > 6 || !last.cap() || last.upper() || !VENUE_HEADS.contains(last.key())
                || last.possessive() || run.from() == 0 || NameRuns.headline(p)) {
            return false;
        }
        boolean denomination = true; // "in the Catholic Church", "the United Methodist Church": a faith, no building
        for (int k = run.from(); k < run.to() - 1 && denomination; k++) {
            denomination = FAITH_WORDS.contains(t.get(k).key());
        }
        if (denomination) {
            return false;
        }
        int before = run.from() - 1;
        if (t.get(before).key().equals("the") && !t.get(before).cap() && before >= 1) {
            before--;
        }
        Token w = t.get(before);
        return !w.cap() && IN_VENUE.contains(w.key()) && Gazetteer.joinable(p.text(), w, t.get(before + 1));
    }

    /** Adjectives of a part of a place, or of a place beside another: "northern Rakhine", "neighbouring Quorria". */
    private static final Set<String> PART_ADJECTIVES = WordSet.of("northern", "southern", "eastern", "western",
            "central", "northeastern", "northwestern", "southeastern", "southwestern", "neighbouring", "neighboring");

    /**
     * Rule "part of a place": "the attack in northern Rakhine", "fled to neighbouring Quorria": a name of one or two
     * words that are no English words after a lowercase compass adjective or "neighbouring", itself after "in", "to",
     * "from", "of", "across" or "into", names a region (a known place there is the gazetteer's).
     */
    static boolean partOfPlace(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int adj = run.from() - 1;
        if (adj < 1 || run.size() > 2 || !PART_ADJECTIVES.contains(t.get(adj).key()) || t.get(adj).cap()
                || !PART_BEFORE.contains(t.get(adj - 1).key()) || !Gazetteer.joinable(p.text(), t.get(adj), t.get(run.from()))
                || !Gazetteer.joinable(p.text(), t.get(adj - 1), t.get(adj))) {
            return false;
        }
        return noEnglishWord(t, run) && !t.get(run.to() - 1).possessive();
    }

    private static final Set<String> PART_BEFORE = WordSet.of("in", "to", "from", "of", "across", "into", "throughout");

    /** No word of the run is an English word, a title or a given name: "Tigray", not "Democratic" or "Jane". */
    private static boolean noEnglishWord(java.util.List<Token> t, NameRuns.Run run) {
        Gazetteer gaz = Gazetteer.get();
        for (int k = run.from(); k < run.to(); k++) {
            Token w = t.get(k);
            if (!w.cap() || w.upper() || EnglishWords.contains(w.key()) || gaz.titles.contains(w.key())
                    || gaz.givenNames.contains(w.key())) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of a place's edge or parts before "of": "the outskirts of Tolo", "the coast of Montauk". */
    private static final Set<String> EDGES = WordSet.of("outskirts", "suburbs", "coast", "shores", "streets");
    /** Compass words before "of" that place something off a place: "south of Tolo". */
    private static final Set<String> BEARINGS = WordSet.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
    /** Words before a bearing that make it a distance from a place: "25 miles south of", "just north of". */
    private static final Set<String> DISTANCES = WordSet.of("miles", "mile", "kilometres", "kilometers", "kilometre",
            "kilometer", "km", "kms", "just", "directly", "due", "immediately");

    /**
     * Rule "edge of a place": token {@code k}, right before "of", is a lowercase edge noun after "the" ("the outskirts
     * of", "off the coast of") or a lowercase bearing after a distance ("25 miles south of", "just north of"): the
     * name after "of" is a place, a town as often as not.
     */
    static boolean edgeOf(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k < 1 || t.get(k).cap()) {
            return false;
        }
        String before = t.get(k - 1).key();
        return EDGES.contains(t.get(k).key()) && before.equals("the")
                || BEARINGS.contains(t.get(k).key()) && DISTANCES.contains(before) && !t.get(k - 1).cap();
    }
}
