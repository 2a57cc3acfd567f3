package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thirteenth entity pass: words that name a term, a kind of group or a stance rather than a person or an
 * organisation; transcript labels; organisations named by their members or their market.
 */
class EntityShapesTest {
    private final Extractor extractor = new Extractor();

    private List<Actor> actors(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors();
    }

    private List<String> names(String... paragraphs) {
        return actors(paragraphs).stream().map(Actor::name).toList();
    }

    @Test
    void aWordWrittenBeforeNounsIsATermNotAPerson() {
        // rule "word before nouns" (CommonWordNames.modifierOnly): "the Grexit campaign" made a surname by its tenure noun
        List<String> found = names("Mrs. Halvorsen has no plans to take cues from the Grexit campaign, advisers say.",
                "Thursday's Grexit referendum was an unnerving reminder that voter anger is deep.",
                "''Grexit is clearly a cautionary tale,'' said Jane Okafor, a professor at the University of Akron.",
                "Several Democrats cautioned against drawing lessons from the Grexit vote.");
        assertFalse(found.contains("Grexit"), found.toString());
        assertTrue(found.contains("Jane Okafor"), found.toString());
    }

    @Test
    void aSurnameBeforeTenureNounsStaysAPerson() {
        // rule "word before nouns" counts no tenure noun: "the Halvorsen administration" is his
        List<String> found = names("Critics of the Halvorsen administration spoke.", "The Halvorsen administration said no.",
                "The Halvorsen years were hard.");
        assertTrue(found.contains("Halvorsen"), found.toString());
    }

    @Test
    void superPacIsAKindOfCommitteeNotAName() {
        // rule "generic super PAC" (OrganizationRules.genericSuperPac)
        List<String> found = names("The head of the major Super PAC backing former Florida Gov. Jeb Okafor, Mike Halvorsen, "
                + "praised the donor.", "The Lena Okafor Super PAC has now become the Keep the Promise PAC.",
                "Super PACs have the money.");
        assertTrue(found.stream().noneMatch(n -> n.contains("Super PAC")), found.toString());
        assertTrue(found.contains("Keep the Promise PAC"), found.toString());
    }

    @Test
    void theWordAfterProOrAntiIsWhomTheGroupBacks() {
        // rule "stance prefix" (OrganizationRules.withoutOpener)
        List<String> found = names("Ads from the pro-Halvorsen Great Harbor PAC ran in May.",
                "An anti-Okafor PAC recently revealed its polling.", "A pro-Leon Okafor PAC launched a mini-documentary.");
        assertTrue(found.contains("Great Harbor PAC"), found.toString());
        assertTrue(found.stream().noneMatch(n -> n.startsWith("Halvorsen") || n.endsWith("Okafor PAC")), found.toString());
    }

    @Test
    void aTranscriptLabelIsAPersonsSurname() {
        // rule "transcript speaker label" (TranscriptLabels): not the unknown acronym "OKAFOR"
        List<Actor> found = actors("Sunday, on the network's morning show, Gov. Lena Halvorsen spoke about the shootings.",
                "OKAFOR: Do you think he has campaigned as a healer?",
                "HALVORSEN: I think he is trying to campaign as a healer.",
                "UPDATE: The governor's office later released a statement.");
        assertTrue(found.stream().anyMatch(a -> a.isPerson() && a.name().equals("Okafor")), found.toString());
        assertTrue(found.stream().noneMatch(a -> a.name().equals("OKAFOR") || a.name().equals("UPDATE")
                || a.name().equalsIgnoreCase("Update")), found.toString());
        assertTrue(found.stream().anyMatch(a -> a.isPerson() && a.name().equals("Lena Halvorsen")), found.toString());
    }

    @Test
    void aMarketOrAUnionNamedByItsMembersIsAnOrganisation() {
        // org-heads.txt "markets and unions named by their members"
        List<String> found = names("Oil was up 46 cents to settle at $41.60 on the Halvorsen Mercantile Exchange.",
                "It comes two days after two holdout unions, the United Steelworkers and the Glass Workers Union, "
                + "endorsed her.");
        assertTrue(found.contains("Halvorsen Mercantile Exchange"), found.toString());
        assertTrue(found.contains("United Steelworkers"), found.toString());
    }

    @Test
    void anEpithetOrTeamBeforeAKnownNameInsideASentenceIsNoPerson() {
        // rule "epithet before a known name" (PersonPasses.wordBeforeKnownSurname)
        List<Actor> found = actors("Lena Halvorsen and Jane Okafor will debate on Thursday.",
                "He wants to prove that he is no fluke, that Team Halvorsen's contention that he ran well was wrong.",
                "I don't know if he realizes how brilliant this proposed debate with Crazy Jane is.");
        List<String> names = found.stream().map(Actor::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Team") || n.startsWith("Crazy")), names.toString());
        assertTrue(names.contains("Jane Okafor") && names.contains("Lena Halvorsen"), names.toString());
    }

    @Test
    void aVerbAnAdjectiveOrAHolidayMakesNoName() {
        // rules "verb or adjective opening a name" (NameWordRules.wordShapedOpener) and holidays in NOT_SURNAMES
        List<String> found = names("''Closing Halvorsenmo is an imperative,'' Okafor said.", "Political Frankenstein.",
                "He let out a sigh and said: 'Jim, thanks for coming. Merry Christmas.'",
                "The video, titled ''A Halvorsen Christmas,'' pans around gifts.");
        assertTrue(found.stream().noneMatch(n -> n.startsWith("Closing") || n.startsWith("Political")
                || n.contains("Christmas")), found.toString());
    }

    @Test
    void largeCompaniesAndForeignPapersAreKnown() {
        // organizations.txt "more large companies and media worldwide"
        List<String> found = names("She was named chief executive after a merger with Compaq, the Texas computer maker.",
                "An EgyptAir flight crashed, the Italian daily La Stampa reported.");
        assertTrue(found.containsAll(List.of("Compaq", "EgyptAir", "La Stampa")), found.toString());
    }

    @Test
    void aLawNamedForItsSponsorsIsNoPerson() {
        // rule "law named for its sponsors" (SponsorLaws)
        List<String> found = names("The platform calls for restoring the Halvorsen-Okafor Act, the Depression-era law.",
                "''By embracing Super Halvorsen-Okafor, Jane Roe could leap to the left,'' he wrote.",
                "Halvorsen-Okafor aimed to protect savings.");
        assertTrue(found.stream().noneMatch(n -> n.contains("Halvorsen-Okafor")), found.toString());
        assertTrue(found.contains("Jane Roe"), found.toString());
    }

    @Test
    void aTitleCaseFirstLineEndingLikeASentenceIsStillTheHeadline() {
        // rule "title-case first line" (PersonPasses.mergePeople): no person "Mom Corners Halvorsen"
        List<String> found = names("Gold Star Mom Corners Halvorsen On His Refusal To Use The Words \u2018Harbor Terrorist.\u2019",
                "President Jane Halvorsen responded to a Gold Star mother Wednesday night.");
        assertTrue(found.stream().noneMatch(n -> n.startsWith("Mom")), found.toString());
        assertTrue(found.contains("Jane Halvorsen"), found.toString());
    }

    @Test
    void aKnownNameBeforeATitleCaseVerbIsThatPerson() {
        // rule "known name before a title-case word" (PersonPasses.nameBeforeTitleCaseWord): a linked headline
        List<Actor> found = actors("Jane Roe spoke to voters in Port Elm on Monday.", "Related:",
                "Jane Roe Put On The Defensive Over Harbour Policy.", "Roe later left for the capital.");
        assertTrue(found.stream().noneMatch(a -> a.name().endsWith("Put")), found.toString());
        Actor roe = found.stream().filter(a -> a.name().equals("Jane Roe")).findFirst().orElseThrow();
        assertTrue(roe.mentions() == 3 && roe.aliases().contains("Roe"), roe.toString());
    }

    @Test
    void anHonorificGoesToThePersonOfItsSex() {
        // rule "honorific of the other sex" (PersonPasses.sexClash)
        List<Actor> found = actors("Greta Halvorsen and her husband, Bill Halvorsen, toured the plant on Sunday.",
                "Mrs. Halvorsen told voters that Mr. Halvorsen would be in charge of the economy.",
                "Mrs. Halvorsen did not hesitate. Mrs. Halvorsen smiled.");
        Actor greta = found.stream().filter(a -> a.name().equals("Greta Halvorsen")).findFirst().orElseThrow();
        Actor bill = found.stream().filter(a -> a.name().equals("Bill Halvorsen")).findFirst().orElseThrow();
        assertTrue(greta.mentions() >= 4, found.toString());
        assertTrue(bill.mentions() == 2, found.toString());
    }

    @Test
    void aKnownSurnameAndAWordIsNoPerson() {
        // rule "known surname and a word" (SurnameAndWord)
        List<String> found = names("The campaign plans to employ Mr. Okafor and the first lady, Lena Okafor, in the coming weeks.",
                "[Video: FULL SPEECH: President Okafor Speech at Harbor Caucus Foundation in Washington DC Watch on YouTube.]");
        assertTrue(found.stream().noneMatch(n -> n.endsWith("Speech")), found.toString());
        assertTrue(found.contains("Lena Okafor"), found.toString());
    }

    @Test
    void aWordInIngOpensANameBeforeAPersonsApposition() {
        // rule "word in -ing as a given name" (NameWordRules): "Blessing" is an English word in -ing, which opens no
        // name ("Closing Gitmo"), unless a surname of no dictionary follows and then a person's apposition or a cue verb
        assertTrue(names("A maternity clinic opened on Tuesday.",
                "Blessing Okafor, a midwife at the clinic, said mothers no longer had to travel.").contains("Blessing Okafor"));
        assertTrue(names("Blessing Okafor said the queue was long.").contains("Blessing Okafor"));
        // a word in -ing that governs the name after it stays out of the name
        assertFalse(names("Hundreds came, including Tendai Moyo, a farmer.").contains("Including Tendai Moyo"));
        assertFalse(names("Closing Gitmo, a prison, was his plan.").contains("Closing Gitmo"));
        // a pronoun in -ing opens a clause: "Nothing Okafor said surprised the crowd" names Okafor alone if anyone
        assertTrue(names("Nothing Okafor said surprised the crowd.").stream().noneMatch(n -> n.startsWith("Nothing")));
    }

    @Test
    void mrAndMsOfOneSurnameAreTwoPeople() {
        // rule "couple by their honorifics" (HonorificSex.Couples): with no given name for either, "Mr. Okafor" and
        // "Ms. Okafor" are two people named with their honorifics; each later mention goes to the one it addresses
        List<String> found = names("\"We have lost everything,\" said Mr. Okafor, who has lived there since 1998.",
                "Ms. Okafor said the city had ignored them. Mr. Okafor said they would move.");
        assertEquals(List.of("Mr. Okafor", "Ms. Okafor"), found.stream().sorted().toList());
        // one honorific throughout: one person, named by the surname
        assertEquals(List.of("Okafor"), names("Mr. Okafor said it rained. Mr. Okafor left."));
    }

    @Test
    void givenOpensANameWithATitleBeforeOrAPersonsAppositionAfter() {
        // rule "word given name" (NameWordRules.wordGivenName, NameRuns.runs): "Given" opens clauses, so the run leaves
        // it out, unless a title or a cue verb stands right before or a person's apposition or a cue verb follows
        assertTrue(names("The club announced the signing on Tuesday.", "Defender Given Msimango joined on a free transfer.")
                .contains("Given Msimango"));
        assertTrue(names("\"I am happy,\" said Given Msimango after the match.").contains("Given Msimango"));
        assertTrue(names("Given Msimango, 27, signed a new deal.").contains("Given Msimango"));
        // the clause "Given X's …" and "Given X" before anything else are no names
        assertTrue(names("Given Msimango's form, the coach kept him.", "Given Mokoena was injured, Tau started.")
                .stream().noneMatch(n -> n.startsWith("Given")));
    }

    @Test
    void twoUnlistedWordsBeforeAnAppositionAndACueVerbAreAPerson() {
        // rule "cue after a short apposition" (NameEvidenceRules): no list holds "Dawa" or "Gyalzen", yet ", a guide,
        // said" after them is said of a person; an apposition of a company's noun is said of a body
        List<String> found = names("The trail reopened on Tuesday.",
                "Dawa Gyalzen, a guide, said the route was crowded. Halvex Zentro, a supplier, said prices rose.");
        assertTrue(found.contains("Dawa Gyalzen"));
        assertFalse(actors("The trail reopened on Tuesday.", "Halvex Zentro, a supplier, said prices rose.").stream()
                .anyMatch(a -> a.isPerson() && a.name().equals("Halvex Zentro")));
        assertTrue(names("Tsering Lhamo, an innkeeper in the valley, told reporters the road was shut.").contains("Tsering Lhamo"));
        // a body's noun opening or ending the apposition: "a unit of …", "a cement maker"
        assertFalse(actors("Zentro Halvo, a unit of Okonjo Group, said prices rose.").stream().anyMatch(Actor::isPerson));
        assertFalse(actors("Zentro Halvo, a cement maker, said prices rose.").stream().anyMatch(Actor::isPerson));
    }
}
