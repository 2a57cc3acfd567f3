package newsgen.extract;

import java.util.Set;

/**
 * Rule "known as": "said the base chief known as Bob", "a woman identified only as Amina told reporters", "a farmer
 * named Tomas said": a description of someone whose name, or the only name the paper may print, follows "known as",
 * "identified (only) as" or "named"; that name speaks, not the description. The name is the actor so named where the
 * article has one, else the capitalised words as written.
 */
final class KnownAsNames {
    private KnownAsNames() {
    }

    /** Words that give a described person's name after them (with "as" after the first two). */
    private static final Set<String> NAMING = WordSet.of("known", "identified", "named", "nicknamed");

    /** How many capitalised words the name may have. */
    private static final int NAME_WORDS = 3;

    /**
     * The name "known as", "identified only as" or "named" gives in the subject from token {@code from} to {@code to}
     * (exclusive), after a lowercase description word; null when there is none.
     */
    static Speaker name(ArticleText.Para p, ArticleMentions mentions, int from, int to) {
        var t = p.tokens();
        to = Math.min(to, t.size());
        for (int k = from + 1; k + 1 < to; k++) {
            String w = t.get(k).key();
            if (!NAMING.contains(w) || t.get(k).cap() || t.get(k - 1).cap()
                    || !PersonRules.punctuationFree(p.text(), t.get(k - 1), t.get(k))) {
                continue;
            }
            int n = k + 1;
            if (t.get(n).key().equals("only") && n + 1 < to) {
                n++;
            }
            if (!w.equals("named") && !w.equals("nicknamed")) {
                if (!t.get(n).key().equals("as") || n + 1 >= to) {
                    continue;
                }
                n++;
            }
            int end = n;
            while (end < to && end - n < NAME_WORDS && t.get(end).cap() && !t.get(end).upper()
                    && (end == n || PersonRules.punctuationFree(p.text(), t.get(end - 1), t.get(end)))) {
                end++;
            }
            if (end == n || !PersonRules.punctuationFree(p.text(), t.get(n - 1), t.get(n))) {
                continue; // "named in the suit", "known as a hardliner": no name here; a later one may have it
            }
            String name = p.text().substring(t.get(n).start(), t.get(end - 1).end());
            newsgen.model.Actor a = mentions.actorNamed(name);
            if (a != null) {
                return a.isPerson() ? Speaker.of(a) : null;
            }
            return Speaker.named(name);
        }
        return null;
    }
}
