package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameRunsTest {
    /** The pattern {@link NameRuns#contraction} stands for. */
    private static final Pattern CONTRACTION = Pattern.compile(".+['\u2019](?:ve|m|d|ll|re|t)", Pattern.CASE_INSENSITIVE);

    @Test
    void contractionsAreRecognised() {
        for (String w : List.of("Won’t", "I’ve", "Don’t", "I'M", "We’LL", "They’re", "He'd")) {
            assertTrue(NameRuns.contraction(w), w);
        }
    }

    @Test
    void namesWithApostrophesAreNoContractions() {
        for (String w : List.of("O’Neill", "D’Amato", "’t", "'ve", "Ghana", "N’Djamena", "Bo’tt")) {
            assertFalse(NameRuns.contraction(w), w);
        }
    }

    @Test
    void contractionAgreesWithThePatternItReplaces() {
        String[] parts = {"", "a", "I", "O", "’", "'", "t", "T", "m", "d", "ve", "VE", "ll", "re", "Re", "s", "e", "\u212A", "é"};
        int checked = 0;
        for (String a : parts) {
            for (String b : parts) {
                for (String c : parts) {
                    for (String d : parts) {
                        String w = a + b + c + d;
                        assertEquals(CONTRACTION.matcher(w).matches(), NameRuns.contraction(w), w);
                        checked++;
                    }
                }
            }
        }
        assertEquals(parts.length * parts.length * parts.length * parts.length, checked);
    }
}
