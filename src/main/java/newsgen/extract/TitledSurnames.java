package newsgen.extract;

import newsgen.model.RoleForms;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule "title follows its holder": "Secretary Roe" in an article that names both "John Roe, the former governor" and
 * "Jane Roe, the secretary of state" is hers, though the surname alone is his (the person named first). A surname
 * with a title (or a role in apposition), which two or more people of the article share, goes to the one whose roles
 * by full name hold that office, and its title is added to that one's roles. Where the office fits none of them, or
 * more than one, the mention stays where it was found and its title is added to nobody's roles: a title is no
 * evidence for the one named first.
 *
 * <p>An office fits a role that holds its head word (the word before "of", else the last: "secretary" of "Secretary
 * of State", "governor" of "Florida Gov.") with the same office word before it ("Vice President" is not the
 * president, "Attorney General" not a general); "former" and the like are no office ("President Roe" is the former
 * president). Abbreviations are read as {@link RoleForms#key} reads them ("Sen." is a senator).
 */
final class TitledSurnames {
    static final String RULE = "title follows its holder";

    /** Words before an office's head that make it another office. */
    private static final Set<String> OFFICE_WORDS = Set.of("vice", "deputy", "assistant", "associate", "lieutenant",
            "under", "chief", "attorney", "surgeon", "solicitor", "inspector", "postmaster", "adjutant", "first",
            "lord", "prime", "majority", "minority", "ranking", "sergeant", "lance", "master", "staff", "press");

    /** The roles each person was named with in full, before any surname mention added to them. */
    private final Map<ActorDraft, List<String>> known = new IdentityHashMap<>();

    /** Records the people's roles as their full names gave them: called once the full names are merged. */
    void knowRoles(List<ActorDraft> people) {
        for (ActorDraft d : people) {
            known.put(d, List.copyOf(d.roles));
        }
    }

    /**
     * The person a surname mention with a title names, {@code found} or another of its surname whose roles hold the
     * office; null when the title should be added to nobody's roles (the office fits none or several of them). A
     * surname that only one person bears is {@code found}'s, with its title.
     */
    ActorDraft holder(PersonRules.Candidate c, ActorDraft found, NameIndex<ActorDraft> index) {
        List<ActorDraft> bearers = index.allWithSurname(Slugs.fold(c.name()));
        if (bearers.size() < 2 || !bearers.contains(found)) {
            return found;
        }
        ActorDraft holder = null;
        for (ActorDraft d : bearers) {
            if (holds(known.getOrDefault(d, List.of()), c.role())) {
                if (holder != null) {
                    return null;
                }
                holder = d;
            }
        }
        return holder;
    }

    private static boolean holds(List<String> roles, String title) {
        for (String role : roles) {
            if (fits(title, role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the office of {@code title} is the office of {@code role}. */
    static boolean fits(String title, String role) {
        List<String> t = RoleForms.key(title);
        int head = head(t);
        if (head < 0) {
            return false;
        }
        String office = officeWord(t, head);
        List<String> r = RoleForms.key(role);
        for (int i = 0; i < r.size(); i++) {
            if (r.get(i).equals(t.get(head)) && office.equals(officeWord(r, i))) {
                return true;
            }
        }
        return false;
    }

    private static int head(List<String> key) {
        int of = key.indexOf("of");
        return of > 0 ? of - 1 : key.size() - 1;
    }

    private static String officeWord(List<String> key, int head) {
        return head > 0 && OFFICE_WORDS.contains(key.get(head - 1)) ? key.get(head - 1) : "";
    }
}
