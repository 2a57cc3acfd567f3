package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {
    private static List<String> split(String s) {
        return Sentences.split(s).stream().map(sp -> s.substring(sp.start(), sp.end()).strip()).toList();
    }

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        assertEquals(List.of("Rain fell.", "Rivers rose!", "Why?"), split("Rain fell. Rivers rose! Why?"));
    }

    @Test
    void titlesMonthsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Mr. Ruiz met Dr. Lee on Sept. 4 with J. Smith."), split("Mr. Ruiz met Dr. Lee on Sept. 4 with J. Smith."));
    }

    @Test
    void closingQuotationMarkBelongsToTheSentence() {
        assertEquals(List.of("She said “no.”", "Then she left."), split("She said “no.” Then she left."));
    }

    @Test
    void lowercaseAfterAFullStopDoesNotSplit() {
        assertEquals(List.of("“We won.” he said."), split("“We won.” he said."));
    }

    @Test
    void emptyTextIsOneEmptySentence() {
        assertEquals(1, Sentences.split("").size());
    }
}
