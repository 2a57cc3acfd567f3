package newsgen.extract;

import newsgen.model.ParagraphKind;

import java.util.List;
import java.util.Set;

/**
 * Rule "given name alone": "Marta Halvorsen … I think both Marta and Kofi are wrong", "a vote for Marta": a
 * capitalised word standing alone (no capitalised word joined before or after it) in a body paragraph outside a
 * title-case line, that is a listed given name and no English word ("Bill", "Rose" are both), that no actor's name
 * covers and no connector joins to another capitalised word ("the Star of David", "Hard Hats for Marta"), is the one person of the article named in full with that given name (with two such people, neither: {@link
 * PersonPasses#withGivenName}). The record lists it among the person's aliases, as the archive and its pages read
 * names; no mention is added, so the speaker rules, which read mentions, are left as they were ("Marta said" is theirs).
 */
final class GivenNameAliases {
    private GivenNameAliases() {
    }

    static void add(ArticleText text, List<ActorDraft> people, Set<Long> nameTokens) {
        if (people.isEmpty()) {
            return;
        }
        Gazetteer gaz = Gazetteer.get();
        // each person's first word, folded, once per article (a given name two people share maps to no one), instead
        // of folding every person's name again for every lone given name the text has
        java.util.Map<String, ActorDraft> byFirst = new java.util.HashMap<>();
        for (ActorDraft d : people) {
            int sp = d.name.indexOf(' ');
            if (sp > 0) {
                String first = Slugs.fold(d.name.substring(0, sp));
                byFirst.put(first, byFirst.containsKey(first) ? null : d);
            }
        }
        if (byFirst.isEmpty()) {
            return;
        }
        for (ArticleText.Para p : text.paras) {
            if (p.kind() != ParagraphKind.BODY || NameRuns.headline(p)) {
                continue;
            }
            var t = p.tokens();
            for (int k = 0; k < t.size(); k++) {
                Token w = t.get(k);
                if (!w.cap() || w.upper() || !gaz.givenName.test(w) || EnglishWords.KEY.test(w)
                        || nameTokens.contains(ActorDraft.at(p, k))
                        || k > 0 && t.get(k - 1).cap() && Gazetteer.joinable(p.text(), t.get(k - 1), w)
                        || k + 1 < t.size() && t.get(k + 1).cap() && Gazetteer.joinable(p.text(), w, t.get(k + 1))
                        || connected(p, k - 1, k - 2) || connected(p, k + 1, k + 2)) {
                    continue;
                }
                ActorDraft d = byFirst.get(w.key()); // as PersonPasses.withGivenName answers
                if (d != null) {
                    ActorDraft.alias(d, w.text());
                }
            }
        }
    }

    /** A connector at {@code c} with a capitalised word at {@code far}: "Star of David", "Rally for Marta" are other names. */
    private static boolean connected(ArticleText.Para p, int c, int far) {
        var t = p.tokens();
        return c >= 0 && c < t.size() && far >= 0 && far < t.size() && !t.get(c).cap() && NameRuns.CONNECTOR.test(t.get(c))
                && t.get(far).cap();
    }
}
