package newsgen.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule "law named for its sponsors": "Glass-Steagall", "Dodd-Frank", "Taft-Hartley": a hyphenated pair of capitalised
 * names that the article also writes before "Act" (or "Law", "Amendment", "Bill") is the law's short name, so a
 * person
 * whose name ends with it ("By embracing Super Glass-Steagall, the senator …") is no person.
 */
final class SponsorLaws {
    static final String RULE = "law named for its sponsors";

    private SponsorLaws() {
    }

    private static final Pattern SPONSORS = Pattern.compile("\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)+");

    private static final Set<String> LAW_WORDS = WordSet.of("act", "law", "amendment", "bill");

    /** Whether a person's name ends with a law's short name the article writes before a law's word. */
    static boolean lawsShortName(ArticleText text, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (last.indexOf('-') < 0 || !SPONSORS.matcher(last).matches()) { // the pattern needs a hyphen
            return false;
        }
        String key = Slugs.fold(last);
        for (ArticleText.Para p : text.paras) {
            var t = p.tokens();
            for (int k = 0; k + 1 < t.size(); k++) {
                if (t.get(k).cap() && t.get(k + 1).cap() && LAW_WORDS.contains(t.get(k + 1).key())
                        && Slugs.fold(t.get(k).text()).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }
}
