package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The rules of round 18 for shapes of real news the sieve left alone or got wrong: a cue verb closing coordinated
 * verbs after he/she, the title of a work, a pull quote signed on its last line, a title before the next quotation
 * of its sentence, and a long titled subject at the end of the sentence; with the shapes each rule must leave alone.
 */
class SignedAndTitledSpeakersTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).quotes();
    }

    /** Rule "coordinated-pronoun": the names between "he" and "and said" are objects, not the speaker. */
    @Test
    void coordinatedPronounTakesThePronounNotTheObjectBeforeTheCue() {
        List<Quote> q = quotes("Pastor Alvin Treadway said he would endorse a candidate this year.",
                "Eight years ago, he supported Marcus Corvell over Helen Marsh and said, \u201cShe has never done a thing for us.\u201d");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Alvin Treadway", q.get(0).speakerName(), q.toString());
        assertEquals("coordinated-pronoun", q.get(0).rule());
    }

    /** A named subject of the sentence is the cue-before rule's, even with "he" in a clause before it. */
    @Test
    void coordinatedPronounLeavesANamedSubjectAlone() {
        List<Quote> q = quotes("Governor Tomas Elderby met the press on Monday.",
                "When he arrived, Mayor Lena Fischer smiled and said, \u201cWe are glad to have him here.\u201d");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Lena Fischer", q.get(0).speakerName(), q.toString());
        assertNotEquals("coordinated-pronoun", q.get(0).rule());
    }

    /** Rule "titled-work" wants a verb of putting the work out: an editorial someone was pleased with is not theirs. */
    @Test
    void titledWorkNeedsItsMaker() {
        List<Quote> q = quotes("Aides to Senator Helen Marsh were thrilled with the editorial, entitled \u201cMr. Roe Is Not a "
                + "Brave Truth-Teller,\u201d when it posted on Jan. 27.");
        assertEquals(1, q.size(), q.toString());
        assertNotEquals("titled-work", q.get(0).rule(), q.toString());
    }

    /** Rule "pull-quote-signature" reads a name with a title before it; words that are no title make no signature. */
    @Test
    void pullQuoteSignatureWantsATitleOrNothingBeforeTheName() {
        List<Quote> signed = quotes("Activists want the race to go on.",
                "\"He should stay in until he gets everything he is fighting for.\nFormer NAACP president Ben Ostrander.\"");
        assertEquals("Ben Ostrander", signed.get(0).speakerName(), signed.toString());
        assertEquals("pull-quote-signature", signed.get(0).rule());
        List<Quote> sign = quotes("A couple saw a highway sign near the exit on Friday night.",
                "It read, \u201cThe valley supports Jon Garrow. Merry Xmas. Vote Jon Garrow.\u201d");
        assertNotEquals("pull-quote-signature", sign.get(0).rule(), sign.toString());
    }

    /** Rule "sentence-end-cue": a subject with a long title before its verb, and a short phrase after it. */
    @Test
    void sentenceEndCueReadsALongTitledSubject() {
        List<Quote> q = quotes("\"If the agency obtains additional records, it intends to search them for records\" that "
                + "would respond to requests from Judicial Watch, Justice Department senior trial counsel Carolyn Anne "
                + "Pettibone wrote in a court filing.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Carolyn Anne Pettibone", q.get(0).speakerName(), q.toString());
        assertEquals("sentence-end-cue", q.get(0).rule());
    }

    /** Rule "credited-after" wants the credit right after a quotation that is a sentence of its own. */
    @Test
    void creditedAfterNeedsAQuotationStandingAlone() {
        List<Quote> q = quotes("Senator Helen Marsh told reporters that the plan was \u201cdead on arrival.\u201d The remark "
                + "from Governor Tomas Elderby came a day later.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Helen Marsh", q.get(0).speakerName(), q.toString());
    }
}
