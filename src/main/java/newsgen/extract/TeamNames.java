package newsgen.extract;

/**
 * Sports teams named for their home: "Denver Broncos", "Boston Red Sox", "Charlotte Panthers" (moved out of
 * {@link OrganizationRules}, which asks {@link #cityTeam} among its head-word rules).
 */
final class TeamNames {
    private static final Gazetteer gaz = Gazetteer.get();

    private TeamNames() {
    }

    /**
     * "Denver Broncos", "New York Jets": a city's name and a capitalised plural is its sports team; so is a state's
     * ("Minnesota Vikings") or a city's that is also a word or a given name ("Charlotte Panthers").
     */
    static boolean cityTeam(ArticleText.Para p, NameRuns.Run run) {
        Gazetteer.Match town = p.matchAt(run.from());
        if (town != null && town.from() == run.from() && town.to() == run.to() - 2 && colourAndTeam(p, run.to() - 2)) {
            return true; // rule "colour team": "Boston Red Sox", "Detroit Red Wings", "Toronto Blue Jays"
        }
        boolean home = town != null && town.to() == run.to() - 1
                && (town.entry().kind() == Gazetteer.Kind.CITY || town.entry().kind() == Gazetteer.Kind.REGION
                && Slugs.fold(p.surface(town.from(), town.to())).equals(Slugs.fold(town.entry().name()))) // not "Miss"
                || run.size() == 2 && gaz.ambiguousCities.containsKey(p.tokens().get(run.from()).text());
        return home && teamPlural(p, run.to() - 1);
    }

    /** Colours that open a team's name after its city: "Red Sox", "White Sox", "Blue Jays", "Red Wings". */
    private static final java.util.Set<String> TEAM_COLOURS = WordSet.of("red", "white", "blue", "golden", "black");

    /**
     * Rule "colour team": a city's name, a colour and a team's plural ("Boston Red Sox", "Toronto Blue Jays") is its
     * sports team; "Sox" is the one plural of three letters the team rule takes.
     */
    private static boolean colourAndTeam(ArticleText.Para p, int k) {
        Token colour = p.tokens().get(k);
        Token plural = p.tokens().get(k + 1);
        return colour.cap() && !colour.upper() && TEAM_COLOURS.contains(colour.key()) && p.matchAt(k) == null
                && (plural.key().equals("sox") && !plural.upper() || teamPlural(p, k + 1));
    }

    /**
     * "Charlotte Panthers", "Cleveland Cavaliers": a city whose name is also a given name, then a team's plural; a
     * team, not a person named by the given name.
     */
    static boolean teamOfAmbiguousCity(ArticleText.Para p, NameRuns.Run run) {
        return run.size() == 2 && gaz.ambiguousCities.containsKey(p.tokens().get(run.from()).text()) && teamPlural(p, run.to() - 1);
    }

    /**
     * Plurals after a place that are its people or its contests, not a team: "Iowa Democrats", "Iowa Caucuses"; place
     * words are {@link PlaceFinder#GEO_WORDS}' ("Beverly Hills", "Colorado Springs") and the few plurals here.
     */
    private static final java.util.Set<String> NOT_TEAMS = WordSet.of("caucuses", "primaries", "elections",
            "voters", "residents", "counties", "states", "games", "olympics", "keys", "plains", "highlands", "lakes",
            "news", "times", "affairs", "relations", "rapids", "downs", "woods", "sands", "narrows", "rockies", "series",
            "awards", "standards", "instruments", "schools", "guidelines", "rules", "laws", "courts");

    /** A capitalised plural that may name a sports team: "Broncos", "Vikings"; no demonym, given name or place word. */
    static boolean teamPlural(ArticleText.Para p, int k) {
        Token w = p.tokens().get(k);
        String key = w.key();
        Gazetteer.Match m = p.matchAt(k);
        boolean dotted = w.end() < p.text().length() && p.text().charAt(w.end()) == '.' && k + 1 < p.tokens().size()
                && p.tokens().get(k + 1).cap() && Abbreviations.keepsSentence(w.text()); // "Florida Sens. Mateo …", not
                // "… owns the Chicago Cubs. Among …"
        return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") && !w.upper() && !w.possessive()
                && key.indexOf('-') < 0 && !dotted // not "Journal-ers"
                && !gaz.givenNames.contains(key) && !NOT_TEAMS.contains(key) && !PlaceFinder.GEO_WORDS.contains(key) && (m == null || m.from() != k);
    }

    /** Words that open a football club's name before its city, as clubs abroad are named: "VfB Stuttgart", "RB Leipzig". */
    private static final java.util.Set<String> CLUB_OPENERS = java.util.Set.of("VfB", "VfL", "RB", "FC", "AC", "AS",
            "SC", "CF", "CD", "SV", "TSG", "Eintracht", "Borussia", "Olympique", "Dynamo", "Dinamo", "Spartak",
            "Lokomotiv", "Sporting", "Racing", "Hertha", "Fortuna", "Werder", "Hapoel", "Maccabi", "Rapid", "Slavia",
            "Sparta", "Legia", "Lech", "Standard", "Club");

    /**
     * Rule "club word before a city": "VfB Stuttgart", "Eintracht Frankfurt", "Olympique Marseille", "Dynamo Kyiv":
     * a club's opening word, as written (capitals and case count: "Standard Liège", not "standard"), then a city that
     * ends the run, is that city's club, not the city. Not "SS", which opens a ship's name too ("the SS St. Louis").
     */
    static boolean clubOfCity(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() < 2 || !CLUB_OPENERS.contains(p.tokens().get(run.from()).text())) {
            return false;
        }
        Gazetteer.Match town = p.matchAt(run.from() + 1);
        return town != null && town.from() == run.from() + 1 && town.to() == run.to() && town.entry().kind() == Gazetteer.Kind.CITY;
    }
}
