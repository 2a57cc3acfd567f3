package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerResolverTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).quotes();
    }

    private Quote only(String... paragraphs) {
        List<Quote> q = quotes(paragraphs);
        assertEquals(1, q.size(), q.toString());
        return q.get(0);
    }

    /** A role opening its sentence is kept as it reads elsewhere: "another commenter", not "Another commenter". */
    @Test
    void aRoleOpeningItsSentenceLosesTheSentencesCapital() {
        List<Quote> q = quotes("Readers reacted to the ruling within minutes.",
                "Another commenter wrote: \u201cThe court got this one wrong.\u201d");
        assertEquals(1, q.size(), q.toString());
        assertEquals("another commenter", q.get(0).speakerRole(), q.toString());
        assertEquals("the GOP front-runner", SpeakerResolver.shownRole("The GOP front-runner"));
        assertEquals("Republican presidential nominee", SpeakerResolver.shownRole("Republican presidential nominee"));
    }

    /**
     * Rule "paragraph-introduction": a clause opening the colon's sentence with "when" names who it is about; the
     * main clause's person introduces the quotation.
     */
    @Test
    void paragraphIntroductionTakesThePersonOfTheMainClause() {
        Quote q = only("When Ana Brightwater died in 2004, President Tomas Elderby released the following statement:",
                "\u201cWe offer our condolences to her family. She served her state with courage for forty years.\u201d");
        assertEquals("Tomas Elderby", q.speakerName(), q.toString());
        assertEquals("paragraph-introduction", q.rule());
    }

    /**
     * Rule "pronoun-after-description": "he" after a sentence opened by a description that names no one (the senator
     * named before is no governor) stands for that description, in the next paragraph too, not for the senator.
     */
    @Test
    void pronounAfterADescriptionThatNamesNoOneStaysItsRole() {
        List<Quote> q = quotes("Sen. Mark Okafor spoke to voters on Monday about trade and jobs in the state.",
                "The Ohio governor said the state needs new roads, but that he would not support tax increases.",
                "\u201cWe cannot keep asking families to pay more,\u201d he said.",
                "\u201cAt the end of the day, voters want results,\u201d he added.");
        assertEquals(2, q.size(), q.toString());
        for (Quote x : q) {
            assertNull(x.speakerName(), q.toString());
            assertEquals("the Ohio governor", x.speakerRole(), q.toString());
            assertEquals("pronoun-after-description", x.rule(), q.toString());
        }
    }

    /** Rule "pronoun-after-description" after a sentence a description opens with no cue verb. */
    @Test
    void pronounAfterADescriptionOpeningASentenceWithoutCue() {
        Quote q = only("Sen. Mark Okafor spoke to voters on Monday about trade and jobs in the state.",
                "The Ohio governor fended off a challenge from the senator in a primary at home on Tuesday.",
                "\u201cWe cannot keep asking families to pay more,\u201d he said.");
        assertNull(q.speakerName(), q.toString());
        assertEquals("the Ohio governor", q.speakerRole(), q.toString());
        assertEquals("pronoun-after-description", q.rule(), q.toString());
    }

    /** Not for a description inside an opening clause: "When the moderator pointed out …, the candidate said". */
    @Test
    void pronounAfterADescriptionNeedsItToOpenTheSentence() {
        Quote q = only("Sen. Mark Okafor took the second question of the night.",
                "When the moderator pointed out that Okafor had not answered, the candidate said families can sue.",
                "\u201cThey sue,\u201d he said.");
        assertEquals("Mark Okafor", q.speakerName(), q.toString());
    }

    /**
     * Rule "party member unnamed": "said a Nevada Democrat", "one senior Republican said" is a member of the party left
     * unnamed, a role; a party word that only qualifies a noun after it is no such member.
     */
    @Test
    void anUnnamedPartyMemberIsARole() {
        List<Quote> q = quotes("Insiders weighed the race after the caucuses.",
                "\u201cThe gap is too wide to close in a week,\u201d said a Nevada Democrat.",
                "\u201cThe campaign has been slow to answer,\u201d one senior Republican said.",
                "Aides will publish the letters to rebut Republican claims of \u201cprogress\u201d in the talks.");
        assertEquals(3, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("a Nevada Democrat", q.get(0).speakerRole(), q.toString());
        assertEquals("one senior Republican", q.get(1).speakerRole(), q.toString());
        assertTrue(q.get(2).speakerRole() == null || !q.get(2).speakerRole().endsWith("Republican"), q.toString());
    }

    /**
     * Rule "described main subject": "he" opening a that-clause stands for the person a description opening the main
     * clause names ("The president also told correspondent X that he believes he “…”"), not the person told.
     */
    @Test
    void aPronounInAThatClauseIsTheDescribedMainSubject() {
        List<Quote> q = quotes("President Tomas Elderby said much of the doubt about him comes from his years abroad.",
                "\u201cThat is a question only I can answer,\u201d Elderby said.",
                "The president also told radio correspondent Paul Dunmore that he thinks he \u201cstands for a change some voters fear.\u201d");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Tomas Elderby", q.get(1).speakerName(), q.toString());
        // the record names the sieve rule that fired; "described main subject" is how its subject was found
        assertEquals("fragment-cue-before", q.get(1).rule(), q.toString());
    }

    @Test
    void nameThenCueVerbAfterTheQuotation() {
        Quote q = only("“The dam will hold,” Engineer Paulo Mendes said.");
        assertEquals("Paulo Mendes", q.speakerName());
        assertEquals("paulo-mendes", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void cueVerbThenNameAfterTheQuotation() {
        Quote q = only("“Nobody expected this,” said Mayor Lucia Ferreira.");
        assertEquals("Lucia Ferreira", q.speakerName());
    }

    @Test
    void nameAndColonBeforeTheQuotation() {
        assertEquals("Pedro Alvarez", only("Coach Pedro Alvarez said: “We lacked energy.”").speakerName());
    }

    @Test
    void appositionBeforeTheCueVerb() {
        Quote q = only("Ghana’s finance minister, Kwame Mensah, announced on his official account, “Debt talks are over.”");
        assertEquals("Kwame Mensah", q.speakerName());
        assertEquals("announced", q.cue());
    }

    @Test
    void appositionAfterTheQuotation() {
        Quote q = only("\"We are ready\", the head of the port authority, Lina Haddad, posted on Facebook.");
        assertEquals("Lina Haddad", q.speakerName());
        assertEquals("posted", q.cue());
    }

    @Test
    void quoteWithoutCueTakesTheSpeakerOfTheEarlierQuoteInItsParagraph() {
        List<Quote> q = quotes("“Exports rose,” Trade Minister Omar Haidari stated. “Imports fell.”");
        assertEquals("Omar Haidari", q.get(1).speakerName());
    }

    @Test
    void pronounTakesTheLastNamedPersonOfTheParagraphBefore() {
        List<Quote> q = quotes("“The season starts now,” manager Sofia Lindqvist said on Friday.", "“We need points,” she added.");
        assertEquals("Sofia Lindqvist", q.get(1).speakerName());
        assertEquals("added", q.get(1).cue());
    }

    @Test
    void pronounWithNobodyNamedGivesNull() {
        Quote q = only("“We need points,” she added.");
        assertNull(q.speaker());
        assertNull(q.speakerName());
    }

    @Test
    void participleIntroducesTheNextQuotationAndKeepsTheSubject() {
        List<Quote> q = quotes("Senator Maria Okafor called the deal ''fragile'' saying ''it can still collapse.''");
        assertEquals("Maria Okafor", q.get(0).speakerName());
        assertEquals("Maria Okafor", q.get(1).speakerName());
    }

    @Test
    void subjectBeforeVerbAndThatForAPartialQuote() {
        Quote q = only("Former President Hugo Ramos said last month that the reform is “dead”.");
        assertEquals("Hugo Ramos", q.speakerName());
    }

    @Test
    void documentResolvesToANamedDocumentWithTheSameHead() {
        Quote q = only("The Nile Basin treaty was signed in 2010.",
                "“Each state shall share the water fairly,” the treaty states.");
        assertEquals("Nile Basin treaty", q.speakerName());
        assertEquals("nile-basin-treaty", q.speaker());
    }

    @Test
    void organisationSpeaks() {
        assertEquals("World Health Organization", only("“Vaccinate now,” the World Health Organization said.").speakerName());
    }

    @Test
    void organisationNamedByItsHeadNounResolvesToTheOneInTheArticle() {
        Quote q = only("The Ministry of Health opened a clinic.", "“Care is free,” the ministry said.");
        assertEquals("Ministry of Health", q.speakerName());
    }

    @Test
    void groupOfCountriesSpeaks() {
        Quote q = only("Peru and Chile warned that the plan was a “provocation” against them.");
        assertEquals("Peru and Chile", q.speakerName());
    }

    @Test
    void speakerNamedOnlyByRoleGivesRoleAndNullSpeaker() {
        Quote q = only("“The defendant lied,” the judge said.");
        assertNull(q.speaker());
        assertEquals("the judge", q.speakerRole());
    }

    @Test
    void noCueGivesNoSpeaker() {
        Quote q = only("Banners with “No more war” hung across the square.");
        assertNull(q.speaker());
        assertNull(q.speakerRole());
    }

    @Test
    void quoteEndingASentenceIsNotAttributedToTheNextSentence() {
        List<Quote> q = quotes("Crowds chanted “Freedom now.” Police Chief Dan Moyo said nothing.");
        assertNull(q.get(0).speaker());
    }

    @Test
    void personBeforeAnAppositionNamingAnOrganisationIsTheSubject() {
        Quote q = only("Rita Gomes, Siemens's chief lawyer, said the firm \"strongly disagrees\" with the ruling.");
        assertEquals("Rita Gomes", q.speakerName());
    }

    @Test
    void roleAfterTheCueVerbLeavesTheVerbOut() {
        Quote q = only("‘Prices will rise,’ said one trader.");
        assertNull(q.speaker());
        assertEquals("one trader", q.speakerRole());
    }

    @Test
    void verbOfJudgementIntroducesAPartialQuote() {
        Quote q = only("Spokeswoman Irina Volkova dismissed the report as “fiction”.");
        assertEquals("Irina Volkova", q.speakerName());
        assertEquals("dismissed", q.cue());
    }

    @Test
    void unnamedDocumentGivesItsNounAsARoleNotAName() {
        // a lowercase "charter" is no name for the archive's list of speakers
        Quote q = only("“All members shall pay dues,” the charter states.");
        assertEquals(null, q.speakerName());
        assertEquals("the charter", q.speakerRole());
        assertEquals("states", q.cue());
    }

    @Test
    void aNationalityBeforeADocumentNounIsNoDocumentName() {
        Quote q = only("Delegates met in Ohio.", "“Each state shall vote first,” the Republican resolution states.");
        assertEquals(null, q.speakerName(), q.toString());
        assertEquals("the resolution", q.speakerRole(), q.toString());
    }

    @Test
    void aPlaceAfterOfOrACommaQualifiesTheSpeakerAndSpeaksNot() {
        Quote q = only("“The rule is wrong,” former Gov. Jeb Roe of Florida said on Twitter.");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Florida"), q.toString());
        Quote r = only("Ann Roe of Columbia, South Carolina says she thinks the plan can “pull off a win.”");
        assertTrue(r.speakerName() == null || !r.speakerName().equals("South Carolina"), r.toString());
    }

    @Test
    void aCountryByItsCueVerbStillSpeaks() {
        Quote q = only("Leaders met in Oslo.", "Norway insisted that the talks “must go on.”");
        assertEquals("Norway", q.speakerName(), q.toString());
    }

    @Test
    void aPartyWordAfterADescriptionIsNoName() {
        Quote q = only("“The campaign has been slow,” one senior Democrat said.");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Democrat"), q.toString());
        Quote cuban = only("“It is too early,” said Cuban, who owns a team.");
        assertEquals("Cuban", cuban.speakerName(), cuban.toString());
    }

    @Test
    void aNumberedPartOfATextIsNoSpeakerName() {
        Quote q = only("The right is enshrined in Article 12 of the 1951 Convention. "
                + "Article 12 affirms: “No state shall return a refugee to danger.”");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Article"), q.toString());
    }

    @Test
    void aHyphenedNationalityOrFaithIsNoName() {
        Quote q = only("The mayor said his anti-Muslim remarks were “propaganda” for terrorists.");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Muslim"), q.toString());
    }

    @Test
    void aPartyWordOpeningARoleIsNoName() {
        Quote q = only("Democratic presidential candidate Jane Roe is disavowing remarks made by a surrogate who said "
                + "voters shouldn’t “continue to elect corporate Democratic whores” at a rally.");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Democratic"), q.toString());
    }

    @Test
    void aSurnameShapedLikeAPluralStaysTheActorsName() {
        List<Quote> q = quotes("Senator Jane Wells spoke in Ohio.", "“We will win,” Wells said.");
        assertEquals("Jane Wells", q.get(q.size() - 1).speakerName(), q.toString());
    }

    @Test
    void aPlaceAndATitleAreNoName() {
        Quote q = only("“He is reprising that role,” said former Ohio Gov. and Democratic National Committee Chairman Ed Roe.");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Ohio Gov"), q.toString());
    }

    @Test
    void aPluralOrGeographicWordAloneIsNoName() {
        Quote q = only("Candidates say the plan is “inadequate.”");
        assertTrue(q.speakerName() == null || !q.speakerName().equals("Candidates"), q.toString());
        // the headline's "State" is the State Department the article names inside a sentence
        List<Quote> s = new Extractor().extract(Articles.plain("state.txt", "State calls 22 emails 'top secret.'\n\n"
                + "The State Department said on Friday that the emails were classified.\n", Articles.PUB)).quotes();
        assertEquals(1, s.size(), s.toString());
        assertTrue(s.get(0).speakerName() == null || !s.get(0).speakerName().equals("State"), s.toString());
    }

    @Test
    void theyTakesTheLastOrganisationNamed() {
        List<Quote> q = quotes("Amnesty International published a report on Monday.", "“Abuses are widespread,” they said.");
        assertEquals("Amnesty International", q.get(0).speakerName());
    }

    @Test
    void socialMediaPostIsAttributed() {
        Quote q = only("“The border is open,” Interior Minister Nadia Karim posted on X.");
        assertEquals("Nadia Karim", q.speakerName());
        assertEquals("posted", q.cue());
    }

    @Test
    void pronounBeforeTheVerbBeatsAPlaceOrOrganisationBeforeTheComma() {
        List<Quote> q = quotes("Mayor Rosa Lind spoke on Monday.",
                "Speaking to reporters outside the White House, she said: “We are ready.”");
        assertEquals("Rosa Lind", q.get(0).speakerName());
    }

    @Test
    void quotationAfterASentenceWithACueTakesItsSpeaker() {
        Quote q = only("Coach Anna Berg said the team had trained hard. “We are ready for anyone.”");
        assertEquals("Anna Berg", q.speakerName());
    }

    @Test
    void quotationAfterASentenceWithoutACueStaysUnattributed() {
        Quote q = only("Coach Anna Berg arrived late. “We are ready for anyone.”");
        assertNull(q.speaker());
    }

    @Test
    void pronounSkipsAPersonOfTheOtherGender() {
        List<Quote> q = quotes("Mrs Ada Obi met spokesman Tunde Bello on Monday.", "“The deal is done,” she said.");
        assertEquals("Ada Obi", q.get(0).speakerName());
    }

    @Test
    void accordingToNamesTheSpeakerAfterIt() {
        assertEquals("Human Rights Watch", only("“Hundreds were detained,” according to Human Rights Watch.").speakerName());
        assertEquals("Human Rights Watch", only("According to Human Rights Watch, the raids were “unlawful”.").speakerName());
    }

    @Test
    void unnamedStatementIsARoleNotASpeaker() {
        Quote q = only("“Talks will resume,” the statement said.");
        assertNull(q.speaker());
        assertEquals("the statement", q.speakerRole());
    }

    @Test
    void theCompanyIsTheOrganisationLastNamed() {
        List<Quote> q = quotes("Boeing delivered 40 jets in May.", "“Demand remains strong,” the company said.");
        assertEquals("Boeing", q.get(0).speakerName());
    }

    @Test
    void theCompanyWithNoOrganisationNamedIsARole() {
        Quote q = only("“Demand remains strong,” the company said.");
        assertNull(q.speaker());
        assertEquals("the company", q.speakerRole());
    }

    @Test
    void pronounAfterTheQuotationIsTheSubjectOfTheSentenceBeforeNotTheLastName() {
        Quote q = only("Mayor Lena Hart, who is close to Governor Piet Moss, said the vote was fair. "
                + "\u201cWe will count every ballot,\u201d she said.");
        assertEquals("lena-hart", q.speaker());
    }

    @Test
    void pronounWithNoCueInTheSentenceBeforeTakesTheLastPerson() {
        Quote q = only("Mayor Lena Hart met Governor Piet Moss. \u201cWe will count every ballot,\u201d he said.");
        assertEquals("piet-moss", q.speaker());
    }

    @Test
    void theTitleNounTakesThePersonWithThatTitleInTheSentenceBefore() {
        List<Quote> q = quotes("Federal Judge Amos Reyes ordered the plant closed.",
                "\u201cThe law is plain,\u201d the judge wrote.");
        assertEquals("amos-reyes", q.get(0).speaker());
    }

    @Test
    void theTitleNounWithNoOneOfThatTitleNearbyGivesOnlyARole() {
        List<Quote> q = quotes("Mayor Amos Reyes ordered the plant closed.",
                "\u201cThe law is plain,\u201d the judge wrote.");
        assertEquals(null, q.get(0).speaker());
        assertEquals("the judge", q.get(0).speakerRole());
    }

    @Test
    void theAgencyIsTheOrganisationJustNamed() {
        List<Quote> q = quotes("The World Food Programme said it had sent trucks. \u201cWe need access,\u201d the agency said.");
        assertEquals("World Food Programme", q.get(0).speakerName());
    }

    @Test
    void countrysMinistryWithoutANameSpeaksAsSuch() {
        Quote q = only("Chile's foreign ministry welcomed the vote, saying it showed \u201ca mature democracy\u201d.");
        assertEquals("Chile's foreign ministry", q.speakerName());
    }

    @Test
    void indefiniteRoleAfterAnOrganisationIsNoSpeaker() {
        Quote q = only("Rivals of the Labour Party (LP) left. \u201cEnough,\u201d said another LP senator, who declined to be named.");
        assertEquals(null, q.speaker());
    }

    @Test
    void secondVerbJoinedByButSharesTheNamedSubject() {
        Quote q = only("Coach Ivo Brandt admitted the team was tired but insisted: \u201cWe go again.\u201d");
        assertEquals("ivo-brandt", q.speaker());
    }

    @Test
    void secondVerbAfterAnotherNameGetsNoSpeakerFromTheFirst() {
        Quote q = only("Coach Ivo Brandt admitted the team was tired but Mr Oyelowo insisted: \u201cWe go again.\u201d");
        assertTrue(!"ivo-brandt".equals(q.speaker()), q.toString());
    }

    @Test
    void partialQuoteAfterRuledTakesTheJudge() {
        Quote q = only("Judge Mara Quist ruled that the firm had been \u201cgrossly negligent\u201d in the matter.");
        assertEquals("mara-quist", q.speaker());
    }

    @Test
    void indefiniteRoleWithAnOrganisationNounIsNotTheOrganisation() {
        Quote q = only("The Ministry of Water said rivers rose. A ministry spokesman said: \u201cStay away from the banks.\u201d");
        assertNull(q.speaker());
    }

    @Test
    void pulledOutQuoteTakesTheNamedSubjectOfTheNextParagraph() {
        Quote q = quotes("\u2018We did nothing wrong\u2019",
                "Mayor Tilda Brenn, who leads the council, rejected the report on Monday.").get(0);
        assertEquals("tilda-brenn", q.speaker());
    }

    @Test
    void pulledOutQuoteBeforeAParagraphWithoutACueStaysUnattributed() {
        Quote q = quotes("\u2018We did nothing wrong\u2019", "Mayor Tilda Brenn leads the council.").get(0);
        assertNull(q.speaker());
    }

    /** Descriptions: a document word that only modifies a later title ("law enforcement official") names no document. */
    @Test
    void aDocumentWordBeforeATitleIsNoDocumentSpeaker() {
        Quote q = only("The inquiry went on for months.",
                "\"There was wrongdoing,\" said a former senior U.S. law enforcement official.");
        assertNull(q.speakerName());
    }
}
