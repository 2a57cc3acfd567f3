package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteFinderTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).quotes();
    }

    private List<String> texts(String... paragraphs) {
        return quotes(paragraphs).stream().map(Quote::text).toList();
    }

    @Test
    void curlyDoubleQuotesKeepTheCommaInside() {
        assertEquals(List.of("We will rebuild the bridge,"), texts("“We will rebuild the bridge,” the mayor said."));
    }

    @Test
    void straightDoubleQuotes() {
        assertEquals(List.of("Prices will fall"), texts("\"Prices will fall\", the economist said."));
    }

    @Test
    void twoApostrophesAreAQuotationMark() {
        assertEquals(List.of("a turning point", "we are ready."),
                texts("The coach called the win ''a turning point'' and said ''we are ready.''"));
    }

    @Test
    void singleCurlyQuotesUsedAsQuotationMarks() {
        assertEquals(List.of("not for sale"), texts("The island is ‘not for sale’, the premier said."));
    }

    @Test
    void aSpacedStraightMarkAfterANestedQuotationClosesTheOuterOne() {
        List<Quote> q = quotes("\"The state favored some beliefs. Such favor tells 'others that they are outsiders,' \" "
                + "Judge Carla Reyes wrote.", "\"The law is void,\" she added.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("The state favored some beliefs. Such favor tells 'others that they are outsiders,'", q.get(0).text());
        assertEquals("Carla Reyes", q.get(0).speakerName());
    }

    @Test
    void apostrophesInWordsAreNeverQuotationMarks() {
        assertTrue(texts("Kenya’s farmers don’t expect rain, and the union's chief can't say why.").isEmpty());
    }

    @Test
    void apostropheInsideAQuotationDoesNotEndIt() {
        assertEquals(List.of("We don’t accept Canada’s offer"), texts("“We don’t accept Canada’s offer” she said."));
    }

    @Test
    void quotationRunsOverParagraphsWhenTheNextReopens() {
        List<Quote> q = quotes("“The first part goes on,", "“and the second part ends here,” the minister said.");
        assertEquals(1, q.size());
        assertEquals("The first part goes on, and the second part ends here,", q.get(0).text());
        assertEquals(1, q.get(0).paragraph());
    }

    @Test
    void quotationCarriedOverClosesInTheNextParagraph() {
        List<Quote> q = quotes("She wrote: “The plan failed", "for lack of money.” Nobody replied.");
        assertEquals(List.of("The plan failed for lack of money."), q.stream().map(Quote::text).toList());
    }

    @Test
    void unclosedQuotationEndsAtItsParagraphWhenNothingContinuesIt() {
        assertEquals(List.of("This never closes"), texts("He said “This never closes", "A new paragraph starts."));
    }

    @Test
    void lowOpeningMarkIsClosedByTheHighOneAsInGermanPrint() {
        assertEquals(List.of("Wir sind bereit", "Gotowi"),
                texts("„Wir sind bereit“, sagte die Ministerin Anke Vogt.", "„Gotowi”, powiedział burmistrz."));
    }

    @Test
    void aQuotedNicknameInsideANameIsNoQuotation() {
        // rule "nickname inside a name": between a given name and a surname; a headline's quoted words stay quotations
        assertEquals(List.of("We will win,"), texts("State Del. Marcia “Cia” Hollins spoke. “We will win,” she said.",
                "Boxer Dwayne \"The Hammer\" Okafor trained in Lagos."));
        assertEquals(List.of("Wrong"), texts("Critics called the plan “Wrong” Tuesday."));
    }

    @Test
    void mixedMarksStillMakeOneQuotation() {
        assertEquals(List.of("Mixed marks here"), texts("“Mixed marks here\" she said."));
    }

    @Test
    void partialQuoteInsideASentenceIsPartial() {
        Quote q = quotes("The senator called the bill “reckless” on Monday.").get(0);
        assertEquals("reckless", q.text());
        assertTrue(q.partial());
    }

    @Test
    void fullQuotationIsNotPartial() {
        assertFalse(quotes("“We have won the vote,” the leader said.").get(0).partial());
        assertFalse(quotes("The leader said: “We have won.”").get(0).partial());
    }

    @Test
    void paragraphIsWhereTheQuotationStarts() {
        assertEquals(2, quotes("No quote here.", "Then “one” appears.").get(0).paragraph());
    }

    @Test
    void emptyQuotationMarksGiveNothing() {
        assertTrue(texts("He wrote “” and \"\" and ''''.").isEmpty());
    }

    @Test
    void captionsAreNotSearchedForQuotes() {
        var a = Articles.plain("c.txt", "Fans chant “olé” at the stadium. Photo: Agency\n\nThe match ended.", Articles.PUB);
        assertTrue(extractor.extractStrict(a).quotes().isEmpty());
    }
}
