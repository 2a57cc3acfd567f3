package newsgen.extract;

import java.util.Collection;
import java.util.Locale;

/**
 * Rule "acronym in title case": "Isis declares death on a lot of people" in an article that writes ISIS elsewhere, or
 * "Nato" beside NATO: a one-word "person" (found by a given name or a cue alone, with no role and no side) whose name
 * in capitals is an organisation's acronym in the same article is that organisation written in title case. Its
 * mentions go to the organisation and the form as written becomes an alias.
 */
final class TitleCaseAcronyms {
    private TitleCaseAcronyms() {
    }

    /** Moves such a "person" to its organisation; returns whether d was one (for removeIf). */
    static boolean moved(ActorDraft d, Collection<ActorDraft> orgs) {
        String name = d.name;
        if (name.length() < 3 || name.indexOf(' ') >= 0 || !d.roles.isEmpty() || d.affiliation != null
                || !Character.isUpperCase(name.charAt(0)) || !Character.isLowerCase(name.charAt(1))) {
            return false;
        }
        String acronym = name.toUpperCase(Locale.ROOT);
        for (ActorDraft org : orgs) {
            if (org.name.equals(acronym) || org.aliases.contains(acronym)) {
                org.spans.addAll(d.spans);
                ActorDraft.alias(org, name);
                return true;
            }
        }
        return false;
    }
}
