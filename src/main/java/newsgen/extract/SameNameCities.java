package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cities that share a name with the one {@code cities.tsv} keeps (the most populous of each name): San Juan is
 * Argentina's there, Puerto Rico's in a story from Puerto Rico. The list is {@code cities-same-name.tsv} (GeoNames).
 */
final class SameNameCities {
    private SameNameCities() {
    }

    /** Loaded on first use: most articles name no city of these. */
    private static final class Lists {
        /** Countries (as the gazetteer names them) of the other cities of each name, most populous first. */
        static final Map<String, List<String>> OTHERS = new HashMap<>();
        /** Names whose kept city is a national capital. */
        static final Set<String> CAPITALS = new HashSet<>();

        static {
            Gazetteer gaz = Gazetteer.get();
            for (String line : WordList.lines("cities-same-name.tsv")) {
                String[] f = line.split("\t");
                String country = gaz.country(f[1]);
                if (country != null) {
                    OTHERS.computeIfAbsent(f[0], k -> new ArrayList<>(2)).add(country);
                }
            }
            for (String line : WordList.lines("cities.tsv")) {
                String[] f = line.split("\t");
                if (f.length > 2 && f[2].equals("capital") && OTHERS.containsKey(f[0])) {
                    CAPITALS.add(f[0]);
                }
            }
        }
    }

    private static List<String> others(Gazetteer.Entry e) {
        return e.kind() != Gazetteer.Kind.CITY || e.name() == null ? List.of() : Lists.OTHERS.getOrDefault(e.name(), List.of());
    }

    /**
     * Rule "city beside its country": a city named with another country's place right after a comma ("SAN JUAN,
     * Puerto Rico", "Valencia, Spain", "Newcastle, New South Wales") is that country's city of the name; null when
     * the gazetteer's city stands or no other city of the name is in that country.
     */
    static Gazetteer.Entry beside(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.CITY || m.entry().country() == null || m.to() >= t.size()
                || t.get(m.to() - 1).possessive() || !p.text().startsWith(", ", t.get(m.to() - 1).end())) {
            return null;
        }
        Gazetteer.Match after = p.matchAt(m.to());
        if (after == null || after.from() != m.to() || !after.entry().isPlace() || after.entry().country() == null
                || after.entry().country().equals(m.entry().country())) {
            return null;
        }
        if (others(m.entry()).contains(after.entry().country()) || stateOfTown(p, after)) {
            return new Gazetteer.Entry(Gazetteer.Kind.CITY, m.entry().name(), after.entry().country());
        }
        return null;
    }

    /**
     * Rule "city beside another country's state": a city followed after its comma by a state or province of another
     * country ("Burlington, Vt.", "Portsmouth, N.H.", "London, Ontario") is a town of that state, one too small for
     * the same-name list; not where the state opens a list of places ("Paris, Texas and Ohio" may be three).
     */
    private static boolean stateOfTown(ArticleText.Para p, Gazetteer.Match state) {
        var t = p.tokens();
        if (state.entry().kind() != Gazetteer.Kind.REGION) {
            return false;
        }
        if (state.to() >= t.size()) {
            return true;
        }
        Token next = t.get(state.to());
        Gazetteer.Match nextPlace = p.matchAt(state.to());
        boolean listGoesOn = (next.key().equals("and") || next.key().equals("or")) && !next.cap()
                || p.text().startsWith(", ", t.get(state.to() - 1).end()) && nextPlace != null
                && nextPlace.from() == state.to() && nextPlace.entry().isPlace();
        return !listGoesOn;
    }

    /**
     * Rule "city of the story's country": a city of a shared name that no comma puts in a country is the one of the
     * country the article's other places name most, when that country has a city of the name and the gazetteer's
     * city's country is named nowhere ("Cambridge" in a story of Massachusetts and Boston). A national capital
     * (London, Tripoli) stays: a story names it from anywhere; so does a city whose paragraph has its country's
     * demonym ("a tugboat with the Canadian flag in front of the city of Vancouver"), and a city in a story that
     * names no state or province of that country: cities alone ("left Manchester for New York … Chicago and Boston",
     * a footballer's move) say where the story goes, not where the city is; the country itself named is as good. Replaces the entries in place.
     */
    static void byStory(Map<String, Gazetteer.Entry> entries, Map<String, int[]> counts, Set<String> placed,
            List<PlaceFinder.Seen> seen) {
        Map<String, Integer> byCountry = new HashMap<>();
        Set<String> withRegion = new HashSet<>(4); // countries the story names a state, a province or itself of
        List<String> shared = new ArrayList<>(1);
        entries.forEach((id, e) -> {
            if (!others(e).isEmpty()) {
                shared.add(id);
            } else if (e.country() != null) {
                byCountry.merge(e.country(), counts.get(id)[0], Integer::sum);
                if (e.kind() == Gazetteer.Kind.REGION || e.kind() == Gazetteer.Kind.COUNTRY) {
                    withRegion.add(e.country());
                }
            }
        });
        if (shared.isEmpty() || byCountry.isEmpty()) {
            return;
        }
        String top = null;
        int most = 0;
        boolean tie = false;
        for (var c : byCountry.entrySet()) {
            if (c.getValue() > most) {
                top = c.getKey();
                most = c.getValue();
                tie = false;
            } else if (c.getValue() == most) {
                tie = true;
            }
        }
        for (String id : shared) {
            Gazetteer.Entry e = entries.get(id);
            if (!tie && withRegion.contains(top) && !placed.contains(id) && !Lists.CAPITALS.contains(e.name())
                    && !byCountry.containsKey(e.country())
                    && others(e).contains(top) && !demonymBeside(seen, id, e.country())) {
                entries.put(id, new Gazetteer.Entry(Gazetteer.Kind.CITY, e.name(), top));
            }
        }
    }

    /** Whether a paragraph naming the city also has a demonym of the country (its adjective: "Canadian"). */
    private static boolean demonymBeside(List<PlaceFinder.Seen> seen, String id, String country) {
        for (PlaceFinder.Seen f : seen) {
            if (f.id().equals(id)) {
                for (Gazetteer.Match m : f.para().matches()) {
                    if (m.entry().kind() == Gazetteer.Kind.DEMONYM && country.equals(m.entry().country())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
