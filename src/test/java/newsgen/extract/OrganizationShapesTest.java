package newsgen.extract;

import newsgen.model.Actor;
import newsgen.model.Place;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organisation rules of real-news shapes, one test each, with invented sentences. */
class OrganizationShapesTest {
    private final Extractor extractor = new Extractor();

    private ArticleRecord record(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs));
    }

    private static List<Actor> orgs(ArticleRecord r) {
        return r.actors().stream().filter(a -> !a.isPerson()).toList();
    }

    private List<String> names(String... paragraphs) {
        return orgs(record(paragraphs)).stream().map(Actor::name).toList();
    }

    @Test
    void anAcronymWrittenWithDotsIsTheOrganisationOfItsLetters() {
        // rule "acronym written with dots" (AcronymRules.dotted): "the F.B.I." is the FBI the gazetteer knows, with
        // the dot the sentence's end took given back to its alias; "U.S" is a place, no body
        List<Actor> o = orgs(record("Agents of the F.B.I. searched the flat on Friday.",
                "The F.B.I. said later that the U.S. would send more, and G.O.P. leaders agreed."));
        assertEquals(List.of("Federal Bureau of Investigation", "Republican Party"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("F.B.I."), o.get(0).aliases());
        assertEquals(2, o.get(0).mentions());
        assertEquals(List.of("G.O.P."), o.get(1).aliases());
    }

    @Test
    void aBodysPublicationIsNoPerson() {
        // rule "publication of a body" (BodyPublications): "the UCSD Harlow Forecast" is the school's forecast,
        // not a man called Harlow Forecast, and "UCSD" is no short name of it
        ArticleRecord r = record("Growth will slow next year, according to the UCSD Harlow Forecast.",
                "\"Hiring has cooled,\" said Dana Okafor, an economist who directs the forecast.");
        assertEquals(List.of("UCSD Harlow Forecast"), orgs(r).stream().map(Actor::name).toList());
        assertEquals(List.of(), orgs(r).get(0).aliases());
        assertEquals(List.of("Dana Okafor"), r.actors().stream().filter(Actor::isPerson).map(Actor::name).toList());
    }

    @Test
    void aPlaceAnEditionWordAndAPapersWordNameANewspaper() {
        // rule "paper of a city with its edition" (CityPapers): "The Ohio Union Leader said" is a newspaper and the
        // speaker of its fragment; rule "uncued verb before its subject" (UncuedInversions): the next quotation,
        // "blared" by another paper, is not the Leader's; "the Ohio Senate Leader" (an office) is no paper
        ArticleRecord r = record("Maria Vance and Tom Kessler met in a debate on Saturday.",
                "The Ohio Union Leader said Ms. Vance had been \u201chumbled\u201d by Mr. Kessler. "
                        + "\u201cCollapse!\u201d blared the front page of The Dayton Courier.",
                "The Ohio Senate Leader did not comment.");
        assertEquals(List.of("Ohio Union Leader", "Dayton Courier"), orgs(r).stream().map(Actor::name).toList());
        assertEquals("Ohio Union Leader", r.quotes().get(0).speakerName());
        assertEquals("Collapse!", r.quotes().get(1).text());
        assertTrue(!"Ohio Union Leader".equals(r.quotes().get(1).speakerName()));
    }

    @Test
    void anOwnersPossessiveInsideACompanysNameIsOneName() {
        // rule "owner's possessive in a company" (NameRuns.ownersCompany): "Hal's Sporting Goods" is one company, no
        // man called Hal; a place's possessive stays outside ("Ohio's Kessler Foods")
        ArticleRecord r = record("Shares of Hal's Sporting Goods fell 4 percent on Monday, while Ohio's Kessler Foods rose.",
                "\"Demand is soft,\" said Nadia Rahman, an analyst.");
        assertEquals(List.of("Hal's Sporting Goods", "Kessler Foods"), orgs(r).stream().map(Actor::name).toList());
        assertEquals(List.of("Nadia Rahman"), r.actors().stream().filter(Actor::isPerson).map(Actor::name).toList());
    }

    @Test
    void aDatelineTownInCapitalsIsNoAcronym() {
        // rule "dateline town in capitals" (AcronymRules.datelineTown): "CHICO, Calif. -" names the town, not a body
        ArticleRecord r = record("CHICO, Calif. - The rally drew a crowd of about 4,000 people on Saturday.");
        assertEquals(List.of(), orgs(r));
        assertTrue(r.places().stream().map(Place::name).toList().contains("Chico"));
    }

    @Test
    void onBeforeADayJoinsNoName() {
        // rule "on a day" (OrganizationRules.onADay): "told CBS News on Super Tuesday" names CBS, not a body ending in a
        // day; "Committee on Foreign Relations" keeps its "on"
        assertEquals(List.of("CBS"), names("\"It is close,\" Lena Halvorsen told CBS News on Super Tuesday."));
        assertEquals(List.of("Committee on Harbour Relations"),
                names("The Committee on Harbour Relations met to discuss the treaty."));
    }

    @Test
    void twoOrganisationsTheGazetteerKnowsAsOneAreOne() {
        // rule "one organisation by its known names" (KnownOrganizations.oneByKnownNames): a name the headline rules
        // made ("Washington Post's editorial") is the gazetteer's "The Washington Post" of the body
        List<Actor> o = orgs(extractor.extractStrict(Articles.plain("t.txt", "Campaign to roll out Washington Post's "
                + "editorial.\n\nEnter The Washington Post. The paper wrote that the plan would fail.", Articles.PUB)));
        assertEquals(List.of("The Washington Post"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("Washington Post"), o.get(0).aliases());
        assertEquals(3, o.get(0).mentions()); // before the rule: 2 for "The Washington Post", 1 for "Washington Post"
    }

    @Test
    void aJointNameOfTwoKnownBodiesIsThoseTwo() {
        // rule "joint name of two known bodies" (KnownOrganizations.jointNames): "a Financial Times-ABC News poll"
        // names the Financial Times and ABC News, each with its own words of the mention
        List<Actor> o = orgs(record("A Financial Times-ABC News poll last week found the race tied."));
        assertEquals(List.of("Financial Times", "ABC News"), o.stream().map(Actor::name).toList());
        assertEquals(List.of(1, 1), o.stream().map(Actor::mentions).toList());
    }

    @Test
    void aTitleGluedToANameIsNoBrand() {
        // rule "title glued to a name" (OrganizationRules.camelCaseBrand): a handle such as "GovernorTrelawny" is no
        // company, where "HarperCollins" or "CrowdStrike" are
        assertEquals(List.of(), names("Our thoughts are with the families, GovernorTrelawny wrote on Monday."));
        assertEquals(List.of("CrowdStrike"), names("The firm hired CrowdStrike to look into the breach."));
    }

    @Test
    void aPlaceBeforeACompanysHeadWordInOneWordIsTheCompany() {
        // rule "place before a company's head word" (OrganizationRules.camelCaseBrand): "OmanEnergy" is a company;
        // a surname glued to a place ("DorseyKansas", page furniture) is still none
        assertEquals(List.of("OmanEnergy"), names("OmanEnergy signed a supply deal with two Asian buyers on Monday."));
        assertEquals(List.of(), names("Sen. Ron DorseyKansas Republican spoke on Monday."));
    }

    @Test
    void aPartyNamedByItsMembersIsThatParty() {
        // rule "party by its members" (PartiesByMembers): one body, its members' plural an alias
        List<Actor> o = orgs(record("The Social Democratic Party won 16 percent on Sunday.",
                "The Social Democrats said they would join the talks."));
        assertEquals(List.of("Social Democratic Party"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("Social Democrats"), o.get(0).aliases()); // two bodies before the rule
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void anAcronymOfABodyNamedInFullIsThatBody() {
        // rule "acronym of a body named in full" (KnownOrganizations.acronymsOfNamedBodies): the article names the
        // union in full and then by its initials without defining them in brackets
        List<Actor> o = orgs(record("The Harbour Workers Federation of Marlow endorsed the plan on Monday.",
                "The HWFM has 40,000 members, and the HWFM board voted twice."));
        assertEquals(List.of("Harbour Workers Federation of Marlow"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("HWFM"), o.get(0).aliases());
        assertEquals(3, o.get(0).mentions());
    }

    @Test
    void thePapersShortNameIsThePaperTheArticleNamesInFull() {
        // rule "the paper's short name, once all are found" (KnownOrganizations.newspapersByShortName): "The Post"
        // after a joint poll of The Washington Post is that paper; with two papers ending in "Times" it stays
        List<Actor> o = orgs(record("A Washington Post-ABC News poll last week found the race tied.",
                "The Post's pollsters said the gap had closed."));
        assertEquals(List.of("The Washington Post", "ABC News"), o.stream().map(Actor::name).toList());
        assertEquals(2, o.get(0).mentions());
        assertTrue(names("The Financial Times and The New York Times ran the story.", "The Times said it was true.")
                .contains("The Times"));
    }

    @Test
    void aHostsStationAfterTheHostsNameIsAnOrganisation() {
        // rule "host on a station" (EmployerRules.employerOfPerson): the call sign after a person's name and "on" was
        // read with the name's run and lost; "on Monday" after a name names nothing
        assertEquals(List.of("WQRL"), names("He said so to conservative host Jim Doe on WQRL radio in Springfield.",
                "Ann Roe on Monday said nothing."));
    }

    @Test
    void aNameBeforeACompanysOfficerOrBoardIsTheCompany() {
        // rule "company's officer or board" (EmployerRules.companysOfficer): a possessive before "CEO", "chief
        // executive", "board" or "shareholders"; not a known place ("Ohio's board of elections"), not "chairman"
        assertEquals(List.of("Quorrel Systems", "Zentrix"), names("In May, Quorrel Systems’s CEO Ann Roe quit.",
                "Analysts said Zentrix's board would meet, and Ohio's board of elections agreed.",
                "The group's leader said Veltrano's chairman would speak."));
    }

    @Test
    void aPollstersNameGluedToAKnownBodyIsAnOrganisationOfItsOwn() {
        // rule "pollster joined to a known body" (PollPartners.apply): the words after the hyphen or
        // slash, before "poll" or "survey", are the pollster; the body before keeps its own words; with no known body
        // before, the rule does not hold
        List<Actor> o = orgs(record("Voters are split, according to an Associated Press-GfK poll released Thursday.",
                "A Reuters/Quorrel Research survey found the same.", "A Zentrix/Veltrano poll disagreed."));
        assertEquals(List.of("Associated Press", "GfK", "Reuters", "Quorrel Research"), o.stream().map(Actor::name).toList());
        assertEquals(1, o.get(0).mentions());
    }

    @Test
    void partiesOfOtherCountriesByTheirOwnSpellings() {
        // organizations.txt: parties other countries' news name often, with the names their own press uses ("Front
        // National", "Alternative für Deutschland") and the spellings English papers use ("Hizbollah"); one body each
        ArticleRecord r = record("The far-right Front National won, and Hizbollah fired rockets, CSPAN reported.",
                "The Alternative for Germany gained; the AfD leader spoke. The Sinn Fein leader met the SNP.");
        assertEquals(List.of("National Rally", "Hezbollah", "C-SPAN", "Alternative for Germany", "Sinn Féin", "Scottish National Party"),
                orgs(r).stream().map(Actor::name).toList());
        assertEquals(List.of("Front National"), orgs(r).get(0).aliases());
    }

    @Test
    void socialAndFreeDemocratsAreNoAmericanParty() {
        // organizations.txt: "Democrats" alone is the US party; the longer names of parties abroad are their own
        ArticleRecord r = record("Talks stalled after the Social Democrats (SPD) rejected the plan and the Free Democrats walked out.");
        assertEquals(List.of("Social Democrats", "Free Democratic Party"), orgs(r).stream().map(Actor::name).toList());
        assertEquals(List.of("SPD"), orgs(r).get(0).aliases());
        // "Christian Democrats" is the CDU's name in English news, one page with "the CDU"
        ArticleRecord cdu = record("The Christian Democrats won; the CDU leader spoke.");
        assertEquals(List.of("Christian Democratic Union"), orgs(cdu).stream().map(Actor::name).toList());
    }

    @Test
    void aBodysNameRunsThroughItsPlaceBeforeItsAcronym() {
        // rule "name through its place before its acronym" (ActorFinder): the acronym's last letter is the country's
        ArticleRecord r = record("The Board of Control for Cricket in India (BCCI) confirmed the final will be played in Nagpur.");
        assertEquals(List.of("Board of Control for Cricket in India"), orgs(r).stream().map(Actor::name).toList());
        assertEquals(List.of("BCCI"), orgs(r).get(0).aliases());
    }

    @Test
    void aBodyNamedWithItsCountryLastIsOneOrganisation() {
        // rule "body of a country": the country ends the body's name when the name ends there (comma, bracket, cue verb)
        assertEquals(List.of("Minerals Council South Africa"),
                names("The Minerals Council South Africa, which represents most producers, said it would study the rules."));
        assertEquals(List.of("Bar Council Malaysia"), names("Bar Council Malaysia said lawyers would march on Friday."));
        // no mark after the country: the sentence goes on with the country as its subject
        assertTrue(names("The minister told the Foreign Affairs Committee Iran had broken the deal.").stream()
                .noneMatch(n -> n.endsWith("Iran")));
    }

    @Test
    void aChamberOfATradeIsAnOrganisation() {
        // org-heads.txt: "chamber" followed by "of" opens a body's name, as "ministry" does; before, "Mines" was a
        // person who said it
        ArticleRecord r = record("The Chamber of Mines, which represents the largest producers, said on Monday that "
                + "5,000 jobs were at risk.", "\"Power cuts are hurting output,\" the Chamber of Mines said.");
        assertEquals(List.of("Chamber of Mines"), orgs(r).stream().map(Actor::name).toList());
        assertTrue(r.actors().stream().noneMatch(Actor::isPerson));
        assertEquals("Chamber of Mines", r.quotes().get(0).speakerName());
        // rule "chamber of a legislature": the Senate's chamber is a room, no body
        assertEquals(List.of(), names("Lawmakers gathered in the Senate Chamber on Tuesday."));
    }

    @Test
    void aCompanyOpeningWithARareGivenNameIsCalledByThatWord() {
        // rule "rare given name opening a company": "Hartwell" is on a list of given names, yet "Hartwell Group" …
        // "Hartwell said" is the company by its first word, no person
        ArticleRecord r = record("Hartwell Group reported a 12 percent fall in annual profit on Thursday.",
                "Hartwell, which runs 300 stores across the region, said sales had slowed. \"Shoppers are cautious,\" "
                        + "Hartwell said in a statement.");
        List<Actor> o = orgs(r);
        assertEquals(List.of("Hartwell Group"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("Hartwell"), o.get(0).aliases());
        assertTrue(r.actors().stream().noneMatch(Actor::isPerson));
        // a given name that is also a town opens no short name: "JACKSON" of the dateline stays the town
        ArticleRecord town = record("JACKSON, Miss. - Students at Jackson State University marched on Friday.");
        assertEquals(List.of(), orgs(town).get(0).aliases());
    }

    @Test
    void aKnownNameRunningOverAndKeepsTheWholeBody() {
        // organizations.txt's "Chamber of Commerce and Industry": the chamber keeps its last words, where "Chamber of
        // Commerce" cut it before "and"
        assertEquals(List.of("Chamber of Commerce and Industry"),
                names("The Chamber of Commerce and Industry said exports rose in March."));
        // rule "known name across and" (NameRuns.andJoins): words before the known name carry on to its end; a
        // country right before it stays the known body's country
        assertEquals(List.of("Kenya National Chamber of Commerce and Industry"),
                names("The Kenya National Chamber of Commerce and Industry said exports rose."));
        assertEquals(List.of("Centers for Disease Control and Prevention"),
                names("The U.S. Centers for Disease Control and Prevention said cases rose."));
    }

    @Test
    void anIndustryEndingACompanysNameMakesABody() {
        // org-heads.txt and the company tails: "Cement", "Breweries" end a company's name, whose first word is then its
        // short name; before, "Dangote Cement" was a person
        ArticleRecord r = record("Okpara Cement reported higher profit on Thursday. Okpara said demand had recovered.");
        List<Actor> o = orgs(r);
        assertEquals(List.of("Okpara Cement"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("Okpara"), o.get(0).aliases());
        assertTrue(r.actors().stream().noneMatch(Actor::isPerson));
        assertEquals(List.of("East African Breweries"), names("East African Breweries said sales rose in March."));
    }

    @Test
    void anIndustryAfterAPlainNameIsACompanyNotAPerson() {
        // rule "industry after a plain name" (NameWordRules.industryTail): "Tata Steel said" was a person "Tata Steel"
        // (Steel is a surname); the first word is no given name and no English word, so the two name a company
        ArticleRecord r = record("Halvex Steel said on Thursday it would cut 2,800 jobs. \"This is a difficult decision,\" Halvex Steel said.",
                "Novelist Danielle Steel said her book would appear in May. Big Oil lobbied hard.");
        assertEquals(List.of("Halvex Steel"), orgs(r).stream().map(Actor::name).toList());
        assertEquals(List.of("Danielle Steel"), r.actors().stream().filter(Actor::isPerson).map(Actor::name).toList());
        assertEquals("halvex-steel", r.quotes().get(0).speaker());
    }

    @Test
    void aBodyWithoutItsCountryIsTheBodyOfThatCountry() {
        // rule "body without its country" (OrganizationNames.bodiesWithoutTheirCountry): "the Reserve Bank" and "the
        // Supreme Court" are the bodies named in full with their country, one each
        ArticleRecord r = record("The Reserve Bank of Australia cut its rate on Tuesday. The Supreme Court of Pakistan ordered a hearing.",
                "The Supreme Court said the lower court had erred. The Reserve Bank said inflation was easing.");
        assertEquals(List.of("Reserve Bank of Australia", "Supreme Court of Pakistan"), orgs(r).stream().map(Actor::name).sorted().toList());
        assertEquals(List.of("Reserve Bank"), orgs(r).stream().filter(o -> o.name().startsWith("Reserve")).findFirst().orElseThrow().aliases());
        // two such bodies of one name: the short name stays a body of its own
        assertEquals(3, orgs(record("The Supreme Court of Pakistan and the Supreme Court of India both ruled.",
                "The Supreme Court said the case was closed.")).size());
    }

    @Test
    void anAgencyNamedForItsCountryIsABody() {
        // rule "agency named for its country" (OrganizationRules.bodyOfACountry, countryAgency): one word of a national
        // agency's field and the country, before a cue verb or a comma; "Transport Canada said" was nothing at all
        ArticleRecord r = record("Bank Indonesia said on Wednesday it would keep rates on hold.",
                "Transport Canada said the line was safe. Health Canada, the regulator, approved the drug.");
        assertEquals(List.of("Bank Indonesia", "Health Canada", "Transport Canada"), orgs(r).stream().map(Actor::name).sorted().toList());
        assertTrue(r.actors().stream().noneMatch(Actor::isPerson));
    }

    @Test
    void aRivalOpeningASentenceIsNoWordOfTheCompanysName() {
        // rule "rival opening a sentence" (OrganizationRules.withoutOpener): "Rival Halvex Airways" was the company's name
        assertEquals(List.of("Halvex Airways"), names("Profits rose on Thursday. Rival Halvex Airways also reported higher earnings."));
        assertEquals(List.of("Okonjo Bank"), names("Shares fell. Troubled lender Okonjo Bank said it would cut jobs."));
    }
}
