package newsgen.extract;

/**
 * Cheap tests, one per date pattern of {@link DateResolver}, of whether the pattern can match at an offset: each is
 * implied by its pattern matching there (it reads the characters the match must have, as the pattern spells them),
 * so a start that fails it is one where the pattern would fail too, and is not tried.
 *
 * <p>Why: the patterns were tried at every number and date word of every paragraph and at the word before each
 * ("it may", "the 5"), and matched at few of them; the attempts, each through a dozen alternatives of month names and
 * lead words, were ~5% of {@code gen extract}'s CPU (perf, 10,164 real articles). What these tests let through is
 * still decided by the pattern. {@code DateShapesTest} checks, offset by offset, that no test turns away a start
 * where its pattern matches.
 */
final class DateShapes {
    private DateShapes() {
    }

    /** A test of whether a date pattern can match at {@code start} of {@code c}. */
    @FunctionalInterface
    interface Shape {
        boolean may(char[] c, int start);
    }

    /** 2023-09-16: four digits and a hyphen. */
    static final Shape ISO = (c, s) -> s + 4 < c.length && digits(c, s, 4) && c[s + 4] == '-';
    /** 16 September 2023: a digit, then a month name 2 to 8 characters on ("1 Jan", "16th of Jan"). */
    static final Shape DAY_MONTH_YEAR = (c, s) -> digit(c, s) && monthWithin(c, s + 2, s + 8);
    /** September 16, 2023: a month name. */
    static final Shape MONTH_DAY_YEAR = DateShapes::month;
    /** 16/09/2023: a digit, and a slash after one or two. */
    static final Shape SLASHED = (c, s) -> digit(c, s) && (at(c, s + 1, '/') || at(c, s + 2, '/'));
    /**
     * "in May last year", "July 2023": a month name, or a word and a space before one ("in", "since", "by"). Such a
     * word is letters only, so its space is the first after the start.
     */
    static final Shape MONTH_MAYBE_AFTER_WORD = (c, s) -> month(c, s) || month(c, afterSeparator(c, s, 6, false));
    /** Sept. 16, 16 September, maybe after "on ": a month name, or a digit and a month name 2 to 8 characters on. */
    static final Shape MONTH_DAY = (c, s) -> monthOrDay(c, s) || at(c, s + 2, ' ') && (at(c, s, 'O') || at(c, s, 'o'))
            && at(c, s + 1, 'n') && monthOrDay(c, s + 3);
    /** "in July", "mid-March": a month name, or a word and a space or hyphen before one (the longest, "through"). */
    static final Shape MONTH_ALONE = (c, s) -> month(c, s) || month(c, afterSeparator(c, s, 8, true));
    /** "last Monday": a weekday's name, or a word and a space before one ("on", "last", "next", "this"). */
    static final Shape WEEKDAY = (c, s) -> weekday(c, s) || weekday(c, afterSeparator(c, s, 5, false));
    /** "last week", "today": the first three letters of last, this, next, past, yesterday, today or tomorrow. */
    static final Shape RELATIVE = (c, s) -> s + 2 < c.length && relativeStart(lowerAscii(c[s]), c[s + 1], c[s + 2]);
    /** 1900 to 2099: "19" or "20" and two digits. */
    static final Shape YEAR = (c, s) -> s + 3 < c.length && (c[s] == '1' && c[s + 1] == '9' || c[s] == '2' && c[s + 1] == '0')
            && digit(c, s + 2) && digit(c, s + 3);

    /** Whether a month's name (in full or cut short) can start at {@code i}: its first three letters are there. */
    static boolean month(char[] c, int i) {
        return i >= 0 && i + 2 < c.length && monthStart(c[i], c[i + 1], c[i + 2]);
    }

    private static boolean weekday(char[] c, int i) {
        return i >= 0 && i + 2 < c.length && weekdayStart(c[i], c[i + 1], c[i + 2]);
    }

    /*
     * The three letters of each month, weekday and relative word, compared by their first letter: a loop over the names'
     * strings (String.charAt three times a name, each a call in C1-compiled code, and an array made for each call of
     * the relative words) was ~0.9% of gen extract's CPU (perf, 10,164 articles), these tests being asked at every
     * start of every date pattern.
     */

    /** Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec. */
    static boolean monthStart(char a, char b, char d) {
        switch (a) {
            case 'J':
                return b == 'a' && d == 'n' || b == 'u' && (d == 'n' || d == 'l');
            case 'F':
                return b == 'e' && d == 'b';
            case 'M':
                return b == 'a' && (d == 'r' || d == 'y');
            case 'A':
                return b == 'p' && d == 'r' || b == 'u' && d == 'g';
            case 'S':
                return b == 'e' && d == 'p';
            case 'O':
                return b == 'c' && d == 't';
            case 'N':
                return b == 'o' && d == 'v';
            case 'D':
                return b == 'e' && d == 'c';
            default:
                return false;
        }
    }

    /** Mon, Tue, Wed, Thu, Fri, Sat, Sun. */
    static boolean weekdayStart(char a, char b, char d) {
        switch (a) {
            case 'M':
                return b == 'o' && d == 'n';
            case 'T':
                return b == 'u' && d == 'e' || b == 'h' && d == 'u';
            case 'W':
                return b == 'e' && d == 'd';
            case 'F':
                return b == 'r' && d == 'i';
            case 'S':
                return b == 'a' && d == 't' || b == 'u' && d == 'n';
            default:
                return false;
        }
    }

    /** las, thi, nex, pas, yes, tod, tom. */
    static boolean relativeStart(char a, char b, char d) {
        switch (a) {
            case 'l':
            case 'p':
                return b == 'a' && d == 's';
            case 't':
                return b == 'h' && d == 'i' || b == 'o' && (d == 'd' || d == 'm');
            case 'n':
                return b == 'e' && d == 'x';
            case 'y':
                return b == 'e' && d == 's';
            default:
                return false;
        }
    }

    /** A month name at {@code i}, or a day there: a digit, then a month name 2 to 8 characters on. */
    private static boolean monthOrDay(char[] c, int i) {
        return month(c, i) || digit(c, i) && monthWithin(c, i + 2, i + 8);
    }

    /** Whether a month's name starts somewhere from {@code from} to {@code to}, both included. */
    private static boolean monthWithin(char[] c, int from, int to) {
        for (int i = from; i <= to && i + 2 < c.length; i++) {
            if (month(c, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset after the first space (or hyphen, when {@code hyphen}) among the {@code longest} characters after
     * {@code start}, or -1: where the next word starts when a word of up to {@code longest - 1} letters is at start.
     */
    private static int afterSeparator(char[] c, int start, int longest, boolean hyphen) {
        for (int i = start + 1; i <= start + longest && i < c.length; i++) {
            if (c[i] == ' ' || hyphen && c[i] == '-') {
                return i + 1;
            }
        }
        return -1;
    }


    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean digit(char[] c, int i) {
        return i < c.length && c[i] >= '0' && c[i] <= '9';
    }

    private static boolean digits(char[] c, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!digit(c, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean at(char[] c, int i, char want) {
        return i < c.length && c[i] == want;
    }
}
