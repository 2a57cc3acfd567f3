package newsgen.extract;

import java.util.Set;

/**
 * Rule "headline before a title": a title-case headline run into a name ("Roe Makes Joke To Bash Fed Chair Jane
 * Doe", "KILLED IN BLAST Turkish President …") is no role. Capitalised function words inside the words before the
 * title ("To", "Was", "A", "Will") or two words in capitals that name nothing say the run is a headline's; the role
 * is then only the words right before the title that a role is made of: titles, offices, their modifiers, places and
 * organisations ("Fed Chair", "Turkish President", "Former Florida Gov.").
 */
final class HeadlineRoles {
    private static final Set<String> FUNCTION_WORDS = WordSet.of("to", "a", "an", "the", "was", "is", "are", "were",
            "will", "would", "in", "on", "at", "with", "by", "for", "and", "from", "into", "as", "his", "her", "their");

    private HeadlineRoles() {
    }

    /** Where the role before the title at {@code title} starts, {@code roleFrom} unless a headline comes first. */
    static int roleStart(ArticleText.Para p, int roleFrom, int title) {
        var t = p.tokens();
        boolean headline = false;
        for (int k = roleFrom; k < title && !headline; k++) {
            Token w = t.get(k);
            boolean capitalFunction = k > roleFrom && w.cap() && FUNCTION_WORDS.contains(w.key());
            boolean shouted = k + 1 < title && w.upper() && t.get(k + 1).upper() && w.key().length() > 1
                    && p.matchAt(k) == null && p.matchAt(k + 1) == null;
            headline = capitalFunction || shouted;
        }
        if (!headline) {
            return roleFrom;
        }
        Gazetteer gaz = Gazetteer.get();
        int from = title;
        while (from > roleFrom) {
            Token w = t.get(from - 1);
            boolean roleWord = !w.upper() && (gaz.title.test(w) || gaz.office.test(w)
                    || OrganizationRules.TITLE_MODIFIERS.contains(w.key()) || gaz.orgHead.test(w)
                    || w.key().equals("former") || p.matchAt(from - 1) != null);
            if (!roleWord) {
                break;
            }
            from--;
            if (w.key().equals("former")) {
                break; // "former" opens the role: "… In The Middle East Former Florida Gov."
            }
        }
        return from;
    }
}
