package newsgen.extract;

import newsgen.model.Place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Countries, cities and regions named in an article, each once with its mention count; not inside people's or organisations' names. */
final class PlaceFinder {
    /** Where a place is named: paragraph index, the match's tokens and the place. */
    record Mention(ArticleText.Para para, Gazetteer.Match match, Place place) {
    }

    record Result(List<Place> places, List<Mention> mentions) {
    }

    /** A place match kept, before the places are counted. */
    record Seen(ArticleText.Para para, Gazetteer.Match match, String id) {
    }

    /** Words after a place name that keep it a place ("Tigray Region", "Bamako Declaration"). */
    static final Set<String> GEO_WORDS = WordSet.of("region", "province", "state", "district", "county", "valley",
            "river", "basin", "desert", "city", "capital", "coast", "border", "island", "islands", "mountains", "lake",
            "sea", "gulf", "delta", "plateau", "peninsula", "airport", "port", "beach", "park", "square", "street", "streets",
            "avenue", "boulevard", "road", "ocean", "bridge", "garden", "gardens", "mansion", "prison", "tower", "plaza",
            "station", "heights", "hills", "falls", "springs", "harbor", "harbour", "bay", "side", "strip", "mall",
            "stadium", "arena", "atoll", "canyon", "glacier", "reef", "fjord", "archipelago", "palace", "bowl", "cathedral",
            "mosque", "synagogue", "terminal", "casino", "zoo");

    /** Nouns before "of" that name what follows as a place: "the town of X", "the county of Y". */
    private static final Set<String> PLACE_NOUNS = WordSet.of("town", "village", "city", "suburb", "port", "county",
            "district", "province", "region", "state", "municipality", "island", "settlement", "hamlet", "neighbourhood",
            "neighborhood");
    /** Of those, the ones that name a city rather than a region. */
    private static final Set<String> CITY_NOUNS = WordSet.of("town", "village", "city", "suburb", "port", "settlement",
            "hamlet", "neighbourhood", "neighborhood");
    /** Lowercase words after a name that make it a region of the place before: "Seoul's Yeouido district". */
    private static final Set<String> REGION_NOUNS = WordSet.of("region", "district", "county", "province", "state",
            "area", "prefecture");
    /** Words before "X, State" that say X is where something is: "a plant in Clairton, Pennsylvania". */
    private static final Set<String> LOCATIVES = WordSet.of("in", "at", "from", "near", "outside", "of", "to", "and");

    /**
     * Places the gazetteer does not know, from the words around them: "in Clairton, Pennsylvania" (a city, then a
     * state or country after a comma), "the village of Kilo", "Kenya's Rift Valley" and "Seoul's Yeouido district"
     * (a name after a place's possessive, ending in a landform or followed by a region noun), "nearby Tolo".
     */
    private static void byRule(ArticleText.Para p, Set<Long> nameTokens, Map<String, int[]> counts,
                               Map<String, Gazetteer.Entry> entries, List<Seen> found) {
        var t = p.tokens();
        for (NameRuns.Run whole : p.runs()) {
            NameRuns.Run run = TownRules.afterPersonOf(p, whole, nameTokens);
            boolean residence = run != whole;
            NameRuns.Run townOfMember = TownRules.memberOfTown(p, run);
            if (townOfMember != null) {
                run = townOfMember;
                residence = true;
            }
            if (run.size() <= 3 && run.from() == 0 && t.get(0).upper()) {
                Gazetteer.Entry town = TownRules.datelineTown(p, run);
                if (town != null) {
                    add(p, run, town, counts, entries, found);
                }
                continue;
            }
            if (PlaceNounRules.venueBody(p, run)) {
                add(p, run, new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, p.surface(run.from(), run.to()), null), counts, entries, found);
                continue; // "a vigil at Midway Baptist Church": the church's body is an actor too
            }
            if (run.size() > 3 || t.get(run.from()).upper()) {
                continue;
            }
            boolean opener = t.get(run.from()).initial(); // its capital may be the sentence's: only "Town, State" then
            boolean known = false;
            for (int k = run.from(); k < run.to() && !known; k++) {
                Gazetteer.Match m = p.matchAt(k);
                // a place's name opening a town's ("Atlantic" of "Atlantic City") leaves the run to the town rules
                boolean townWord = m != null && m.from() == run.from() && m.to() < run.to() && m.entry().isPlace()
                        && Towns.contains(p.surface(m.from(), m.to() + 1));
                known = m != null && !townWord || nameTokens.contains(((long) p.index() << 32) | k)
                        || Gazetteer.get().title.test(t.get(k));
            }
            // rule "office after a title": "the former secretary of State, U.S. senator": "State" is the office
            boolean office = run.size() == 1 && run.from() >= 2 && Gazetteer.get().office.test(t.get(run.from()))
                    && NameRuns.ORG_CONNECTORS.contains(t.get(run.from() - 1).key())
                    && Gazetteer.get().titles.contains(t.get(run.from() - 2).key());
            if (known || office) {
                continue;
            }
            int before = run.from() - 1;
            Token prev = before >= 0 ? t.get(before) : null;
            Gazetteer.Entry entry = null;
            int nameTo = run.to();
            // "in Clairton, Pennsylvania"; rule "town, US state": "a Hampstead, New Hampshire, coffee shop",
            // "Ohio; Charleston, South Carolina;"
            Gazetteer.Match after = p.matchAt(run.to());
            if (after != null && after.from() == run.to() && !t.get(run.to() - 1).possessive()
                    && p.text().startsWith(", ", t.get(run.to() - 1).end()) && t.get(run.to()).start() == t.get(run.to() - 1).end() + 2
                    && (after.entry().kind() == Gazetteer.Kind.REGION || after.entry().kind() == Gazetteer.Kind.COUNTRY
                    || after.entry().kind() == Gazetteer.Kind.CITY && after.to() - after.from() >= 2) // "Buffalo, New York"
                    && after.entry().country() != null && (!TownRules.nameGoesOn(p, after.to()) || TownRules.dottedEnd(p, after))
                    && (prev != null && LOCATIVES.contains(prev.key()) || TownRules.townOfState(p, run, after))) {
                // "of Burke County, Georgia": a county is a region
                boolean county = REGION_SUFFIXES.contains(t.get(run.to() - 1).key()) && run.size() >= 2;
                entry = new Gazetteer.Entry(county ? Gazetteer.Kind.REGION : Gazetteer.Kind.CITY, null, after.entry().country());
            }
            Gazetteer.Kind apposed = entry == null ? PlaceNounRules.placeInApposition(p, run) : null;
            if (apposed != null) {
                entry = new Gazetteer.Entry(apposed, null, null); // "Kilo, a town in …", a sentence's first word too
            }
            if (entry == null && opener) {
                continue;
            }
            // "the Tigray region", "in northern Rakhine", "neighbouring Quorria"
            if (entry == null && (PlaceNounRules.regionNounAfter(p, run) || PlaceNounRules.partOfPlace(p, run))) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.REGION, null, null);
            }
            // "the village of Kamau", "the coastal county of Tana River"
            if (entry == null && before >= 1 && prev.key().equals("of")
                    && (PLACE_NOUNS.contains(t.get(before - 1).key()) || REGION_PLURALS.contains(t.get(before - 1).key()))
                    && Gazetteer.joinable(p.text(), prev, t.get(run.from()))) {
                boolean city = CITY_NOUNS.contains(t.get(before - 1).key());
                entry = new Gazetteer.Entry(city ? Gazetteer.Kind.CITY : Gazetteer.Kind.REGION, null, countryBefore(p, before - 1));
            }
            // rule "edge of a place": "the outskirts of Tolo", "off the coast of Montauk", "25 miles south of Tolo"
            if (entry == null && before >= 1 && prev.key().equals("of") && run.size() <= 2 && !t.get(run.from()).possessive()
                    && PlaceNounRules.edgeOf(p, before - 1) && Gazetteer.joinable(p.text(), prev, t.get(run.from()))) {
                // its country from the story (StoryPlaceRules.countriesOfTowns): "south of Florence" in a story of
                // South Carolina is no Italian city
                entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, null);
            }
            // "support in the South", "the West", "one of the South's hubs": a capitalised compass word after "the",
            // standing alone
            if (entry == null && prev != null && prev.key().equals("the") && run.size() == 1
                    && COMPASS.contains(t.get(run.from()).key())
                    && !TownRules.nameGoesOn(p, run.to())) { // "upon the South. In the name of …" ends there
                entry = new Gazetteer.Entry(Gazetteer.Kind.REGION, null, null);
            }
            // rule "the Capitol": a legislature's building named by its one word after "the" ("jailed at the Capitol",
            // "the Capitol's dome"); not "Capitol Hill", "Capitol Police"
            if (entry == null && prev != null && prev.key().equals("the") && run.size() == 1
                    && t.get(run.from()).key().equals("capitol") && !t.get(run.from()).upper() && !TownRules.nameGoesOn(p, run.to())) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, null, null);
            }
            // "a rally in Cleveland": a city whose name is also a given name or a word, where something happens in it
            String ambiguous = run.size() == 1 && !t.get(run.from()).possessive() ? Gazetteer.get().ambiguousCities.get(t.get(run.from()).text()) : null;
            boolean moved = prev != null && TownRules.movedTo(p, before);
            if (entry == null && ambiguous != null && (prev != null && (IN_CITY.contains(prev.key()) || moved)
                    && Gazetteer.joinable(p.text(), prev, t.get(run.from())) || listedWithPlace(p, run, ambiguous))) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, ambiguous);
            }
            // rule "campus city": "the University of California at Berkeley", "University of Texas at Austin": a city
            // whose name is also a word or a given name, after a university's name and "at"
            if (entry == null && ambiguous != null && prev != null && prev.key().equals("at") && before >= 1
                    && TownRules.CAMPUS_HEADS.contains(TownRules.campusHead(p, before - 1))) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, ambiguous);
            }
            // rule "town as a modifier": "the Culver City studio", "a Montgomery Village home": a town of two words or
            // more of the towns list, between "the", "a" or "an" and a lowercase word, is named
            if (entry == null && prev != null && (prev.key().equals("the") || TownRules.INDEFINITE_ARTICLES.contains(prev.key()))
                    && run.size() >= 2 && run.to() < t.size() && !t.get(run.to()).cap()
                    && Character.isLetter(t.get(run.to()).text().charAt(0)) && !NameRuns.headline(p)
                    && Towns.contains(p.surface(run.from(), run.to()))) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, Towns.country(p.surface(run.from(), run.to())));
            }
            // rule "town after in": "voters in Scranton", "a rally near Chapel Hill on Monday": a town of the towns list
            // (many are also surnames or words, so only here), not in a headline; a town of two words or more, which
            // is seldom anything else, also after "to", "from", "at", "of" and as a possessive ("Atlantic City's
            // casinos", "a scholarship to West Point")
            // rule "town after in and a word of size": "grew up in tiny Yazoo City", "in rural Keosauqua"; and after a
            // person's age (rule "age and hometown": "Jane Roe, 32, of Sodus")
            boolean sized = prev != null && before >= 1 && (TownRules.sizedAfterIn(p, before) || TownRules.ageBeforeOf(p, before) || moved);
            if (entry == null && prev != null && (TOWN_BEFORE.contains(prev.key()) || MORE_TOWN_BEFORE.contains(prev.key()) || sized)
                    && !NameRuns.headline(p) && Gazetteer.joinable(p.text(), prev, t.get(run.from()))) {
                int end = TownRules.townEnd(p, run, !TOWN_BEFORE.contains(prev.key()) && !sized);
                if (end > 0) {
                    nameTo = end;
                    entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, Towns.country(p.surface(run.from(), end)));
                }
            }
            // rule "town listed after a town": "town halls in Manchester and Londonderry": "and" or "or" after a place
            // read after "in", "near" or "outside" carries that word to the next town of the towns list
            if (entry == null && prev != null && before >= 2 && TownRules.listedAfterPlaceIn(p, before, TOWN_BEFORE)
                    && !NameRuns.headline(p)) {
                int end = TownRules.townEnd(p, run, false);
                if (end > 0) {
                    nameTo = end;
                    entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, Towns.country(p.surface(run.from(), end)));
                }
            }
            // rule "town listed with a place": "Birmingham, Bradford, Derby, Dewsbury, Leeds": a town of the towns list, the
            // whole run, in a list right beside a city or region the gazetteer knows in the town's country
            if (entry == null && inList(p, run) && !NameRuns.headline(p) && !t.get(run.to() - 1).possessive()
                    && Towns.contains(p.surface(run.from(), run.to()))) {
                String country = Towns.country(p.surface(run.from(), run.to()));
                if (country != null && listedWithPlace(p, run, country)) {
                    entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, country);
                }
            }
            // rule "names before a plural region noun": "Broward and St. Lucie counties", "Brown, Racine and Dane counties"
            if (entry == null && pluralRegionAfter(p, run)) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.REGION, null, null);
            }
            if (entry == null && PlaceNounRules.venueNounAfter(p, run)) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, null, null); // "at the Pulse nightclub"
            }
            // "nearby Tolo"
            if (entry == null && prev != null && prev.key().equals("nearby") && run.size() == 1
                    && Gazetteer.joinable(p.text(), prev, t.get(run.from()))) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, null);
            }
            // "Kenya's Rift Valley", "Seoul's Yeouido district"
            Gazetteer.Match owner = p.matchAt(before);
            if (entry == null && owner != null && owner.to() == run.from() && prev.possessive() && owner.entry().isPlace()) {
                // not "Virginia's Third Congressional District": a numbered division is no place of its own name
                boolean landform = GEO_WORDS.contains(t.get(run.to() - 1).key()) && run.size() >= 2 && !numberedDivision(t, run);
                boolean regionNoun = run.to() < t.size() && !t.get(run.to()).cap()
                        && REGION_NOUNS.contains(t.get(run.to()).key()) && !t.get(run.to() - 1).possessive();
                if (landform || regionNoun) {
                    entry = new Gazetteer.Entry(Gazetteer.Kind.REGION, null, owner.entry().country());
                }
            }
            // rule "landform name": "Rikers Island", "Biscayne Bay", "Central Park", "Fort Hood", "Lake Winola"
            if (entry == null) {
                entry = landform(p, run);
            }
            // "Fulton County", "Tigray Region": a name ending in a capitalised region word
            if (entry == null && run.size() >= 2 && t.get(run.to() - 1).cap()
                    && REGION_SUFFIXES.contains(t.get(run.to() - 1).key()) && !t.get(run.to() - 2).upper()
                    && !Gazetteer.get().orgHeads.contains(t.get(run.to() - 1).key()) && !numberedDivision(t, run)) {
                entry = new Gazetteer.Entry(Gazetteer.Kind.REGION, null, null);
            }
            // rule "person of a town": "Jane Roe of Cheyenne", "Ann Doe of Sodus in Upstate New York": after a
            // person's name and "of", a town of the towns list or a city whose name is also a word is where he lives;
            // so is one between "a" and a resident's noun or party word ("a Montgomery Village resident"), or after a
            // person's noun and "from" (TownRules.personFrom)
            if (entry == null && (residence || TownRules.residentAfter(p, run) || TownRules.personFrom(p, run)) && !NameRuns.headline(p)) {
                int end = TownRules.townEnd(p, run, false);
                String ambiguousTown = run.size() == 1 ? Gazetteer.get().ambiguousCities.get(t.get(run.from()).text()) : null;
                if (end == run.to()) {
                    entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, Towns.country(p.surface(run.from(), end)));
                } else if (ambiguousTown != null && !t.get(run.from()).possessive()) {
                    entry = new Gazetteer.Entry(Gazetteer.Kind.CITY, null, ambiguousTown);
                }
            }
            if (entry == null) {
                continue;
            }
            add(p, new NameRuns.Run(run.from(), nameTo), new Gazetteer.Entry(entry.kind(), p.surface(run.from(), nameTo),
                    entry.country()), counts, entries, found);
        }
    }

    /** Counts a place found by rule at the run, named e (its id from the name). */
    private static void add(ArticleText.Para p, NameRuns.Run run, Gazetteer.Entry e, Map<String, int[]> counts,
                            Map<String, Gazetteer.Entry> entries, List<Seen> found) {
        String id = Slugs.slug(e.name());
        counts.computeIfAbsent(id, k -> new int[1])[0]++;
        entries.putIfAbsent(id, e);
        found.add(new Seen(p, new Gazetteer.Match(e, run.from(), run.to()), id));
    }


    /** Last words that make a name a region: "Staten Island", "Hudson Valley", "Midway Atoll". */
    private static final Set<String> LAND_REGIONS = WordSet.of("island", "islands", "atoll", "peninsula", "valley",
            "coast", "archipelago", "bay", "delta", "basin");
    /**
     * Last words that make a name a landmark or a site: "Central Park", "Times Square", "Broad Street", "Spade Tower";
     * buildings and rooms where news happens too ("at the Mayflower Hotel", "Gracie Mansion", "the Lincoln Memorial",
     * "in the Situation Room", "the East Room").
     */
    private static final Set<String> SITES = WordSet.of("park", "square", "mall", "bridge", "beach", "harbor", "harbour",
            "lake", "river", "mountain", "mountains", "canyon", "street", "avenue", "boulevard", "cemetery", "prison",
            "plaza", "pier", "palace", "bowl", "cathedral", "mosque", "synagogue", "terminal", "casino", "stadium", "arena",
            "garden", "gardens", "airport", "coliseum", "speedway", "ballpark", "monument", "zoo", "tower", "hotel",
            "mansion", "lodge", "resort", "theater", "theatre", "memorial", "room");
    /** Sites that a given name before does not make a person's name: "Jackson Square", "Rose Bowl" (not "park": Park
     * is also a surname, nor "bay", "lake", "river": "Michael Lake"). */
    private static final Set<String> NAMED_SITES = WordSet.of("square", "street", "avenue", "boulevard", "plaza",
            "stadium", "arena", "bowl", "garden", "gardens", "airport", "coliseum", "speedway", "ballpark", "monument");
    /** First words that make a name a place: "Fort Hood", "Lake Winola", "Mount Vernon", "Cape Cod". */
    static final Set<String> PLACE_OPENERS = WordSet.of("fort", "lake", "mount", "mt", "cape", "port");

    /**
     * A name of two or three capitalised words that ends in a landform or site word or opens with one of
     * {@link #PLACE_OPENERS}, no word of it an organisation's head ("Port Authority") or a title; the run is not the
     * start of a sentence (checked by the caller).
     */
    private static Gazetteer.Entry landform(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 2 || run.size() > 3) {
            return null;
        }
        Gazetteer gaz = Gazetteer.get();
        String last = t.get(run.to() - 1).key();
        // rule "site with an organisation's word": "Quicken Loans Arena", "Court Street", "Union Square": a head word
        // before the site word is the sponsor's or the street's, not an organisation's ("Port Authority" still is)
        boolean siteLast = SITES.contains(last) && !gaz.orgHeads.contains(last);
        for (int k = run.from(); k < run.to(); k++) {
            Token w = t.get(k);
            if (!w.cap() || w.upper() || gaz.orgHeads.contains(w.key()) && !(siteLast && k < run.to() - 1)
                    || gaz.docHeads.contains(w.key()) || k < run.to() - 1 && w.possessive()) {
                return null;
            }
        }
        boolean afterThe = run.from() > 0 && t.get(run.from() - 1).key().equals("the");
        if (run.size() == 2 && (gaz.givenNames.contains(t.get(run.from()).key()) || ActorDraft.syllableGivenName(t.get(run.from()).text()))
                && !NAMED_SITES.contains(last) && !afterThe) {
            return null; // "Michael Lake", "Min-jun Park" are people; not "the Hudson Valley"
        }
        // rule "side of a city": "the Upper East Side", "the Lower West Side": a compass word and "Side" name a
        // neighbourhood
        if (last.equals("side") && COMPASS.contains(t.get(run.to() - 2).key())) {
            return new Gazetteer.Entry(Gazetteer.Kind.REGION, null, null);
        }
        if (LAND_REGIONS.contains(last)) {
            return new Gazetteer.Entry(Gazetteer.Kind.REGION, null, null);
        }
        if (SITES.contains(last) || PLACE_OPENERS.contains(t.get(run.from()).key())) {
            return new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, null, null);
        }
        // rule "city hall": "outside City Hall", "the steps of City Hall", "a march to Town Hall": the town's building
        // ("Hall" alone is a surname too: only after "City" or "Town")
        if (run.size() == 2 && last.equals("hall") && CIVIC.contains(t.get(run.from()).key())) {
            return new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, null, null);
        }
        return null;
    }

    /** First words of a town's building named "… Hall": "City Hall", "Town Hall". */
    private static final Set<String> CIVIC = WordSet.of("city", "town");

    /** What may stand between two places of a list: a comma, "and", "or", ", and". */
    private static final Set<String> LIST_GAPS = Set.of(",", "and", "or", ", and", ", or");

    /**
     * Rule "city listed with a place": "in Manhattan, Queens and the Bronx", "Buffalo, Albany and Rochester": a city
     * whose name is also a word or a given name, one word in a list (a comma, "and" or "or" between) right beside a
     * city or region the gazetteer knows in the same country, is that city too.
     */
    private static boolean listedWithPlace(ArticleText.Para p, NameRuns.Run run, String country) {
        var t = p.tokens();
        for (int dir = -1; dir <= 1; dir += 2) {
            int k = dir < 0 ? run.from() : run.to() - 1;
            int j = k + dir;
            if (j >= 0 && j < t.size() && (t.get(j).key().equals("and") || t.get(j).key().equals("or")) && !t.get(j).cap()) {
                j += dir;
            }
            if (j < 0 || j >= t.size() || !t.get(j).cap()) {
                continue;
            }
            String gap = p.text().substring(t.get(Math.min(j, k)).end(), t.get(Math.max(j, k)).start()).strip();
            Gazetteer.Match m = p.matchAt(j);
            if (LIST_GAPS.contains(gap) && m != null && (dir < 0 ? m.to() == j + 1 : m.from() == j)
                    && (m.entry().kind() == Gazetteer.Kind.CITY || m.entry().kind() == Gazetteer.Kind.REGION)
                    && country.equals(m.entry().country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma, "and" or "or" stands right before or after the run: the cheap test before a town is looked up
     * (folding a run's words for the towns list, for every capitalised run, cost several per cent of extraction).
     */
    private static boolean inList(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        String text = p.text();
        int end = t.get(run.to() - 1).end();
        return text.startsWith(",", end) || run.from() > 0 && text.substring(t.get(run.from() - 1).end(), t.get(run.from()).start()).contains(",")
                || run.to() < t.size() && LIST_WORDS.contains(t.get(run.to()).key())
                || run.from() > 0 && LIST_WORDS.contains(t.get(run.from() - 1).key());
    }

    private static final Set<String> LIST_WORDS = WordSet.of("and", "or");

    /** Words that put what follows as a place: "in Cleveland", "outside Buffalo". */
    private static final Set<String> IN_CITY = WordSet.of("in", "near", "outside", "across", "around", "downtown");

    /** Words that put a town of {@link Towns} after them; not "around", "across" ("the fights around Jefferson"). */
    private static final Set<String> TOWN_BEFORE = WordSet.of("in", "near", "outside", "downtown");
    /** Words that put a town of two words or more after them: "to West Point", "the mayor of Atlantic City". */
    private static final Set<String> MORE_TOWN_BEFORE = WordSet.of("to", "from", "at", "of");

    /** The country of a place named just before a place noun: "Kenya's coastal county" → Kenya, else null. */
    private static String countryBefore(ArticleText.Para p, int noun) {
        for (int k = noun - 1; k >= 0 && noun - k <= 3; k--) {
            Gazetteer.Match m = p.matchAt(k);
            if (m != null && m.entry().isPlace()) {
                return m.entry().country();
            }
        }
        return null;
    }

    /** Compass words that, capitalised after "the", name a region: "the South", "the West". */
    static final Set<String> COMPASS = WordSet.of("north", "south", "east", "west");

    /** Kinds of numbered division and ordinals: "4th Congressional District", "Third Legislative District". */
    private static final Set<String> DIVISION_WORDS = WordSet.of("congressional", "legislative", "judicial", "senate",
            "assembly", "school", "electoral", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");

    /**
     * Rule "numbered division": a district named only by its kind and number ("Indiana's 4th Congressional
     * District") is no place of its own name; the place is the state before it.
     */
    static boolean numberedDivision(List<Token> t, NameRuns.Run run) {
        for (int k = run.from(); k < run.to() - 1; k++) {
            if (!DIVISION_WORDS.contains(t.get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /** Words a region's full name adds to what news call it: "Tana River County" is "Tana River". */
    static final Set<String> REGION_SUFFIXES = WordSet.of("county", "province", "region", "state", "oblast",
            "governorate", "prefecture", "district", "department");

    Result find(ArticleText text, Set<Long> nameTokens) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Gazetteer.Entry> entries = new LinkedHashMap<>();
        List<Seen> seen = new ArrayList<>();
        Set<String> placed = new HashSet<>(2); // cities that rule "city beside its country" put in a country
        for (ArticleText.Para p : text.paras) {
            for (Gazetteer.Match m : p.matches()) {
                Gazetteer.Match seat = PlaceMatchRules.seat(p, m);
                if (seat == null && !nameTokens.contains(((long) p.index() << 32) | m.from())) {
                    seat = PlaceMatchRules.countyOfCityName(p, m);
                }
                int venue = PlaceMatchRules.venueEnd(p, m);
                if (venue > 0) {
                    String name = p.surface(m.from(), venue);
                    seat = new Gazetteer.Match(new Gazetteer.Entry(Gazetteer.Kind.LANDMARK, name, null), m.from(), venue);
                }
                if (seat != null) {
                    String id = Slugs.slug(seat.entry().name());
                    counts.computeIfAbsent(id, k -> new int[1])[0]++;
                    entries.putIfAbsent(id, seat.entry());
                    seen.add(new Seen(p, seat, id));
                    continue;
                }
                if (!m.entry().isPlace() || nameTokens.contains(((long) p.index() << 32) | m.from())
                        || PlaceMatchRules.partOfLongerName(p, m) || PlaceMatchRules.titleBeforeName(p, m)
                        || PlaceMatchRules.otherInCapitals(p, m) || PlaceMatchRules.cityAsObject(p, m)
                        || PlaceMatchRules.titledName(p, m) || PlaceMatchRules.endsLongerName(p, m, nameTokens)) {
                    continue;
                }
                String id = Slugs.slug(m.entry().name());
                counts.computeIfAbsent(id, k -> new int[1])[0]++;
                Gazetteer.Entry other = SameNameCities.beside(p, m);
                if (other != null) {
                    entries.put(id, other);
                    placed.add(id);
                } else {
                    entries.putIfAbsent(id, PlaceMatchRules.asWritten(p, m));
                }
                seen.add(new Seen(p, m, id));
            }
        }
        for (ArticleText.Para p : text.paras) {
            if (!p.isCaption()) {
                byRule(p, nameTokens, counts, entries, seen);
            }
        }
        StoryPlaceRules.statesNamedLikeCountries(entries, seen);
        StoryPlaceRules.dropStateTails(entries, counts, seen);
        StoryPlaceRules.countriesOfTowns(entries);
        SameNameCities.byStory(entries, counts, placed, seen);
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, List<String>> written = PlaceSpellings.of(seen, entries);
        entries.forEach((id, e) -> places.put(id, new Place(Slugs.slug(e.name()), e.name(), e.placeType(), e.country(),
                counts.get(id)[0], written.getOrDefault(id, List.of()))));
        List<Mention> mentions = new ArrayList<>(seen.size());
        for (Seen f : seen) {
            mentions.add(new Mention(f.para(), f.match(), places.get(f.id())));
        }
        return new Result(List.copyOf(places.values()), mentions);
    }
    /** Plural nouns of regions that follow the names of several: "Broward and St. Lucie counties". */
    private static final Set<String> REGION_PLURALS = WordSet.of("counties", "parishes", "provinces", "boroughs",
            "prefectures", "oblasts");

    /** The run is one of capitalised names joined by commas and "and" that a plural region noun closes. */
    private static boolean pluralRegionAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = run.to(); k < t.size() && k <= run.to() + 8; k++) {
            Token w = t.get(k);
            if (!Gazetteer.joinable(p.text(), t.get(k - 1), w) && !p.text().startsWith(", ", t.get(k - 1).end())) {
                return false;
            }
            if (!w.cap()) {
                if (REGION_PLURALS.contains(w.key())) {
                    return true;
                }
                if (!w.key().equals("and")) {
                    return false;
                }
            }
        }
        return false;
    }
}
