package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SentenceSubjects on the edges of a paragraph. */
class SentenceSubjectsTest {
    private final Extractor extractor = new Extractor();

    @Test
    void aParagraphOfOneWordInEdBeforeAnUnattributedQuotationIsNoSubject() {
        // "Contained." alone: a word in -ed opening a sentence is checked against the word after it, and there is none
        // (this failed the whole article with IndexOutOfBoundsException, found by a review's cut-up bench articles)
        List<Quote> quotes = extractor.extractStrict(Articles.body("Jane Roe spoke on Monday.", "Contained.",
                "\u201cWe will win.\u201d")).quotes();
        assertEquals(1, quotes.size());
    }
}
