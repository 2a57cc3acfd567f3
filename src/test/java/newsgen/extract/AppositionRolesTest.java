package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The role an apposition gives a person (AppositionRoles.apposition): invented names in real-news sentence shapes. */
class AppositionRolesTest {
    private final Extractor extractor = new Extractor();

    private Actor person(String name, String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).actors().stream()
                .filter(a -> a.isPerson() && a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCoordinatedNameTakesNoRoleFromTheNextApposition() {
        // rule "coordination is no apposition": after ", and" the words name the next person
        String text = "The rally in Ohio drew Tomas Halvorsen, and the former first lady, Lena Halvorsen, on Monday.";
        assertEquals(List.of(), person("Tomas Halvorsen", text).roles());
    }

    @Test
    void aCourtesyTitleLeavesTheRoleToTheApposition() {
        // rule "apposition after a courtesy title" (PersonRules): the apposition's role, as the untitled name has it
        assertEquals(List.of("director of the clinic"),
                person("Lena Halvorsen", "\"It works,\" Dr. Lena Halvorsen, the director of the clinic, said.").roles());
        assertEquals(List.of("chief economist"),
                person("Tomas Rivas", "Mr. Tomas Rivas, the bank's chief economist, expects a cut.").roles());
        // rule "someone spoken to": a clause addressing him gives no role
        assertEquals(List.of(), person("Tomas Rivas", "\"Mr. Tomas Rivas, you're a lawyer,\" she said.").roles());
    }

    @Test
    void anHonorificClosedByTheCommaEndsTheRole() {
        // rule "honorific ends the role": "the former first lady, Lena Halvorsen" is a first lady, not a "former first"
        String text = "On Monday the senator brought the former first lady, Lena Halvorsen, to vouch for his judgment.";
        assertEquals(List.of("former first lady"), person("Lena Halvorsen", text).roles());
    }

    @Test
    void theQuotationsVerbIsNoWordOfTheRole() {
        // rule "cue verb before the role": the clause after the quotation opens with "said", which the role leaves out
        String text = "“The court will split evenly,” said another leading appeals advocate, Lena Halvorsen of a firm in Boston.";
        assertEquals(List.of("leading appeals advocate"), person("Lena Halvorsen", text).roles());
        String that = "The senator noted that the campaign's manager, Lena Halvorsen, is from the state.";
        assertEquals(List.of("manager"), person("Lena Halvorsen", that).roles());
    }

    @Test
    void aParticipleAfterAnArticleIsPartOfTheRole() {
        // rule "participle after an article" (RoleWords.role): "alleged" is a cue verb ("prosecutors alleged"), but
        // after "The" it describes the noun: a court report's accused keeps the role
        String text = "The alleged gunman, Tomas Halvorsen, is to appear in court on Wednesday.";
        assertEquals(List.of("alleged gunman"), person("Tomas Halvorsen", text).roles());
        // the verb of a clause still ends the role
        String said = "\"It was planned,\" a senior prosecutor alleged, naming Tomas Halvorsen.";
        assertEquals(List.of(), person("Tomas Halvorsen", said).roles());
    }

    @Test
    void aTitleWordAfterAModalIsTheVerb() {
        // rule "title used as a verb": "would counsel", "will chair" act on the person; they name no office of hers
        String text = "Asked whether he would counsel Lena Halvorsen to run, the governor said he will chair Lena "
                + "Halvorsen's campaign himself.";
        assertEquals(List.of(), person("Lena Halvorsen", text).roles());
        assertEquals(List.of("counsel"), person("Lena Halvorsen", "The bank hired counsel Lena Halvorsen.").roles());
    }

    @Test
    void aClauseWhoseHeadIsNoTitleGivesNoRole() {
        // rule "title heads the role": "the candidate brought his older brother" is a clause, its head no title
        String text = "On Monday the candidate brought his older brother, Tomas Halvorsen, to the rally in Ohio.";
        assertEquals(List.of(), person("Tomas Halvorsen", text).roles());
    }

    @Test
    void theObjectOfAPrepositionIsTheRole() {
        // rule "role after a preposition": "a letter to Northfield's president, Lena Halvorsen," → "president"
        String text = "The union sent a long letter to Northfield's president, Lena Halvorsen, on Friday.";
        assertEquals(List.of("president"), person("Lena Halvorsen", text).roles());
        String office = "Had the party nominated Tomas Rivas for president, Lena Halvorsen would have campaigned for him.";
        assertEquals(List.of(), person("Lena Halvorsen", office).roles());
    }

    @Test
    void aSpokesmanForAnOfficeIsTheNamedPerson() {
        // rule "spokesman for an office": the name after the comma is the spokesman's, not the president's
        String text = "A spokesman for the president, Kofi Mensa, said the statement spoke for itself.";
        assertEquals(List.of("spokesman for the president"), person("Kofi Mensa", text).roles());
        // the office's holder still takes the role when no spokesman heads the phrase
        String letter = "The union sent a letter to the president, Kofi Mensa, on Friday.";
        assertEquals(List.of("president"), person("Kofi Mensa", letter).roles());
    }

    @Test
    void anAgeIsNoPartOfTheRole() {
        // rule "age is no role": the office is "president and general manager", not the man's age
        String text = "\"We never closed,\" said Tomas Rivas, the 78-year-old president and general manager of the mill.";
        assertEquals(List.of("president and general manager of the mill"), person("Tomas Rivas", text).roles());
        String spaced = "Lena Halvorsen, the 39-year old land commissioner, said she would run.";
        assertEquals(List.of("land commissioner"), person("Lena Halvorsen", spaced).roles());
    }

    @Test
    void anAbbreviatedTitleEndsTheRole() {
        // rule "title of the next name ends no role": the clause stopped at the dot of "Sen."; the title is the next name's
        String text = "\"It is close,\" said Lena Halvorsen, a senior aide with Sen. Tomas Rivas's campaign.";
        assertEquals(List.of("senior aide"), person("Lena Halvorsen", text).roles());
        String former = "\"It is close,\" said Lena Halvorsen, a former staff member for Ohio Republicans such as former Gov. Tomas Rivas.";
        assertEquals(List.of("former staff member for Ohio Republicans"), person("Lena Halvorsen", former).roles());
    }

    @Test
    void aLongRoleEndsAtItsRelativeClauseBeforeItsLengthIsJudged() {
        // rule "relative clause ends the role", before the length bound is judged: the role itself is short
        String text = "\"It is a wake-up call,\" said Tomas Rivas, a climate scientist at the University of Leeds who was not involved in the study.";
        assertEquals(List.of("climate scientist at the University of Leeds"), person("Tomas Rivas", text).roles());
    }

    @Test
    void quotedWordsAreNoRole() {
        // rule "quotation is no apposition": the words after the comma quote someone's praise of him
        String text = "The pastor praised Tomas Rivas, \"a real leader who can unite us.\"";
        assertEquals(List.of(), person("Tomas Rivas", text).roles());
        String guillemets = "The pastor praised Tomas Rivas, «a real leader who can unite us.»";
        assertEquals(List.of(), person("Tomas Rivas", guillemets).roles());
    }

    @Test
    void aRelativeClauseEndsTheRole() {
        // rule "relative clause ends the role": "a Republican pollster who worked for …" is a "Republican pollster"
        String text = "\"It is close,\" said Lena Halvorsen, a Republican pollster who worked for the governor in 2012.";
        assertEquals(List.of("Republican pollster"), person("Lena Halvorsen", text).roles());
    }

    @Test
    void aPluralHeadIsNoRole() {
        // rule "plural head is no role": "one of the court's most liberal justices, Lena Halvorsen," names no office of hers
        String text = "One of the court's most liberal justices, Lena Halvorsen, wrote the dissent on Monday.";
        assertEquals(List.of(), person("Lena Halvorsen", text).roles());
    }

    @Test
    void aLongAppositionKeepsItsWholeRole() {
        // rule "long apposition": eleven to fourteen words still make the role, the organisation's name whole
        String text = "Adaeze Okonkwo, a longtime party donor and president of the Lagos Centre for Trade Policy, said "
                + "the tariff would hurt.";
        assertEquals(List.of("longtime party donor and president of the Lagos Centre for Trade Policy"),
                person("Adaeze Okonkwo", text).roles());
        // the length counts the words before the relative clause
        String relative = "Tomas Rivas, a Lima lawyer who represents mine owners and sits on the board of the Andean "
                + "Mining Association, said the law was unfair.";
        assertEquals(List.of("Lima lawyer"), person("Tomas Rivas", relative).roles());
    }

    @Test
    void aNameInTheRelativeClauseLeavesTheRole() {
        // a name after "who" is the clause's, not the apposition's: the role before it stands
        String text = "Lena Halvorsen, a veteran pollster who ran the survey with Tomas Rivas, said voters were tired.";
        assertEquals(List.of("veteran pollster"), person("Lena Halvorsen", text).roles());
    }

    @Test
    void anOverlongAppositionGivesItsFirstRole() {
        // rule "first of two long roles": past fourteen words the role ends before "and the …"
        String text = "Mei Lin Tan, a professor of economics at the National University of Singapore and the director "
                + "of its Institute of Policy Studies, said growth would slow.";
        assertEquals(List.of("professor of economics at the National University of Singapore"),
                person("Mei Lin Tan", text).roles());
    }

    @Test
    void aQuotationAfterTheCommaIsNoRole() {
        // rule "quotation is no apposition": the words are someone's about him, and the title before stays his role
        String text = "The post called him a fan of Dr. Tomas Rivas, \"a real leader who can fix the clinics,\" and "
                + "was shared widely.";
        assertEquals(List.of("Dr."), person("Tomas Rivas", text).roles());
        String said = "\"He is the best person to beat Lena Halvorsen,\" the governor said.";
        assertEquals(List.of(), person("Lena Halvorsen", said).roles());
    }

    @Test
    void theTitleOfTheNextNameEndsTheRole() {
        // rule "title of the next name ends no role": the dot of "Gov." stopped the words; "of Gov" is no role's end
        String text = "Kwame Mensah, a party leader in Ashanti and close friend of Gov. Ama Owusu, said the vote was fair.";
        assertEquals(List.of("party leader in Ashanti and close friend"), person("Kwame Mensah", text).roles());
    }

    @Test
    void aListOfOfficesIsOneRole() {
        // rule "list of offices": the role runs past the first office's comma to the item holding "and"
        String text = "Kofi Boateng, the former mayor of Kumasi, finance minister, and ambassador to Japan, said the "
                + "deal was fair.";
        assertEquals(List.of("former mayor of Kumasi, finance minister, and ambassador to Japan"),
                person("Kofi Boateng", text).roles());
        assertEquals(List.of("lawyer, treasurer and strategist"),
                person("Lena Okafor", "Lena Okafor, the fund's lawyer, treasurer and strategist, rejected the label.").roles());
        // a name after ", and" is the next person's, a verb after the comma the sentence's: the role ends at the comma
        String pair = "The talks were led by Hiroshi Tanaka, the trade minister, and Li Wei, his counterpart.";
        assertEquals(List.of("trade minister"), person("Hiroshi Tanaka", pair).roles());
        String verb = "Kofi Boateng, the former mayor of Kumasi, said the deal was fair and just.";
        assertEquals(List.of("former mayor of Kumasi"), person("Kofi Boateng", verb).roles());
        // not "Mr. Roe, then at the bank, and Mr. Doe": the honorific opens the next name
        String titled = "Over lunch, Mr. Tomas Rivas, the bank's adviser, and Mr. Sipho Ndlovu decided to found a firm.";
        assertEquals(List.of("adviser"), person("Tomas Rivas", titled).roles());
    }

    @Test
    void oneOfAKindOpensNoRole() {
        // rule "one of a kind opens no role": the numeral counts the person; "one of …" keeps it
        assertEquals(List.of("candidate"),
                person("Chipo Moyo", "One candidate, Chipo Moyo, promised free clinics in Harare.").roles());
        assertEquals(List.of("one of the president's closest aides"), person("Chipo Moyo",
                "Chipo Moyo, one of the president's closest aides, said the talks would go on.").roles());
    }

    @Test
    void aDemonymOpeningAnOrganisationsNameIsNoAffiliation() {
        // rule "demonym opening a name": the university is named "American", the professor is of no country by it
        Actor lopez = person("Maria Lopez", "Maria Lopez, a professor of history at American University, said the rules were unclear.");
        assertEquals(null, lopez.affiliation());
        // after an article, the demonym is the body's country: "the Kenyan Red Cross"
        Actor kamau = person("Joseph Kamau", "Joseph Kamau, a spokesman for the Kenyan Red Cross, said aid had arrived.");
        assertEquals("Kenya", kamau.affiliation());
    }
}
