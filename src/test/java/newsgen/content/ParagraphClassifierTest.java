package newsgen.content;

import newsgen.model.ParagraphKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphClassifierTest {
    @Test
    void aLineOfTenWordsIsASubhead() {
        assertEquals(ParagraphKind.SUBHEAD, ParagraphClassifier.classify("One two three four five six seven eight nine ten", false, false));
    }

    @Test
    void aLineOfElevenWordsIsBodyText() {
        assertEquals(ParagraphKind.BODY, ParagraphClassifier.classify("One two three four five six seven eight nine ten eleven", false, false));
    }

    @Test
    void runsOfSpacesCountAsOneBreakBetweenWords() {
        assertEquals(ParagraphKind.SUBHEAD, ParagraphClassifier.classify("One  two \t three\f four\u000B five six seven eight nine ten", false, false));
    }

    @Test
    void aShortLineEndingLikeASentenceIsBodyText() {
        assertEquals(ParagraphKind.BODY, ParagraphClassifier.classify("Markets fell on Monday.", false, false));
    }

    @Test
    void theFirstShortLineIsTheHeadline() {
        assertEquals(ParagraphKind.HEADLINE, ParagraphClassifier.classify("Markets Fall Again", true, false));
    }

    @Test
    void aCreditedPhotoIsACaptionInAnyCase() {
        assertEquals(ParagraphKind.CAPTION, ParagraphClassifier.classify("Troops in Niamey. PHOTO: Reuters", false, false));
        assertEquals(ParagraphKind.CAPTION, ParagraphClassifier.classify("Troops in Niamey (Image: AFP)", false, false));
        assertEquals(ParagraphKind.BODY, ParagraphClassifier.classify("He said: the troops in Niamey will stay, and others will follow them soon.", false, false));
    }

    @Test
    void aSentencesEndIsFoundAsThePatternFoundIt() {
        java.util.regex.Pattern ends = java.util.regex.Pattern.compile("[.!?:;,…\"”’')\\]]\\s*$");
        String[] texts = {"", ".", "Done.", "Done. ", "Done.\t\n", "Done", "Done.\u00A0", "Done.\u2028", "Done. \u2029",
                "Done\u2028", "Done.\u0085", "Done.\u2028\u2028", "(Reuters)", "[Update]", "Go!", "Why?", "Said:", "“Quoted”",
                "‘Quoted’", "\"Quoted\"", "Well…", "A; ", "Done.\r\n", "Done.\u000B\f"};
        for (String t : texts) {
            assertEquals(ends.matcher(t).find(), ParagraphClassifier.endsSentence(t), t);
        }
    }
}
