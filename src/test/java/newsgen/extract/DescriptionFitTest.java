package newsgen.extract;

import newsgen.model.Actor;
import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule "description fits person": a description goes to the person named last only when it may describe them. */
class DescriptionFitTest {
    private static Actor person(String name, String... roles) {
        return new Actor(Slugs.slug(name), name, Actor.PERSON, List.of(), List.of(roles), null, 1);
    }

    private static List<String> words(String description) {
        return List.of(description.toLowerCase(java.util.Locale.ROOT).split(" "));
    }

    @Test
    void anOfficeDoesNotFitAPersonTitledWithAnotherOffice() {
        assertFalse(DescriptionFit.fits(words("the Ohio governor"), person("Jane Roe", "Sen."), (char) 0));
        assertTrue(DescriptionFit.fits(words("the Ohio governor"), person("Jane Roe", "Gov."), (char) 0));
        assertTrue(DescriptionFit.fits(words("the Ohio governor"), person("Jane Roe"), (char) 0));
        // "the former governor" may be a senator now
        assertTrue(DescriptionFit.fits(words("the former governor"), person("Jane Roe", "Sen."), (char) 0));
    }

    @Test
    void aSexDoesNotFitAPersonOfTheOther() {
        assertFalse(DescriptionFit.fits(words("the congresswoman"), person("Pat Roe"), 'M'));
        assertFalse(DescriptionFit.fits(words("the businessman"), person("Pat Roe", "spokeswoman"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the congresswoman"), person("Pat Roe"), 'F'));
        assertTrue(DescriptionFit.fits(words("the congresswoman"), person("Pat Roe"), (char) 0));
    }

    @Test
    void aPartyDoesNotFitAPersonOfTheOther() {
        assertFalse(DescriptionFit.fits(words("the Democratic candidate"), person("Pat Roe", "Republican nominee"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the Republican candidate"), person("Pat Roe", "Republican nominee"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the Democratic candidate"), person("Pat Roe"), (char) 0));
        Actor member = new Actor("pat-roe", "Pat Roe", Actor.PERSON, List.of(), List.of(), "Republican Party", 1);
        assertFalse(DescriptionFit.fits(words("the Democrat"), member, (char) 0));
    }

    @Test
    void aPrincipalDoesNotFitSomeoneWhoReportsOrSpeaksForOthers() {
        assertFalse(DescriptionFit.fits(words("the billionaire"), person("Pat Roe", "CNN anchor"), (char) 0));
        assertFalse(DescriptionFit.fits(words("the senator"), person("Pat Roe", "chief political analyst"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the senator"), person("Pat Roe", "former host", "Sen."), (char) 0));
    }

    @Test
    void aDescriptionThatFitsNoOneNamedLastStaysARole() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Sen. Jane Okafor spoke first, and the crowd cheered for several minutes.",
                "Then came the turn of the others on the stage.",
                "\u201cWe will balance the budget,\u201d the Ohio governor said.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the Ohio governor", q.get(0).speakerRole(), q.toString());
    }

    /**
     * Rule "description fits person" on the person the sentence before opens with: "Sen. Paul Dunmore met donors" is
     * not "the Ohio governor" who speaks next; the description stays a role.
     */
    @Test
    void aDescriptionDoesNotGoToTheOpeningSubjectItCannotDescribe() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Sen. Paul Dunmore met donors in Cleveland on Tuesday.",
                "\u201cWe are going to win this state,\u201d the Ohio governor told reporters later.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the Ohio governor", q.get(0).speakerRole(), q.toString());
    }

    /**
     * Rule "office by its title": a court report opens with the accused, named without a title; "the judge" who
     * speaks after is someone else, and stays a role. A judge the article titled is still found.
     */
    @Test
    void aJudgeOrProsecutorIsOnlySomeoneTitledSo() {
        assertFalse(DescriptionFit.fits(words("the judge"), person("Kwabena Osei"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the judge"), person("Amara Okonkwo", "Judge"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the prosecutor"), person("Lena Vogt", "state prosecutor"), (char) 0));
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Kwabena Osei, 52, was sentenced to eight years in prison on Monday for defrauding savers.",
                "\u201cYou preyed on the savings of ordinary people,\u201d the judge told him.",
                "\u201cThis was a calculated scheme,\u201d the prosecutor said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the judge", q.get(0).speakerRole(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(1).rule(), q.toString());
    }

    /**
     * Rule "nationality fits": the race report names the winner, then the American she beat; "the Nigerian" who
     * speaks after is not the American, and stays a role. A person the article gives no country still fits.
     */
    @Test
    void aDemonymDoesNotFitAPersonOfAnotherCountry() {
        Actor american = new Actor("tasha-greene", "Tasha Greene", Actor.PERSON, List.of(), List.of(), "United States", 1);
        assertTrue(DescriptionFit.ofOtherCountry(american, "Nigeria"));
        assertFalse(DescriptionFit.ofOtherCountry(american, "United States"));
        assertTrue(DescriptionFit.ofOtherCountry(person("Luis Ortiz", "Mexican boxer"), "Ghana"));
        assertFalse(DescriptionFit.ofOtherCountry(person("Kofi Mensah"), "Ghana"));
        assertFalse(DescriptionFit.ofOtherCountry(american, "Texas"), "a state's people: no country to differ");
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "American Josh Keller led for 30 kilometres before the leaders pulled away.",
                "\u201cI waited for the right moment,\u201d the Kenyan runner said.",
                "Amaka Obi won the 100 metres in 10.9 seconds, beating American Tasha Greene.",
                "\u201cI felt strong from the start,\u201d the Nigerian said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the Kenyan runner", q.get(0).speakerRole(), q.toString());
        assertEquals("Amaka Obi", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "candidacy is no local office": a sitting mayor or judge the article never calls a candidate is not "the
     * presidential candidate"; a governor or senator may be, and so may a mayor the article also calls one. Rule
     * "subject before the misfit": the campaign report names the candidate, then the mayor he called on, who opens the
     * sentence before the quotation; the description goes to the candidate, who opens the sentence before that.
     */
    @Test
    void aPresidentialCandidateIsNoSittingMayor() {
        assertFalse(DescriptionFit.fits(words("the republican presidential candidate"), person("Jon Roe", "Mayor"), (char) 0));
        assertFalse(DescriptionFit.fits(words("the presidential hopeful"), person("Jon Roe", "Judge"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the presidential candidate"), person("Jon Roe", "Gov."), (char) 0));
        assertTrue(DescriptionFit.fits(words("the presidential candidate"), person("Jon Roe", "former mayor"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the presidential candidate"),
                person("Jon Roe", "Mayor", "opposition presidential candidate"), (char) 0));
        assertTrue(DescriptionFit.fits(words("the mayoral candidate"), person("Jon Roe", "Mayor"), (char) 0));
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "After the attack, Tomás Herrera called on Mayor Lucía Fernández to reopen the police unit.",
                "Fernández closed the unit in April.",
                "\u201cThey are not safe without it,\u201d the presidential candidate told reporters.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals("Tomás Herrera", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "which chief": on an earnings call, "the finance chief" is not the chief executive named before; with no
     * finance chief named, the role stays. A finance chief named before still is who it describes.
     */
    @Test
    void theFinanceChiefIsNotTheChiefExecutive() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "\u201cWe expect a stronger second half,\u201d chief executive Sofia Marchetti told analysts on a call.",
                "\u201cMargins will improve,\u201d the finance chief said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Sofia Marchetti", q.get(0).speakerName(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
        assertEquals("the finance chief", q.get(1).speakerRole(), q.toString());
        q = new Extractor().extractStrict(Articles.body(
                "Chief executive Sofia Marchetti spoke first. Finance chief Kenji Watanabe said costs had peaked.",
                "\u201cMargins will improve,\u201d the finance chief said.")).quotes();
        assertEquals("Kenji Watanabe", q.get(q.size() - 1).speakerName(), q.toString());
    }

    /**
     * Rule "counterpart of the country": a diplomatic report names a minister, then "her Japanese counterpart";
     * "the Japanese minister" who speaks after is the counterpart, not the minister titled so.
     */
    @Test
    void theJapaneseMinisterIsTheJapaneseCounterpart() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Foreign Minister Priya Raman met her Japanese counterpart, Kenji Sato, in Tokyo on Monday.",
                "\u201cOur partnership has never been stronger,\u201d Raman said.",
                "\u201cWe agreed to meet again in Delhi,\u201d the Japanese minister said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Priya Raman", q.get(0).speakerName(), q.toString());
        assertEquals("Kenji Sato", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "age and demonym": "the 21-year-old Chinese said" reads as "the Chinese said": the winner the sentence
     * before is about. Before, an age before a capitalised word was no description, and the quotation had no speaker.
     */
    @Test
    void anAgeBeforeADemonymIsADescription() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Zheng Wei beat Maria Petrova 6-4 6-3 to win her first title on Saturday.",
                "\u201cI am so happy,\u201d the 21-year-old Chinese said.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals("Zheng Wei", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "nationality narrows": a match report sets the winner against a foreign rival who opens the sentence;
     * "the Kenyan runner" who speaks after is the one person of that sentence not of another country. With two such
     * people, nothing tells them apart: the role stays.
     */
    @Test
    void aDemonymGoesToTheOnePersonOfTheSentenceBeforeNotOfAnotherCountry() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "American Josh Keller led for 30 kilometres before Daniel Kiprop pulled away.",
                "\u201cI waited for the right moment,\u201d the Kenyan runner said.",
                "Australian Liam Walsh took an early lead, but Rahul Deshpande caught him on the final lap.",
                "\u201cI never gave up,\u201d the Indian cyclist said.",
                "American Tasha Greene, Grace Wanjiru and Mercy Chebet ran together until the final kilometre.",
                "\u201cIt was hard today,\u201d the Kenyan runner said.")).quotes();
        assertEquals(3, q.size(), q.toString());
        assertEquals("Daniel Kiprop", q.get(0).speakerName(), q.toString());
        assertEquals("Rahul Deshpande", q.get(1).speakerName(), q.toString());
        assertNull(q.get(2).speakerName(), q.toString());
        assertEquals("the Kenyan runner", q.get(2).speakerRole(), q.toString());
    }

    /**
     * Rule "office holder is no commoner": a report names the visiting governor or president, then quotes the people
     * met; "the fisherman", "the 23-year-old student" are not the office holder. A noun of public life still is.
     */
    @Test
    void anOfficeHolderIsNoFishermanOrStudent() {
        assertTrue(DescriptionFit.officeHolderIsNot("fisherman", person("Babajide Okoro", "Governor")));
        assertFalse(DescriptionFit.officeHolderIsNot("politician", person("Babajide Okoro", "Governor")));
        assertFalse(DescriptionFit.officeHolderIsNot("investor", person("Aurelio Benassi", "billionaire fund manager")));
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Governor Babajide Okoro visited the flooded district on Monday.",
                "\u201cWe have lost everything,\u201d the fisherman said.",
                "President Amina Wekesa addressed parliament on Tuesday as protesters gathered outside.",
                "\u201cShe does not listen to us,\u201d the 23-year-old student said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the fisherman", q.get(0).speakerRole(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
    }

    /** An adjective or "former" after the age is no occupation: it says nothing against the office holder. */
    @Test
    void anAdjectiveAfterTheAgeIsNoCommonersOccupation() {
        assertFalse(DescriptionFit.officeHolderIsNot("conservative", person("Jon Okafor", "President")));
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "President Jon Okafor addressed parliament on Tuesday.",
                "\u201cWe will act,\u201d the 61-year-old conservative said.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals("Jon Okafor", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "former office": an election report names the opposition leader, then quotes "the 61-year-old former
     * finance minister": the person the sentence before is about, whose title today is another. The sitting finance
     * minister is not "the former finance minister".
     */
    @Test
    void theFormerMinisterIsWhomTheSentenceBeforeIsAbout() {
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Opposition leader Kwaku Asante conceded defeat on Sunday night, two days after the vote.",
                "\u201cThe people have spoken,\u201d the 61-year-old former finance minister said.",
                "Finance Minister Ama Boateng presented the budget on Wednesday.",
                "\u201cThis budget borrows from our children,\u201d the former finance minister said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Kwaku Asante", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
        assertEquals("the former finance minister", q.get(1).speakerRole(), q.toString());
    }

    /**
     * Rule "a justice is a judge": a ruling names the justice who wrote it, then quotes "the judge"; a role that ends in
     * "Justice" holds a judge's office, one in which the word names a ministry does not.
     */
    @Test
    void aJusticeIsTheJudge() {
        assertTrue(DescriptionFit.holdsOffice(words("the judge"), person("Vikram Gupta", "Justice")));
        assertFalse(DescriptionFit.holdsOffice(words("the judge"), person("Ken Roe", "Justice Department spokesman")));
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "The Supreme Court on Friday struck down the law. Justice Vikram Gupta wrote for the majority.",
                "\u201cThe state cannot decide what a citizen may read,\u201d the judge wrote.")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertEquals("Vikram Gupta", q.get(0).speakerName(), q.toString());
    }
}
