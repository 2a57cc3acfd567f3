package newsgen.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the story's other places say about a place {@link PlaceFinder} found: a city that is the last word of a state
 * the story names is that state's short form ("Carolina" beside "North Carolina"), and a town found by the words
 * around it takes its country from the towns list when the story names that country's places. Run once per article,
 * after every paragraph is read; they change the finder's maps in place.
 */
final class StoryPlaceRules {
    /** The first words of a region whose second word may stand for it alone. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

    private StoryPlaceRules() {
    }

    /**
     * Rule "short form of the story's state": a city of one word that is the second word of a region named by a
     * compass word the story names ("Carolina's going to win" in a story of North Carolina and South Carolina, not
     * Puerto Rico's Carolina; "Dakota" beside "North Dakota") stands for that, or a team of it: no city. Only such
     * regions: "the District of Columbia" leaves Columbia a city, "El Salvador" leaves Brazil's Salvador one.
     */
    static void dropStateTails(Map<String, Gazetteer.Entry> entries, Map<String, int[]> counts,
                               List<PlaceFinder.Seen> seen) {
        Set<String> tails = null;
        for (Gazetteer.Entry e : entries.values()) {
            if (e.kind() == Gazetteer.Kind.REGION && e.name() != null) {
                int space = e.name().lastIndexOf(' ');
                if (space > 0 && e.name().indexOf(' ') == space
                        && COMPASS.contains(e.name().substring(0, space).toLowerCase(Locale.ROOT))) {
                    if (tails == null) {
                        tails = new HashSet<>(4);
                    }
                    tails.add(e.name().substring(space + 1).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (tails == null) {
            return;
        }
        Set<String> gone = new HashSet<>(1);
        for (var en : entries.entrySet()) {
            Gazetteer.Entry e = en.getValue();
            if (e.kind() == Gazetteer.Kind.CITY && e.name() != null && e.name().indexOf(' ') < 0
                    && tails.contains(e.name().toLowerCase(Locale.ROOT))) {
                gone.add(en.getKey());
            }
        }
        if (!gone.isEmpty()) {
            entries.keySet().removeAll(gone);
            counts.keySet().removeAll(gone);
            seen.removeIf(f -> gone.contains(f.id()));
        }
    }

    /**
     * Rule "town's country from the story": a city found by the words around it, with no country ("the former coal
     * town of Scranton", "the southern city of Nice"), is in the country the towns list or the list of cities whose
     * name is also a word gives for its name, when the story names another place of that country.
     */
    static void countriesOfTowns(Map<String, Gazetteer.Entry> entries) {
        Set<String> named = null;
        for (var en : entries.entrySet()) {
            Gazetteer.Entry e = en.getValue();
            if (e.kind() != Gazetteer.Kind.CITY || e.country() != null || e.name() == null) {
                continue;
            }
            if (named == null) {
                named = new HashSet<>(4);
                for (Gazetteer.Entry o : entries.values()) {
                    if (o.country() != null) {
                        named.add(o.country());
                    }
                }
            }
            String country = Towns.country(e.name());
            if (country == null) {
                country = Gazetteer.get().ambiguousCities.get(e.name());
            }
            if (country != null && named.contains(country)) {
                en.setValue(new Gazetteer.Entry(e.kind(), e.name(), country));
            }
        }
    }

    /** Countries that share their name with a state of another country, and that country: Georgia and the US state. */
    private static final Map<String, String> STATES_NAMED_LIKE_COUNTRIES = Map.of("Georgia", "United States");

    /**
     * Rule "state named like a country": Georgia is the US state where the paragraphs naming it name more places of
     * the United States (states, its cities) than places of other countries ("primaries in Texas, Georgia and
     * Alabama"), or, where they name none of either, where the story does; it stays the country beside other countries
     * ("Albania, Azerbaijan, Georgia and Moldova") or its own cities.
     */
    static void statesNamedLikeCountries(Map<String, Gazetteer.Entry> entries, List<PlaceFinder.Seen> seen) {
        for (var en : entries.entrySet()) {
            Gazetteer.Entry e = en.getValue();
            String stateOf = e.kind() == Gazetteer.Kind.COUNTRY ? STATES_NAMED_LIKE_COUNTRIES.get(e.name()) : null;
            if (stateOf == null) {
                continue;
            }
            int vote = 0;
            for (PlaceFinder.Seen f : seen) {
                if (f.id().equals(en.getKey())) {
                    for (Gazetteer.Match m : f.para().matches()) {
                        vote += side(m.entry(), e.name(), stateOf);
                    }
                }
            }
            if (vote == 0) {
                for (Gazetteer.Entry o : entries.values()) {
                    vote += side(o, e.name(), stateOf);
                }
            }
            if (vote > 0) {
                en.setValue(new Gazetteer.Entry(Gazetteer.Kind.REGION, e.name(), stateOf));
            }
        }
    }

    /** +1 for a state or city of the state's country, -1 for another country or a city of the country of the name. */
    private static int side(Gazetteer.Entry o, String name, String stateOf) {
        if (!o.isPlace() || o.country() == null || name.equals(o.name())) {
            return 0;
        }
        if (stateOf.equals(o.country())) {
            return o.kind() == Gazetteer.Kind.REGION || o.kind() == Gazetteer.Kind.CITY ? 1 : 0;
        }
        return o.kind() == Gazetteer.Kind.COUNTRY || name.equals(o.country()) ? -1 : 0;
    }
}
