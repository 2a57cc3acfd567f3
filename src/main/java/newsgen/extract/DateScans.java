package newsgen.extract;

import java.util.regex.MatchResult;

/**
 * Hand-written matchers for the date patterns of {@link DateResolver}: here a year, a month on its own, a weekday,
 * "last week", and the two small patterns that follow a year; those with a month and a day or a year in
 * {@link MonthDayScans} (ISO and slashed dates, which their shapes let through seldom, stay patterns). Each reads, at
 * one offset, exactly what its pattern would: the same alternatives in the same order, the same greedy choices,
 * Java's {@code \b} as {@code java.util.regex} decides it (letters and digits of any script, a non-spacing mark after
 * one), and the same groups. The patterns stay in {@link DateResolver} as the definition; {@code DateScansTest} runs both over
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
    static final Scan MONTH_ALONE = (text, c, s, hit) -> leadThenName(text, c, s, hit, MONTH_LEADS, true, MONTHS);

    private static final String[] WEEKDAY_LEADS = {"on", "last", "next", "this"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    /** {@link DateResolver#WEEKDAY}: {@code \b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his) )?(Monday|…|Sunday)\b}, as above. */
    static final Scan WEEKDAY = (text, c, s, hit) -> leadThenName(text, c, s, hit, WEEKDAY_LEADS, false, WEEKDAYS);

    /**
     * {@code \b(?:(LEAD)[ -])?(NAME)\b} (the hyphen only when {@code hyphen}), lead words in either case of their first
     * letter: the lead word and its name first, then the name alone; the lead word as group 1, the name as group 2.
     */
    private static boolean leadThenName(String text, char[] c, int s, Hit hit, String[] leads, boolean hyphen,
                                        String[] names) {
        int n = c.length;
        if (!boundary(text, s, 0, n)) {
            return false;
        }
        int lead = word(text, c, s, leads, true);
        if (lead > 0 && s + lead < n && (c[s + lead] == ' ' || hyphen && c[s + lead] == '-')) {
            int at = s + lead + 1;
            int name = word(text, c, at, names, false);
            if (name > 0 && boundary(text, at + name, 0, n)) {
                hit.reset(text, s, at + name).group(1, s, s + lead).group(2, at, at + name);
                return true;
            }
        }
        int name = word(text, c, s, names, false);
        if (name > 0 && boundary(text, s + name, 0, n)) {
            hit.reset(text, s, s + name).group(2, s, s + name);
            return true;
        }
        return false;
    }

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
    static int word(String text, char[] c, int at, String[] words, boolean eitherCase) {
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

    static boolean at(char[] c, int i, char want) {
        return i >= 0 && i < c.length && c[i] == want;
    }

    /** {@code \d} without the UNICODE_CHARACTER_CLASS flag: ASCII digits only. */
    static boolean digit(char c) {
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
