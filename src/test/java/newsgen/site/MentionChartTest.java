package newsgen.site;

import newsgen.model.ArticleRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chart's months read by hand must be the months {@link LocalDate#parse} gives, and none where it fails. */
class MentionChartTest {
    @Test
    void monthsAreThoseLocalDateParses() {
        for (String date : List.of("2016-09-01", "2016-02-29", "2015-02-29", "2000-02-29", "1900-02-29", "2016-04-31",
                "2016-13-01", "2016-00-10", "2016-01-00", "0000-01-01", "2016-1-01", "20160901", "2016-09-1x", "+10000-01-01",
                "-0001-12-31", "２016-09-01", "")) {
            long expected;
            try {
                LocalDate d = LocalDate.parse(date);
                expected = d.getYear() * 12L + d.getMonthValue() - 1;
            } catch (RuntimeException e) {
                expected = Long.MIN_VALUE;
            }
            assertEquals(expected, MentionChart.month(date), date);
        }
    }

    @Test
    void barsCoverEveryPeriodFromFirstToLast() {
        assertEquals(List.of(new MentionChart.Bar("Jan 2016", 2), new MentionChart.Bar("Feb 2016", 0), new MentionChart.Bar("Mar 2016", 1)),
                MentionChart.bars(List.of(ref("2016-03-05"), ref("2016-01-01"), ref(null), ref("2016-01-31"), ref("2016-02-30"))));
        List<ArticleRef> quarters = new ArrayList<>(List.of(ref("2012-02-10"), ref("2016-12-01"), ref("2016-11-30")));
        List<MentionChart.Bar> bars = MentionChart.bars(quarters);
        assertEquals(new MentionChart.Bar("Q1 2012", 1), bars.get(0));
        assertEquals(new MentionChart.Bar("Q4 2016", 2), bars.get(bars.size() - 1));
        assertEquals(20, bars.size());
        List<MentionChart.Bar> years = MentionChart.bars(List.of(ref("1999-07-01"), ref("2016-01-01")));
        assertEquals(new MentionChart.Bar("1999", 1), years.get(0));
        assertEquals(18, years.size());
        assertEquals(List.of(), MentionChart.bars(List.of(ref(null), ref("someday"))));
    }

    private static ArticleRef ref(String date) {
        return new ArticleRef("a", "A", "Outlet", date);
    }
}
