package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Attribution shapes of the business, science, court, sport and tech desks and of live pages (round 20's probes,
 * {@code speaker-probes-desks.txt}) that the sieve got wrong; one sentence shape per rule, invented names.
 */
class DeskSpeakersTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).quotes();
    }

    /**
     * Rule "owner's title" (Descriptions.titleModifies): in "the judge's clerk said" the title in the possessive owns
     * the head noun after it; the clerk speaks, not the judge the article named, and the role keeps the head.
     */
    @Test
    void aTitleInThePossessiveOwnsTheSpeaker() {
        List<Quote> q = quotes("Judge Rafael Ortiz adjourned the case. \u201cIt will resume on Monday,\u201d the judge's clerk said.",
                "\u201cThe file is closed,\u201d the magistrate's office said.");
        assertEquals(2, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the judge's clerk", q.get(0).speakerRole(), q.toString());
        assertEquals("the magistrate's office", q.get(1).speakerRole(), q.toString());
    }

    /**
     * Rule "unknown word by its verb": a surname no list holds, opening its sentence right before the cue verb, speaks;
     * an English word there ("Officials said") names no one.
     */
    @Test
    void unknownWordOpeningItsSentenceBeforeTheCueVerbSpeaks() {
        List<Quote> q = quotes("Mutua said: \u201cThe platform now processes more payments than the banks.\u201d",
                "Sorensen posted on X that the feature \u201cwas never meant to be permanent\u201d.",
                "Officials said: \u201cThe road will reopen on Friday.\u201d");
        assertEquals(3, q.size(), q.toString());
        assertEquals("Mutua", q.get(0).speakerName(), q.toString());
        assertEquals("unlisted-name", q.get(0).rule());
        assertEquals("Sorensen", q.get(1).speakerName(), q.toString());
        assertNull(q.get(2).speakerName(), q.toString());
    }

    /**
     * Rule "name label": an interview's or live page's paragraph that opens (after a time stamp) with only a name and
     * a colon names its speaker; "Update:" does not, nor a title-case headline that opens with no given name.
     */
    @Test
    void nameLabelBeforeTheColonSpeaks() {
        List<Quote> q = quotes("The founder spoke to us in Lagos.", "Tunde Adeyemi: \u201cWe grew too fast, and I take responsibility for that.\u201d",
                "12:35 Halloran: \u201cWe will cut stamp duty for first-time buyers.\u201d",
                "Update: \u201cThe road will reopen on Friday.\u201d");
        assertEquals(3, q.size(), q.toString());
        assertEquals("Tunde Adeyemi", q.get(0).speakerName(), q.toString());
        assertEquals("colon-introduction", q.get(0).rule());
        assertEquals("Halloran", q.get(1).speakerName(), q.toString());
        assertNull(q.get(2).speakerName(), q.toString());
    }

    /**
     * Rule "signed paragraph": a quotation opening its paragraph, then a dash and a name closing it, is that person's
     * even when the quotation ends in no stop; a comma after the dash ("“Fake news” - CNN, NBC …") signs nothing.
     */
    @Test
    void dashAndNameClosingAQuotationParagraphSignIt() {
        List<Quote> q = quotes("\u201cWe will publish every contract online\u201d - Minister Lucia Ortega.",
                "\u201cFake news\u201d - Halvard, Ostby and the rest were named.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Lucia Ortega", q.get(0).speakerName(), q.toString());
        assertEquals("signature", q.get(0).rule());
        assertNull(q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "description by apposition": "the neuroscientist said" is the one person the article described as "X, a
     * neuroscientist"; with two people so described it stays the role.
     */
    @Test
    void descriptionStandsForThePersonItWasInAppositionTo() {
        List<Quote> q = quotes("Lucia Sandoval, a neuroscientist at the University of Valparaiso, led the study.",
                "\u201cWe were surprised by how large the effect was,\u201d the neuroscientist said.");
        assertEquals("Lucia Sandoval", q.get(0).speakerName(), q.toString());
        assertEquals("subject-then-cue-verb", q.get(0).rule());
        q = quotes("Lucia Sandoval, a neuroscientist at the University of Valparaiso, led the study with Pedro Quiroga, a neuroscientist in Lima.",
                "The work took six years.", "\u201cWe were surprised,\u201d the neuroscientist said.");
        assertNull(q.get(0).speakerName(), q.toString());
    }

    /** Rule "person of a place or body", widened to "at": the economist at a bank wrote it, not the bank. */
    @Test
    void personAtABodySpeaks() {
        List<Quote> q = quotes("\u201cThe labour market is cooling, but slowly,\u201d economists led by Isabelle Tremblay at Northpoint Bank wrote in a note.");
        assertEquals("Isabelle Tremblay", q.get(0).speakerName(), q.toString());
        assertEquals("subject-then-cue-verb", q.get(0).rule());
    }

    /**
     * Rule "side's leader": "the manager" after "X's side …" is X; "the Rovers boss" after X spoke is X, unless X is
     * titled the manager of another club.
     */
    @Test
    void sidesLeaderIsTheOwnerOfTheSideOrWhoJustSpoke() {
        List<Quote> q = quotes("Callum Abernethy's side held on for a point.",
                "\u201cWe had to dig deep in the second half,\u201d the manager told BBC Sport.");
        assertEquals("Callum Abernethy", q.get(0).speakerName(), q.toString());
        q = quotes("Asked about the penalty, Graham Whitlock said: \u201cIt's never a penalty.\u201d",
                "\u201cThe officials have to look at it again,\u201d the Palace boss added.");
        assertEquals("Graham Whitlock", q.get(1).speakerName(), q.toString());
        q = quotes("Rovers manager Callum Abernethy was furious with the referee.",
                "\u201cWe had to dig deep,\u201d the Palace boss said.");
        assertNull(q.get(0).speakerName(), q.toString());
        q = quotes("Jane Roe's lawyer spoke to the court.", "\u201cShe is innocent,\u201d the lawyer said.");
        assertNull(q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "the winner": a match report names the winner before a verb of winning, then the beaten player who opens
     * the sentence before the quotation; "the winner" is the one who won, not the last subject.
     */
    @Test
    void theWinnerIsWhoWon() {
        List<Quote> q = quotes("Amara Diallo won the title on Sunday, beating top seed Elena Rossi in three sets. "
                + "Rossi had saved two match points.", "\u201cIt is a dream,\u201d the winner said.");
        assertEquals("Amara Diallo", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "counsel is no body": a court report names the accused, then quotes "his lawyer"; the lawyer is someone
     * else, unnamed, and the quotation keeps the role rather than the accused's name. A campaign still speaks as
     * its owner, and a lawyer named in apposition is that lawyer.
     */
    @Test
    void hisLawyerIsNotTheAccused() {
        List<Quote> q = quotes("Former minister Jorge Salinas was sentenced to eight years for bribery on Tuesday.",
                "\u201cWe will appeal,\u201d his lawyer said.");
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("his lawyer", q.get(0).speakerRole(), q.toString());
        q = quotes("Former minister Jorge Salinas was sentenced to eight years for bribery on Tuesday.",
                "\u201cWe will appeal,\u201d his lawyer, Beatriz Ochoa, said.");
        assertEquals("Beatriz Ochoa", q.get(0).speakerName(), q.toString());
        q = quotes("Senator Amara Okafor announced her bid on Monday.",
                "\u201cShe will win,\u201d her campaign said.");
        assertEquals("Amara Okafor", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "counsel is no body" for a named client (in the owner's circle): "Mwangi's lawyers said" after the
     * client's own words are the lawyers', unnamed; the role stays, as it does for "his lawyer".
     */
    @Test
    void theNamedClientsLawyersAreNotTheClient() {
        List<Quote> q = quotes("Activist Grace Mwangi was charged with unlawful assembly on Monday. \u201cI did nothing "
                + "wrong,\u201d Mwangi said.",
                "\u201cThe charges are politically motivated,\u201d Mwangi's lawyers said in a statement.");
        assertEquals("Grace Mwangi", q.get(0).speakerName(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
        assertEquals("Mwangi's lawyers", q.get(1).speakerRole(), q.toString());
    }

    /**
     * Rule "unnamed group": a court report names the accused, then "prosecutors alleged" (a cue verb of accusing):
     * the prosecutors speak, unnamed, not the accused the sentence before is about; "federal investigators said"
     * likewise keeps its words as the role.
     */
    @Test
    void prosecutorsAreAGroupNotTheAccused() {
        List<Quote> q = quotes("Karim Haddad, a former customs chief, is accused of taking bribes worth 4 million rand.",
                "\u201cHe ran the port as his private business,\u201d prosecutors alleged.",
                "\u201cThe money went abroad,\u201d federal investigators said.");
        assertEquals(2, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("prosecutors", q.get(0).speakerRole(), q.toString());
        assertEquals(SpeakerRule.SUBJECT_THEN_CUE_VERB.label, q.get(0).rule(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
        assertEquals("federal investigators", q.get(1).speakerRole(), q.toString());
    }

    /** Rule "the winner", by losing: "Elena Rossi lost to Amara Diallo": the winner is the one named after "lost to". */
    @Test
    void theWinnerIsWhomTheLoserLostTo() {
        List<Quote> q = quotes("Elena Rossi lost to Amara Diallo in three sets on Sunday.",
                "\u201cIt is a dream,\u201d the winner said.");
        assertEquals("Amara Diallo", q.get(0).speakerName(), q.toString());
        q = quotes("Top seed Marco Bianchi was beaten by Kofi Mensah in the semi-final on Saturday.",
                "\u201cI played the best tennis of my life,\u201d the champion said.");
        assertEquals("Kofi Mensah", q.get(0).speakerName(), q.toString());
    }

    /** Rule "study's author": "the study's lead author" is the one person who led the study; with none, the role. */
    @Test
    void studysAuthorIsWhoLedTheStudy() {
        List<Quote> q = quotes("Lucia Sandoval, a neuroscientist at the University of Valparaiso, led the study.",
                "\u201cWe were surprised by how large the effect was,\u201d the study's lead author said.");
        assertEquals("Lucia Sandoval", q.get(0).speakerName(), q.toString());
        q = quotes("Lucia Sandoval spoke in Lima.", "\u201cWe were surprised,\u201d the study's lead author said.");
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("the study's lead author", q.get(0).speakerRole(), q.toString());
    }

    /**
     * Rule "body in an apposition": the bank in "Morgenstern, an economist at Elbtal Bank, said" is where the speaker
     * works; the name opening the apposition speaks. A body that is itself the subject keeps the quotation.
     */
    @Test
    void bodyInAnAppositionIsNoSpeaker() {
        List<Quote> q = quotes("\u201cConsumers are exhausted,\u201d Morgenstern, an economist at Elbtal Bank, said.",
                "\u201cRates will fall,\u201d Reuters, a news agency owned by Thomson, said.");
        assertEquals("Morgenstern", q.get(0).speakerName(), q.toString());
        assertEquals("unlisted-name", q.get(0).rule());
        assertEquals("Reuters", q.get(1).speakerName(), q.toString());
    }

    /** Rule "adding after a quotation": ", adding that … “…”" goes on with who spoke the quotation its sentence reports. */
    @Test
    void addingGoesOnWithTheQuotationsSpeaker() {
        List<Quote> q = quotes("\u201cConsumers are exhausted,\u201d Morgenstern, an economist at Elbtal Bank, said, adding that the"
                + " figures were \u201cthe weakest since 2020\u201d.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Morgenstern", q.get(1).speakerName(), q.toString());
        assertEquals("fragment-cue-before", q.get(1).rule());
    }

    /**
     * Rule "body's people": in "senior club officials said" the body's word only qualifies the plural noun; the
     * officials speak as a group, and the role keeps the noun, not "senior club".
     */
    @Test
    void aBodysWordBeforeItsPeopleIsNoSpeaker() {
        List<Quote> q = quotes("The league fined Rovers 50,000 pounds on Friday.",
                "\u201cWe will appeal the fine,\u201d senior club officials said.",
                "\u201cWe will strike in May,\u201d union members said.",
                "\u201cThe two budgets are not comparable,\u201d officials at the ministry said.");
        assertEquals(3, q.size(), q.toString());
        assertNull(q.get(0).speakerName(), q.toString());
        assertEquals("senior club officials", q.get(0).speakerRole(), q.toString());
        assertEquals("union members", q.get(1).speakerRole(), q.toString());
        assertEquals("officials at the ministry", q.get(2).speakerRole(), q.toString());
    }

    /**
     * Rule "passive agent", the agent after the quotation: "has been called “…” by Joshua Roe", "was described as
     * “…” by opposition leader Jane Doe": the named agent after "by" spoke the words; a group of no name gets none.
     */
    @Test
    void theAgentAfterAPassiveQuotationSpeaks() {
        List<Quote> q = quotes("Finance minister Carla Rendon presented the budget on Monday.",
                "The plan was described as \u201creckless and unfunded\u201d by opposition leader Tomas Brandt.",
                "Her approach has been called \u201ca gamble\u201d by economists at the central bank.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Tomas Brandt", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.PASSIVE_AGENT.label, q.get(0).rule(), q.toString());
        assertNull(q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "known as": "said the ferry captain known as Bob", "a woman identified only as Amina told reporters": the
     * name after "known as", "identified only as" or "named" speaks, not the description; "identified" is no cue.
     */
    @Test
    void theNameADescriptionIsKnownBySpeaks() {
        List<Quote> q = quotes("\u201cThere never was an order,\u201d said the ferry captain known as Bob, who asked to be named so.",
                "\u201cI saw the water rise,\u201d a woman identified only as Amina told reporters.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Bob", q.get(0).speakerName(), q.toString());
        assertEquals("Amina", q.get(1).speakerName(), q.toString());
        assertEquals("told", q.get(1).cue(), q.toString());
    }

    /**
     * Rule "describing participle": in "“…,” alleged victim Maria Lopez told the court" "alleged" describes the
     * speaker and "told" is the cue; "“…,” noted economist Jane Roe." keeps "noted", having no other verb.
     */
    @Test
    void aParticipleBeforeTheSpeakersNounDescribesHer() {
        List<Quote> q = quotes("\u201cHe told me no one would believe me,\u201d alleged victim Maria Lopez told the court.",
                "\u201cRates will rise,\u201d noted economist Jane Roe.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Maria Lopez", q.get(0).speakerName(), q.toString());
        assertEquals("told", q.get(0).cue(), q.toString());
        assertEquals("Jane Roe", q.get(1).speakerName(), q.toString());
        assertEquals("noted", q.get(1).cue(), q.toString());
    }

    /**
     * Rule "list bullet": in a digest's "-Craig Roe explains why Indiana is “weird.” [538]" the hyphen opening the item
     * is a bullet, not a join as in "a pro-Roe group": the name after it is the subject, not the source of the item
     * before.
     */
    @Test
    void aHyphenOpeningAListItemIsABullet() {
        List<Quote> q = quotes("Links to the best of the week's polling news:",
                "-Dana Whitlock assesses the race by comparing prediction markets. [Reuters]\n"
                + "-Craig Fenwick explains why the state is \u201cweird.\u201d [538]");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Craig Fenwick", q.get(0).speakerName(), q.toString());
    }

    /**
     * Rule "body's title holder": a headline "Network President On Rival: ‘…’" over a story of "Network President Jeff
     * Roe" is his; "explained BBC moderator Jane Roe: “…”" is hers, not the network's.
     */
    @Test
    void aBodyAndTitleBeforeAColonNameTheTitleHolder() {
        List<Quote> q = extractor.extractStrict(Articles.body(
                "Unilever Chief On Prices: \u2018We Will Not Raise Them Again\u2019",
                "Unilever Chief Anita Varga said the company would hold prices.",
                "Put simply, explained BBC moderator Lena Ostrova: \u201cWho pays for the freeze in the end?\u201d")).quotes();
        assertEquals(2, q.size(), q.toString());
        assertEquals("Anita Varga", q.get(0).speakerName(), q.toString());
        assertEquals("Lena Ostrova", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rules "if asked" and "saying before": in "… by saying he would bring his expertise to the ministry if asked."
     * "asked" has no subject; the sentence's only cue is "saying", whose subject, Bolt, speaks the quotation after it.
     */
    @Test
    void aSentenceSayingSomethingGivesTheQuotationAfterIt() {
        List<Quote> q = quotes("Ivan Bolt distanced himself from the protest movement by saying he would bring his "
                + "expertise to the Trade Ministry if asked. \u201cI am going to support him, and support him fully.\u201d");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Ivan Bolt", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.SENTENCE_BEFORE.label, q.get(0).rule(), q.toString());
    }

    /**
     * Rule "that-clause fragment": "as Rook claimed that “Dane lost his post over much less,” one of the lawyers
     * said the two matters were unlike": the words are Rook's, the clause of "claimed"; "said" reports its own clause.
     * "Rook cannot say that “from his perspective,” Doe added" stays Doe's.
     */
    @Test
    void aQuotationAfterThatIsTheFirstVerbsWhenTheLaterReportsItsOwnClause() {
        List<Quote> q = quotes("Mark Rook spoke in Ohio.",
                "But even as Rook claimed on Tuesday that \u201cGeneral Dane lost his post over much less,\u201d one of the "
                        + "lawyers who once served Dane said the two matters were hardly alike.",
                "Rook cannot say that \u201cfrom his perspective,\u201d Doe added.");
        assertEquals(2, q.size(), q.toString());
        assertEquals("Mark Rook", q.get(0).speakerName(), q.toString());
        assertEquals("claimed", q.get(0).cue(), q.toString());
        assertEquals("Doe", q.get(1).speakerName(), q.toString());
    }

    /**
     * Rule "joined description": "The Liberal leadership hopeful and former secretary of health said" is one
     * description, read whole (the person the sentence before is about), not the role "and former secretary".
     */
    @Test
    void twoDescriptionsJoinedByAndAreOne() {
        List<Quote> q = quotes("Maria Keller spoke in Des Moines on Sunday.",
                "The Liberal leadership hopeful and former secretary of health said the wards "
                        + "\u201cplainly\u201d needed more night nurses.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Maria Keller", q.get(0).speakerName(), q.toString());
    }
}
