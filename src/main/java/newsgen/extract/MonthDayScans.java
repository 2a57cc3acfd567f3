package newsgen.extract;

/**
 * The date patterns of {@link DateResolver} with a month's name and a day or a year ("16 September 2023", "Sept. 16",
 * "in May last year"), matched by hand as the regex engine matches them: each step tries its ways of matching in the
 * pattern's order and hands the offset after it to the rest of the pattern (a continuation), so a later failure
 * comes back and tries the step's next way, and a group a failed way set is unset again. Steps: MONTH (grouped as
 * in DateResolver), DAY ({@code (\d{1,2})(?:st|nd|rd|th)?}), {@code ,?}, {@code (?:of )?}, a lead word, four digits,
 * {@code \b}. Why by hand, and how it is checked against the patterns: see {@link DateScans}.
 */
final class MonthDayScans {
    private MonthDayScans() {
    }

    /** {@link DateResolver#DAY_MONTH_YEAR}: {@code \bDAY (?:of )?MONTH,? (\d{4})\b}. */
    static final DateScans.Scan DAY_MONTH_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return DateScans.boundary(text, s, 0, c.length) && day(c, s, 1, hit, d -> DateScans.at(c, d, ' ')
                && of(c, d + 1, o -> month(c, o, 2, hit, m -> comma(c, m, k -> DateScans.at(c, k, ' ')
                && year(text, c, k + 1, 3, hit)))));
    };

    /** {@link DateResolver#MONTH_DAY_YEAR}: {@code \bMONTH DAY,? (\d{4})\b}. */
    static final DateScans.Scan MONTH_DAY_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return DateScans.boundary(text, s, 0, c.length) && month(c, s, 1, hit, m -> DateScans.at(c, m, ' ')
                && day(c, m + 1, 2, hit, d -> comma(c, d, k -> DateScans.at(c, k, ' ') && year(text, c, k + 1, 3, hit))));
    };

    /** {@link DateResolver#MONTH_RELATIVE_YEAR}: {@code \b(?:[Ii]n |[Ss]ince |[Bb]y )?MONTH (last|this|next) year\b}. */
    static final DateScans.Scan MONTH_RELATIVE_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return DateScans.boundary(text, s, 0, c.length) && lead(text, c, s, l -> month(c, l, 1, hit,
                m -> DateScans.at(c, m, ' ') && relativeYear(text, c, m + 1, hit)));
    };

    /** {@link DateResolver#MONTH_YEAR}: {@code \b(?:[Ii]n |[Ss]ince |[Bb]y )?MONTH,? (\d{4})\b}. */
    static final DateScans.Scan MONTH_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return DateScans.boundary(text, s, 0, c.length) && lead(text, c, s, l -> month(c, l, 1, hit,
                m -> comma(c, m, k -> DateScans.at(c, k, ' ') && year(text, c, k + 1, 2, hit))));
    };

    /** {@link DateResolver#MONTH_DAY}: {@code \b(?:[Oo]n )?(?:MONTH DAY|DAY (?:of )?MONTH)\b(?!\d)}. */
    static final DateScans.Scan MONTH_DAY = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        if (!DateScans.boundary(text, s, 0, c.length)) {
            return false;
        }
        java.util.function.IntPredicate date = o -> month(c, o, 1, hit, m -> DateScans.at(c, m, ' ')
                && day(c, m + 1, 2, hit, d -> endOfDate(text, c, d, hit)))
                || day(c, o, 3, hit, d -> DateScans.at(c, d, ' ')
                        && of(c, d + 1, f -> month(c, f, 4, hit, m -> endOfDate(text, c, m, hit))));
        if (s + 2 < c.length && (c[s] == 'O' || c[s] == 'o') && c[s + 1] == 'n' && c[s + 2] == ' ' && date.test(s + 3)) {
            return true;
        }
        return date.test(s);
    };

    /** The end of {@link #MONTH_DAY}: {@code \b(?!\d)}, the match ending there. */
    private static boolean endOfDate(String text, char[] c, int at, DateScans.Hit hit) {
        if (DateScans.boundary(text, at, 0, c.length) && !(at < c.length && DateScans.digit(c[at]))) {
            hit.group(0, hit.start(), at);
            return true;
        }
        return false;
    }

    /** The rest of the month's name after its three letters, by {@link DateShapes#monthStart}'s first letter. */
    private static String monthRest(char a, char b, char d) {
        switch (a) {
            case 'J':
                return b == 'a' ? "uary" : d == 'n' ? "e" : "y";
            case 'F':
                return "ruary";
            case 'M':
                return d == 'r' ? "ch" : null;
            case 'A':
                return b == 'p' ? "il" : "ust";
            case 'S':
                return "tember";
            case 'O':
                return "ober";
            default:
                return "ember"; // November, December
        }
    }

    /**
     * MONTH at {@code at}, as {@code (Jan(?:uary|\.?)|…|May|…|Sep(?:tember|t?\.?)|…)} tries it: the full name, then the
     * short one with its full stop, then without ("Sept." and "Sept" before "Sep." and "Sep").
     */
    private static boolean month(char[] c, int at, int group, DateScans.Hit hit, java.util.function.IntPredicate then) {
        int n = c.length;
        if (at < 0 || at + 3 > n || !DateShapes.monthStart(c[at], c[at + 1], c[at + 2])) {
            return false;
        }
        String rest = monthRest(c[at], c[at + 1], c[at + 2]);
        if (rest == null) {
            return c[at + 1] == 'a' && c[at + 2] == 'y' && capture(at, at + 3, group, hit, then); // May: no other form
        }
        if (at + 3 + rest.length() <= n && new String(c, at + 3, rest.length()).equals(rest)
                && capture(at, at + 3 + rest.length(), group, hit, then)) {
            return true;
        }
        if (c[at] == 'S' && at + 3 < n && c[at + 3] == 't') {
            if (at + 4 < n && c[at + 4] == '.' && capture(at, at + 5, group, hit, then)) {
                return true;
            }
            if (capture(at, at + 4, group, hit, then)) {
                return true;
            }
        }
        if (at + 3 < n && c[at + 3] == '.' && capture(at, at + 4, group, hit, then)) {
            return true;
        }
        return capture(at, at + 3, group, hit, then);
    }

    /** DAY at {@code at}: two digits before one, each with its suffix ("16th") before without. */
    private static boolean day(char[] c, int at, int group, DateScans.Hit hit, java.util.function.IntPredicate then) {
        int n = c.length;
        if (at >= n || !DateScans.digit(c[at])) {
            return false;
        }
        for (int digits = at + 1 < n && DateScans.digit(c[at + 1]) ? 2 : 1; digits >= 1; digits--) {
            int e = at + digits;
            hit.group(group, at, e);
            if (e + 1 < n && (c[e] == 's' && c[e + 1] == 't' || c[e] == 'n' && c[e + 1] == 'd'
                    || c[e] == 'r' && c[e + 1] == 'd' || c[e] == 't' && c[e + 1] == 'h') && then.test(e + 2)) {
                return true;
            }
            if (then.test(e)) {
                return true;
            }
        }
        hit.group(group, -1, -1);
        return false;
    }

    /** A group of [from, to) and the rest of the pattern after it; the group unset again when the rest fails. */
    private static boolean capture(int from, int to, int group, DateScans.Hit hit, java.util.function.IntPredicate then) {
        hit.group(group, from, to);
        if (then.test(to)) {
            return true;
        }
        hit.group(group, -1, -1);
        return false;
    }

    /** {@code ,?}: with the comma, then without. */
    private static boolean comma(char[] c, int at, java.util.function.IntPredicate then) {
        return at < c.length && c[at] == ',' && then.test(at + 1) || then.test(at);
    }

    /** {@code (?:of )?}: with "of ", then without. */
    private static boolean of(char[] c, int at, java.util.function.IntPredicate then) {
        return at + 2 < c.length && c[at] == 'o' && c[at + 1] == 'f' && c[at + 2] == ' ' && then.test(at + 3) || then.test(at);
    }

    /** {@code (?:[Ii]n |[Ss]ince |[Bb]y )?}: with the lead word, then without. */
    private static boolean lead(String text, char[] c, int at, java.util.function.IntPredicate then) {
        int lead = DateScans.word(text, c, at, LEADS, true);
        return lead > 0 && at + lead < c.length && c[at + lead] == ' ' && then.test(at + lead + 1) || then.test(at);
    }

    private static final String[] LEADS = {"in", "since", "by"};

    /** {@code (\d{4})\b} ending the match, the year as group {@code group}. */
    private static boolean year(String text, char[] c, int at, int group, DateScans.Hit hit) {
        int n = c.length;
        if (at + 4 > n || !DateScans.digit(c[at]) || !DateScans.digit(c[at + 1]) || !DateScans.digit(c[at + 2]) || !DateScans.digit(c[at + 3])
                || !DateScans.boundary(text, at + 4, 0, n)) {
            return false;
        }
        hit.group(group, at, at + 4).group(0, hit.start(), at + 4);
        return true;
    }

    private static final String[] RELATIVE_WORDS = {"last", "this", "next"};

    /** {@code (last|this|next) year\b} ending the match, the first word as group 2. */
    private static boolean relativeYear(String text, char[] c, int at, DateScans.Hit hit) {
        int w = DateScans.word(text, c, at, RELATIVE_WORDS, false);
        if (w == 0 || !text.startsWith(" year", at + w) || !DateScans.boundary(text, at + w + 5, 0, c.length)) {
            return false;
        }
        hit.group(2, at, at + w).group(0, hit.start(), at + w + 5);
        return true;
    }
}
