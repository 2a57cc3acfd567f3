package newsgen.archive;

import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.EntityRef;
import newsgen.model.Quote;
import newsgen.model.QuotePair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMatcherTest {
    private static final EntityRef DIOP = new EntityRef("person", "abdoulaye-diop", "Abdoulaye Diop");
    private static final EntityRef GOITA = new EntityRef("person", "assimi-goita", "Assimi Goita");

    private static QuoteMatcher.Candidate said(EntityRef who, String text, int article) {
        ArticleRef ref = new ArticleRef("a" + article, "A" + article, "Outlet " + article, "2023-09-16");
        return new QuoteMatcher.Candidate(who, new CitedQuote(new Quote(text, who == null ? null : who.id(), null, null, null, false, 1), ref), article);
    }

    @Test
    void twoWordingsOfOneStatementArePaired() {
        List<QuotePair> pairs = new QuoteMatcher().match(List.of(
                said(DIOP, SeedRecords.DIOP_PACT, 0), said(DIOP, SeedRecords.PRIORITY + ".", 0),
                said(DIOP, SeedRecords.DIOP_TRT, 1), said(DIOP, SeedRecords.PRIORITY, 1)));
        assertEquals(2, pairs.size());
        assertEquals(SeedRecords.DIOP_PACT, pairs.get(0).first().quote().text());
        assertEquals(SeedRecords.DIOP_TRT, pairs.get(0).second().quote().text());
        assertFalse(pairs.get(0).sameWords());
        assertTrue(pairs.get(1).sameWords(), "the priority quote is word for word the same");
    }

    @Test
    void goitasLongStatementInTwoTranslationsIsPaired() {
        List<QuotePair> pairs = new QuoteMatcher().match(List.of(said(GOITA, SeedRecords.GOITA_PACT, 0), said(GOITA, SeedRecords.GOITA_TRT, 1)));
        assertEquals(1, pairs.size());
        assertTrue(pairs.get(0).secondMarked().stream().anyMatch(s -> s.changed() && s.text().contains("together")));
    }

    @Test
    void differentStatementsOfOneSpeakerAreNotPaired() {
        assertEquals(List.of(), new QuoteMatcher().match(List.of(said(DIOP, SeedRecords.DIOP_PACT, 0), said(DIOP, SeedRecords.PRIORITY, 1))));
    }

    @Test
    void sharedFunctionWordsDoNotMakeTwoStatementsAlike() {
        assertEquals(List.of(), new QuoteMatcher().match(List.of(said(DIOP, "We will not accept this", 0),
                said(DIOP, "We will accept nothing less", 1))));
    }

    @Test
    void aShortQuoteInTheSameWordsIsPaired() {
        assertEquals(1, new QuoteMatcher().match(List.of(said(DIOP, "historic", 0), said(DIOP, "Historic!", 1))).size());
    }

    @Test
    void theSameWordsByTwoSpeakersAreNotPaired() {
        assertEquals(List.of(), new QuoteMatcher().match(List.of(said(DIOP, SeedRecords.PRIORITY, 0), said(GOITA, SeedRecords.PRIORITY, 1))));
    }

    @Test
    void quotesOfOneArticleAreNotPairedWithEachOther() {
        assertEquals(List.of(), new QuoteMatcher().match(List.of(said(DIOP, SeedRecords.PRIORITY, 0), said(DIOP, SeedRecords.PRIORITY, 0))));
    }

    @Test
    void unattributedQuotesAreNotPaired() {
        assertEquals(List.of(), new QuoteMatcher().match(List.of(said(null, SeedRecords.PRIORITY, 0), said(null, SeedRecords.PRIORITY, 1))));
    }
}
