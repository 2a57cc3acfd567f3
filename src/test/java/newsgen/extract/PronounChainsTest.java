package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule "pronoun chain" ({@link PronounChains}): "he" or "she" after a quotation goes on with whom the same pronoun
 * opening the sentence before stands for, not with a person named later in that sentence. Names are invented.
 */
class PronounChainsTest {
    private final Extractor extractor = new Extractor();

    private Quote last(String... paragraphs) {
        List<Quote> q = extractor.extract(Articles.body(paragraphs)).quotes();
        return q.get(q.size() - 1);
    }

    @Test
    void aRelativeInTheSurvivorsListIsNotWhomSheStandsFor() {
        Quote q = last("Marisol Quintero, whose harbor paintings hung in museums from Lisbon to Osaka, died on Sunday at "
                        + "her home in Maine. She was 88.",
                "She is survived by her sister, Elena Brandt, and two nephews.",
                "\u201cI paint the water because it never holds still,\u201d she told The Times in 1990.");
        assertEquals("Marisol Quintero", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.rule(), q.toString());
    }

    @Test
    void aCandidateNamedAfterTheVoterSHeIsNotTheSpeaker() {
        Quote q = last("Kofi Mensah, 49, a retired nurse, said the mayor should be ready for questions. He attended the "
                        + "rally, though he is still not sure whether he will vote for the mayor or Councilman Arturo Vidal.",
                "\"I ask my wife, is she ready for this?\" he said.");
        assertEquals("Kofi Mensah", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.rule(), q.toString());
    }

    @Test
    void aSenatorNamedInTheObjectOfASheSentenceIsNotTheSpeaker() {
        Quote q = last("One voter, Ngozi Adeyemi, 35, wore the colors of her union. She had protested at a rally in "
                        + "Phoenix and started talking with activists who had joined the campaign of Senator Harriet Lowell.",
                "\"I met a lot of her supporters, and I liked every one,\" she said.");
        assertEquals("Ngozi Adeyemi", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.rule(), q.toString());
    }

    @Test
    void aPronounOpeningAQuotationIsNoSentenceSubject() {
        // the sentence before opens with "“He", a pronoun the quoted speaker said: the cue's subject (Roe) goes on
        Quote q = last("Deputy Rafael Roe questioned the former director, Karim Haddad, on Tuesday.",
                "\u201cHe told us that the attack was planned, and that is not my recollection,\u201d Roe said.",
                "\u201cThe clear impression we were given was that it was spontaneous,\u201d he said.");
        assertEquals("Rafael Roe", q.speakerName(), q.toString());
    }

    @Test
    void peopleNamedOnlyInAListAreNotWhomSheStandsFor() {
        // rule "listed person": the list ends in "and" and does not open its sentence
        Quote q = last("Mayor Ingrid Solheim unveiled her transit plan on Monday at a packed meeting.",
                "The plan drew support from several council members, including Priya Raman, Lucia Ferreira and Aiko Tanaka.",
                "\u201cWe cannot keep building roads and hoping the traffic goes away,\u201d she told reporters.");
        assertEquals("Ingrid Solheim", q.speakerName(), q.toString());
        assertEquals(SpeakerRule.PRONOUN_AFTER_QUOTE.label, q.rule(), q.toString());
    }

    @Test
    void aListOpeningItsSentenceStillHoldsTheSpeaker() {
        // "Roe and Doe" as the sentence's subject is no aside: the pronoun may stand for one of them
        Quote q = last("Officials met on Monday to discuss the transit plan.",
                "Ingrid Solheim and Kwame Asante spent the afternoon with residents.",
                "\u201cWe listened to every complaint,\u201d she said.");
        assertEquals("Ingrid Solheim", q.speakerName(), q.toString());
    }
}
