package newsgen.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "nickname in quotation marks": "Rep. Robert C. "Bobby" Doe", "Juan "Chico" Roe", "Dwayne "The Hammer" Roe": a
 * given name (and an initial), one to three capitalised words in quotation marks, then one capitalised word, are one
 * person, "Robert C. Doe", also called "Bobby Doe" (a nickname of one word) or "The Hammer" (of several: a byname,
 * not a given name). Without the rule the quotation marks cut the name in two: a person "Robert C" and a stray
 * surname. QuoteFinder's rule "nickname inside a name" reads the same words as no quotation.
 */
final class Nicknames {
    /** What may follow the given name: its initial's dot, a space, the nickname in quotation marks, a space. */
    private static final Pattern NICKNAME = Pattern.compile("\\.? [\"\u201c](\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})[\"\u201d] ");

    private final Gazetteer gaz = Gazetteer.get();

    private static boolean quoteAfter(String text, int end) {
        int k = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
        if (k + 1 >= text.length() || text.charAt(k) != ' ') {
            return false;
        }
        char c = text.charAt(k + 1);
        return c == '"' || c == '\u201c';
    }

    /** A person named with a nickname: the candidate (whose tokens run to the surname) and the nickname. */
    record Named(PersonRules.Candidate candidate, String nickname) {
        /** The nickname and surname, "Bobby Doe"; a nickname of several words alone, "The Hammer". */
        String nicknamed() {
            String name = candidate.name();
            return nickname.indexOf(' ') > 0 ? nickname : nickname + name.substring(name.lastIndexOf(' '));
        }
    }

    /**
     * The person whose name {@code run} opens before a nickname, or null. {@code plain} is what the person rules
     * read in the run alone (its title and role), or null.
     */
    Named around(ArticleText.Para p, NameRuns.Run run, PersonRules.Candidate plain) {
        var t = p.tokens();
        Token last = t.get(run.to() - 1);
        if (run.to() + 1 >= t.size() || last.upper() && last.text().length() > 1 || !quoteAfter(p.text(), last.end())) {
            return null; // most runs: no quotation mark two characters after them, and no matcher made
        }
        Matcher m = NICKNAME.matcher(p.text()).region(last.end(), p.text().length());
        if (!m.lookingAt()) {
            return null;
        }
        int surname = run.to() + m.group(1).split(" ").length; // the nickname's tokens, then the surname's
        Token s = t.get(surname);
        if (t.get(run.to()).start() != m.start(1) || s.start() != m.end() || !s.cap() || s.upper() || gaz.titles.contains(s.key())
                || surname + 1 < t.size() && t.get(surname + 1).cap() && Gazetteer.joinable(p.text(), s, t.get(surname + 1))) {
            return null;
        }
        // the given name is the run's last word, or the last before its initials ("Robert C."; "former Marine John
        // "Tig" Roe" is John's)
        int from = run.to() - 1;
        while (from > run.from() && t.get(from).text().length() == 1 && t.get(from).cap()) {
            from--;
        }
        if (!gaz.givenNames.contains(t.get(from).key()) || t.get(from).upper()) {
            return null;
        }
        boolean initial = last.text().length() == 1 && run.to() - from > 1;
        plain = plain != null && plain.to() == run.to() && plain.from() <= from ? plain : null; // its role, if it read one
        String name = p.text().substring(t.get(from).start(), last.end()) + (initial ? ". " : " ") + s.text();
        PersonRules.Candidate c = new PersonRules.Candidate(p, from, surname + 1, name,
                plain == null ? null : plain.role(), plain == null ? null : plain.affiliation());
        return new Named(c, m.group(1));
    }
}
