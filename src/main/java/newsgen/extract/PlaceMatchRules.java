package newsgen.extract;

import java.util.Set;

/**
 * What a gazetteer match is where the text names it, before {@link PlaceFinder} counts it as a place: no place when it
 * opens a longer name ("Santiago Bernabeu") or follows a title ("Del. Jane Roe"); the building named for it ("at the
 * White House", "Wells Fargo Center"); a region as written ("Tana River" for "Tana River County").
 */
final class PlaceMatchRules {
    private PlaceMatchRules() {
    }

    /** State abbreviations whose capitals news mostly mean otherwise: "LA" is Los Angeles, "MO" a modus operandi. */
    private static final Set<String> OTHER_IN_CAPITALS = WordSet.of("la", "mo");

    /**
     * Rule "abbreviation in capitals that means another thing": "La." and "Mo." are Louisiana and Missouri with their
     * dot or after a town's comma ("Chalmette, La.", "Kansas City, MO"), not in capitals elsewhere ("the whole MO of
     * the campaign", "LA CROSSE, Wisc. —").
     */
    static boolean otherInCapitals(ArticleText.Para p, Gazetteer.Match m) {
        Token w = p.tokens().get(m.from());
        return m.to() - m.from() == 1 && w.upper() && OTHER_IN_CAPITALS.contains(w.key())
                && !Gazetteer.afterTownComma(p.tokens(), p.text(), m.from());
    }

    /** "Santiago Bernabeu": a place name followed by a capitalised word nothing knows is part of another name. */
    static boolean partOfLongerName(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.to() >= t.size() || t.get(m.to() - 1).possessive()) {
            return false;
        }
        Token next = t.get(m.to());
        Gazetteer gaz = Gazetteer.get();
        if (next.cap() && !next.upper() && Gazetteer.joinable(p.text(), t.get(m.to() - 1), next)
                && Towns.contains(p.surface(m.from(), m.to() + 1))) {
            return true; // "Atlantic City", "Panama City Beach" is a town of the towns list, not the ocean or the country
        }
        return next.cap() && Gazetteer.joinable(p.text(), t.get(m.to() - 1), next) && p.matchAt(m.to()) == null
                && !gaz.nonNames.contains(next.text()) && !gaz.docHeads.contains(next.key())
                && !gaz.titles.contains(next.key()) // "Ohio Gov. John Dunmore": the state is named
                && !PlaceFinder.GEO_WORDS.contains(next.key()) && !Character.isDigit(next.text().charAt(0))
                && !officeOfPlace(p, m.to()) && !capitalsGoOn(p, m, next);
    }

    /**
     * Rule "title, not state": "said Del. Stacey Roe of the Virgin Islands", "state Del. Jane Doe (D-Richmond)": a
     * state's short form that is also a title ("Del." a delegate of Virginia's or Maryland's House), with its dot,
     * right before a given name and not after a town's comma ("Dover, Del. Jane Roe said"), is the title. Not a title
     * of the titles list: without its dot "Del" is a particle of names ("Tom Del Roe").
     */
    static boolean titleBeforeName(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.to() - m.from() != 1 || m.to() >= t.size() || !TITLE_ABBREVIATIONS.contains(t.get(m.from()).key())) {
            return false;
        }
        Token w = t.get(m.from());
        Token next = t.get(m.to());
        return p.text().startsWith(". ", w.end()) && next.cap() && Gazetteer.get().givenNames.contains(next.key())
                && !Gazetteer.afterTownComma(t, p.text(), m.from());
    }

    /** States' short forms that are also titles written before a name. */
    private static final Set<String> TITLE_ABBREVIATIONS = WordSet.of("del");

    /**
     * Rule "place in a line of capitals": "PLANNED NORTH KOREA LAUNCH", "INJURED IN FLORIDA NIGHTCLUB SHOOTING": in
     * capitals every word is capitalised, so a word in capitals after a place in capitals makes no longer name of it,
     * unless it is an organisation's head word ("NEW YORK TIMES").
     */
    private static boolean capitalsGoOn(ArticleText.Para p, Gazetteer.Match m, Token next) {
        Token last = p.tokens().get(m.to() - 1);
        return next.upper() && last.upper() && last.text().length() > 1 && !Gazetteer.get().orgHeads.contains(next.key());
    }

    /**
     * Rule "place before an office": "former Texas Agriculture Secretary Jim Roe", "Alabama Securities Commissioner
     * Ann Doe": one or two capitalised words of a department, then a title, then a name, after a place: the office is
     * the place's and the place is named. Not when a word is an organisation's head ("Ohio State University President
     * …": a university is named) or the gazetteer knows it.
     */
    private static boolean officeOfPlace(ArticleText.Para p, int k) {
        var t = p.tokens();
        Gazetteer gaz = Gazetteer.get();
        for (int j = k + 1; j <= k + 2 && j + 1 < t.size(); j++) {
            Token w = t.get(j);
            Token before = t.get(j - 1);
            if (!before.cap() || before.upper() || before.possessive() || p.matchAt(j - 1) != null
                    || gaz.orgHeads.contains(before.key()) && !OrganizationRules.FIELDS.contains(before.key())
                    || gaz.docHeads.contains(before.key())
                    || gaz.nonNames.contains(before.text()) || !Gazetteer.joinable(p.text(), t.get(j - 2), before)) {
                return false;
            }
            if (w.cap() && gaz.titles.contains(w.key()) && Gazetteer.joinable(p.text(), before, w)
                    && t.get(j + 1).cap() && Gazetteer.joinable(p.text(), w, t.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words before "the White House" that put something in the building rather than make it act. */
    private static final Set<String> AT_SEAT = WordSet.of("at", "in", "inside", "outside", "into", "near", "around",
            "across", "visit", "visited", "visiting", "visits", "leaving", "left", "leave", "leaves", "entered");

    /** Verbs before "the White House" that make it the seat someone wins, keeps or loses: "to win the White House". */
    private static final Set<String> SEAT_WON = WordSet.of("win", "wins", "won", "winning", "retake", "retain",
            "retaining", "keep", "keeping", "capture", "capturing", "take", "taking", "took", "lose", "losing", "lost",
            "occupy", "occupies", "occupied", "occupying", "control", "controls", "controlled", "controlling", "reach",
            "reached", "reaching", "to", "from", "toward", "towards", "seek", "seeks", "seeking", "sought");
    /** Nouns before "for the White House" that make it the seat a contest is for: "the race for the White House". */
    private static final Set<String> SEAT_CONTESTS = WordSet.of("race", "bid", "run", "campaign", "candidacy",
            "contest", "battle", "fight", "vying", "running", "candidate", "candidates", "contender", "contenders",
            "ran", "runs", "races", "raced", "bids", "vie", "vies", "vied", "compete", "competes", "competing");
    /** Nouns before "of the White House" for who lives or works there: "the next resident of the White House". */
    private static final Set<String> SEAT_HOLDERS = WordSet.of("occupant", "occupants", "resident", "residents",
            "tenant", "tenants", "keys", "doors", "gates", "grounds", "lawn", "halls", "walls", "steps");

    /**
     * Rule "seat": "a dinner at the White House", "protesters outside the Kremlin" (a word that places something
     * there), "went to the White House" (a way there or from there), "to win the White House" and "the race for the
     * White House" (the seat an office-seeker wins or keeps), "seeking the White House", "ran for the White House",
     * "the next resident of the White House", "the gates of the Kremlin" (who lives there, a part of the building):
     * an organisation named for its building is also that place (the organisation stays an actor).
     */
    static Gazetteer.Match seat(ArticleText.Para p, Gazetteer.Match m) {
        if (m.entry().kind() != Gazetteer.Kind.ORGANIZATION || m.from() < 2) {
            return null;
        }
        String country = Gazetteer.get().seats.get(m.entry().name());
        var t = p.tokens();
        String before = t.get(m.from() - 2).key();
        boolean placed = AT_SEAT.contains(before) || SEAT_WON.contains(before)
                || before.equals("for") && m.from() >= 3 && SEAT_CONTESTS.contains(t.get(m.from() - 3).key())
                || before.equals("of") && m.from() >= 3 && SEAT_HOLDERS.contains(t.get(m.from() - 3).key());
        if (country == null || !t.get(m.from() - 1).key().equals("the") || !placed
                || !Gazetteer.joinable(p.text(), t.get(m.from() - 2), t.get(m.from() - 1))
                || m.to() < t.size() && t.get(m.to()).cap() && Gazetteer.joinable(p.text(), t.get(m.to() - 1), t.get(m.to()))) {
            return null; // not "in the White House Situation Room" either: that is a room of it
        }
        return new Gazetteer.Match(new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, m.entry().name(), country), m.from(), m.to());
    }

    /** Words after a company's name that make a building or ground named for it: "Wells Fargo Center", "Citi Field". */
    private static final Set<String> VENUES = WordSet.of("center", "centre", "arena", "stadium", "field", "ballpark",
            "coliseum", "amphitheater", "amphitheatre", "pavilion");

    /**
     * Rule "venue named for a company": a known organisation's name and one capitalised venue word ("the Wells Fargo
     * Center", "at Barclays Center") is a place named for its sponsor, not the organisation; not when the venue word is
     * in the organisation's own name ("Pew Center" of the Pew Research Center) or a name goes on after it ("Verizon
     * Center for Innovation"). Returns the venue's end, or -1.
     */
    static int venueEnd(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.ORGANIZATION || m.to() >= t.size()) {
            return -1;
        }
        Token venue = t.get(m.to());
        if (!venue.cap() || venue.upper() || !VENUES.contains(venue.key()) || t.get(m.to() - 1).possessive()
                || !Gazetteer.joinable(p.text(), t.get(m.to() - 1), venue)
                || (" " + Slugs.fold(m.entry().name()) + " ").contains(" " + venue.key() + " ")) {
            return -1;
        }
        int k = m.to() + 1;
        boolean goesOn = k < t.size() && Gazetteer.joinable(p.text(), venue, t.get(k))
                && (t.get(k).cap() && !CalendarWords.DAYS_AND_MONTHS.contains(t.get(k).key())
                || (t.get(k).key().equals("for") || t.get(k).key().equals("of")) && k + 1 < t.size() && t.get(k + 1).cap());
        return goesOn ? -1 : k;
    }

    /**
     * Rule "title before a city's name": "Mr. Arad said", "Sen. Durango", "President Lincoln": a city of one word right
     * after a capitalised title or honorific is a person's name, whatever the person finder made of it.
     */
    static boolean titledName(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.CITY || m.to() - m.from() != 1 || m.from() == 0) {
            return false;
        }
        Token title = t.get(m.from() - 1);
        return title.cap() && !title.upper() && Gazetteer.get().titles.contains(title.key())
                && (Gazetteer.joinable(p.text(), title, t.get(m.from())) || p.text().startsWith(". ", title.end()));
    }

    /** Capitalised words before a city's name that name a part of it or its area: "East Jerusalem", "Greater London". */
    private static final Set<String> CITY_PARTS = WordSet.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "greater", "downtown", "old", "upper", "lower", "metro", "metropolitan",
            "inner", "outer", "suburban", "rural", "new", "midtown", "uptown", "ciudad",
            // capitalised in a line in title case ("Adopted In Paris", "A Size Zero In Hollywood")
            "in", "at", "from", "to", "of", "for", "on", "by", "near", "into", "across", "around", "outside", "inside",
            "through", "with", "over", "and", "or", "as", "visits", "visit", "leaves", "returns",
            // a chamber's inquiry named for the place: "the House Benghazi committee"
            "house", "senate", "parliament");

    /**
     * Rule "city ending a longer name": a city of one word right after a capitalised word no gazetteer or title knows,
     * inside a sentence ("a crash in Palm Springs", "the Copa Americana final"), ends another name, not that city; not in a
     * headline (every word capitalised), not after a part of a city ("East Jerusalem") or a sentence's first word.
     */
    static boolean endsLongerName(ArticleText.Para p, Gazetteer.Match m, Set<Long> nameTokens) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.CITY || m.to() - m.from() != 1 || m.from() == 0) {
            return false;
        }
        Token prev = t.get(m.from() - 1);
        Gazetteer gaz = Gazetteer.get();
        return prev.cap() && !prev.upper() && !prev.initial() && !prev.possessive() && !t.get(m.from()).upper()
                && Character.isLetter(prev.text().charAt(0))
                && Gazetteer.joinable(p.text(), prev, t.get(m.from())) && p.text().startsWith(" ", prev.end())
                && p.matchAt(m.from() - 1) == null && !CITY_PARTS.contains(prev.key()) && !gaz.titles.contains(prev.key())
                && !nameTokens.contains(((long) p.index() << 32) | (m.from() - 1)) && !NameRuns.headline(p);
    }

    /**
     * Rule "city's name as a thing": a city of one word after a lowercase "the", with no word after it ("feel the
     * Bern,", "spread the Bern."), is a pun or a thing, not the city; a city written with its article in the
     * gazetteer ("the Hague", "the Bronx") and "the Paris attacks" stay.
     */
    static boolean cityAsObject(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.CITY || m.to() - m.from() != 1 || m.from() == 0
                || m.entry().name() == null || !m.entry().name().equals(t.get(m.from()).text())) {
            return false;
        }
        Token the = t.get(m.from() - 1);
        if (!the.text().equals("the") || !Gazetteer.joinable(p.text(), the, t.get(m.from()))) {
            return false;
        }
        int end = t.get(m.from()).end();
        if (p.text().startsWith(",", end) && m.to() < t.size() && p.matchAt(m.to()) != null) {
            return false; // "the Austin, Texas, rally": the city and its state
        }
        return end >= p.text().length() || ",.;:!?\"'\u201d\u2019)".indexOf(p.text().charAt(end)) >= 0;
    }

    /** Capitalised words after a city's name that make a county of it: "Vigo County", "Orleans Parish". */
    private static final Set<String> COUNTY_WORDS = WordSet.of("county", "parish");

    /**
     * Rule "county of a city's name": a city of the gazetteer followed by a capitalised "County" or "Parish" ("Vigo
     * County, Indiana", "Bergen County land records") is a county named like it, elsewhere as often as not: the county
     * is the place, in the country of a state or country named after its comma, else of none. Null when no such word
     * follows.
     */
    static Gazetteer.Match countyOfCityName(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.CITY || m.to() >= t.size()) {
            return null;
        }
        Token word = t.get(m.to());
        if (!word.cap() || word.upper() || !COUNTY_WORDS.contains(word.key()) || t.get(m.to() - 1).possessive()
                || !Gazetteer.joinable(p.text(), t.get(m.to() - 1), word)) {
            return null;
        }
        String country = null;
        Gazetteer.Match after = p.matchAt(m.to() + 1);
        if (after != null && after.from() == m.to() + 1 && !word.possessive() && p.text().startsWith(", ", word.end())
                && (after.entry().kind() == Gazetteer.Kind.REGION || after.entry().kind() == Gazetteer.Kind.COUNTRY)) {
            country = after.entry().country();
        }
        String name = p.surface(m.from(), m.to() + 1);
        return new Gazetteer.Match(new Gazetteer.Entry(Gazetteer.Kind.REGION, name, country), m.from(), m.to() + 1);
    }

    /** A region as the text names it when the gazetteer's name only adds "County", "Province" or the like. */
    static Gazetteer.Entry asWritten(ArticleText.Para p, Gazetteer.Match m) {
        Gazetteer.Entry e = m.entry();
        if (e.kind() != Gazetteer.Kind.REGION) {
            return e;
        }
        String written = p.surface(m.from(), m.to());
        String name = e.name();
        if (name.length() > written.length() + 1 && Slugs.fold(name).startsWith(Slugs.fold(written) + " ")
                && PlaceFinder.REGION_SUFFIXES.contains(Slugs.fold(name.substring(written.length() + 1)))) {
            return new Gazetteer.Entry(e.kind(), written, e.country());
        }
        return e;
    }
}
