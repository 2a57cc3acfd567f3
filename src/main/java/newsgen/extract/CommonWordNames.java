package newsgen.extract;

/**
 * Rule "common word alone": a lone capitalised English word that only a cue verb or a tenure noun made a surname
 * ("Leave supporters", "Time announces", "the Met, claiming …") needs the article to write it as a name. It does not
 * when the article sets the word in quotation marks ("the ‘Leave’ campaign", "‘Time’ Just Announced": a term or a
 * title), writes it after "the" with nothing after it but punctuation ("suing the Met,": a thing's short name; "the
 * Ashford era" has its noun after it), or writes it opening a known organisation's name ("Fox told" beside "Fox News").
 */
final class CommonWordNames {
    static final String RULE = "common word alone";

    private CommonWordNames() {
    }

    /** Whether the lone word {@code key} of the article is a common word used as a term or a thing's name. */
    static boolean notAName(ArticleText text, String key) {
        if (!EnglishWords.contains(key) || Gazetteer.get().givenNames.contains(key)) {
            return false;
        }
        for (ArticleText.Para p : text.paras) {
            var t = p.tokens();
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).key().equals(key) && t.get(k).cap() && (quoted(p, t.get(k)) || aloneAfterThe(p, k)
                        || opensKnownOrganization(p, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Rule "word before nouns": "the Brexit vote", "Thursday's Brexit referendum", "the Brexit campaign": a lone word
     * that only a tenure noun or a cue verb made a surname is a term, not a person, when the article writes it before
     * a lowercase noun two times in three or more (twice at least; its uses before a tenure noun, "the Roe
     * administration", count neither way) and never owns anything with it ("Roe's"), never
     * has a cue verb beside it ("Roe said", "said Roe") and never has a title or honorific before it.
     */
    static final String MODIFIER_RULE = "word before nouns";

    static boolean modifierOnly(ArticleText text, String key) {
        Gazetteer gaz = Gazetteer.get();
        int seen = 0;
        int modifies = 0;
        for (ArticleText.Para p : text.paras) {
            var t = p.tokens();
            for (int k = 0; k < t.size(); k++) {
                Token w = t.get(k);
                if (!w.key().equals(key) || !w.cap()) {
                    continue;
                }
                Token before = k > 0 ? t.get(k - 1) : null;
                Token after = k + 1 < t.size() ? t.get(k + 1) : null;
                if (w.possessive() || before != null && (gaz.cueVerbs.contains(before.key()) || gaz.titles.contains(before.key())
                        || RoleRules.HONORIFICS.contains(before.key()))
                        || after != null && gaz.cueVerbs.contains(after.key())) {
                    return false;
                }
                boolean joined = after != null && !after.cap() && Gazetteer.joinable(p.text(), w, after);
                if (joined && NameEvidenceRules.TENURE_NOUNS.contains(after.key())) {
                    continue; // "the Brexit campaign", "the Roe administration": says nothing either way
                }
                seen++;
                if (joined && Character.isLetter(after.text().charAt(0)) && !AUXILIARIES.contains(after.key())
                        && !after.key().endsWith("ed")) {
                    modifies++;
                }
            }
        }
        return modifies >= 2 && modifies * 3 >= seen * 2;
    }

    /** Verbs and words after a subject, not after a modifier: "Brexit is", "Roe has", "Roe and". */
    private static final java.util.Set<String> AUXILIARIES = WordSet.of("is", "was", "has", "had", "will", "would",
            "can", "could", "may", "might", "should", "must", "did", "does", "and", "or", "who", "to", "of", "in", "on",
            "at", "for", "with", "by", "from", "as", "but", "nor", "also", "never", "not", "then", "himself", "herself");

    private static boolean quoted(ArticleText.Para p, Token w) {
        String s = p.text();
        int before = w.start() - 1;
        int after = w.end();
        // a mark on each side, the closing one no apostrophe of a possessive ("Time’s")
        return before >= 0 && after < s.length() && QuoteMarks.isMark(s.charAt(before)) && QuoteMarks.isMark(s.charAt(after))
                && !(after + 1 < s.length() && Character.isLetter(s.charAt(after + 1)));
    }

    /** "Fox News" written in the article: "Fox told" is the network's short name, no person's. */
    private static boolean opensKnownOrganization(ArticleText.Para p, int k) {
        Gazetteer.Match m = p.matchAt(k);
        return m != null && m.from() == k && m.to() > k + 1 && m.entry().kind() == Gazetteer.Kind.ORGANIZATION;
    }

    private static boolean aloneAfterThe(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k == 0 || !t.get(k - 1).key().equals("the") || t.get(k).possessive()
                || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
            return false;
        }
        int end = t.get(k).end();
        return end < p.text().length() && ",.;:)".indexOf(p.text().charAt(end)) >= 0;
    }
}
