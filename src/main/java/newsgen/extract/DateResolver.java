package newsgen.extract;

import newsgen.model.DateMention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a paragraph and resolves them against the publication date with java.time:
 * explicit dates, months, years, weekdays and relative expressions ("last week", "in May last year").
 * Without a publication date only what the text fixes by itself (a year, a full date) is kept. Never guesses.
 */
final class DateResolver {
    /**
     * A month's name, in full or cut short: January|February|…|December|Jan\\.?|…|Sept?\\.?|…|Dec\\.?, written with each
     * month's forms behind their three shared letters, in the same order. The names of different months differ in
     * those three letters, so the matches tried, and the order they are tried in, are the same as the flat list's,
     * where each of the 23 alternatives was tried in turn at every month name (regex, in C1-compiled code).
     */
    private static final String MONTH = "(Jan(?:uary|\\.?)|Feb(?:ruary|\\.?)|Mar(?:ch|\\.?)|Apr(?:il|\\.?)|May"
            + "|Jun(?:e|\\.?)|Jul(?:y|\\.?)|Aug(?:ust|\\.?)|Sep(?:tember|t?\\.?)|Oct(?:ober|\\.?)|Nov(?:ember|\\.?)"
            + "|Dec(?:ember|\\.?))";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** 2023-09-16. */
    static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** 16 September 2023, 16th of Sept. 2023. */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + " (?:of )?" + MONTH + ",? (\\d{4})\\b");
    /** September 16, 2023; Sept. 16 2023. */
    static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " " + DAY + ",? (\\d{4})\\b");
    /** 16/09/2023 or 09/16/2023: kept only when one number cannot be a month. */
    static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    /** "in May last year", "in July this year". */
    static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("\\b(?:[Ii]n |[Ss]ince |[Bb]y )?" + MONTH + " (last|this|next) year\\b");
    /** July 2023, in May 2022. */
    static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:[Ii]n |[Ss]ince |[Bb]y )?" + MONTH + ",? (\\d{4})\\b");
    /** Sept. 16, 16 September (no year). */
    static final Pattern MONTH_DAY = Pattern.compile("\\b(?:[Oo]n )?(?:" + MONTH + " " + DAY + "|" + DAY + " (?:of )?" + MONTH + ")\\b(?!\\d)");
    /** A month on its own, with the word before it: "in July", "last March". */
    static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:([Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Dd]uring|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]n)[ -])?"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b");

    /** A weekday, maybe with "on", "last", "next" or "this". */
    static final Pattern WEEKDAY = Pattern.compile("\\b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** Days, weeks, months and years counted from the publication date. */
    static final Pattern RELATIVE = Pattern.compile("\\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast) (week|month|year)|([Yy]esterday|[Tt]oday|[Tt]omorrow))\\b");
    /** A four-digit year 1900-2099, not part of a longer number or amount. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d$€£.,/])\\b(19\\d{2}|20\\d{2})\\b(?![.,]?\\d|%)");
    /** The word after a number that makes it a count ("2000 soldiers") rather than a year. */
    static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([a-z]+)");
    /** A time zone or "hours" after a four-digit number: a time of day, not a year. */
    static final Pattern CLOCK = Pattern.compile("\\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|WAT|EAT|CAT|IST|hrs?\\b|hours\\b|local time)");
    private static final Set<String> NOT_COUNT_NOUNS = WordSet.of("is", "was", "has", "as", "this", "its", "his", "us",
            "always", "does", "elections", "polls", "olympics", "games", "finals");

    private record Found(int start, int end, String value) {
    }

    /** Words that can be part of a date expression; patterns run only in windows around them, which keeps this fast. */
    private static final Set<String> ANCHORS = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "week", "month", "year", "yesterday", "today", "tomorrow");
    /** {@link #ANCHORS} asked of each token once for each distinct word: it is asked of every token of a text. */
    private static final WordFact ANCHOR = WordFact.keyIn(ANCHORS);
    /** How many words before a date word an expression may start ("in May last year", "since 2020"). */
    private static final int LOOK_BACK = 1;

    List<DateMention> resolve(ArticleText.Para p, LocalDate pub) {
        String text = p.text();
        // patterns are tried only where a date may start: at a date word or a number, or up to three words before
        // tokens come in text order, so their starts are gathered in order, each once (no boxed sorted set)
        List<Token> tokens = p.tokens();
        char[] chars = p.chars();
        int[] starts = null;
        int count = 0;
        int next = 0; // the first token whose start is not gathered yet
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (digit(chars[t.start()]) || ANCHOR.test(t)) {
                if (starts == null) {
                    starts = new int[tokens.size()];
                }
                for (int b = Math.max(next, k - LOOK_BACK); b <= k; b++) {
                    starts[count++] = tokens.get(b).start();
                }
                next = k + 1;
            }
        }
        if (count == 0) {
            return List.of();
        }
        starts = java.util.Arrays.copyOf(starts, count);
        boolean[] used = new boolean[text.length() + 1];
        List<Found> found = new ArrayList<>();
        scan(ISO_SCAN, DateShapes.ISO, p, starts, used, found, m -> date(i(m, 1), i(m, 2), i(m, 3)));
        scan(MonthDayScans.DAY_MONTH_YEAR, DateShapes.DAY_MONTH_YEAR, p, starts, used, found, m -> date(i(m, 3), month(m.group(2)), i(m, 1)));
        scan(MonthDayScans.MONTH_DAY_YEAR, DateShapes.MONTH_DAY_YEAR, p, starts, used, found, m -> date(i(m, 3), month(m.group(1)), i(m, 2)));
        scan(SLASHED_SCAN, DateShapes.SLASHED, p, starts, used, found, m -> i(m, 1) > 12 ? date(i(m, 3), i(m, 2), i(m, 1))
                : i(m, 2) > 12 ? date(i(m, 3), i(m, 1), i(m, 2)) : null);
        if (pub != null) {
            scan(MonthDayScans.MONTH_RELATIVE_YEAR, DateShapes.MONTH_MAYBE_AFTER_WORD, p, starts, used, found, m -> YearMonth.of(pub.getYear()
                    + (m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0), month(m.group(1))).toString());
        }
        scan(MonthDayScans.MONTH_YEAR, DateShapes.MONTH_MAYBE_AFTER_WORD, p, starts, used, found, m -> ym(i(m, 2), month(m.group(1))));
        if (pub != null) {
            scan(MonthDayScans.MONTH_DAY, DateShapes.MONTH_DAY, p, starts, used, found, m -> {
                int month = month(m.group(1) != null ? m.group(1) : m.group(4));
                int day = i(m, m.group(1) != null ? 2 : 3);
                // "since Jan. 1": a day the count started, so never after the publication date
                return since(text, m.start())
                        ? latestNotAfter(pub, month, day) : nearest(pub, month, day);
            });
            scan(DateScans.MONTH_ALONE, DateShapes.MONTH_ALONE, p, starts, used, found,
                    m -> monthAlone(pub, m.group(1), m.group(2), looksForward(p, m.start())));
            scan(DateScans.WEEKDAY, DateShapes.WEEKDAY, p, starts, used, found,
                    m -> weekday(pub, m.group(1), m.group(2), looksForward(p, m.start())));
            scan(DateScans.RELATIVE, DateShapes.RELATIVE, p, starts, used, found,
                    m -> presentDay(text, chars, m.end()) ? null : relative(pub, m.group(0).toLowerCase(Locale.ROOT)));
        }
        scan(DateScans.YEAR, DateShapes.YEAR, p, starts, used, found, m -> countFollows(text, chars, m.end()) ? null : m.group(1));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<DateMention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(new DateMention(text.substring(f.start(), f.end()), f.value(), p.index(), p.sentenceAt(f.start())));
        }
        return out;
    }

    /**
     * {@code Character.isDigit}, answered for ASCII without its calls (a token's first character, read from the
     * paragraph's array: asked of every token, {@code t.text().charAt(0)} and the look-up behind isDigit were ~1.5% of
     * {@code gen extract}'s CPU samples, JFR). Latin-1 has no other decimal digit.
     */
    private static boolean digit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Tries {@code scan} at each start where its {@code shape} can be, in priority order. */
    private static void scan(DateScans.Scan scan, DateShapes.Shape shape, ArticleText.Para p, int[] starts, boolean[] used,
                             List<Found> found, Function<MatchResult, String> value) {
        String text = p.text();
        char[] chars = p.chars();
        DateScans.Hit m = null;
        for (int start : starts) {
            if (used[start] || !shape.may(chars, start)) {
                continue;
            }
            if (m == null) {
                m = new DateScans.Hit(4);
            }
            if (!scan.lookingAt(text, chars, start, m) || used[m.end() - 1]) {
                continue;
            }
            String v;
            try {
                v = value.apply(m);
            } catch (RuntimeException invalid) {
                // 31 February and the like: not a date, and no part of it is one either
                java.util.Arrays.fill(used, m.start(), m.end(), true);
                continue;
            }
            if (v != null) {
                java.util.Arrays.fill(used, m.start(), m.end(), true);
                found.add(new Found(m.start(), m.end(), v));
            }
        }
    }

    /**
     * A pattern tried as the hand scans are, its match copied into the hit: for the ISO and slashed dates, whose shapes
     * let few starts through (a matcher made at each is no cost worth a scan of their own).
     */
    private static final DateScans.Scan ISO_SCAN = regex(ISO);
    private static final DateScans.Scan SLASHED_SCAN = regex(SLASHED);

    private static DateScans.Scan regex(Pattern pattern) {
        return (text, c, start, hit) -> {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.region(start, text.length()).lookingAt()) {
                return false;
            }
            hit.reset(text, m.start(), m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                hit.group(g, m.start(g), m.end(g));
            }
            return true;
        };
    }

    /** "since " right before a date: [Ss]ince looked at in the six characters before it. */
    private static boolean since(String text, int start) {
        return start >= 6 && (text.charAt(start - 6) == 'S' || text.charAt(start - 6) == 's')
                && text.startsWith("ince ", start - 5);
    }

    /** Words of a clause that put what it tells in the future: "will", "would be tendered", "is expected to". */
    private static final Set<String> FORWARD = WordSet.of("will", "would", "shall", "ll", "going", "expected", "expects",
            "scheduled", "plans", "planned", "planning", "due", "intends", "aims", "hopes", "upcoming", "set", "slated");
    /** Words that end the clause a date belongs to, read backwards. */
    private static final Set<String> CLAUSE_ENDS = WordSet.of("and", "but", "after", "since", "when", "because", "while");

    /**
     * Whether the clause before a date looks forward: a modal or future word among the eight words before it, in
     * its sentence, with no "said"-like past verb or clause break between ("would be tendered in June").
     */
    private static boolean looksForward(ArticleText.Para p, int offset) {
        List<Token> t = p.tokens();
        int sentence = p.sentenceIndex(offset);
        int k = 0;
        while (k < t.size() && t.get(k).start() < offset) {
            k++;
        }
        for (int j = k - 1; j >= 0 && k - j <= 8; j--) {
            Token w = t.get(j);
            if (p.sentenceIndex(w.start()) != sentence || CLAUSE_ENDS.contains(w.key())) {
                return false;
            }
            String key = w.key();
            int apostrophe = Math.max(key.lastIndexOf('\''), key.lastIndexOf('\u2019'));
            if (FORWARD.contains(apostrophe >= 0 ? key.substring(apostrophe + 1) : key)) {
                return true;
            }
        }
        return false;
    }

    private static String monthAlone(LocalDate pub, String before, String name, boolean forward) {
        String w = before == null ? "" : before.toLowerCase(Locale.ROOT);
        if (w.isEmpty() && (name.equals("May") || name.equals("March"))) {
            return null; // "May" and "March" alone are more often a verb than a month
        }
        int month = month(name);
        YearMonth ym = YearMonth.of(pub.getYear(), month);
        YearMonth now = YearMonth.from(pub);
        if (w.equals("next") || (w.equals("until") && ym.isBefore(now))) {
            return (ym.isAfter(now) ? ym : ym.plusYears(1)).toString();
        }
        if (w.equals("last") && !ym.isBefore(now)) {
            return ym.minusYears(1).toString();
        }
        if (forward && !w.equals("last") && !w.equals("since")) {
            return (ym.isBefore(now) ? ym.plusYears(1) : ym).toString(); // "would be tendered in June"
        }
        return (ym.isAfter(now) ? ym.minusYears(1) : ym).toString();
    }

    private static String weekday(LocalDate pub, String before, String name, boolean forward) {
        DayOfWeek d = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String w = before == null ? "" : before.toLowerCase(Locale.ROOT);
        if (w.equals("next")) {
            return pub.with(TemporalAdjusters.next(d)).toString();
        }
        if (w.equals("last")) {
            return pub.with(TemporalAdjusters.previous(d)).toString();
        }
        if (forward && !w.equals("this")) {
            return pub.with(TemporalAdjusters.nextOrSame(d)).toString(); // "the vote will be held on Tuesday"
        }
        return pub.with(TemporalAdjusters.previousOrSame(d)).toString();
    }

    private static String relative(LocalDate pub, String expr) {
        int shift = expr.startsWith("last") ? -1 : expr.startsWith("next") ? 1 : 0;
        if (expr.endsWith("week")) {
            LocalDate d = pub.plusWeeks(shift);
            // "2016-W07" by hand: String.format parsed its format on each call, ~0.7% of gen extract's CPU (JFR)
            int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return d.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
        }
        if (expr.endsWith("month")) {
            return YearMonth.from(pub).plusMonths(shift).toString();
        }
        if (expr.endsWith("year")) {
            return String.valueOf(pub.getYear() + shift);
        }
        return pub.plusDays(expr.equals("yesterday") ? -1 : expr.equals("tomorrow") ? 1 : 0).toString();
    }

    /** The occurrence of a day and month on or before the publication date. */
    private static String latestNotAfter(LocalDate pub, int month, int day) {
        LocalDate same = LocalDate.of(pub.getYear(), month, day);
        return (same.isAfter(pub) ? same.minusYears(1) : same).toString();
    }

    /** A day and month without a year: the occurrence nearest the publication date. */
    private static String nearest(LocalDate pub, int month, int day) {
        LocalDate same = LocalDate.of(pub.getYear(), month, day);
        LocalDate best = same;
        for (LocalDate c : new LocalDate[] {same.minusYears(1), same.plusYears(1)}) {
            if (Math.abs(c.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = c;
            }
        }
        return best.toString();
    }

    /**
     * Rule "present-day sense": "today's world", "today's young people" mean the present age, not the day the article
     * came out, so they date nothing ("today's vote" still does). Only after "today's"/"today’s".
     */
    private static boolean presentDay(String text, char[] chars, int end) {
        if (end + 2 >= chars.length || chars[end] != '\'' && chars[end] != '\u2019' || chars[end + 1] != 's') {
            return false;
        }
        String w = DateScans.wordAfter(text, chars, end + 2);
        return w != null && PRESENT_DAY_NOUNS.contains(w);
    }

    /** Nouns that "today's" puts in the present age rather than on a day. */
    private static final Set<String> PRESENT_DAY_NOUNS = Set.of("world", "society", "age", "era", "generation",
            "generations", "youth", "young", "children", "kids", "teenagers", "climate", "life", "culture", "times",
            "standards", "terms", "technology", "economy", "workplace", "media", "politics");

    /** Whether a count noun or a clock follows the year that ends at {@code end} (CLOCK and NEXT_WORD, by hand). */
    private static boolean countFollows(String text, char[] chars, int end) {
        if (DateScans.clockAfter(text, chars, end)) {
            return true; // "at 2030 GMT" is a time of day
        }
        String w = DateScans.wordAfter(text, chars, end);
        if (w == null) {
            return false;
        }
        return w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !NOT_COUNT_NOUNS.contains(w);
    }

    private static String date(int y, int m, int d) {
        return LocalDate.of(y, m, d).toString();
    }

    private static String ym(int y, int m) {
        return YearMonth.of(y, m).toString();
    }

    private static int i(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (k.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
