package newsgen.extract;

/**
 * Rule "common word alone": a lone capitalised English word that only a cue verb or a tenure noun made a surname
 * ("Leave supporters", "Time announces", "the Met, claiming …") needs the article to write it as a name. It does not
 * when the article sets the word in quotation marks ("the ‘Leave’ campaign", "‘Time’ Just Announced": a term or a
 * title), writes it after "the" with nothing after it but punctuation ("suing the Met,": a thing's short name; "the
 * Reagan era" has its noun after it), or writes it opening a known organisation's name ("Fox told" beside "Fox News").
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
