package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganizationFinderTest {
    private final Extractor extractor = new Extractor();

    private List<Actor> orgs(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(a -> !a.isPerson()).toList();
    }

    private List<String> names(String... paragraphs) {
        return orgs(paragraphs).stream().map(Actor::name).toList();
    }

    /** The paragraphs name one organisation, with these aliases and mentions. */
    private void oneOrganisation(String name, List<String> aliases, int mentions, String... paragraphs) {
        List<Actor> o = orgs(paragraphs);
        assertEquals(List.of(name), o.stream().map(Actor::name).toList());
        assertEquals(aliases, o.get(0).aliases());
        assertEquals(mentions, o.get(0).mentions());
    }

    @Test
    void acronymDefinedInTheTextBecomesAnAliasAndCountsLaterUses() {
        List<Actor> o = orgs("The Andean Trade Council (ATC) met.", "The ATC agreed.");
        assertEquals(1, o.size());
        assertEquals("Andean Trade Council", o.get(0).name());
        assertEquals(List.of("ATC"), o.get(0).aliases());
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void anAndInsideACommitteeOrCentreNameKeepsTheNameWhole() {
        // rule "chamber before a committee" (NameRuns.andJoins): "House Ways and Means Committee" is one committee
        assertEquals(List.of("House Fields and Harbours Committee"),
                names("Lena Halvorsen, chairman of the House Fields and Harbours Committee, said it would pass."));
        // rule "adjective before and": "Center for Economic and Policy Research" does not end at "Economic"
        assertEquals(List.of("Center for Civic and Policy Research"),
                names("A report by the progressive Center for Civic and Policy Research found a cut."));
    }

    @Test
    void aRoleOpenerOpeningTheSentenceIsNoWordOfTheEmployer() {
        // rule "role opener before an employer" (OrganizationRules.withoutOpener): "Former House speaker" names no
        // "Former House"; a country after the opener stays a place ("Former US secretary")
        List<String> found = names("Former Quorrel Council chairman Tomas Rivas said it.",
                "Former US secretary Lena Halvorsen agreed.");
        assertEquals(List.of("Quorrel Council"), found);
    }

    @Test
    void wordsShoutedInCapitalsAreNoOrganisation() {
        // rule "shouted words" (OrganizationRules.shouted): "GROWING PARTY," in a tweet, a newsletter's heading
        assertEquals(List.of(), names("Halvorsen brags that is good news. \"GROWING PARTY,\" he declared in a tweet.",
                "RIVAS\u2019S LAST STATE OF THE UNION came today."));
        assertEquals(List.of("Quorrel Party"), names("The Quorrel Party won the vote."), "a name in title case stays");
    }

    @Test
    void acronymMatchingInitialsMakesAnOrganisation() {
        assertEquals(List.of("Pacific Islands Forum Secretariat"), names("The Pacific Islands Forum Secretariat (PIFS) said so."));
    }

    @Test
    void gazetteerNamesAndTheirShortForms() {
        List<Actor> o = orgs("The Economic Community of West African States met.", "ECOWAS then sent envoys.");
        assertEquals(1, o.size());
        assertEquals("ECOWAS", o.get(0).name());
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void largeCompaniesAndForeignPapersOfTheGazetteer() {
        assertEquals(List.of("Walgreens", "Novartis", "Corriere della Sera"),
                names("Shares of Walgreens and Novartis rose, Corriere della Sera reported."));
    }

    @Test
    void aGroupPossessiveGoesOnInsideAnOrganisationsName() {
        assertEquals(List.of("Varnian People’s Party"), names("Leaders of the Varnian People’s Party met."));
        assertEquals(List.of("Ostrel Workers' Party"), names("The Ostrel Workers' Party said no."));
        assertTrue(names("The farmer’s Tractor broke.").isEmpty());
    }

    @Test
    void companyHeadWordsOfBusinessNews() {
        assertEquals(List.of("Quellmar Broadcasting", "Ostrel Scientific"),
                names("Quellmar Broadcasting bought Ostrel Scientific last year."));
    }

    @Test
    void aCamelCaseWordNothingElseExplainsIsABrand() {
        assertEquals(List.of("QuillStack"), names("The hack was traced by QuillStack, a security firm."));
        assertTrue(names("Supporters posted #VarnoWins all night.").isEmpty());
        assertTrue(names("The officer, Jane McVarno, said little.").stream().noneMatch(n -> n.equals("McVarno")));
    }

    @Test
    void islamicStateAliasesMergeIntoOne() {
        List<Actor> o = orgs("Fighters of ISIL (ISIS) and the Islamic State group clashed.");
        assertEquals(1, o.size());
        assertEquals("Islamic State", o.get(0).name());
    }

    @Test
    void peacekeepingMissionGivesBothTheUnAndTheMission() {
        assertEquals(List.of("United Nations", "MONUSCO"), names("Congo asked the UN peacekeeping mission, MONUSCO, to leave."));
    }

    @Test
    void headWordsEndingANameMakeAnOrganisation() {
        assertEquals(List.of("Baltic Energy Alliance", "Lakeside Farmers Union"),
                names("The Baltic Energy Alliance and the Lakeside Farmers Union signed."));
    }

    @Test
    void headWordBeforeOfMakesAnOrganisation() {
        assertEquals(List.of("Ministry of Fisheries", "High Court of Malawi"),
                names("The Ministry of Fisheries appealed to the High Court of Malawi."));
    }

    @Test
    void companySuffixMergesIntoTheKnownCompany() {
        List<Actor> o = orgs("Samsung Electronics Co and Tesla Inc reported results.");
        assertTrue(o.stream().anyMatch(a -> a.name().equals("Tesla") && a.aliases().contains("Tesla Inc")), o.toString());
    }

    @Test
    void outletsAndSocialNetworksAreOrganisations() {
        assertEquals(List.of("Reuters", "Twitter"), names("Reuters reported a post on Twitter."));
    }

    @Test
    void footballClubsAreOrganisations() {
        assertEquals(List.of("Dundee United"), names("Dundee United won at home."));
    }

    @Test
    void singleCapitalisedHeadWordIsNotAnOrganisation() {
        // "the Army" is the armed service (see armyAndNavyAloneAreTheArmedServices); other head words are no name alone
        assertTrue(names("Police said the Ministry and the Government had left.").isEmpty());
    }

    @Test
    void unknownAcronymsAloneAreNotOrganisations() {
        assertTrue(names("The GDP grew while CEO pay and COVID cases fell.").isEmpty());
    }

    @Test
    void sentenceOpenerBeforeOfIsNotPartOfTheName() {
        List<Actor> o = orgs("Shares of Nordic Shipping Group fell.");
        assertEquals(List.of("Nordic Shipping Group"), o.stream().map(Actor::name).toList());
        // after a dateline the story's first word opens its sentence too (Dashes.afterDateline)
        o = orgs("TOKYO (Reuters) — Shares of Kaneda Motor Corp. fell 9 percent on Friday.");
        assertEquals(List.of("Reuters", "Kaneda Motor Corp"), o.stream().map(Actor::name).sorted(
                java.util.Comparator.comparing((String n) -> !n.equals("Reuters"))).toList());
    }

    @Test
    void titleCaseHeadlineWordsAreNotOrganisations() {
        var a = Articles.plain("h.txt", "Protesters Clash With Riot Police\n\nThe protest ended at night.", Articles.PUB);
        assertTrue(extractor.extractStrict(a).actors().isEmpty());
    }

    @Test
    void acronymDefinedInTheTextBeatsTheGazetteer() {
        // the gazetteer knows CMA as a Malian movement; here the text says what it is
        List<Actor> o = orgs("The Coastal Marine Agency (CMA) said so.", "The CMA later agreed.");
        assertEquals(List.of("Coastal Marine Agency"), o.stream().map(Actor::name).toList());
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void acronymNotDefinedInTheTextKeepsTheGazetteerMeaning() {
        assertEquals(List.of("Coordination of Azawad Movements"), names("The CMA said so."));
    }

    @Test
    void headWordAndOfThenAndKeepsTheWholeMinistry() {
        assertEquals(List.of("Ministry of Youth and Cultural Heritage"),
                names("The Ministry of Youth and Cultural Heritage said so."));
    }

    @Test
    void plainWordAndThenAHeadWordIsOneName() {
        assertEquals(List.of("Gaming and Lotteries Commission"), names("The Gaming and Lotteries Commission said so."));
    }

    @Test
    void andBetweenTwoKnownNamesStaysTwoNames() {
        assertEquals(List.of("Bank of Ghana", "Interpol"), names("The Bank of Ghana and Interpol agreed."));
    }

    @Test
    void ordinalInsideACourtsName() {
        assertEquals(List.of("Court of Appeals for the 9th Circuit"), names("The Court of Appeals for the 9th Circuit heard it."));
    }

    @Test
    void clubNamedAfterItsCityIsAnOrganisationNotAPlace() {
        var r = extractor.extractStrict(Articles.body("He joined from Bradford City in May."));
        assertEquals(List.of("Bradford City"), r.actors().stream().map(Actor::name).toList());
        assertTrue(r.places().isEmpty(), r.places().toString());
    }

    @Test
    void industryPluralEndsACompanysName() {
        assertEquals(List.of("Velora Semiconductors"), names("The deal values chip designer Velora Semiconductors at $1bn."));
    }

    @Test
    void nameBeforeALowercaseGroupNounAfterADeterminerIsAnOrganisation() {
        assertEquals(List.of("Narodna"), names("The bill was tabled by the nationalist Narodna party on Monday."));
    }

    @Test
    void groupNounWithoutADeterminerMakesNothing() {
        assertTrue(names("Voters in Narodna party hard on weekends.").isEmpty());
    }

    @Test
    void companyNounRightBeforeANameMakesAnOrganisationAndItsOpeningAcronymAnAlias() {
        List<Actor> o = orgs("Shares in flag carrier LAV Air Peru fell.", "A LAV pilot said so.");
        assertEquals(List.of("LAV Air Peru"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("LAV"), o.get(0).aliases());
    }

    @Test
    void companyNounBeforeAPersonsNameMakesNoOrganisation() {
        assertTrue(names("The firm hired Sarah Quinlan in May.").isEmpty());
    }

    @Test
    void knownNameInsideALongerOrganisationIsNotASecondOne() {
        assertEquals(List.of("Liberal Democratic Party"), names("The Liberal Democratic Party won."));
    }

    @Test
    void companysFirstWordAloneIsTheCompany() {
        List<Actor> o = orgs("Talvi Robotics Ltd raised $2m.", "Talvi said it would hire.");
        assertEquals(List.of("Talvi Robotics Ltd"), o.stream().map(Actor::name).toList());
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void firstWordOfANonCompanyNameIsNotItsShortName() {
        List<Actor> o = orgs("The Talvi Council met.", "Talvi said it would hire.");
        assertEquals(1, o.get(0).mentions());
    }

    @Test
    void houseEndsAnInstitutionsNameAndMakesNoPerson() {
        var r = extractor.extractStrict(Articles.body("In a statement, Government House said the bill would pass."));
        assertEquals(List.of("Government House"), r.actors().stream().map(Actor::name).toList());
        assertEquals("organization", r.actors().get(0).type());
    }

    @Test
    void groupNounRuleWorksWhenTheDeterminerOpensTheSentence() {
        assertEquals(List.of("Narodna"), names("The nationalist Narodna party split."));
    }

    @Test
    void demonymOpeningALongPartyNameDoesNotStopTheAnd() {
        assertEquals(List.of("Ghanaian Party for Unity and Progress"), names("The Ghanaian Party for Unity and Progress won."));
    }

    @Test
    void cityOutsideBritainFollowedByCityIsNoClub() {
        assertTrue(names("Strikes hit Davao City on Monday.").isEmpty());
    }

    @Test
    void researchEndsAFirmsName() {
        var r = extractor.extractStrict(Articles.body("Analysts at Tollan Research said demand was weak."));
        assertEquals(List.of("organization"), r.actors().stream().map(Actor::type).toList());
    }

    @Test
    void nounThatMayDescribeAPersonBeforeANameMakesNoOrganisation() {
        assertTrue(names("The album was made by record producer Virgo Lannet in May.").isEmpty());
    }

    @Test
    void legislaturesNamedByOneWord() {
        assertEquals(List.of("Congress", "Senate", "House"),
                names("Congress adjourned after the Senate voted, and the House followed."));
    }

    @Test
    void chamberBeforeItsPartyMembers() {
        assertEquals(List.of("Senate", "Republican Party"), names("The bill angered Senate Republicans on Tuesday."));
    }

    @Test
    void houseWithoutTheOpensOtherNames() {
        assertTrue(names("House prices rose in Leeds.").isEmpty());
    }

    @Test
    void unexplainedAcronymIsAnOrganisationButThingsAndCapitalsLinesAreNot() {
        assertEquals(List.of("NAACP"), names("The NAACP said it would sue."));
        assertTrue(names("Their CEO said GDP and COVID mattered on TV.").isEmpty());
        assertTrue(names("TWO MORE BITE THE DUST FOR THE NEXT GOP DEBATE").stream().noneMatch(n -> n.equals("BITE")));
    }

    @Test
    void wireServiceInADatelineIsNotDefinedByTheCityInCapitals() {
        assertEquals(List.of("Associated Press"), names("WASHINGTON (AP) \u2014 The report was published on Wednesday."));
    }

    @Test
    void newspaperCalledByItsLastWord() {
        List<Actor> o = orgs("The Morning Ledger Post ran the story.", "The Post said it stood by it.");
        assertEquals(List.of("Morning Ledger Post"), o.stream().map(Actor::name).toList());
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void surnameCalledAGroupIsThePerson() {
        var actors = extractor.extractStrict(Articles.body("Senator Walter Pinsky spoke on Monday.",
                "The Pinsky movement has grown.")).actors();
        assertEquals(List.of("Walter Pinsky"), actors.stream().map(Actor::name).toList());
    }

    @Test
    void clubThatIsAlsoAGivenNameNeedsItsSuffix() {
        assertTrue(names("Chelsea Marlowe, the founder, said so.").isEmpty());
    }

    @Test
    void cityAndACapitalisedPluralIsATeam() {
        assertEquals(List.of("Denver Broncos"), names("The Denver Broncos won on Sunday."));
    }

    @Test
    void houseBeforeItsMembersOrBusinessIsTheChamber() {
        assertEquals(List.of("House"), names("The bill passed after House members voted late."));
        assertTrue(names("House prices rose.").isEmpty());
    }

    @Test
    void chamberOpeningAnOfficersTitleIsNamed() {
        assertEquals(List.of("Senate"), names("Senate Majority Leader Roy Denning said no."));
    }

    @Test
    void initiativesAndWorkersUnionsByHeadWord() {
        assertEquals(List.of("Harbor Health Initiative", "Communications Workers of America"),
                names("The Harbor Health Initiative and the Communications Workers of America signed."));
    }

    @Test
    void stateOrWordCityAndAPluralIsATeam() {
        assertEquals(List.of("Minnesota Vikings"), names("The Minnesota Vikings lost again on Sunday."));
        assertEquals(List.of("Charlotte Panthers"), names("The Charlotte Panthers lost again on Sunday."));
        assertEquals(List.of(), names("The Iowa Caucuses open the race in January."));
    }

    @Test
    void ampersandBetweenNamesIsAFirm() {
        assertEquals(List.of("Hogan & Hartson"), names("He worked at Hogan & Hartson for a decade."));
        assertEquals(List.of(), orgs("He thanked Jim & Sarah for the dinner.").stream().map(Actor::name).toList());
    }

    @Test
    void newspaperAndForumHeads() {
        assertEquals(List.of("Dayton Enquirer", "Prairie Policy Forum"),
                names("The Dayton Enquirer quoted the Prairie Policy Forum on taxes."));
    }

    @Test
    void usOutletsAndPoliceForcesFromTheGazetteer() {
        assertEquals(List.of("PolitiFact", "New York Police Department"),
                names("PolitiFact rated the claim false, and the NYPD declined to comment."));
    }

    @Test
    void universityCalledByItsFirstWord() {
        List<Actor> o = orgs("The debate was held at Keswick University on Monday.", "Students at Keswick cheered.");
        assertEquals(1, o.size());
        assertEquals(List.of("Keswick"), o.get(0).aliases());
    }

    @Test
    void organisationBeforeAnOfficersTitle() {
        assertEquals(List.of("Harbour Planning Committee"),
                names("She spoke with Harbour Planning Committee Chairman Olu Varnes on Monday."));
        assertEquals(List.of("Tarn Valley Council"),
                names("He and Tarn Valley Council Press Secretary Ines Morrow disagreed."));
    }

    @Test
    void theWireServiceOfATitleCaseDatelineIsNoDefinedAcronym() {
        assertEquals(List.of("Agence France-Presse"), names("Lisbon (AFP) – The minister left on Monday."));
    }

    @Test
    void armyAndNavyAloneAreTheArmedServices() {
        assertEquals(List.of("Navy", "Army"), names("He served in the Navy and then the Army.",
                "The Navy veteran met Army Capt. Lina Ruiz, a friend of the secretary of the Army."));
        assertEquals(List.of(), names("Navy Blue is a shade."));
    }

    @Test
    void theHouseBeforeItsSpeakerOrItsBusinessIsTheChamber() {
        assertEquals(List.of("House"), names("Tom Roe, the former House speaker, left.", "House passes bill on taxes."));
        assertEquals(2, orgs("Tom Roe, the former House speaker, left.", "House passes bill on taxes.").get(0).mentions());
    }

    @Test
    void aTeamOfACityThatIsAlsoAGivenNameIsATeam() {
        assertEquals(List.of("National Football League", "Charlotte Panthers"),
                names("The stadium where the National Football League's Charlotte Panthers played was full."));
    }

    @Test
    void aKindNounBeforeANameInCommasOrBeforeTheNamesAnOrganisation() {
        assertEquals(List.of("Nation", "Revolution Messaging", "Autism Speaks"),
                names("He spoke to the magazine The Nation on Monday.",
                        "They hired the same digital firm, Revolution Messaging, to raise money.",
                        "The advocacy group Autism Speaks paid for the ads."));
    }

    @Test
    void newspaperByItsShortNameAfterThe() {
        assertEquals(List.of("The Times", "The Observer"),
                names("As The Times reported on Saturday, the plan failed. In a statement to the Observer, an aide agreed."));
        assertEquals(List.of("Kestrel Valley Post"), names("The Kestrel Valley Post said so. The Post's editor agreed."));
        assertEquals(List.of(), names("Voters backed the Independent candidate in the race."));
    }

    @Test
    void surveyAndSystemHeadAnOrganisationsName() {
        assertEquals(List.of("Northern Geological Survey", "Harbor Retirement System"),
                names("The Northern Geological Survey said it detected a quake. The Harbor Retirement System lost money."));
    }

    @Test
    void onBeforeADateOrAPlaceEndsAnOrganisationsName() {
        assertEquals(List.of("Marlow University", "Tessel Pictures", "Council on Foreign Relations"),
                names("The debate was at Marlow University on Long Island. Tessel Pictures on Feb. 3 said so. "
                        + "The Council on Foreign Relations met."));
    }

    @Test
    void aWordSetInCapitalsIsNoAcronym() {
        List<String> n = names("WATCH THE VIDEO: the senator spoke in Ames.", "The video shows him on stage, and MSNBC aired it.");
        assertTrue(n.contains("MSNBC") && !n.contains("VIDEO"), n.toString());
        // alone, the English word list says it is a word (rule "word in capitals")
        assertFalse(names("The senator spoke, and the VIDEO went round.").contains("VIDEO"));
    }
    @Test
    void employerAfterAJobIsAnOrganisation() {
        assertEquals(List.of("Brandvik Partners"),
                names("\"Costs will rise,\" said Tova Lindqvist, a senior analyst at Brandvik Partners, on Monday."));
        assertEquals(List.of("Quorrel"), names("Ana Ruiz, an economist at Quorrel, expects a slowdown."));
        assertEquals(List.of("Citizens for Clean Rivers"),
                names("Ed Marsh, executive director of Citizens for Clean Rivers, filed the suit."));
    }

    @Test
    void aTitlesOfForAPlaceOrACauseNamesNoEmployer() {
        assertTrue(names("Jean Dupont, a former mayor of Nice, spoke first.").isEmpty());
        assertTrue(names("Tom Carver, a champion for Constitutional governance, won the seat.").isEmpty());
        assertTrue(names("Then the secretary of Education spoke; education was the topic.").isEmpty());
        assertTrue(names("Jon Roe, a student at Dart- mouth, spoke first.").isEmpty());
    }

    @Test
    void personOfAnOrganisationNamesTheOrganisation() {
        assertEquals(List.of("Varrow Capital Management"),
                names("\"It is cheap,\" said Dana Holt of Varrow Capital Management."));
        assertTrue(names("\"We will win,\" said Sen. Tom Carver of Vermont.").isEmpty());
        assertTrue(names("Voters like Stacy Spinner of Columbia, South Carolina, stayed home.").isEmpty());
    }
    @Test
    void aNameCalledSoByACompanyNounIsAnOrganisation() {
        assertEquals(List.of("Fair Votes Now"), names("A new group called Fair Votes Now, led by students, formed."));
        assertEquals(List.of("Varnian Renewable Future"),
                names("The pro-ethanol groups Varnian Renewable Future have knocked him."));
        assertTrue(names("A super PAC called Future 45 ran ads.").isEmpty());
    }

    @Test
    void aPublicationNamedBeforeItsNounIsAnOrganisation() {
        assertEquals(List.of("Hearth Circle"), names("She sent recipes to Hearth Circle magazine last year."));
        assertTrue(names("He read a Spanish-language newspaper aloud.").isEmpty());
        assertEquals(List.of("The Times"), names("Profits fell. The Times newspaper also reported it."));
    }

    @Test
    void anAppositionWithACompanyNounNamesAnOrganisation() {
        assertEquals(List.of("Quorrel-X"), names("\"It grew,\" said Ana Ruiz, president of Quorrel-X, a private company that tracks wealth."));
        assertEquals(List.of("Lantern"), names("He spoke to the Lantern, a magazine focused on farming."));
        assertTrue(names("They met in the Rotunda, a group of senators and aides.").isEmpty());
    }
    @Test
    void theAfterAHeadWordAndOfForOrOnGoesOnInsideTheName() {
        assertEquals(List.of("Varnian Ministry of the Environment"), names("A panel of the Varnian Ministry of the Environment met."));
        assertEquals(List.of("Ostrel Coalition for the Homeless"), names("Lawyers for the Ostrel Coalition for the Homeless sued."));
        assertEquals(List.of("Quellmar Research", "Associated Press"),
                names("The poll by Quellmar Research for the Associated Press found it."));
    }
    @Test
    void anAcronymMayCoverSmallWordsOfTheName() {
        List<Actor> o = orgs("The event organizer Alliance to Save Our Rivers (ASOR) said so. ASOR was joined by unions.");
        assertEquals(List.of("Alliance to Save Our Rivers"), o.stream().map(Actor::name).toList());
        assertEquals(List.of("ASOR"), o.get(0).aliases());
        assertEquals(List.of("Parents for Fair Tests"), names("The suit by Parents for Fair Tests (PFFT) failed."));
    }

    @Test
    void aGroupKnownAsANameIsAnOrganisation() {
        assertEquals(List.of("Velvet Lynx"), names("Experts tied the breach to a hacking group known as Velvet Lynx."));
    }
    @Test
    void anOfficersPossessiveGoesOnInsideTheOfficesName() {
        assertEquals(List.of("Varney County Coroner's Office"), names("The Varney County Coroner's Office named the victim."));
        assertEquals(List.of("Ostrel Sheriff's Department"), names("Divers from the Ostrel Sheriff's Department searched."));
    }
    @Test
    void theSourceAfterAccordingToIsAnOrganisation() {
        assertEquals(List.of("Quellmar.org"), names("The claim is false, according to Quellmar.org. Others agree."));
        assertEquals(List.of("Varnian Star"), names("Ten people died, according to the Varnian Star."));
        assertTrue(names("That is wrong, according to the Halvorsen aide.").isEmpty());
    }
    @Test
    void aNameBeforeAJobAndAPersonIsTheEmployer() {
        assertEquals(List.of("QX Ameritrade"), names("He joined forces with QX Ameritrade founder J. Joe Halvorsen to fund it."));
        assertTrue(names("The Fort Kessel shooter Jon Halvorsen was tried.").isEmpty());
        assertEquals(List.of("Quellmar Investigations"),
                names("Officials at Quellmar Investigations, a division of the agency, said so."));
    }
    @Test
    void aShortNameInBracketsAfterAnOrganisationIsItsAlias() {
        oneOrganisation("Varney Department of Transportation", List.of("Vartrans"), 2,
                "A Varney Department of Transportation (Vartrans) sign stood there. Vartrans removed it.");
    }
    @Test
    void aCitysNameAndANewspapersWordNameAPaper() {
        assertEquals(List.of("Baltimore Sun"), names("He wrote in a Baltimore Sun op-ed that he regretted it."));
        assertEquals(List.of("Kansas City Star"), names("The Kansas City Star endorsed him."));
    }
    @Test
    void oneOfTheCompaniesNamesACompanyAndItsFirstWordLater() {
        List<Actor> o = orgs("The debt would have belonged to Quorrel Coal, one of the nation's largest coal companies.",
                "\"It was a fine deal for Quorrel,\" said Jon Halvorsen, a lawyer.");
        assertEquals(List.of("Quorrel Coal"), o.stream().map(Actor::name).toList());
        assertEquals(2, o.get(0).mentions());
    }

    @Test
    void aNewspapersWordAsAPersonsSurnameIsThePerson() {
        var r = extractor.extractStrict(Articles.body(
                "\"We are fine,\" said Atlantic City Mayor Ann Guardian on Monday.",
                "Guardian said the casinos would reopen, and the Guardian reported the same."));
        assertTrue(r.actors().stream().anyMatch(a -> a.name().equals("Ann Guardian") && a.isPerson()
                && a.mentions() == 2), r.actors().toString());
        // "the Guardian reported" stays the newspaper
        assertTrue(r.actors().stream().anyMatch(a -> a.name().equals("The Guardian") && a.mentions() == 1), r.actors().toString());
    }

    @Test
    void theAndAfterAMonthOpensNoOrganisationName() {
        List<String> n = names("Doctors wrote to lawmakers on Monday.",
                "\"It is almost July and Congress has failed to act,\" the letter said.");
        assertTrue(n.contains("Congress"), n.toString());
        assertTrue(n.stream().noneMatch(x -> x.startsWith("and ")), n.toString());
    }

    /** Rule "venue named for a company" (PlaceFinder): no organisation is named by the arena. */
    @Test
    void aVenueNamedForACompanyIsNotTheCompany() {
        assertEquals(List.of(), names("Delegates filled the Wells Fargo Center on Tuesday night."));
        assertEquals(List.of("Wells Fargo"), names("Wells Fargo paid a fine."));
    }

    /** Rule "word in capitals" (AcronymRules): an English word set in capitals is no acronym unless the article defines it. */
    @Test
    void aWordInCapitalsIsNoOrganisation() {
        assertEquals(List.of(), names("BOOM. The senator fired back.", "UPDATE: The office said he would run.",
                "WATCH: The candidate said, \"I have NEVER been prouder.\""));
        assertEquals(List.of("MSNBC"), names("MSNBC reported it first."));
        // defined in brackets: the group's short name
        assertTrue(names("Voters for Honest Elections Worldwide (VOTE) sued.", "Later, VOTE said the rules were broken.")
                .contains("VOTE"));
    }

    /** Head words of embassies, conferences of members, legions and publishers (org-heads.txt). */
    @Test
    void embassiesConferencesLegionsAndPublishersAreOrganisations() {
        assertEquals(List.of("U.S. Embassy", "Marlow Conference of Mayors", "Quillfeather Books", "Veterans Legion"),
                names("The U.S. Embassy in Cairo issued a warning on Monday.",
                        "The Marlow Conference of Mayors backed the plan.",
                        "Quillfeather Books will publish the memoir, and the Veterans Legion endorsed it."));
    }

    /** Rule "field of a place's office": "Ohio Securities Commissioner" names the state's office, no organisation. */
    @Test
    void aPlaceAndARegulatedTradeBeforeATitleIsNoOrganisation() {
        assertEquals(List.of(), names("The quote came from Ohio Securities Commissioner Jim Roe on Monday."));
        assertEquals(List.of("Ohio Securities Commission"), names("The Ohio Securities Commission fined the firm."));
    }

    /** Rule "title opening an organisation's name": a title word before a head word, no name between, opens an agency. */
    @Test
    void aTitleWordOpeningAnAgencysNameIsNoTitle() {
        assertEquals(List.of("General Services Administration", "Justice Ministry"),
                names("Jane Roe, head of the General Services Administration, left.", "The Justice Ministry said no."));
        assertEquals(List.of(), names("Member of House panel says the vote will wait."));
    }

    /** Rule "members of a country": a plural of members, "of" and a country name an association. */
    @Test
    void membersOfACountryAreAnAssociation() {
        assertEquals(List.of("Duck Hunters of Canada"), names("The conservative Duck Hunters of Canada released a brochure."));
        assertEquals(List.of(), names("He spoke of the United States of America."));
    }

    /** Head words of public and research bodies in the plural: "Centers for …", "… Academies of Sciences", "Consortium". */
    @Test
    void pluralHeadsOfPublicBodies() {
        assertEquals(List.of("Centers for Disease Control", "National Academies of Sciences", "Global Consortium of Reporters"),
                names("The Centers for Disease Control is monitoring 265 women.",
                        "The National Academies of Sciences issued a report, the Global Consortium of Reporters said."));
    }

    /** Rule "sentence opener of an officer's organisation": the first word stays when only head words would be left. */
    @Test
    void sentenceOpenerOfACommitteeBeforeItsChairman() {
        assertEquals(List.of("Oversight Committee"), names("Oversight Committee Chairman Jim Roe (R-Utah) wrote to the agency."));
        assertEquals(List.of(), names("Former House Speaker Jim Roe wrote to the agency.")); // not "Former House"
    }

    /** A state's legislature and a government's cabinet named by one word, as "the Senate" is. */
    @Test
    void theLegislatureIsTheChamber() {
        assertEquals(List.of("Legislature"), names("The bill died because the Legislature chose not to act."));
        assertEquals(List.of("Cabinet"), names("The governor put him in his Cabinet after the election."));
    }

    /** Rule "team, not a person": a city and a team's plural after a role noun is the team. */
    @Test
    void aCityTeamAfterARoleNounIsNoPerson() {
        assertEquals(List.of("Denver Mustangs"), names("The billionaire Denver Mustangs owner Jim Roe is weighing a run."));
    }

    /** Rule "acronym before an officer's title": an unexplained acronym opening a titled name is the officer's body. */
    @Test
    void anAcronymBeforeAnOfficersTitleIsAnOrganisation() {
        assertEquals(List.of("QWU"), names("\"This proves it,\" QWU President Jim Roe said."));
        assertEquals(List.of(), names("\"This proves it,\" NEVER President Jim Roe said.")); // an English word in capitals
    }

    /** Rule "founded after a name" and rule "apposition with a company noun" at a sentence's start. */
    @Test
    void aNameFoundedBySomeoneOrCalledAnOutfitIsAnOrganisation() {
        assertEquals(List.of("Quorrel Climate"), names("Quorrel Climate, founded by the investor Jim Roe, will spend."));
        assertEquals(List.of("Progress for Harbors"),
                names("Progress for Harbors, a digital progressive activism outfit, said no."));
        assertEquals(List.of(), names("Thousands of Varnians, a minority group, have been jailed."));
        // rule "country before a known body" (ActorFinder): the "and" that cut the run is inside the known name
        assertEquals(List.of("Centers for Disease Control and Prevention"),
                names("The U.S. Centers for Disease Control and Prevention reported 285 cases."));
        // rule "name before its acronym" (ActorFinder): the run "and" cut opens where the acronym's initials begin
        assertEquals(List.of("Energy and Water Regulatory Board"),
                names("The Energy and Water Regulatory Board (EWRB) raised prices on Monday."));
        // rule "currency prefix" (AcronymRules.unknownAcronym): the letters before a currency sign are no body
        assertEquals(List.of(), names("The fund holds NZ$40 million and HK$3 billion in bonds."));
        // a company noun before one unknown word: "power utility Kelvora", "the drug regulator Farmedia"
        assertEquals(List.of("Kelvora"), names("The state power utility Kelvora said blackouts would ease."));
    }

    /** A city team ending a sentence is a team: the period after its plural is no abbreviation's ("Sens. Jim Roe"). */
    @Test
    void aCityTeamEndingASentenceIsATeam() {
        assertEquals(List.of("Chicago Hawks"), names("The family owns the Chicago Hawks. Among the new donors are bankers."));
    }

    /** An ampersand firm may hold one given name ("Quorrel & Watkins LLP"), not two ("Jim & Sarah") nor "I". */
    @Test
    void anAmpersandFirmMayHoldOneGivenName() {
        assertEquals(List.of("Quorrel & Watkins"), names("He was a partner at Quorrel & Watkins in Chicago."));
        assertEquals(List.of(), names("Later, Ann & I left the party.", "They met Jim & Sarah there."));
    }

    /** Rule "first word of a known company": a gazetteer university's first word alone names it; a memorial's word does not. */
    @Test
    void aKnownUniversityCalledByItsFirstWord() {
        List<Actor> o = orgs("A poll from Monmouth University was released Thursday.", "The Monmouth poll also suggests a close race.");
        assertEquals(List.of("Monmouth"), o.get(0).aliases());
        assertEquals(List.of(), orgs("The Holocaust Memorial Museum opened.", "The Holocaust was remembered.").get(0).aliases());
    }

    @Test
    void aFamilyPluralIsNoOrganisationEvenAfterAccordingTo() {
        // rule "family plural" (FamilyPlurals, ActorFinder): "The Halvorsens" of a book title is the family
        List<String> found = names("Donald Halvorsen grew up in Queens, where the Halvorsens lived.",
                "According to ''The Halvorsens: Three Generations That Built an Empire,'' by Lena Okafor, Donald told "
                + "his roommate so.");
        assertTrue(found.stream().noneMatch(n -> n.contains("Halvorsens")), found.toString());
    }

    @Test
    void aNewspapersOwnBodyIsNoOrganisation() {
        // rule "newsroom body" (OrganizationRules.newsroomBody)
        List<String> found = names("Jane Roe is editor in chief of the Halvorsen Gazette. Her opinions are her own and "
                + "are separate from those of the Editorial Board.",
                "John Doe, a member of the Board of Contributors, writes on trade.");
        assertTrue(found.stream().noneMatch(n -> n.contains("Board")), found.toString());
    }

    @Test
    void aChurchBodyIsAnOrganisation() {
        // org-heads.txt "church bodies": "Patriarchate", "Archdiocese", "Diocese", "Synod" head an organisation's name
        List<String> found = names("However, as Archbishop Leon Okafor of the Armenian Patriarchate of Jerusalem told "
                + "the Associated Press, the genocide was real.");
        assertTrue(found.contains("Armenian Patriarchate of Jerusalem"), found.toString());
    }

    @Test
    void aDegreeOrADrugInCapitalsIsNoOrganisation() {
        // thing-acronyms.txt: degrees, tests, wars, drugs and formats are things
        List<String> found = names("His Harvard degree, his MBA and his M.F.A. impressed no one; he took the LSAT twice.",
                "The suspect was on PCP, the police said, and served in WWII.");
        assertTrue(found.stream().noneMatch(n -> n.matches("MBA|M\\.F\\.A|LSAT|PCP|WWII")), found.toString());
    }

    @Test
    void aPartyAndHomeTownInBracketsIsNoOrganisation() {
        // rule "party and home in brackets" (OrganizationRules.partyHome): "News" ends no newspaper's name here
        assertEquals(List.of(), names("His niece, state Del. Jane Okafor (D-Newport News), shouted to the crowd."));
    }

    @Test
    void aPartysChamberIsNoOrganisationOfItsOwn() {
        // rule "party's chamber" (OrganizationRules.partysChamber)
        assertEquals(List.of(), names("If Jane Roe is elected, and certainly if there's a Democratic Senate, the nominee is safe.",
                "The Republican Congress would block it, and Republican House members are going to run their own campaigns.")
                .stream().filter(n -> !n.equals("Jane Roe")).toList());
    }

    @Test
    void aLinksWatchIsNoOrganisationsHead() {
        // rule "head that only ends a name" (OrganizationRules.isOrgName)
        assertEquals(List.of("YouTube", "Human Rights Watch"), names("[Video: the speech in full. Watch on YouTube.]",
                "Human Rights Watch said the report was accurate."));
    }

    @Test
    void westPointIsTheMilitaryAcademy() {
        // organizations.txt: the academy by the name news call it
        assertEquals(List.of("United States Military Academy"), names("He claimed he was offered a full scholarship to West Point."));
    }

    @Test
    void namesListedAfterAKindOfOrganisationAreOfThatKind() {
        // rule "kinds such as" (NamingNounRules.kindSuchAs): examples after a plural of organisations' kind
        assertEquals(List.of("Quorrel"), names("Consulting firms like Quorrel have long hired bright young graduates."));
        assertEquals(List.of("Zentrix", "Halvex"), names("The bill drew a backlash from employers including Zentrix and Halvex."));
        assertEquals(List.of("Tessaro Fund", "Brindle"), names("Advocacy groups such as the Tessaro Fund and Brindle objected."));
        // not a surname a full name explains, not a short name of a firm named in full, not across a sentence's end
        assertEquals(List.of("Quorrel Partners"), names("Quorrel Partners advised the deal.", "Banks like Quorrel were busy."));
        assertEquals(List.of(), names("He trailed rivals like Halvorsen, said Jane Roe.").stream()
                .filter(n -> !n.equals("Jane Roe")).toList(), "rivals may be people");
        assertEquals(List.of(), names("Militants joined groups like Tessaro. Halvex said no.").stream()
                .filter(n -> !n.equals("Tessaro")).toList(), "the list ends with its sentence");
    }

    @Test
    void aCityAColourAndAPluralAreATeam() {
        // rule "colour team" (TeamNames.colourAndTeam): "Boston Red Sox", "Toronto Blue Jays"
        assertEquals(List.of("Boston Red Sox"), names("He pitched for the Phillies and the Boston Red Sox."));
        assertEquals(List.of("Toronto Blue Jays"), names("Jane Roe once owned a stake in the Toronto Blue Jays.")
                .stream().filter(n -> !n.equals("Jane Roe")).toList());
    }

    @Test
    void aTradedShareOrASpokeswomanNamesACompany() {
        // rules "shares of a company" and "spokesman of a name" (NamingNounRules.tradedOrSpokenFor)
        assertEquals(List.of("Brokava"), names("Shares of Brokava fell 3 percent on Tuesday."));
        assertEquals(List.of("Fennimax"), names("On Monday, Fennimax shares rose 4 percent."));
        assertEquals(List.of("Tessavo"), names("\"We don't allow spamming,\" a Tessavo spokeswoman said in an email."));
        assertEquals(List.of(), names("Jane Roe spoke on Monday.", "A Roe spokeswoman declined to comment."),
                "the surname of someone named in full is that person's");
    }

    @Test
    void anAppositionWithAPlaceWordOrACoinedNameNamesAnOrganisation() {
        // rule "place-based apposition" (NamingNounRules.appositionNoun): a demonym or a place's compound among the words
        assertEquals(List.of("Brindle"), names("Last month Brindle, a Nigerian bank, raised rates."));
        assertEquals(List.of("Independent"), names("Last month, the Independent, a British newspaper, revealed the deal."));
        // rule "coined name in apposition": a sentence's first word that is no English word
        assertEquals(List.of("Zentrix"), names("Zentrix, a London-based firm, said profits fell."));
        assertEquals(List.of(), names("Yesterday, a British newspaper said so."));
    }

    @Test
    void anAppositionOpenedByTheNamesACompanyWhenItsNounClosesIt() {
        // rule "the-apposition with a company noun" (NamingNounRules.appositionNoun, theNounCloses)
        assertEquals(List.of("Quorrel"), names("Quorrel, the Canadian mining company, says the tax works."));
        assertEquals(List.of("Current Lumen"), names("He anchored the coverage from Current Lumen, the liberal television network he later sold."));
        // not a person's noun ("the official party line"), not a place ("in Halvex, the ruling party"), nor a month
        assertEquals(List.of(), names("That was Halvorsen, the official party line on taxes."));
        assertEquals(List.of(), names("In Halvex, the ruling party, which won in May, is split."));
        assertEquals(List.of(), names("In January, the group also raised $1 million."));
    }

    @Test
    void thePluralOfAPartyNamedWithPartyIsThatPartyNotAPerson() {
        // rule "members of a named party" (PartyMembers.moved): the plural the person rules took for a name
        List<Actor> all = extractor.extractStrict(Articles.plain("t.txt", String.join("\n\n",
                "Quorrels died, but GOP can survive",
                "In 1848, having lost to Democrat James Dunmore, the Quorrel party faced a dilemma.",
                "Following Dunmore's victory in 1844, which most Quorrels opposed, in 1848 the Quorrels nominated Gen. "
                        + "Ezra Talbot, a war hero. Talbot had only one appeal for the Quorrels: He was popular and could win.",
                "Nonetheless, Talbot won, died in office and was succeeded by Otis Fenwick, a moderate from New York. "
                        + "Fenwick sought to deal with slavery by supporting its expansion into the territories won in "
                        + "President Dunmore's war. Anti-slavery Quorrels punished him in 1852 by nominating Silas Wendt, "
                        + "who lost."), Articles.PUB)).actors();
        assertTrue(all.stream().noneMatch(a -> a.isPerson() && a.name().contains("Quorrel")), all.toString());
        Actor party = all.stream().filter(a -> a.name().equals("Quorrel")).findFirst().orElseThrow();
        assertEquals(List.of("Quorrels"), party.aliases());
    }

    @Test
    void aBroadcastCallSignNamesAStation() {
        // rule "broadcast call sign" (AcronymRules.callSign): with its band after a hyphen, even when its letters
        // spell a word, or before a station's noun
        assertEquals(List.of("KING-TV"), names("Marchers held white roses aloft, KING-TV reported, and the parade went on."));
        assertEquals(List.of("WQRL"), names("He spoke on WQRL radio on Monday."));
        assertEquals(List.of(), names("He said WHAT he meant on Monday."), "a word in capitals is no station");
    }

    @Test
    void thePlacesLargestAndANewsAgencyNameOrganisations() {
        // rule "the place's largest" (NamingNounRules.placesOwn): "the" and a place's possessive open the apposition
        assertEquals(List.of("Pellion"), names("Staff at Pellion, the country's largest bank, went on strike."));
        assertEquals(List.of(), names("He praised Halvorsen, the company's founder, and left."), "a company's founder is a person");
        // rule "news agency after a name" (NamingNounRules.namedByNoun)
        assertEquals(List.of("Tessavo"), names("The state-run Tessavo news agency said the army was deployed."));
    }

    @Test
    void aBodyNamedWithAndWithoutItsCountryIsOne() {
        // rule "country before an organisation's name" (CountryPrefixes); "command" ends names (org-heads.txt)
        oneOrganisation("United States Tessaro Command", List.of("Tessaro Command"), 2,
                "Adm. Jane Roe leads the United States Tessaro Command.", "The Tessaro Command said so.");
        // not a chamber: states have their own senates
        assertEquals(2, names("He left the U.S. Senate.", "In Halvex, the Republican-controlled House and Senate passed it.")
                .stream().filter(n -> n.endsWith("Senate")).count());
    }

    @Test
    void aGroupNamedWithAParticleIsOneName() {
        // rule "particle inside a name" (Tokenizer) and rule "called by a noun" (NamingNounRules)
        assertEquals(List.of("Jaish-e-Quorrel"), names("The army blamed a Pakistan-based group called Jaish-e-Quorrel."));
    }

    @Test
    void aLegalFormAbroadEndsACompanysName() {
        // org-heads.txt: legal forms abroad ("GmbH", "Bhd", "S.A.") end a company's name, which alone names it later
        List<Actor> o = orgs("Talks between Zentrix GmbH and Tessavo Bhd stalled.", "Zentrix said it would wait.");
        assertEquals(List.of("Zentrix GmbH", "Tessavo Bhd"), o.stream().map(Actor::name).toList());
        assertEquals(2, o.get(0).mentions());
        assertEquals(List.of("Quorrel S.A."), names("Quorrel S.A. bid for the mine."));
    }

    @Test
    void aTeamsPluralAloneIsThatTeam() {
        // rule "team without its city" (ActorFinder, TeamNames.cityTeam)
        oneOrganisation("Cleveland Cavaliers", List.of("Cavaliers"), 2, "The Cleveland Cavaliers won, and later the Cavaliers celebrated.");
        // a plural of things after a state is no team
        assertEquals(List.of(), names("He was asked about the Florida Standards, which were developed under the governor."));
    }
}
