package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written date matchers find, at every offset, what their patterns find there: same span, same groups. */
class DateScansTest {
    private record Pair(String name, Pattern pattern, DateScans.Scan scan) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("YEAR", DateResolver.YEAR, DateScans.YEAR),
            new Pair("MONTH_ALONE", DateResolver.MONTH_ALONE, DateScans.MONTH_ALONE),
            new Pair("WEEKDAY", DateResolver.WEEKDAY, DateScans.WEEKDAY),
            new Pair("RELATIVE", DateResolver.RELATIVE, DateScans.RELATIVE),
            new Pair("DAY_MONTH_YEAR", DateResolver.DAY_MONTH_YEAR, MonthDayScans.DAY_MONTH_YEAR),
            new Pair("MONTH_DAY_YEAR", DateResolver.MONTH_DAY_YEAR, MonthDayScans.MONTH_DAY_YEAR),
            new Pair("MONTH_RELATIVE_YEAR", DateResolver.MONTH_RELATIVE_YEAR, MonthDayScans.MONTH_RELATIVE_YEAR),
            new Pair("MONTH_YEAR", DateResolver.MONTH_YEAR, MonthDayScans.MONTH_YEAR),
            new Pair("MONTH_DAY", DateResolver.MONTH_DAY, MonthDayScans.MONTH_DAY));

    /** Texts at the edges of the patterns: marks and letters of other scripts beside words, clocks at a region's end. */
    private static final List<String> EDGES = List.of(
            "in May", "In\u0301 May", "e\u0301 2023", "\u0301 2023", "_2023", "2023_", "2023\u0301", "1999%", "1999.5",
            "1999,5", "1999.", "1999,", "$2020", "€2020", "£2020", "/2020", ".2020", ",2020", "é2020", "2020é",
            "mid-June", "mid June", "Mid-June", "MID-June", "midJune", "Junee", "June\u0301", "on Monday", "On  Monday",
            "ON Monday", "on Mondays", "Last week", "LAST week", "last weekend", "last  week", "Yesterday's", "todays",
            "2030 GMT", "2030GMT", "2030 hrs", "2030 hrsx", "2030 hr", "2030 hrx", "2030\thours", "2030 hoursx",
            "2030 local time", "2030         hrs", "2030        hrsx", "2030        hrs", "2030         hours",
            "2030 CEST", "2030 CES", "2000 soldiers", "2000  votes", "2000\nvotes", "2000 Votes", "2000 bus",
            "2000 is", "2000 " + "a".repeat(45), "2000" + " ".repeat(38) + "zz", "2000" + " ".repeat(41) + "zz",
            "in Ma\u0301y", "this year", "early-March", "Through April", "2019-2020", "19999", "2023rd",
            "Sept. 16, 2023", "Sept 16 2023", "Sep. 16th, 2023", "Sep 1st 2023", "16th of Sept. 2023", "16 Sept 2023",
            "On Jan. 5", "on 5 Jan.", "5 Jan. The", "5 Jan.x", "Jan. 5x", "Jan. 123", "Jan 12th", "Jan 1st.", "Jan 12,",
            "May 2023", "in May, 2023", "In May last year", "by Dec. next year", "since Sept this year", "Mayo 2023",
            "Janu 2023", "Junee 5", "July 4th", "July 4thx", "4 of July", "4 of July 1776", "on 4 of July", "ON July 4",
            "16 September 2023\u0301", "Feb. 29, 2023", "Febr. 2023", "Dec.. 5", "Nov 31st,  2023", "Oct. 5 ,2023");

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(EDGES);
        // a third of DateShapesTest's random texts: each is read at every offset by ten patterns and their hand scans
        texts.addAll(DateShapesTest.randomTexts().subList(0, 7_000));
        return texts;
    }

    @Test
    void eachHandScanMatchesWhereItsPatternDoes() {
        List<String> texts = texts();
        DateScans.Hit hit = new DateScans.Hit(4);
        for (Pair pair : PAIRS) {
            int matches = 0;
            for (String text : texts) {
                char[] chars = text.toCharArray();
                Matcher m = pair.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int start = 0; start < text.length(); start++) {
                    boolean regex = m.region(start, text.length()).lookingAt();
                    boolean hand = pair.scan().lookingAt(text, chars, start, hit);
                    String where = pair.name() + " at " + start + " of \"" + text + "\"";
                    assertEquals(regex, hand, where);
                    if (regex) {
                        matches++;
                        assertEquals(m.start(), hit.start(), where);
                        assertEquals(m.end(), hit.end(), where);
                        for (int g = 1; g <= m.groupCount(); g++) {
                            assertEquals(m.group(g), hit.group(g), where + " group " + g);
                        }
                    }
                }
            }
            assertTrue(matches > 50, pair.name() + " matched only " + matches + " times");
        }
    }

    @Test
    void clockAndNextWordReadAsTheirPatterns() {
        int clocks = 0;
        int words = 0;
        for (String text : texts()) {
            char[] chars = text.toCharArray();
            for (int end = 0; end <= text.length(); end++) {
                boolean clock = DateResolver.CLOCK.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt();
                assertEquals(clock, DateScans.clockAfter(text, chars, end), "clock at " + end + " of \"" + text + "\"");
                clocks += clock ? 1 : 0;
                Matcher m = DateResolver.NEXT_WORD.matcher(text);
                m.region(end, Math.min(text.length(), end + 40));
                String word = m.find() ? m.group(1) : null;
                assertEquals(word, DateScans.wordAfter(text, chars, end), "next word at " + end + " of \"" + text + "\"");
                words += word != null ? 1 : 0;
            }
        }
        assertTrue(clocks > 100 && words > 1000, clocks + " clocks, " + words + " words");
    }

    /** The month alternatives as they were written before they were grouped by their first three letters. */
    private static final String FLAT_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    @Test
    void groupedMonthNamesMatchAsTheFlatListDid() {
        String grouped = "(Jan(?:uary|\\.?)|Feb(?:ruary|\\.?)|Mar(?:ch|\\.?)|Apr(?:il|\\.?)|May|Jun(?:e|\\.?)"
                + "|Jul(?:y|\\.?)|Aug(?:ust|\\.?)|Sep(?:tember|t?\\.?)|Oct(?:ober|\\.?)|Nov(?:ember|\\.?)|Dec(?:ember|\\.?))";
        String day = "(\\d{1,2})(?:st|nd|rd|th)?";
        List<Pattern> patterns = List.of(DateResolver.DAY_MONTH_YEAR, DateResolver.MONTH_DAY_YEAR,
                DateResolver.MONTH_RELATIVE_YEAR, DateResolver.MONTH_YEAR, DateResolver.MONTH_DAY);
        List<String> flat = List.of("\\b" + day + " (?:of )?" + FLAT_MONTH + ",? (\\d{4})\\b",
                "\\b" + FLAT_MONTH + " " + day + ",? (\\d{4})\\b",
                "\\b(?:[Ii]n |[Ss]ince |[Bb]y )?" + FLAT_MONTH + " (last|this|next) year\\b",
                "\\b(?:[Ii]n |[Ss]ince |[Bb]y )?" + FLAT_MONTH + ",? (\\d{4})\\b",
                "\\b(?:[Oo]n )?(?:" + FLAT_MONTH + " " + day + "|" + day + " (?:of )?" + FLAT_MONTH + ")\\b(?!\\d)");
        List<String> texts = texts();
        for (int i = 0; i < patterns.size(); i++) {
            assertEquals(flat.get(i).replace(FLAT_MONTH, grouped), patterns.get(i).pattern(), "pattern " + i);
            Pattern flatPattern = Pattern.compile(flat.get(i));
            int matches = 0;
            for (String text : texts) {
                Matcher now = patterns.get(i).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                Matcher was = flatPattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int start = 0; start < text.length(); start++) {
                    boolean matched = was.region(start, text.length()).lookingAt();
                    String where = "pattern " + i + " at " + start + " of \"" + text + "\"";
                    assertEquals(matched, now.region(start, text.length()).lookingAt(), where);
                    if (matched) {
                        matches++;
                        assertEquals(was.end(), now.end(), where);
                        for (int g = 1; g <= was.groupCount(); g++) {
                            assertEquals(was.group(g), now.group(g), where + " group " + g);
                        }
                    }
                }
            }
            assertTrue(matches > 50, "pattern " + i + " matched only " + matches + " times");
        }
    }
}
