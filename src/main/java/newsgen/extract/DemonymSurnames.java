package newsgen.extract;

import java.util.List;

/**
 * Rule "nationality before a surname": "German Merz said on Monday", in an article that writes "German" as an
 * adjective elsewhere ("the German chancellor", "German officials"), is Merz, a German: a demonym that is also a given
 * name ({@link NameWordRules#demonymGivenName}: "said German Arzamendi" is a man named German) reads as the nationality
 * once the article uses the word so. The person is the surname alone, or the person of that surname the article names
 * in full.
 */
final class DemonymSurnames {
    static final String RULE = "nationality before a surname";

    private DemonymSurnames() {
    }

    /** Renames such a person to the surname, or moves its mentions to the person of that surname; whether moved. */
    static boolean moved(ActorDraft d, List<ActorDraft> people, ArticleText text) {
        int space = d.name.indexOf(' ');
        if (space <= 0 || d.name.indexOf(' ', space + 1) >= 0) {
            return false;
        }
        String first = d.name.substring(0, space);
        Gazetteer.Entry e = Gazetteer.get().lookup(first);
        if (e == null || e.kind() != Gazetteer.Kind.DEMONYM || e.country() == null || !adjective(text, Slugs.fold(first))) {
            return false;
        }
        String surname = d.name.substring(space + 1);
        String key = Slugs.fold(surname);
        for (ActorDraft other : people) {
            // the person of that surname named in full, or one already named by the surname alone: renaming beside
            // the latter would leave two people with one id
            if (other != d && (other.name.indexOf(' ') > 0 && java.util.Arrays.asList(other.surnames()).contains(key)
                    || other.name.indexOf(' ') < 0 && Slugs.fold(other.name).equals(key))) {
                other.spans.addAll(d.spans);
                ActorDraft.alias(other, surname);
                return true;
            }
        }
        d.aliases.remove(surname);
        d.name = surname;
        return false;
    }

    /** The article writes the word, capitalised, right before a lowercase word: "the German chancellor". */
    private static boolean adjective(ArticleText text, String key) {
        for (ArticleText.Para p : text.paras) {
            List<Token> t = p.tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                if (t.get(k).cap() && t.get(k).key().equals(key) && !t.get(k + 1).cap()
                        && Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
