package newsgen.extract;

import java.util.List;
import java.util.Map;

/**
 * Rule "members of a named party": "the Quorrel party faced a dilemma … the Quorrels nominated a general … Anti-tax
 * Quorrels punished him": a "person" whose last word is the plural of a one-word organisation the article names
 * before "party" is that party's members, a mention of the party (as "Republicans" is of the Republican Party), no
 * person. Its mentions go to the party, its plural becomes the party's alias.
 */
final class PartyMembers {
    private PartyMembers() {
    }

    /** Moves such "people" to their party; returns whether d was one (for removeIf). */
    static boolean moved(ActorDraft d, Map<String, ActorDraft> orgs, ArticleText text) {
        String last = d.name.substring(d.name.lastIndexOf(' ') + 1);
        if (last.length() < 4 || !last.endsWith("s") || !Character.isUpperCase(last.charAt(0))) {
            return false;
        }
        ActorDraft party = orgs.get(Slugs.fold(last.substring(0, last.length() - 1)));
        if (party == null || party.name.indexOf(' ') >= 0 || !namedWithParty(text, party.name)) {
            return false;
        }
        party.spans.addAll(d.spans);
        ActorDraft.alias(party, last);
        return true;
    }

    /** The article writes the name right before "party" or "Party" somewhere: "the Quorrel party". */
    private static boolean namedWithParty(ArticleText text, String name) {
        for (ArticleText.Para p : text.paras) {
            List<Token> t = p.tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                if (t.get(k).text().equals(name) && t.get(k + 1).key().equals("party")
                        && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
