package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unlisted names made people by where they stand ({@link UnlistedNameRules}); every name here is invented. */
class UnlistedNameRulesTest {
    private final Extractor extractor = new Extractor();

    private List<String> people(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream().filter(Actor::isPerson).map(Actor::name).toList();
    }

    @Test
    void aNameAfterFoundedByIsAPerson() {
        // rule "founded by a name" (UnlistedNameRules.foundedBy)
        assertEquals(List.of("Folarin Adekunbi"), people("The company was founded in 2019 by Folarin Adekunbi and now employs 200 engineers."));
        assertEquals(List.of("Hemi Paratene"), people("The crew, headed by Hemi Paratene, reached the island on Monday."));
        // "led by" may be a firm's or a country's
        assertEquals(List.of(), people("The funding round was led by Zentrova Maltrix last year."));
        // words of English, a clause between, or no participle of founding: no one
        assertEquals(List.of(), people("The company was founded in 2019 by Golden Arrows Holdings."));
        assertEquals(List.of(), people("The company was founded in 2019. It was bought by Zentrova Maltrix last year."));
    }

    @Test
    void aNameAfterALifePhraseIsItsSubject() {
        // rule "subject after a life phrase" (UnlistedNameRules.afterLifePhrase)
        assertEquals(List.of("Girmay Woldetsadik"), people("Born in a small village, Girmay Woldetsadik trained as a nurse."));
        assertEquals(List.of("Nusrat Jahangiri"), people("Raised by her grandmother, Nusrat Jahangiri worked at the clinic."));
        // not after a later comma, not after another opening
        assertEquals(List.of(), people("Born in a small village, near the river, Girmay Woldetsadik trained as a nurse."));
        assertEquals(List.of(), people("In a small village, Zentrova Maltrix opened a plant."));
    }

    @Test
    void aPairOfUnlistedNamesBeforeAVerbOfTwoPeopleIsTwoPeople() {
        // rule "pair of subjects" (UnlistedNameRules.pairOfSubjects)
        assertEquals(List.of("Tumusiime Mugabiro", "Somsak Srithong"),
                people("Tumusiime Mugabiro and Somsak Srithong opened an orphanage in the town last year."));
        // a word of English, a third word, not opening the sentence: no pair
        assertEquals(List.of(), people("Golden Arrows and Somsak Srithong opened a plant."));
        assertEquals(List.of(), people("Zentrova Maltrix and Kessvor Tarnel won the contract for the bridge."));
        assertEquals(List.of(), people("Last year the town and Tumusiime Mugabiro opened an orphanage."));
    }

    @Test
    void aNameAfterMetOrThankedIsAPerson() {
        // rule "object of a person's verb" (UnlistedNameRules.personVerbBefore): met, thanked, greeted, hugged, congratulated
        assertEquals(List.of("Tesfaye Aleberu"), people("The minister met Tesfaye Aleberu in the capital."));
        assertEquals(List.of("Somsak Srithong", "Yiannos Papadellis"),
                people("The governor thanked Somsak Srithong and Yiannos Papadellis, two volunteers who pulled children from the river."));
    }

    @Test
    void aDatelinesDashOpensTheStorysFirstSentence() {
        // rule "subject after a dateline" (NameEvidenceRules.opensSentence) with the doer's verb "walked"
        assertEquals(List.of("Girmay Woldetsadik"), people("NAIROBI, Kenya (AP) — Girmay Woldetsadik walked free on Tuesday."));
        assertEquals(List.of("Girmay Woldetsadik"), people("KAMPALA - Girmay Woldetsadik walked free on Tuesday."));
        // a dash inside a sentence opens nothing
        assertEquals(List.of(), people("The court ruled — Zentrova Maltrix walked away with nothing."));
    }

    @Test
    void delaAndDelosGoOnWithAFilipinoSurname() {
        // NameRuns.CONNECTORS: "dela", "delos"
        assertEquals(List.of("Maricel dela Paz"), people("Maricel dela Paz said passengers had waited on the pier for nine hours."));
        assertEquals(List.of("Rommel delos Reyes"), people("Rommel delos Reyes said the ferry was late."));
    }

    @Test
    void aPossessiveOfAnUnlistedNameBeforeWhatOnlyAPersonHasIsAPerson() {
        // rule "possessive of an unlisted name" (UnlistedNameRules.possessiveOfName)
        assertEquals(List.of("Thandeka Dlamuzi"), people("Thandeka Dlamuzi's stall at the market was among the forty destroyed."));
        assertEquals(List.of("Daisuke Fujinaga"), people("Daisuke Fujinaga's late wife ran the shop for years."));
        // words of English, or what a firm has too: no one
        assertEquals(List.of(), people("Golden Arrows' stall at the market was destroyed."));
        assertEquals(List.of(), people("Zentrova Maltrix's profits rose by a third."));
    }

    @Test
    void aPossessiveBeforeANamedRelationIsAPerson() {
        // rule "owner of a named relation" (UnlistedNameRules.possessiveOfName, one word)
        assertEquals(List.of("Wanjugu", "Grace Kiprono"),
                people("Wanjugu's training partner, Grace Kiprono, finished second in the trial race."));
        // no name in commas after the relation, or a listed given name (the one named in full says whose it is)
        assertEquals(List.of(), people("Wanjugu's training partner finished second in the trial race."));
    }

    @Test
    void theLastOfAListBeforeAPeoplesParticipleMakesTheListPeople() {
        // rule "list before a people's participle" (UnlistedNameRules.listBeforeGroupParticiple), then "listed names"
        assertEquals(List.of("Barakwe Mwandosya", "Behnam Moradlou", "Takuto Ishimori"),
                people("Barakwe Mwandosya, Behnam Moradlou and Takuto Ishimori were named in the squad for the Games."));
        // words of English in the list, or no participle only people undergo: no one
        assertEquals(List.of(), people("Golden Arrows and Zentrova Maltrix were named in the report."));
        assertEquals(List.of(), people("Kessvor Tarn and Zentrova Maltrix were merged last year."));
    }

    @Test
    void aVietnameseFamilyNameThatIsAParticleOpensTheName() {
        // rule "Vietnamese family name that is a particle" (NameRuns.vietnameseParticleName)
        assertEquals(List.of("Le Quang Bich"), people("Police arrested Le Quang Bich at the border crossing late on Wednesday."));
        // two words, or a word too long for a syllable: "Le" stays a particle
        assertEquals(List.of(), people("Police read Le Courrier Picardin at the border."));
    }

    @Test
    void anUnlistedNameOfAnOrganisationIsAPerson() {
        // rule "name of an organisation" (UnlistedNameRules.ofOrganisation)
        assertEquals(List.of("Kavuso Majlund"), people("The study was led by three economists, among them Kavuso Majlund of Lund University."));
        // of a place, or words of English: no one
        assertEquals(List.of(), people("The deal was signed by Zentrova Maltrix of Norway."));
        assertEquals(List.of(), people("The deal was signed by Golden Arrows of Lund University."));
    }

    @Test
    void aNameOfSomewhereBeforeACueVerbIsAPerson() {
        // rule "name of somewhere, then a cue verb" (UnlistedNameRules.ofSomewhereThenCue)
        assertEquals(List.of("Tamunotonye Ebiware"), people("Tamunotonye Ebiware of Kessler warned that rates would rise."));
        assertEquals(List.of("Tamunotonye Ebiware"),
                people("Tamunotonye Ebiware of Kessler, the country's largest private bank, warned that rates would rise."));
        // no cue verb after the firm, or English words in the run: no one
        assertEquals(List.of(), people("Tamunotonye Ebiware of Kessler opened a branch in Lagos."));
        assertEquals(List.of(), people("Golden Arrows of Durban said the match was postponed."));
    }
}
