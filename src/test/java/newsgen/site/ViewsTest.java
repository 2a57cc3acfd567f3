package newsgen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewsTest {
    @Test
    void anIsoWeekIsShownByItsMonday() {
        assertEquals("Week of 4 July 2016", Views.valueLabel("2016-W27"));
        assertEquals("Week of 29 December 2014", Views.valueLabel("2015-W01"));
        assertEquals("16 September 2023", Views.valueLabel("2023-09-16"));
    }

    @Test
    void theCommaBeforeAnAttributionIsNotShownAsPartOfTheQuote() {
        assertEquals("Donald Trump will release his returns", Views.shownQuote("Donald Trump will release his returns,"));
        assertEquals("We will see.", Views.shownQuote("We will see."));
        assertEquals("one, two", Views.shownQuote("one, two"));
    }
}
