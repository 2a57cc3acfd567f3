package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A document speaks as its author ("the lawsuit says", "the email went on to say"): shapes from real news where the
 * author stands apart from where the document is quoted, each asserting the author and the rule that named it.
 */
class DocumentAuthorTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extract(Articles.body(paragraphs)).quotes();
    }

    @Test
    void aLawsuitIsTheWordsOfWhoeverSuesPastALaterMentionNamingNoOne() {
        List<Quote> q = quotes("Senator Maria Okafor will sue the state of Arizona over voter access to the polls.",
                "The lawsuit, which will be filed on Friday, focuses on Maricopa County.",
                "The county had an \u201calarmingly inadequate number of voting centers,\u201d the lawsuit says.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Maria Okafor", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    /**
     * Rule "statement's quoted author": "In a statement, the business mogul announced that “…”" names no one after its
     * comma; whoever the sieve found spoke that sentence's quotation wrote the statement.
     */
    @Test
    void aStatementIsTheWordsOfWhoeverSpokeTheQuotationWhereItCameUp() {
        List<Quote> q = quotes("On Thursday, Roland Pryce announced that Ellis Marwood would run his convention team. "
                        + "In a statement, the business mogul announced that \u201che is consolidating the delegate work\u201d "
                        + "and handing it to Marwood.",
                "\u201cMr. Marwood will oversee the delegate process,\u201d the statement said.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Roland Pryce", q.get(0).speakerName(), q.toString());
        assertEquals("Roland Pryce", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(1).rule(), q.toString());
    }

    /** "That letter" points back to the letter the sentence before brought up, as "the letter" does: its writer. */
    @Test
    void thatLetterIsTheWordsOfWhoeverWroteTheLetterBefore() {
        List<Quote> q = quotes("Roland Pryce wrote to the firm's chief executive last spring, and a copy of the letter "
                + "was shown to reporters. That letter, on company letterhead, demanded \u201ca major public apology\u201d "
                + "from the analyst.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Roland Pryce", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
    }

    @Test
    void aSuitFiledBySomeoneIsTheirs() {
        List<Quote> q = quotes("The committee understands that a lawsuit has been filed by Bradley Kestrelwood asserting claims.",
                "\u201cThe chairman tied these statements to my firing,\u201d the suit reads.");
        assertEquals("Bradley Kestrelwood", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    @Test
    void anEmailSentFromADescribedPersonIsTheirsNotTheSourceReportingIt() {
        List<Quote> q = quotes("According to The Guardian, an email was sent from the club\u2019s executive director, Jeremy "
                        + "Halvorsen, to the club members. The email said, \u201cEffective immediately, we are winding down.\u201d",
                "The email went on to say, \u201cPeople just don\u2019t feel as much of a need to show up.\u201d");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Jeremy Halvorsen", q.get(0).speakerName(), q.toString());
        assertEquals("Jeremy Halvorsen", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_BEFORE.label, q.get(1).rule(), q.toString());
    }

    @Test
    void theEditorialBoardIsTheNewspaperNamedParagraphsBefore() {
        List<Quote> q = quotes("Maria Okafor should be deported, a headline from The Wall Street Journal editorial board reads.",
                "But that headline is misleading: the editorial is a defense of the governor.",
                "The governor delivered the response to the State of the Union address on Tuesday.",
                "Okafor is an \u201carticulate conservative\u201d who has won two elections, the editorial board writes.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("The Wall Street Journal", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    /** Rule "court's ruling": a ruling no one was named handing down speaks as the court named before it. */
    @Test
    void aRulingIsTheWordsOfTheCourtNamedBefore() {
        List<Quote> q = quotes("A three-judge panel of the Court of Appeals for the Tenth District overturned the county "
                        + "board's decision on Tuesday.",
                "The appeals court ruled that the board had broken state law.",
                "\u201cA county cannot close polling places without notice,\u201d said the ruling.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Court of Appeals", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(0).rule(), q.toString());
    }

    /**
     * Rule "named document's maker": "a Herald article" names the paper that wrote it, though no mention covers a
     * name standing as a modifier; "the article read" then speaks as that paper, and "it added" goes on with it.
     */
    @Test
    void anArticleIsTheWordsOfThePaperNamedAsItsModifier() {
        List<Quote> q = quotes("The story was first told by The Lakeport Herald. The Herald has covered Tomas Varga for years. "
                        + "Two decades ago, a Herald article hailed Varga as a builder of the city.",
                "\u201cFew men have changed the waterfront as much as Mr. Varga,\u201d the article read.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Lakeport Herald", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    /** Rule "named document's maker" for a person: "an Okafor ad" is Okafor's, not the reporters' who saw it. */
    @Test
    void anAdNamedForAPersonIsTheirs() {
        List<Quote> q = quotes("Senator Maria Okafor wants the budget cut. Reporters saw an Okafor ad on Monday.",
                "\u201cWe cannot afford another year of this,\u201d the ad said.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Maria Okafor", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    /** Rule "ad's voice": the narrator of an ad speaks its maker's words, the maker of the ad mentioned last. */
    @Test
    void aNarratorSpeaksForWhoeverMadeTheAdMentionedLast() {
        List<Quote> q = quotes("Governor Ilse Marchetti laughed off the attack ad in an interview with the Daily Courier.",
                "Senator Kwame Osei is expected to unveil his second ad on Monday. It will focus on jobs.",
                "\u201cIn Marchetti\u2019s state, the factories close,\u201d says a narrator.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Kwame Osei", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(0).rule(), q.toString());
    }

    /** An ad whose sentence names no maker leaves its narrator a role, not the maker of an older ad. */
    @Test
    void aNarratorOfAnAdNoOneMadeStaysUnnamed() {
        List<Quote> q = quotes("In an interview with the Daily Courier, Governor Ilse Marchetti laughed off the attack ad.",
                "In the new spot set to run on Tuesday, the group turns to schools.",
                "\u201cOur children deserve better,\u201d a narrator in the spot says.");
        assertEquals(1, q.size(), q.toString());
        assertEquals(null, q.get(0).speakerName(), q.toString());
    }

    /** A name inside the quotation where a document came up is its words, not its author. */
    @Test
    void aNameQuotedFromTheAdIsNotItsMaker() {
        List<Quote> q = quotes("The Harbor Fund is running a holiday ad against Mayor Petra Lindqvist.",
                "\u201cAt the Lindqvist house, the gifts were all opened,\u201d says the ad\u2019s narrator.",
                "Later, the narrator says, \u201cA new server, a shredder.\u201d");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Harbor Fund", q.get(1).speakerName(), q.toString());
    }

    /** Rule "document's other name": "the book said" is the words of whoever wrote the memoir the article named. */
    @Test
    void aBookIsTheWordsOfWhoeverWroteTheMemoir() {
        List<Quote> q = quotes("Dr. Amara Nwosu, a former palace physician, wrote a memoir of her years at the court.",
                "When the diagnosis was confirmed, the minister went home.",
                "\u201cVery few people knew of the illness at the time,\u201d the book said.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Amara Nwosu", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    /** Rule "document's other name": "the clip" goes back past "the ad" that names no one to "a web video by" its maker. */
    @Test
    void aClipIsTheWordsOfWhoeverMadeTheVideo() {
        List<Quote> q = quotes("A web video by the Liberal Reform Party attacks Governor Tomasz Wielgus over three pardons.",
                "The ad also mentions a fourth case.",
                "The clip says Wielgus \u201chas a soft spot for the wrong people.\u201d");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Liberal Reform Party", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
    }

    /**
     * Rule "document spoke before": "the release added" a paragraph after "the release said" is the words of whoever
     * that first quotation went to, not of a name quoted inside it.
     */
    @Test
    void aReleaseThatSpokeBeforeKeepsItsAuthor() {
        List<Quote> q = quotes("On Thursday, the Coastal Farmers Union announced that Senator Ines Carvalho would not attend.",
                "\u201cThe Carvalho campaign has informed the Coastal Farmers Union that the senator will not attend "
                        + "the convention,\u201d the release said.",
                "\u201cThe Carvalho campaign has not named another speaker,\u201d the release added.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Coastal Farmers Union", q.get(0).speakerName(), q.toString());
        assertEquals("Coastal Farmers Union", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aDocumentNounEndingItsParagraphIsNoProblem() {
        // rule "document spoke before" reads the word after the noun: here there is none ("given the release.")
        List<Quote> q = quotes("Reporters were given the release.", "\u201cWe will win,\u201d the release added.",
                "Viewers were shocked by the ad.", "\u201cVote now,\u201d the ad says.");
        assertEquals(2, q.size(), q.toString());
    }

    /**
     * The document's own verb is a real verb of making it ("emailed" an email), not the noun with "-ed": "booked a
     * hall" made no book, and "motioned to the clerk" no motion.
     */
    @Test
    void onlyARealVerbOfMakingADocumentNamesItsAuthor() {
        List<Quote> q = quotes("Former teacher Marta Lindgren wrote a book about her years in rural classrooms.",
                "This spring the Reform Alliance booked a hall in Uppsala for her readings.",
                "\u201cEvery child deserves a teacher who stays,\u201d the book says.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Marta Lindgren", q.get(0).speakerName(), q.toString());
        q = quotes("Lawyers for Okoro Holdings filed a motion on Monday.",
                "The judge, Hannah Brandt, motioned to the clerk and the hearing began.",
                "\u201cThe claims are time-barred,\u201d the motion says.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Okoro Holdings", q.get(0).speakerName(), q.toString());
    }
}
