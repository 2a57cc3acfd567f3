package newsgen.extract;

import java.util.regex.MatchResult;

/**
 * Hand-written matchers for the date patterns of {@link DateResolver} that are tried most often (a year, a month on
 * its own, a weekday, "last week"), and for the two small patterns that follow a year. Each reads, at one offset,
 * exactly what its pattern would: the same alternatives in the same order, the same greedy choices, Java's {@code \b}
 * as {@code java.util.regex} decides it (letters and digits of any script, a non-spacing mark after one), and the
 * same groups. The patterns stay in {@link DateResolver} as the definition; {@code DateScansTest} runs both over
 * thousands of texts, offset by offset, and asks for the same matches.
 *
 * <p>Why: with only C1-compiled code, a regex match is a chain of calls through the pattern's nodes, one alternative
 * of a dozen after another; the date patterns were ~3.5% of {@code gen extract}'s CPU samples (perf, 10,164 real
 * articles), most of it in these, which meet every year and every month name.
 */
final class DateScans {
    private DateScans() {
    }

    /** A match found by hand, read through the {@link MatchResult} a regex match would give. */
    static final class Hit implements MatchResult {
        private final int[] bounds;
        private String text;

        Hit(int groups) {
            bounds = new int[2 * (groups + 1)];
        }

        /** Starts a match of text at [start, end), with no group set. */
        Hit reset(String text, int start, int end) {
            this.text = text;
            java.util.Arrays.fill(bounds, -1);
            bounds[0] = start;
            bounds[1] = end;
            return this;
        }

        Hit group(int group, int start, int end) {
            bounds[2 * group] = start;
            bounds[2 * group + 1] = end;
            return this;
        }

        @Override
        public int start() {
            return bounds[0];
        }

        @Override
        public int start(int group) {
            return bounds[2 * group];
        }

        @Override
        public int end() {
            return bounds[1];
        }

        @Override
        public int end(int group) {
            return bounds[2 * group + 1];
        }

        @Override
        public String group() {
            return group(0);
        }

        @Override
        public String group(int group) {
            int s = bounds[2 * group];
            return s < 0 ? null : text.substring(s, bounds[2 * group + 1]);
        }

        @Override
        public int groupCount() {
            return bounds.length / 2 - 1;
        }
    }

    /** A pattern matched by hand at one offset: fills {@code hit} and answers true, or answers false. */
    @FunctionalInterface
    interface Scan {
        boolean lookingAt(String text, char[] c, int start, Hit hit);
    }

    /** {@link DateResolver#YEAR}: {@code (?<![\d$€£.,/])\b(19\d{2}|20\d{2})\b(?![.,]?\d|%)}. */
    static final Scan YEAR = (text, c, s, hit) -> {
        int n = c.length;
        if (s > 0 && (digit(c[s - 1]) || "$€£.,/".indexOf(c[s - 1]) >= 0)) {
            return false;
        }
        if (s + 3 >= n || !(c[s] == '1' && c[s + 1] == '9' || c[s] == '2' && c[s + 1] == '0')
                || !digit(c[s + 2]) || !digit(c[s + 3]) || !boundary(text, s, 0, n)) {
            return false;
        }
        int e = s + 4;
        if (!boundary(text, e, 0, n)) {
            return false;
        }
        if (e < n && (c[e] == '%' || digit(c[e]) || (c[e] == '.' || c[e] == ',') && e + 1 < n && digit(c[e + 1]))) {
            return false;
        }
        hit.reset(text, s, e).group(1, s, e);
        return true;
    };

    /** The lead words of {@link DateResolver#MONTH_ALONE}, in its order, lower case (the first letter may be either). */
    private static final String[] MONTH_LEADS = {"in", "since", "until", "by", "from", "last", "next", "this", "early",
            "late", "mid", "during", "of", "through", "before", "after", "on"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /**
     * {@link DateResolver#MONTH_ALONE}: {@code \b(?:(In|in|…|On|on)[ -])?(January|…|December)\b}. No lead word is the
     * start of another, nor any month's name of another, so each step has at most one way to match: the lead word
     * first, then, if that fails, the month at the start.
     */
    static final Scan MONTH_ALONE = (text, c, s, hit) -> {
        int n = c.length;
        if (!boundary(text, s, 0, n)) {
            return false;
        }
        int lead = word(text, c, s, MONTH_LEADS, true);
        if (lead > 0) {
            int at = s + lead + 1;
            if (s + lead < n && (c[s + lead] == ' ' || c[s + lead] == '-')) {
                int month = word(text, c, at, MONTHS, false);
                if (month > 0 && boundary(text, at + month, 0, n)) {
                    hit.reset(text, s, at + month).group(1, s, s + lead).group(2, at, at + month);
                    return true;
                }
            }
        }
        int month = word(text, c, s, MONTHS, false);
        if (month > 0 && boundary(text, s + month, 0, n)) {
            hit.reset(text, s, s + month).group(2, s, s + month);
            return true;
        }
        return false;
    };

    private static final String[] WEEKDAY_LEADS = {"on", "last", "next", "this"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    /** {@link DateResolver#WEEKDAY}: {@code \b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his) )?(Monday|…|Sunday)\b}, as above. */
    static final Scan WEEKDAY = (text, c, s, hit) -> {
        int n = c.length;
        if (!boundary(text, s, 0, n)) {
            return false;
        }
        int lead = word(text, c, s, WEEKDAY_LEADS, true);
        if (lead > 0 && s + lead < n && c[s + lead] == ' ') {
            int at = s + lead + 1;
            int day = word(text, c, at, WEEKDAYS, false);
            if (day > 0 && boundary(text, at + day, 0, n)) {
                hit.reset(text, s, at + day).group(1, s, s + lead).group(2, at, at + day);
                return true;
            }
        }
        int day = word(text, c, s, WEEKDAYS, false);
        if (day > 0 && boundary(text, s + day, 0, n)) {
            hit.reset(text, s, s + day).group(2, s, s + day);
            return true;
        }
        return false;
    };

    private static final String[] RELATIVE_LEADS = {"last", "this", "next", "past"};
    private static final String[] UNITS = {"week", "month", "year"};
    private static final String[] DAYS = {"yesterday", "today", "tomorrow"};

    /**
     * {@link DateResolver#RELATIVE}: {@code \b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast) (week|month|year)|([Yy]esterday|
     * [Tt]oday|[Tt]omorrow))\b}, the first alternative tried first.
     */
    static final Scan RELATIVE = (text, c, s, hit) -> {
        int n = c.length;
        if (!boundary(text, s, 0, n)) {
            return false;
        }
        int lead = word(text, c, s, RELATIVE_LEADS, true);
        if (lead > 0 && s + lead < n && c[s + lead] == ' ') {
            int at = s + lead + 1;
            int unit = word(text, c, at, UNITS, false);
            if (unit > 0 && boundary(text, at + unit, 0, n)) {
                hit.reset(text, s, at + unit).group(1, at, at + unit);
                return true;
            }
        }
        int day = word(text, c, s, DAYS, true);
        if (day > 0 && boundary(text, s + day, 0, n)) {
            hit.reset(text, s, s + day).group(2, s, s + day);
            return true;
        }
        return false;
    };

    /*
     * The patterns with a month's name and a day or a year, matched as the regex engine does: each step tries its
     * ways of matching in the pattern's order and hands the offset after it to the rest of the pattern (a
     * continuation), so a later failure comes back and tries the step's next way, and a group a failed way set is
     * unset again. Steps: MONTH (grouped as in DateResolver), DAY ((\d{1,2})(?:st|nd|rd|th)?), ",?", "(?:of )?", a
     * lead word, four digits, \b.
     */

    /** {@link DateResolver#DAY_MONTH_YEAR}: {@code \bDAY (?:of )?MONTH,? (\d{4})\b}. */
    static final Scan DAY_MONTH_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return boundary(text, s, 0, c.length) && day(c, s, 1, hit, d -> at(c, d, ' ')
                && of(c, d + 1, o -> month(c, o, 2, hit, m -> comma(c, m, k -> at(c, k, ' ')
                && year(text, c, k + 1, 3, hit)))));
    };

    /** {@link DateResolver#MONTH_DAY_YEAR}: {@code \bMONTH DAY,? (\d{4})\b}. */
    static final Scan MONTH_DAY_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return boundary(text, s, 0, c.length) && month(c, s, 1, hit, m -> at(c, m, ' ')
                && day(c, m + 1, 2, hit, d -> comma(c, d, k -> at(c, k, ' ') && year(text, c, k + 1, 3, hit))));
    };

    /** {@link DateResolver#MONTH_RELATIVE_YEAR}: {@code \b(?:[Ii]n |[Ss]ince |[Bb]y )?MONTH (last|this|next) year\b}. */
    static final Scan MONTH_RELATIVE_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return boundary(text, s, 0, c.length) && lead(text, c, s, l -> month(c, l, 1, hit, m -> at(c, m, ' ')
                && relativeYear(text, c, m + 1, hit)));
    };

    /** {@link DateResolver#MONTH_YEAR}: {@code \b(?:[Ii]n |[Ss]ince |[Bb]y )?MONTH,? (\d{4})\b}. */
    static final Scan MONTH_YEAR = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        return boundary(text, s, 0, c.length) && lead(text, c, s, l -> month(c, l, 1, hit, m -> comma(c, m, k -> at(c, k, ' ')
                && year(text, c, k + 1, 2, hit))));
    };

    /** {@link DateResolver#MONTH_DAY}: {@code \b(?:[Oo]n )?(?:MONTH DAY|DAY (?:of )?MONTH)\b(?!\d)}. */
    static final Scan MONTH_DAY = (text, c, s, hit) -> {
        hit.reset(text, s, -1);
        if (!boundary(text, s, 0, c.length)) {
            return false;
        }
        java.util.function.IntPredicate date = o -> month(c, o, 1, hit, m -> at(c, m, ' ')
                && day(c, m + 1, 2, hit, d -> endOfDate(text, c, d, hit)))
                || day(c, o, 3, hit, d -> at(c, d, ' ') && of(c, d + 1, f -> month(c, f, 4, hit, m -> endOfDate(text, c, m, hit))));
        if (s + 2 < c.length && (c[s] == 'O' || c[s] == 'o') && c[s + 1] == 'n' && c[s + 2] == ' ' && date.test(s + 3)) {
            return true;
        }
        return date.test(s);
    };

    /** The end of {@link #MONTH_DAY}: {@code \b(?!\d)}, the match ending there. */
    private static boolean endOfDate(String text, char[] c, int at, Hit hit) {
        if (boundary(text, at, 0, c.length) && !(at < c.length && digit(c[at]))) {
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
    private static boolean month(char[] c, int at, int group, Hit hit, java.util.function.IntPredicate then) {
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
    private static boolean day(char[] c, int at, int group, Hit hit, java.util.function.IntPredicate then) {
        int n = c.length;
        if (at >= n || !digit(c[at])) {
            return false;
        }
        for (int digits = at + 1 < n && digit(c[at + 1]) ? 2 : 1; digits >= 1; digits--) {
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
    private static boolean capture(int from, int to, int group, Hit hit, java.util.function.IntPredicate then) {
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
        int lead = word(text, c, at, LEADS, true);
        return lead > 0 && at + lead < c.length && c[at + lead] == ' ' && then.test(at + lead + 1) || then.test(at);
    }

    private static final String[] LEADS = {"in", "since", "by"};

    /** {@code (\d{4})\b} ending the match, the year as group {@code group}. */
    private static boolean year(String text, char[] c, int at, int group, Hit hit) {
        int n = c.length;
        if (at + 4 > n || !digit(c[at]) || !digit(c[at + 1]) || !digit(c[at + 2]) || !digit(c[at + 3])
                || !boundary(text, at + 4, 0, n)) {
            return false;
        }
        hit.group(group, at, at + 4).group(0, hit.start(), at + 4);
        return true;
    }

    private static final String[] RELATIVE_WORDS = {"last", "this", "next"};

    /** {@code (last|this|next) year\b} ending the match, the first word as group 2. */
    private static boolean relativeYear(String text, char[] c, int at, Hit hit) {
        int w = word(text, c, at, RELATIVE_WORDS, false);
        if (w == 0 || !text.startsWith(" year", at + w) || !boundary(text, at + w + 5, 0, c.length)) {
            return false;
        }
        hit.group(2, at, at + w).group(0, hit.start(), at + w + 5);
        return true;
    }

    /**
     * Whether a time zone or "hours" follows a year at {@code end}: {@code \s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|WAT|
     * EAT|CAT|IST|hrs?\b|hours\b|local time)} looking at the 12 characters from {@code end} (a region, its bounds
     * opaque: a {@code \b} at the region's end sees nothing after it).
     */
    static boolean clockAfter(String text, char[] c, int end) {
        int to = Math.min(c.length, end + 12);
        int k = end;
        while (k < to && space(c[k])) {
            k++;
        }
        for (String zone : ZONES) {
            if (k + zone.length() <= to && text.startsWith(zone, k)) {
                return true;
            }
        }
        if (k + 2 <= to && c[k] == 'h' && c[k + 1] == 'r') {
            if (k + 3 <= to && c[k + 2] == 's' && boundary(text, k + 3, end, to) || boundary(text, k + 2, end, to)) {
                return true;
            }
        }
        return k + 5 <= to && text.startsWith("hours", k) && boundary(text, k + 5, end, to);
    }

    private static final String[] ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "WAT", "EAT", "CAT",
            "IST", "local time"};

    /**
     * The lowercase word after the spaces at {@code end}, within 40 characters, or null: {@code \G\s+([a-z]+)} found
     * in the region from {@code end} (where {@code \G} holds only at the region's start).
     */
    static String wordAfter(String text, char[] c, int end) {
        int to = Math.min(c.length, end + 40);
        int k = end;
        while (k < to && space(c[k])) {
            k++;
        }
        if (k == end) {
            return null;
        }
        int j = k;
        while (j < to && c[j] >= 'a' && c[j] <= 'z') {
            j++;
        }
        return j == k ? null : text.substring(k, j);
    }

    /**
     * The length of the word of {@code words} at {@code at}, or 0: each word as written, or with its first letter in
     * upper case too when {@code eitherCase} ({@code [Ll]ast}). No word of a list is the start of another, so at most
     * one matches.
     */
    private static int word(String text, char[] c, int at, String[] words, boolean eitherCase) {
        if (at >= c.length) {
            return 0;
        }
        char first = c[at];
        for (String w : words) {
            char f = w.charAt(0);
            if ((first == f || eitherCase && first == Character.toUpperCase(f))
                    && text.regionMatches(at + 1, w, 1, w.length() - 1)) {
                return w.length();
            }
        }
        return 0;
    }

    private static boolean at(char[] c, int i, char want) {
        return i >= 0 && i < c.length && c[i] == want;
    }

    /** {@code \d} without the UNICODE_CHARACTER_CLASS flag: ASCII digits only. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code \b} at {@code i} as Java 17's regex decides it (Pattern.Bound) in a region [from, to): a word character
     * on one side only, where a word character is {@code _}, a letter or a digit, or a non-spacing mark after one.
     */
    static boolean boundary(String text, int i, int from, int to) {
        boolean left = false;
        if (i > from) {
            int ch = Character.codePointBefore(text, i);
            left = isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, i - 1, from);
        }
        boolean right = false;
        if (i < to) {
            int ch = Character.codePointAt(text, i);
            right = isWord(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, i, from);
        }
        return left ^ right;
    }

    private static boolean isWord(int ch) {
        return ch < 0x80 ? ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_'
                : Character.isLetterOrDigit(ch);
    }

    /** Whether the non-spacing marks ending at {@code i} follow a letter or digit (Pattern.hasBaseCharacter). */
    private static boolean hasBase(String text, int i, int from) {
        for (int x = i; x >= from; x--) {
            int ch = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
