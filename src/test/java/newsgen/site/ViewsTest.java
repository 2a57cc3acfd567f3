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
        assertEquals("Walter Spade will release his returns", Views.shownQuote("Walter Spade will release his returns,"));
        assertEquals("We will see.", Views.shownQuote("We will see."));
        assertEquals("one, two", Views.shownQuote("one, two"));
    }

    @Test
    void aBareTextIsWhatTheTrailingPunctuationExpressionLeft() {
        java.util.regex.Pattern trailing = java.util.regex.Pattern.compile("[.!?…:;,\\s]+$");
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab .!?…:;,\t\n\r\u000B\f\u0085\u00a0\u2028\u2003\u001cx\ud83d\ude00";
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", " ", "...", "Title.", "Title!?  ",
                "  Sahel states sign pact: ", "a.\u0085", "a, \u0085 ", "a\u00a0.", "no punctuation"));
        for (int i = 0; i < 2000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(t.toString());
        }
        for (String t : texts) {
            assertEquals(trailing.matcher(t.strip()).replaceAll(""), Views.bare(t), () -> "text '" + t + "'");
            assertEquals(Views.bare(t).length(), Views.bareLength(t), () -> "length of text '" + t + "'");
        }
    }
}
