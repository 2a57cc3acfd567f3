package newsgen.extract;

import newsgen.model.DateMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publication date in these tests: Saturday 16 September 2023 (ISO week 37). */
class DateResolverTest {
    private final Extractor extractor = new Extractor();

    private List<String> values(String text) {
        return extractor.extractStrict(Articles.body(text)).dates().stream().map(DateMention::value).toList();
    }

    @Test
    void weekdayIsTheMostRecentSuchDayOnOrBeforePublication() {
        assertEquals(List.of("2023-09-16"), values("The deal was signed on Saturday."));
        assertEquals(List.of("2023-09-13"), values("Talks resumed on Wednesday."));
    }

    @Test
    void nextWeekdayLooksForward() {
        assertEquals(List.of("2023-09-18"), values("The court sits again next Monday."));
    }

    @Test
    void monthWithoutYearIsTheMostRecentNotAfterPublication() {
        assertEquals(List.of("2023-07"), values("The coup happened in July."));
        assertEquals(List.of("2022-11"), values("Prices peaked in November."));
    }

    @Test
    void todaysWorldIsThePresentAgeNotTheDay() {
        assertEquals(List.of(), values("\u201cFacts lose their value in today\u2019s world,\u201d said Jane Roe, a professor."));
        assertEquals(List.of(), values("Today's young people read less news."));
        assertEquals(List.of("2023-09-16"), values("Today's vote was delayed."));
        assertEquals(List.of("2023-09-16"), values("The vote was held today."));
    }

    @Test
    void monthWithYear() {
        assertEquals(List.of("2021-03"), values("The law passed in March 2021."));
    }

    @Test
    void monthLastYear() {
        DateMention d = extractor.extractStrict(Articles.body("He resigned in May last year.")).dates().get(0);
        assertEquals("2022-05", d.value());
        assertEquals("in May last year", d.text());
    }

    @Test
    void mayAndMarchAloneAreNotMonths() {
        assertTrue(values("May the best team win. March on, they said.").isEmpty());
    }

    @Test
    void yearsAndSince() {
        assertEquals(List.of("2012", "2020"), values("The revolt began in 2012 and has grown since 2020."));
    }

    @Test
    void lastWeekIsTheIsoWeekBefore() {
        assertEquals(List.of("2023-W36"), values("Fighting resumed last week."));
    }

    @Test
    void lastYearNextMonthYesterday() {
        assertEquals(List.of("2022", "2023-10", "2023-09-15"),
                values("Sales fell last year. A vote is due next month. Markets slid yesterday."));
    }

    @Test
    void explicitDatesInCommonForms() {
        assertEquals(List.of("2023-09-16", "2021-02-03", "2020-12-25", "2019-04-01"),
                values("Filed 16 September 2023, amended Feb. 3, 2021, signed 2020-12-25 and sealed on April 1, 2019."));
    }

    @Test
    void dayAndMonthWithoutYearTakeTheNearestYear() {
        assertEquals(List.of("2023-10-03"), values("The summit opens on October 3."));
    }

    @Test
    void slashedDatesOnlyWhenUnambiguous() {
        assertEquals(List.of("2023-09-16"), values("Posted 16/09/2023."));
        assertTrue(values("Posted 05/09/2023.").isEmpty());
    }

    @Test
    void countsAndAmountsAreNotYears() {
        assertTrue(values("About 2000 soldiers, 1,500 troops, $2020 and 2019% more.").isEmpty());
    }

    @Test
    void yearBeforeASingularNounIsAYear() {
        assertEquals(List.of("2015"), values("They signed a 2015 peace agreement."));
    }

    @Test
    void noPublicationDateLeavesRelativeExpressionsOut() {
        List<DateMention> d = extractor.extractStrict(Articles.withDate(null,
                "On Saturday, in July, last week and in 2019.")).dates();
        assertEquals(List.of("2019"), d.stream().map(DateMention::value).toList());
    }

    @Test
    void mentionKeepsItsParagraphAndSentence() {
        DateMention d = extractor.extractStrict(Articles.body("First.", "Nothing here. The vote was on Friday. Then more."))
                .dates().get(0);
        assertEquals(2, d.paragraph());
        assertEquals("The vote was on Friday.", d.sentence());
    }

    @Test
    void invalidDatesAreSkipped() {
        assertTrue(values("It was 31 February 2023.").stream().noneMatch(v -> v.startsWith("2023-02")));
        assertEquals(LocalDate.of(2023, 9, 16), Articles.PUB);
    }

    @Test
    void timesOfDayAreNotYears() {
        assertTrue(values("The curfew starts at 2030 GMT and ends at 0600 hours.").isEmpty());
    }

    @Test
    void thisMonthAndThisWeek() {
        assertEquals(List.of("2023-09", "2023-W37"), values("Earlier this month and again this week, talks stalled."));
    }

    @Test
    void monthAfterMidIsAMonth() {
        assertEquals(List.of("2023-07"), values("The talks stalled in mid-July."));
    }

    @Test
    void sinceADayWithoutAYearLooksBack() {
        // published 16 September: "since Dec. 3" is last December, though next December is nearer
        assertEquals(List.of("2022-12-03"), values("Prices have doubled since Dec. 3."));
    }

    @Test
    void aDayWithoutAYearOrSinceIsTheNearestOne() {
        assertEquals(List.of("2023-12-03"), values("The law takes effect on Dec. 3."));
    }

    @Test
    void futureAndModalVerbsLookForward() {
        assertEquals(List.of("2024-06"), values("The company said the shares would be tendered in June."));
        assertEquals(List.of("2023-11"), values("The parliament will vote on the budget in November."));
        assertEquals(List.of("2023-09-19"), values("The court is expected to rule on Tuesday."));
    }

    @Test
    void pastClauseAfterAFutureOneStillLooksBack() {
        assertEquals(List.of("2023-06"), values("The vote will be close, and the first round failed in June."));
    }
}
