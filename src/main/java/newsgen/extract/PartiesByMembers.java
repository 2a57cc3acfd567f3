package newsgen.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule "party by its members": "the Social Democratic Party (SPD) … the Social Democrats said", "the Free Democratic
 * Party … Free Democrats": a name whose last word is a plural of members ("Democrats", "Socialists", "Greens") is the
 * party the article names with that word's adjective and a head word ("Social Democratic Party", "Socialist Union"),
 * the same words before it; one body, not two.
 */
final class PartiesByMembers {
    static final String RULE = "party by its members";

    /** Plurals of a party's members, its adjective their stem ("Democrats", "Democratic"). */
    private static final java.util.Set<String> MEMBERS = WordSet.of("democrats", "republicans", "socialists",
            "conservatives", "liberals", "greens", "nationalists", "communists", "moderates", "progressives",
            "unionists", "federalists", "populists", "radicals", "libertarians", "patriots");

    private PartiesByMembers() {
    }

    static void merge(ActorsFound f) {
        if (f.orgs.size() < 2) {
            return;
        }
        Gazetteer gaz = Gazetteer.get();
        List<ActorDraft[]> moves = new ArrayList<>();
        for (ActorDraft members : f.orgs.values()) {
            if (!membersWord(members.name)) {
                continue; // most names: no split of each into words (String.split was ~0.3% of extraction, JFR)
            }
            String[] w = members.name.split(" ");
            String last = w[w.length - 1];
            if (w.length < 2 || !MEMBERS.contains(Slugs.fold(last)) || !Character.isUpperCase(last.charAt(0))) {
                continue;
            }
            String stem = Slugs.fold(last.substring(0, last.length() - 1)); // "democrat"
            for (ActorDraft party : f.orgs.values()) {
                String[] v = party.name.split(" ");
                if (party != members && v.length == w.length + 1 && gaz.orgHeads.contains(Slugs.fold(v[v.length - 1]))
                        && samePrefix(w, v) && Slugs.fold(v[w.length - 1]).startsWith(stem)
                        && !Slugs.fold(v[w.length - 1]).equals(Slugs.fold(last))) {
                    moves.add(new ActorDraft[] {members, party});
                    break;
                }
            }
        }
        for (ActorDraft[] m : moves) {
            KnownOrganizations.moveInto(f, m[0], m[1]);
        }
    }

    /**
     * The test below on the last word as {@code name.split(" ")} cuts it (trailing spaces dropped), without the split:
     * at least two words, the last one capitalised and of {@link #MEMBERS}.
     */
    private static boolean membersWord(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        int space = name.lastIndexOf(' ', end - 1);
        if (space < 0) {
            return false;
        }
        String last = name.substring(space + 1, end);
        return MEMBERS.contains(Slugs.fold(last)) && Character.isUpperCase(last.charAt(0));
    }

    /** The words before the last of {@code w} are the first words of {@code v}. */
    private static boolean samePrefix(String[] w, String[] v) {
        for (int i = 0; i < w.length - 1; i++) {
            if (!Slugs.fold(w[i]).equals(Slugs.fold(v[i]))) {
                return false;
            }
        }
        return true;
    }
}
