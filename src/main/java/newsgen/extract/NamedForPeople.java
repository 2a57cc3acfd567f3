package newsgen.extract;

import java.util.Set;

/**
 * Names that hold a person's name or look like one but name something else: a cause's group ("Dayton Right to
 * Life"), a town ("Terre Haute"), a building named for someone ("Charles de Gaulle airport"), a school's short name
 * ("Northfield High"). Asked by {@link PersonRules} before or after it reads the evidence for a person.
 */
final class NamedForPeople {
    private NamedForPeople() {
    }

    /**
     * Rule "right to a cause": "Dayton Right to Life", "the National Right to Work Committee": a run ending in "Right"
     * that goes on with "to" and a capitalised word is a cause's group (the run stops at "to"), never a person.
     */
    static boolean rightToCause(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        return k + 1 < t.size() && t.get(k - 1).key().equals("right") && t.get(k - 1).cap() && t.get(k).key().equals("to")
                && !t.get(k).cap() && t.get(k + 1).cap() && Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))
                && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1));
    }

    /** A town of two words or more of the towns list that opens with no common given name ("Terre Haute", not "Glen Allen"). */
    static boolean townNotName(ArticleText.Para p, int from, int to) {
        return to - from >= 2 && !Gazetteer.get().commonGivenNames.contains(p.tokens().get(from).key()) && Towns.contains(p.surface(from, to));
    }

    /** Lowercase nouns of buildings and works named for a person, written after the name: "Charles de Gaulle airport". */
    private static final java.util.Set<String> FACILITY_NOUNS = WordSet.of("airport", "stadium", "arena", "bridge",
            "dam", "tunnel", "expressway", "highway", "boulevard");

    /**
     * Rule "facility named for a person": "flights from Charles de Gaulle airport", "at the Ernesto Villar stadium":
     * a name with a lowercase airport, stadium or bridge right after it names that place, not its namesake.
     */
    static boolean facilityNamedFor(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.to() >= t.size() || run.size() < 2) {
            return false;
        }
        Token next = t.get(run.to());
        return !next.cap() && FACILITY_NOUNS.contains(next.key()) && Gazetteer.joinable(p.text(), t.get(run.to() - 1), next);
    }

    /** Last words of a school's short name: "Northfield High", "Lincoln Elementary". */
    private static final Set<String> SCHOOL_ENDS = WordSet.of("high", "elementary");

    /**
     * Rule "school's short name": "the debate team from Northfield High won again", "at Lincoln Elementary": a run of
     * two words or more ending in a capitalised "High" or "Elementary" names a school, whatever name opens it.
     */
    static boolean schoolsShortName(ArticleText.Para p, NameRuns.Run run) {
        Token last = p.tokens().get(run.to() - 1);
        return run.size() >= 2 && last.cap() && !last.upper() && !last.possessive() && SCHOOL_ENDS.contains(last.key());
    }
}
