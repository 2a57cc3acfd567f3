package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateShapesTest {
    private record Pair(String name, Pattern pattern, DateShapes.Shape shape) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("ISO", DateResolver.ISO, DateShapes.ISO),
            new Pair("DAY_MONTH_YEAR", DateResolver.DAY_MONTH_YEAR, DateShapes.DAY_MONTH_YEAR),
            new Pair("MONTH_DAY_YEAR", DateResolver.MONTH_DAY_YEAR, DateShapes.MONTH_DAY_YEAR),
            new Pair("SLASHED", DateResolver.SLASHED, DateShapes.SLASHED),
            new Pair("MONTH_RELATIVE_YEAR", DateResolver.MONTH_RELATIVE_YEAR, DateShapes.MONTH_MAYBE_AFTER_WORD),
            new Pair("MONTH_YEAR", DateResolver.MONTH_YEAR, DateShapes.MONTH_MAYBE_AFTER_WORD),
            new Pair("MONTH_DAY", DateResolver.MONTH_DAY, DateShapes.MONTH_DAY),
            new Pair("MONTH_ALONE", DateResolver.MONTH_ALONE, DateShapes.MONTH_ALONE),
            new Pair("WEEKDAY", DateResolver.WEEKDAY, DateShapes.WEEKDAY),
            new Pair("RELATIVE", DateResolver.RELATIVE, DateShapes.RELATIVE),
            new Pair("YEAR", DateResolver.YEAR, DateShapes.YEAR));

    /** Pieces of date expressions and of what is near them, put together at random below. */
    private static final String[] PIECES = {"in", "In", "since", "Since", "by", "By", "until", "from", "last", "Last",
            "next", "this", "This", "early", "late", "mid", "during", "of", "through", "before", "after", "on", "On",
            "past", "January", "Jan", "Jan.", "February", "March", "Mar.", "April", "May", "June", "July", "August",
            "Aug.", "Sept.", "Sep", "September", "October", "Nov.", "December", "Dec", "Monday", "Tuesday", "Sunday",
            "Fri", "week", "month", "year", "yesterday", "Yesterday", "today", "Today", "tomorrow", "1", "3", "16",
            "16th", "1st", "22nd", "31", "09", "123", "1999", "2023", "2099", "1899", "20", "19", "2030", "$", "£",
            "GMT", "hours", "soldiers", "votes", "the", "said", "may", "it", "2023-09-16", "16/09/2023", "9/16/2023"};
    private static final String[] GLUE = {" ", " ", " ", " ", ", ", "-", "/", ".", "", "(", "\u2019s ", "\u00a0"};

    @Test
    void noShapeTurnsAwayAStartWhereItsPatternMatches() {
        List<String> texts = randomTexts();
        for (Pair pair : PAIRS) {
            int matches = 0;
            for (String text : texts) {
                char[] chars = text.toCharArray();
                Matcher m = pair.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int start = 0; start < text.length(); start++) {
                    if (m.region(start, text.length()).lookingAt()) {
                        matches++;
                        assertTrue(pair.shape().may(chars, start),
                                pair.name() + " matches at " + start + " of \"" + text + "\" but its shape turned it away");
                    }
                }
            }
            // the random texts are worth something only if each pattern does match them, often
            assertTrue(matches > 200, pair.name() + " matched only " + matches + " times");
        }
    }

    /** Three texts written out and 20,000 made at random of date expressions and what is near them (fixed seed). */
    static List<String> randomTexts() {
        Random random = new Random(20261204);
        List<String> texts = new ArrayList<>(List.of(
                "The deal was signed on Saturday, 16 September 2023, and in May last year since July 2022.",
                "On Sept. 16 2023 and on 3rd of Jan. 1999, by 12/09/2023 or 2023-09-16; last week, mid-March, through June.",
                "Since Jan. 1, the 2000 soldiers at 2030 GMT, in 1999's vote, this year, next month, Yesterday."));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                b.append(pick(random, PIECES)).append(pick(random, GLUE));
                if (random.nextInt(3) == 0) {
                    datePhrase(random, b);
                }
            }
            texts.add(b.toString());
        }
        return texts;
    }

    private static final String[] LEADS = {"", "", "in ", "In ", "since ", "by ", "on ", "On ", "through ", "mid-",
            "last ", "next ", "until "};
    private static final String[] DAYS = {"", "1", "16", "16th", "3rd", "22nd", "31st", "123", "0"};
    private static final String[] MONTH_NAMES = {"January", "Jan", "Jan.", "Feb.", "March", "May", "June", "Sept.",
            "Sept", "Sep.", "December", "Dec", "Monday", "Tue"};
    private static final String[] YEARS = {"", "", "2023", "1999", "19999", "last year", "this year", "2023rd"};

    /** A date in one of the shapes the patterns read, or something near one: lead, day, "of", month, day, year. */
    private static void datePhrase(Random random, StringBuilder b) {
        b.append(pick(random, LEADS));
        String day = pick(random, DAYS);
        if (!day.isEmpty()) {
            b.append(day).append(random.nextBoolean() ? " " : " of ");
        }
        b.append(pick(random, MONTH_NAMES));
        if (day.isEmpty() && random.nextBoolean()) {
            b.append(' ').append(pick(random, DAYS));
        }
        b.append(random.nextBoolean() ? " " : ", ").append(pick(random, YEARS)).append(pick(random, GLUE));
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    @Test
    void shapesTurnAwayWordsThatBeginNoDate() {
        char[] text = "it may rain, they said 5 times".toCharArray();
        for (Pair pair : PAIRS) {
            for (int start : new int[] {0, 3, 13, 18, 23}) {
                assertFalse(pair.shape().may(text, start), pair.name() + " at " + start);
            }
        }
    }

    @Test
    void aMonthAfterALeadWordIsLetThrough() {
        char[] text = "mid-March, since June, on Tuesday, 16th of Jan".toCharArray();
        assertTrue(DateShapes.MONTH_ALONE.may(text, 0));
        assertTrue(DateShapes.MONTH_MAYBE_AFTER_WORD.may(text, 11));
        assertTrue(DateShapes.WEEKDAY.may(text, 23));
        assertTrue(DateShapes.DAY_MONTH_YEAR.may(text, 35));
        assertFalse(DateShapes.MONTH_DAY_YEAR.may(text, 35));
    }

    @Test
    void threeLetterTestsKnowEachNameAndNothingElse() {
        List<String> months = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
        List<String> weekdays = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        List<String> relative = List.of("las", "thi", "nex", "pas", "yes", "tod", "tom");
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.- 1";
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                for (char d : letters.toCharArray()) {
                    String w = "" + a + b + d;
                    assertTrue(months.contains(w) == DateShapes.monthStart(a, b, d), w);
                    assertTrue(weekdays.contains(w) == DateShapes.weekdayStart(a, b, d), w);
                    assertTrue(relative.contains(w) == DateShapes.relativeStart(a, b, d), w);
                }
            }
        }
    }
}
