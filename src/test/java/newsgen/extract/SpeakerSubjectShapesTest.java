package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sentence shapes in which the speaker is the subject of a cue verb, read from real news the sieve once missed: each
 * asserts who spoke and which rule, by name, said so.
 */
class SpeakerSubjectShapesTest {
    private final Extractor extractor = new Extractor();

    private Quote only(String... paragraphs) {
        List<Quote> q = extractor.extract(Articles.body(paragraphs)).quotes();
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    @Test
    void aWordInEdBeforeATitledNameDescribesTheSubject() {
        Quote q = only("The host said it was wrong to compare the two.",
                "Retired Army Col. Lawrence Pettigrew started the exchange when he brought up the Oklahoma City bombing "
                        + "and later said, \u201cIt\u2019s not just one faith shooting people.\u201d");
        assertEquals("Lawrence Pettigrew", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_BEFORE.label, q.rule(), q.toString());
    }

    @Test
    void anOrganisationBeforeAnAbbreviatedTitleIsNoSpeaker() {
        Quote q = only("The host said it was wrong to compare the two.",
                "Army Col. Lawrence Pettigrew started the exchange and later said, \u201cIt\u2019s not just one faith.\u201d");
        assertEquals("Lawrence Pettigrew", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_BEFORE.label, q.rule(), q.toString());
    }

    @Test
    void anAdverbBetweenThePronounAndItsCueVerbLeavesThePronounTheSubject() {
        Quote q = only("Senator Mary Dalton now talks freely of her own experiences in politics.",
                "She often speaks of breaking \u201cthat highest, hardest glass ceiling\u201d by being elected president, "
                        + "and she jokingly tells audiences that it is time.");
        assertEquals("Mary Dalton", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.rule(), q.toString());
    }

    @Test
    void aSurnameThatIsAnEnglishWordIsThePersonNamedInFull() {
        List<Quote> q = extractor.extract(Articles.body(
                "In a call with analysts Monday, drugmaker chief executive Owen Read said leaders had weighed the debate.",
                "\u201cOn the political risk, we\u2019ve assessed this deal,\u201d Read said.",
                "Democrats had little credibility then, said Hal From, who helped found the council.",
                "Many saw the Democrats as \u201cthe party of overwhelming government,\u201d From said.")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Owen Read", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.UNLISTED_NAME.label, q.get(0).rule(), q.toString());
        assertEquals("Hal From", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.UNLISTED_NAME.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aVerbOfCitingIsACueVerb() {
        Quote q = only("Growth forecasts were cut for the richer countries on Tuesday.",
                "Although the International Monetary Fund did not single out any candidate, it referenced "
                        + "\u201cpolitical tensions\u201d in advanced economies.");
        assertEquals("International Monetary Fund", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.rule(), q.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Sen.", "Gov.", "Rep.", "Lt. Gov.", "Gen.", "Brig. Gen.",
            "Insp.", "Supt.", "Det.", "Cmdr.", "Atty.", "Amb.", "Msgr.", "Asst.", "Dep.", "Cpl.", "Pvt.", "Sgt.", "Del.", "state Del.", "Pfc.", "Spc.", "Ald.", "Commr.", "Cllr.", "Coun."})
    void aDottedTitleAfterTheCueVerbIsNoSpeaker(String title) {
        Quote q = only("The committee met on Tuesday to vote on the measure.",
                "\u201cThis is a waste of time and it hurts the committee,\u201d said " + title
                        + " Marta Quillfeather of the harbor district.");
        assertEquals("Marta Quillfeather", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.rule(), q.toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Del.", "Det.", "Insp.", "Supt.", "Pfc.", "Ald.", "Cllr.",
            "Commr.", "Det. Sgt.", "Asst. Chief"})
    void aDottedTitleBeforeTheSubjectIsNoSpeaker(String title) {
        Quote q = only("The fire started late on Tuesday near the docks.",
                "\u201cWe are still looking at the cause and we will know more soon,\u201d " + title
                        + " Marta Quillfeather said.");
        assertEquals("Marta Quillfeather", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
    }

    @Test
    void delWithoutItsDotIsPartOfAName() {
        List<Quote> q = extractor.extract(Articles.body("The singer Lana Del Val and the coach Del Brisket visited Del Rio.",
                "\u201cWe sang,\u201d said Lana Del Val.",
                "\u201cWe played,\u201d said Del Brisket, a coach.")).quotes();
        assertEquals("Lana Del Val", q.get(0).speakerName(), q.toString());
        assertEquals("Del Brisket", q.get(1).speakerName(), q.toString());
    }

    @Test
    void aParticipleAfterTheObjectOfToIsTheSubjects() {
        Quote q = only("The day after the primary, Governor Tom Ducker criticised the long lines.",
                "Mayor Greta Stallwood wrote a letter to Attorney General Loretta E. Lindqvist asking the Justice "
                        + "Department to investigate the \u201cfiasco.\u201d");
        assertEquals("Greta Stallwood", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.rule(), q.toString());
    }

    @Test
    void aDescriptionAfterAnOpeningPhrasesCommaIsTheSubjectNotTheNameBeforeIt() {
        var record = extractor.extract(Articles.body(
                "Senator Ruth Calder says she no longer recognises the businessman she used to know.",
                "In an interview with morning hosts Joe Brandt and Mika Sorensen, the Democratic presidential candidate "
                        + "stated that the businessman\u2019s \u201cdivisive\u201d comments did not fit."));
        Quote q = record.quotes().get(0);
        assertEquals("Ruth Calder", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.rule(), q.toString());
        // rule "opening phrase" of AppositionRoles: the words after the phrase's comma are no role of the name before it
        var host = record.actors().stream().filter(a -> a.name().equals("Mika Sorensen")).findFirst().orElseThrow();
        assertEquals(List.of(), host.roles(), host.toString());
    }

    @Test
    void anUnnamedCrowdAfterAnOpeningClauseIsNoNamedSpeaker() {
        Quote q = only("Governor Tom Ducker spoke for an hour on Thursday night about Senator Jane Marlowe.",
                "As Ducker attacked Marlowe, the attendees chanted, \u201cLock her up!\u201d as they had for previous speakers.");
        assertEquals(null, q.speakerName(), q.toString());
    }

    @Test
    void aParticipleOfAskingOpeningTheSentenceGivesItsQuestionToTheAgent() {
        List<Quote> q = extractor.extract(Articles.body(
                "Reporter Glenn Marsh interviewed civil rights leader Al Sharman on Monday.",
                "Asked by Marsh if the senator \u201cgets\u201d race, Sharman avoided a declarative answer.",
                "Asked by reporters about the race, Sharman said it was \u201cwide open.\u201d")).quotes();
        assertEquals("Glenn Marsh", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.PASSIVE_AGENT.label, q.get(0).rule(), q.toString());
        assertEquals("Al Sharman", q.get(1).speakerName(), q.toString()); // past the phrase's comma: the main clause's
    }

    @Test
    void theListenerOfAParticipleOfSpeakingIsNoSpeaker() {
        List<Quote> q = extractor.extract(Articles.body(
                "Investigators are looking into the foundation, Fox News reported on Monday.",
                "Another intelligence source speaking to Fox News said, \u201cThe agents are investigating the donations.\u201d",
                "A senior official talking with Reuters said the probe was \u201cwide.\u201d")).quotes();
        assertEquals(null, q.get(0).speakerName(), q.toString());
        assertEquals(null, q.get(1).speakerName(), q.toString());
        assertEquals("a senior official", q.get(1).speakerRole(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aPluralNameAfterBothIsNoSpeaker() {
        Quote q = only("Several senior Democrats with longtime ties to both Milfords cited another \u201ctrap\u201d debate.");
        // the Democrats (as their party) speak, not a person "Milfords" read off the words before the verb
        assertEquals("Democratic Party", q.speakerName(), q.toString());
    }

    @Test
    void aSurnameTwoPeopleShareIsTheArticlesSubjectWhenTheOtherWasNamedParagraphsBack() {
        List<Quote> q = extractor.extract(Articles.body(
                "Jane Halvorsen told morning television hosts on Tuesday that she no longer recognises her rival.",
                "Halvorsen and her husband, former President Bill Halvorsen, attended the rival\u2019s wedding in 2005.",
                "The host said he could understand why they went.",
                "He asked how surprised she was by the primary results.",
                "\u201cI think it has been most surprising to me to see him,\u201d Halvorsen said.")).quotes();
        assertEquals("Jane Halvorsen", q.get(q.size() - 1).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(q.size() - 1).rule(), q.toString());
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneNamedInTheParagraphBefore() {
        List<Quote> q = extractor.extract(Articles.body(
                "Jane Halvorsen campaigned in Ohio on Tuesday.",
                "Former President Bill Halvorsen spoke at a union hall in Toledo later that day.",
                "\u201cWe have work to do,\u201d Halvorsen said.")).quotes();
        assertEquals("Bill Halvorsen", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneTheHeadlineNames() {
        List<Quote> q = extractor.extract(Articles.plain("t.txt", """
                Jane Halvorsen Accused Of Rage At Agents

                Gary Lund, a former agent for President Bill Halvorsen, has written a book about Jane Halvorsen.

                Bill Halvorsen declined to comment on the book.

                Lund says the agents knew to brace for trouble.

                Lund gives an account of Halvorsen telling one agent to \u201cGo away!\u201d
                """, Articles.PUB)).quotes();
        assertEquals("Jane Halvorsen", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(0).rule(), q.toString());
    }

    @Test
    void aNameBetweenTheAndANounIsNoAntecedentOfHe() {
        List<Quote> q = extractor.extract(Articles.body(
                "But Mrs. Halvorsen would do well to begin \u201cbuilding bridges\u201d to Mr. Hollis, said David Axel, "
                        + "a former senior strategist for the Okafor campaign.",
                "\u201cIt seems certain Hollis will run through the last primaries,\u201d he said.")).quotes();
        assertEquals("David Axel", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aPersonBeforeARoleAndANameAfterTheCueVerbIsTheOwnerNotTheSpeaker() {
        List<Quote> q = extractor.extract(Articles.body(
                "Jane Halvorsen spoke in Ohio on Monday.",
                "\u201cWe are confident,\u201d said Halvorsen campaign spokesman Brian Fallow.",
                "\u201cDavid is a longtime friend of mine,\u201d said Halvorsen ally James Carvell.")).quotes();
        assertEquals("Brian Fallow", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(0).rule(), q.toString());
        assertEquals("James Carvell", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aPronounOpeningASentenceIsWhoOpenedTheSentenceBefore() {
        List<Quote> q = extractor.extract(Articles.body(
                "Former Governor George Patterson endorsed Ohio Governor John Kaslow on Thursday.",
                "Patterson says Kaslow \u201chas a track record of bringing people together.\u201d He warns that "
                        + "front-runner Donald Spade would \u201cdrive the party off the cliff.\u201d")).quotes();
        assertEquals("George Patterson", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aPronounAfterTheSamePronounOpeningItsSentenceStandsForTheOpener() {
        List<Quote> q = extractor.extract(Articles.body(
                "Ben Carlow spoke to reporters in Iowa on Monday.",
                "Carlow turned the story back on the paper, pointing out that its reporter Robert Costin had reported in "
                        + "June that the Carlow campaign was coming apart. He hoped, he said, that the paper would shy away "
                        + "from similar reporting now.",
                "\u201cApparently not,\u201d he said.")).quotes();
        assertEquals("Ben Carlow", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.get(0).rule(), q.toString());
    }

    @Test
    void aPluralAfterAGerundIsNoCueVerbOfTheSentenceBefore() {
        List<Quote> q = extractor.extract(Articles.body(
                "Former President Bill Halvorsen campaigned for his wife, Jane Halvorsen, on Monday.",
                "For Gloria Majors, a retiree and one of the volunteers at the Halvorsen phone bank, making calls two "
                        + "nights a week is an opportunity to make a difference.",
                "\u201cBernie has a passionate speech that draws young people,\u201d she said.")).quotes();
        assertEquals("Gloria Majors", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.get(0).rule(), q.toString());
    }

    @Test
    void anAsideBetweenCommasLeavesThePronounTheSubject() {
        List<Quote> q = extractor.extract(Articles.body(
                "Senator Tom Hollis won the state on Tuesday.",
                "He pledged to enact judicial reform, fix the nation\u2019s \u201cbroken\u201d campaign finance system "
                        + "and he, once again, pledged a \u201cpolitical revolution\u201d before the crowd.")).quotes();
        assertEquals("Tom Hollis", q.get(1).speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.get(1).rule(), q.toString());
    }

    @Test
    void aPerfectParticipleTakesTheSentencesSubjectNotTheNameBeforeItsComma() {
        Quote q = only("Secretary Jane Halvorsen also misjudged Syrian President Bashir Assan, having referred to him "
                + "as a \u201creformer.\u201d");
        assertEquals("Jane Halvorsen", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.rule(), q.toString());
    }

    @Test
    void aTitleQuotedInsideTheAppositionLeavesTheClauseOpenToItsVerb() {
        // the marks of "Vote Lindahl" sit between the name and its verb: a slogan worn, not a new quotation
        List<Quote> q = extractor.extract(Articles.body("Delegates left the hall after midnight.",
                "\u201cWe\u2019ve had better conventions than this one,\u201d Ohio delegate Walt Brennerman, wearing a "
                        + "straw hat and \u201cVote Lindahl\u201d campaign pins, said as the balloons fell.")).quotes();
        assertEquals("Walt Brennerman", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
    }

    @Test
    void aDescriptionTheArticleTiedToOnePersonIsThatPersonNotTheLastNamed() {
        // rule "description echo": "as the Democratic nominee" tied the words to Lindahl; Brandt was named last
        Quote q = only("On Thursday evening Karin Lindahl delivered her acceptance speech as the Democratic nominee, "
                        + "painting her rival, Peter Brandt, as unqualified for the job.",
                "\u201cA man you can bait with a tweet is not a man we can trust,\u201d said the Democratic nominee.");
        assertEquals("Karin Lindahl", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.CUE_VERB_THEN_SUBJECT.label, q.rule(), q.toString());
    }

    @Test
    void aPersonNamedInsideADashedAsideIsNotTheSubjectAfterIt() {
        // rule "name inside dashes": Stanton is whom the letter is addressed to; the Utah Republican asks
        Quote q = only("Rep. Tom Farrow, R-Utah, on Tuesday requested another inquiry.",
                "In the letter - addressed to the U.S. attorney for the district, Mary Stanton - the Utah Republican "
                        + "asks whether \u201crecords were destroyed.\u201d");
        assertEquals("Tom Farrow", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.rule(), q.toString());
    }

    @Test
    void anOrganisationOwningAWordBeforeTheVerbIsNotItsSubject() {
        // "the Labour Party's platform" is what the fragment is central to, not who reported it
        Quote q = only("The party's platform committee met on Monday.",
                "Pensions are \u201ccentral\u201d to the Labour Party\u2019s platform for the first time, reported the "
                        + "Lagos Herald.");
        assertEquals("Lagos Herald", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
    }

    /**
     * Rule "demonym description": a match report names the driver once, then describes him by nationality and a
     * noun no list holds ("the Japanese driver"): the person the sentence before is about.
     */
    @Test
    void aDemonymAndANounForAPersonIsWhoTheSentenceBeforeIsAbout() {
        Quote q = only("Takumi Hayashida won the race on Sunday, his first victory of the season.",
                "\u201cThe car was perfect today,\u201d the Japanese driver said.");
        assertEquals("Takumi Hayashida", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
    }

    /**
     * Rule "pronoun opening before": a profile names its subject, then goes on with "he"; a description no list holds
     * ("the bespectacled, 68-year-old diplomat") after a sentence whose main clause opens with "he" is who "he" is.
     */
    @Test
    void aBareDescriptionAfterASentenceOpeningWithHeIsWhoHeIs() {
        Quote q = only("Kwame Osei-Bonsu, the globe-trotting head of the agency, sat in a hotel in Geneva this week.",
                "When he took office in 2011, he made climate change a primary focus.",
                "\u201cFrom day one, I made it the top priority,\u201d the bespectacled, 68-year-old diplomat said.");
        assertEquals("Kwame Osei-Bonsu", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
    }

    /**
     * Rule "title as a modifier": "veteran" before "diplomat" only qualifies the noun; the description is "the
     * veteran diplomat", not a role "the veteran", and stands for the person "he" opening the sentence before is.
     */
    @Test
    void aTitleWordBeforeAPersonsNounOnlyQualifiesIt() {
        Quote q = only("Kwame Osei-Bonsu, the head of the agency, sat in a hotel in Geneva this week.",
                "He made climate change a primary focus when he took office in 2011.",
                "\u201cFrom day one, I made it the top priority,\u201d the veteran diplomat said.");
        assertEquals("Kwame Osei-Bonsu", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
    }

    /**
     * Rule "title as a modifier", ranks: "veteran" or "senior" before another title ("economist") only ranks it; the
     * description is "the veteran economist", which stands for the economist named before, not the role "the veteran".
     */
    @Test
    void aRankBeforeATitleOnlyRanksIt() {
        Quote q = only("The bank cut its forecast on Monday. Growth will slow, economist Tariq Haddad wrote in a note.",
                "\u201cThe consumer is tired,\u201d the veteran economist said.");
        assertEquals("Tariq Haddad", q.speakerName(), q.toString());
    }

    /**
     * Rule "title of no named body": "conference" before "speaker" names no body the article has; the description is
     * the person titled "speaker" before, whom the quotation itself names no one else as. Where no one is titled so,
     * the role keeps its title ("the police chief", not "the police").
     */
    @Test
    void aBodysWordBeforeATitleWhereNoSuchBodyIsNamedIsTheTitledPerson() {
        Quote q = only("Popular motivational speaker Tomasz Wielgosz believes he has a message for the prime minister.",
                "Wielgosz recently posted a video from a conference in Gdansk.",
                "\u201cMy dear friends, we are praying for him,\u201d the conference speaker says into the camera.");
        assertEquals("Tomasz Wielgosz", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
        q = only("Officers arrested 40 people in the city centre overnight.",
                "\u201cThe situation is under control,\u201d the police chief said.");
        assertEquals("the police chief", q.speakerRole(), q.toString());
    }

    /**
     * Rule "rank before a name": a match report opens with the winner's seeding ("Second seed Ivana Horvat beat …");
     * "the Croatian" after it is that player, the sentence's subject, not the one she beat (named last).
     */
    @Test
    void aSeedingBeforeTheNameLeavesThePlayerTheSentencesSubject() {
        Quote q = only("Second seed Ivana Horvat beat Anna Kowalska 6-3 6-2 on Tuesday.",
                "\u201cI served well,\u201d the Croatian said.");
        assertEquals("Ivana Horvat", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.rule(), q.toString());
    }

    /**
     * Rule "relative aside": an earnings story's "The retailer, which runs 400 stores across Britain, said …": the
     * "which" clause between commas is an aside, and the subject stands before it (not a role made of the clause's
     * words, "runs 400 stores").
     */
    @Test
    void aWhichClauseBeforeTheCueVerbIsAnAside() {
        Quote q = only("Shares fell 5 percent on Thursday.",
                "The retailer, which runs 400 stores across Britain, said trading was \u201ctough over Christmas\u201d.");
        assertEquals("the retailer", q.speakerRole(), q.toString());
        assertEquals(SpeakerRule.FRAGMENT_CUE_BEFORE.label, q.rule(), q.toString());
    }
}
