package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names of people and organisations as news from other countries writes them; every name here is invented. */
class WorldNamesTest {
    private final Extractor extractor = new Extractor();

    private List<Actor> actors(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors();
    }

    private List<String> people(String... paragraphs) {
        return actors(paragraphs).stream().filter(Actor::isPerson).map(Actor::name).toList();
    }

    private List<String> orgs(String... paragraphs) {
        return actors(paragraphs).stream().filter(a -> !a.isPerson()).map(Actor::name).toList();
    }

    @Test
    void twoParticlesGoOnWithTheSurname() {
        // rule "two particles" (NameRuns.particlePair)
        assertEquals(List.of("Ana María Olvera de la Cruz"), people("Ana María Olvera de la Cruz said profits rose."));
        assertEquals(List.of("Pieter van der Westrand"), people("Her lawyer, Pieter van der Westrand, said he would appeal."));
    }

    @Test
    void vanOrThiInTheMiddleMakesAVietnameseName() {
        // rule "Vietnamese middle name" (NameRuns.vietnameseMiddle, used by NameRuns.strip, NameWordRules, PersonRules)
        assertEquals(List.of("Hoang Van An"), people("\"This is fine,\" said Hoang Van An, the company's head of sales."));
        assertEquals(List.of("Le Thi Hoa"), people("\"We are ready,\" said Le Thi Hoa, the mayor."));
        List<Actor> pm = actors("Prime Minister Le Van Dung visited the city on Friday.");
        assertEquals(List.of("Le Van Dung"), pm.stream().map(Actor::name).toList());
        // the Dutch particle in lower case is still a particle only
        assertEquals(List.of("Karel van Ostaden"), people("Karel van Ostaden said the dyke held."));
    }

    @Test
    void aSentenceOpenerThatIsTheTitlesFirstWordStaysInTheRole() {
        // rule "opener of a two-word title" (PersonRules)
        assertEquals(List.of(List.of("Prime Minister")),
                actors("Prime Minister Étienne Bellamont told lawmakers the reform would go ahead.").stream().map(Actor::roles).toList());
        assertEquals(List.of(List.of("Vice President")),
                actors("Vice President Marta Oldsen told lawmakers the reform would go ahead.").stream().map(Actor::roles).toList());
        // a sentence's own opener still is not the role's ("Enter President …")
        assertEquals(List.of(List.of("President")),
                actors("Enter President Jane Spadowski, who said nothing.").stream().map(Actor::roles).toList());
    }

    @Test
    void coEndsACompanysName() {
        // org-heads.txt: "Co" and "Co." end a company's name like "Corp." and "Inc."
        assertEquals(List.of("Shenvar Semiconductor Co"), orgs("Shenvar Semiconductor Co. said Monday it had won an order."));
    }

    @Test
    void legislaturesAndBanksAbroadAreOrganisationsNotTowns() {
        // organizations.txt: "Lok Sabha" is India's lower house (no Libyan "Sabha"), "Banco Santander" a bank (no Spanish city)
        var r = extractor.extractStrict(Articles.body("In India, the Lok Sabha passed a similar bill, and Banco Santander reports next week."));
        assertEquals(List.of("India"), r.places().stream().map(newsgen.model.Place::name).toList());
        assertEquals(List.of("Lok Sabha", "Banco Santander"), r.actors().stream().map(Actor::name).toList());
    }

    @Test
    void anOccupationInAppositionMakesAPersonOfAnUnlistedName() {
        // titles.txt: occupations of other desks ("oligarch", "psychiatrist", "footballer") head an apposition's role
        List<Actor> a = actors("One partner was Bogdan Vessilar, an oligarch who made billions as a middleman.");
        assertEquals(List.of("Bogdan Vessilar"), a.stream().map(Actor::name).toList());
        assertEquals(List.of("oligarch"), a.get(0).roles());
        assertEquals(List.of("Tarek Villandro"), people("The video praises Tarek Villandro, the former army psychiatrist who killed 13 people."));
    }

    @Test
    void anAdverbOpensNoName() {
        // rule "adverb opening a name" (NameWordRules.wordShapedOpener): "Interestingly" lost its comma
        assertEquals(List.of(), people("Interestingly Halvorsen, a wealthy industrialist, stayed away."));
    }

    @Test
    void aPersonsVerbAfterAnUnlistedNameMakesAPerson() {
        // rule "subject of a person's verb" (NameEvidenceRules.personVerbAfter)
        assertEquals(List.of("Sindo Mabasane"), people("Sindo Mabasane was sentenced to 12 years in prison on Thursday."));
        assertEquals(List.of("Thandeka Zuliwe"), people("Thandeka Zuliwe scored twice as the visitors won 3-1."));
        // not words of English ("Golden Arrows scored"), nor a verb a company does
        assertEquals(List.of(), people("Golden Arrows scored twice as the visitors won 3-1."));
        assertEquals(List.of(), people("Zentrova Maltrix was fined 2 million euros."));
    }

    @Test
    void aDoersVerbAfterTwoUnlistedWordsOpeningASentenceMakesAPerson() {
        // rule "opening subject of a doer's verb" (NameEvidenceRules.OPENER_VERBS): verbs a team or a firm may do too
        assertEquals(List.of("Tamati Horowai"), people("Tamati Horowai led the side on Saturday."));
        assertEquals(List.of("Seo Jun-ho"), people("Seo Jun-ho arrived in Tokyo on Monday."));
        assertEquals(List.of("Tamati Horowai"), people("On Saturday, Tamati Horowai led the side."));
        assertEquals(List.of("Tamati Horowai"), people("Tamati Horowai will lead the side on Saturday."));
        // rule "opening subject of a person's mood"
        assertEquals(List.of("Tamati Horowai"), people("Tamati Horowai was disappointed after the defeat."));
        // not inside a sentence, not three words, not before what a firm wins
        assertEquals(List.of(), people("On Saturday the visitors and Tamati Horowai led the table."));
        assertEquals(List.of(), people("Zentrova Maltrix Kessor won the title."));
        assertEquals(List.of(), people("Zentrova Maltrix won the $2 billion contract."));
        // not a party's or a club's result: "won the most votes", "lost to"
        assertEquals(List.of(), people("Zentrova Maltrix won the most votes."));
        assertEquals(List.of(), people("Zentrova Maltrix lost to Kessvor on Sunday."));
    }

    @Test
    void anUnlistedWordOpeningAPressOfficesWordsIsAnOrganisation() {
        // rule "body's statement" (StatementBodies)
        assertEquals(List.of("Zentrova"), orgs("Zentrova said in a statement that it would appeal."));
        assertEquals(List.of("Kessvor"), orgs("Kessvor did not immediately respond to a request for comment."));
        assertEquals(List.of("Kessvor"), orgs("Kessvor declined to comment on the report."));
        // not a plural, not a word the article also writes in lower case, not inside a sentence
        assertEquals(List.of(), orgs("Officials said in a statement that the road was closed."));
        assertEquals(List.of(), orgs("Summit said in a statement that the summit was over."));
        assertEquals(List.of(), orgs("Everyone declined to comment."));
        assertEquals(List.of(), people("Zentrova said in a statement that it would appeal."));
    }

    @Test
    void aVerbWhoseObjectIsAPersonBeforeAnUnlistedNameMakesAPerson() {
        // rule "object of a person's verb" (UnlistedNameRules.personVerbBefore)
        assertEquals(List.of("Sindo Mabasane"), people("The High Court sentenced Sindo Mabasane to five years in prison."));
        assertEquals(List.of("Tavaki Uluvalu"), people("Police arrested Tavaki Uluvalu at the border on Wednesday."));
        // not words of English, not a company, not a verb in capitals that opens a headline's words
        assertEquals(List.of(), people("Police arrested Golden Arrows fans at the border."));
        assertEquals(List.of(), people("The board appointed Zentrova Bank to run the sale."));
    }

    @Test
    void anUnlistedNameBeforeAsAndATitleMakesAPerson() {
        // rule "named as a title" (UnlistedNameRules.asTitleAfter)
        assertEquals(List.of("Mbeki Sandlane"), people("The council on Wednesday chose Mbeki Sandlane as mayor."));
        assertEquals(List.of("Tavaki Uluvalu"), people("The federation has picked Tavaki Uluvalu as its new head coach."));
        // "as" before no title, or a name of English words
        assertEquals(List.of(), people("The board chose Zentrova Maltrix as a partner for the bridge."));
        assertEquals(List.of(), people("The league picked Golden Arrows as champion."));
    }

    @Test
    void aPairSharingASurnameAfterAPluralOfKinIsTwoPeople() {
        // rule "pair sharing a surname" (UnlistedNameRules.pairSharingSurname, pairSharingSurnameFirst)
        assertEquals(List.of("Temba Nkosana", "Amira Nkosana"),
                people("The parents, Temba and Amira Nkosana, met the minister on Monday."));
        assertEquals(List.of("Ayo Dansoro", "Femi Dansoro"), people("The brothers Ayo and Femi Dansoro ran the shop."));
        // no noun of kin before: two people are not said to share the surname
        assertEquals(List.of(), people("On Monday Temba and Lwazi Nkosana met the minister."));
    }

    @Test
    void anHonorificAmongNamesOfUnknownSexIsNoneOfThemInParticular() {
        // rule "honorific among unknown sexes" (HonorificSex): no list knows the sex of Temba, Amira or Nuru
        List<String> people = people("The parents, Temba and Lwazi Nkosana, spoke first. Mr. Nkosana thanked the crowd.");
        assertEquals(List.of("Temba Nkosana", "Lwazi Nkosana", "Nkosana"), people);
        // and every later "Mr. Nkosana" is that one person, not one person per mention
        assertEquals(List.of("Temba Nkosana", "Lwazi Nkosana", "Nkosana"), people("The parents, Temba and Lwazi Nkosana, "
                + "spoke first. Mr. Nkosana thanked the crowd. Later Mr. Nkosana wept."));
        // rule "couple by their honorifics" (HonorificSex.Couples): "Ms. Nkosana" beside him is someone else
        List<String> again = people("The parents, Temba and Lwazi Nkosana, spoke first. Mr. Nkosana thanked the crowd. "
                + "Later Mr. Nkosana wept. Ms. Nkosana said nothing.");
        assertEquals(List.of("Temba Nkosana", "Lwazi Nkosana", "Mr. Nkosana", "Ms. Nkosana"), again);
    }

    @Test
    void aVerbInSAfterAFullNameEndsItInAHeadline() {
        // rule "headline verb after a full name" (PersonRules.headlineVerbInside): Sione is a listed given name
        // the body names him too: the headline's quote is his (a headline's subject alone: HeadlineNamesTest)
        assertEquals(List.of("Sione Latuvai"), headlineSpeakers("Sione Latuvai Hammers World Bank Chief: ‘We Were Never Consulted’"
                + "\n\nSione Latuvai, the union leader, spoke to workers at the port on Monday."));
        // no given name first: the headline's words are left alone
        assertEquals(List.of("World Bank"), headlineSpeakers("Harbour Works Hammers World Bank Chief: ‘We Were Never Consulted’"
                + "\n\nThe union spoke to workers at the port on Monday."));
    }

    private List<String> headlineSpeakers(String text) {
        return extractor.extractStrict(Articles.plain("t.txt", text, Articles.PUB)).quotes().stream()
                .map(q -> String.valueOf(q.speakerName())).toList();
    }

    @Test
    void aFamilyNameFirstBeforeUnlistedWordsMakesAPerson() {
        // rule "family name first" (UnlistedNameRules.familyNameFirst): family-first.txt holds Tang, Jung, Deng
        assertEquals(List.of("Tang Yuxiao"), people("The study, led by Tang Yuxiao and published last week, followed 900 patients."));
        assertEquals(List.of("Jung Mi-rae"), people("The award went to Jung Mi-rae and her team."));
        // not before English words or places: "Park Avenue", "Deng Street"
        assertEquals(List.of(), people("The study, led by Park Avenue Partners, followed 900 patients."));
    }

    @Test
    void kinInAppositionMakesAPerson() {
        // rule "kin in apposition" (NameEvidenceRules.kinBefore)
        assertEquals(List.of("Llinos Pellowen"), people("Her father, Llinos Pellowen, told the radio station he was safe."));
        assertEquals(List.of("Aroha Pene"), people("His younger sister, Aroha Pene, lives nearby."));
        // a capitalised possessive owns the kin too; the nouns of kin are PersonNames.RELATIVES, one list
        assertEquals(List.of("Dlamuzi", "Sipho Ndabeni"), people("Dlamuzi's grandson, Sipho Ndabeni, lives nearby."));
        // no owner's pronoun before the noun of kin, no closing comma: no apposition of kin
        assertEquals(List.of(), people("The son, Llinos Pellowen, lives nearby."));
    }

    @Test
    void aCompanysFormAbroadEndsItsName() {
        // rule "company form abroad" (OrganizationRules.companyForm); "Werke", "Gruppe" in org-heads.txt
        assertEquals(List.of("Brantwell Steel PLC", "Ostrava Metals AG"),
                orgs("The deal between Brantwell Steel PLC and Ostrava Metals AG was blocked."));
        assertEquals(List.of("Kessvor Werke"), orgs("Kessvor Werke was fined 2 million euros."));
        // "AG" before a name is the attorney general's title
        assertEquals(List.of("Lorna Keswick"), people("Assistant AG Lorna Keswick said the case was closed."));
    }

    @Test
    void aHeadOpeningANameAbroadMakesAnOrganisation() {
        // rule "head that opens a name abroad" (OrganizationRules.OPENING_HEADS, NameWordRules.validName)
        assertEquals(List.of("Banco Meridional"), orgs("Banco Meridional reported a record profit."));
        assertEquals(List.of("Grupo Televara"), orgs("Grupo Televara signed the contract on Monday."));
        assertEquals(List.of(), people("Banco Meridional reported a record profit."));
    }

    @Test
    void aClubWordBeforeACityNamesItsClub() {
        // rule "club word before a city" (TeamNames.clubOfCity)
        var r = extractor.extractStrict(Articles.body("VfB Stuttgart beat Olympique Marseille in a friendly on Sunday."));
        assertEquals(List.of("VfB Stuttgart", "Olympique Marseille"), r.actors().stream().map(Actor::name).toList());
        assertEquals(List.of(), r.places());
    }

    @Test
    void namesBesideAScoreAreTeams() {
        // rule "score line" (ScoreLines.team, asked by ActorFinder)
        var r = extractor.extractStrict(Articles.body("Results: Liverpool 0 Everton 0, and Arsenal beat Chelsea 2-1."));
        assertEquals(List.of("Liverpool", "Everton", "Arsenal", "Chelsea"), r.actors().stream().map(Actor::name).toList());
        assertEquals(List.of(), r.places());
        // scorers' tallies, sets of a tennis match and a poll's matchup are no teams
        assertEquals(List.of(), orgs("Leading scorers: Haldorsen 14, Okavor 12."));
        assertEquals(List.of("Novak Petrenko", "Carlos Ibarrola"), people("Novak Petrenko beat Carlos Ibarrola 6-4, 6-3 in the final."));
        assertEquals(List.of(), orgs("In the poll, Halvorsen beats Tamsin 42-40."));
    }

    @Test
    void globalEndsAnInvestorsName() {
        // org-heads.txt: "Global" ends a fund's or a firm's name, never a person's
        assertEquals(List.of("Tigran Global"), orgs("Investors led by Tigran Global put $40 million into the startup."));
        assertEquals(List.of(), people("Investors led by Tigran Global put $40 million into the startup."));
    }

    @Test
    void aRolesFirstWordOpeningTheSentenceStaysInTheRole() {
        // rule "role opening a sentence" (RoleRules.roleStart)
        assertEquals(List.of(List.of("Chief executive")), actors("Chief executive Adaeze Okonkwo-Belloh said the money would fund expansion.")
                .stream().filter(Actor::isPerson).map(Actor::roles).toList());
        assertEquals(List.of(List.of("Former coach")), actors("Former coach Arjen Hollander said the players were tired.")
                .stream().filter(Actor::isPerson).map(Actor::roles).toList());
        // a sentence adverb is no part of it
        assertEquals(List.of(List.of("right-leaning journalist")), actors("Even right-leaning journalist Bram Oosterhout said so.")
                .stream().filter(Actor::isPerson).map(Actor::roles).toList());
    }

    @Test
    void aCompanyWithoutItsLegalFormIsTheSameCompany() {
        // rule "name without its legal form" (ActorFinder, OrganizationRules.legalForm)
        List<Actor> a = actors("Banco Meridional S.A. reported a record profit.", "Shares in Banco Meridional rose 3 percent.");
        assertEquals(List.of("Banco Meridional S.A."), a.stream().map(Actor::name).toList());
        assertEquals(List.of("Banco Meridional"), a.get(0).aliases());
        assertEquals(2, a.get(0).mentions());
    }
}
