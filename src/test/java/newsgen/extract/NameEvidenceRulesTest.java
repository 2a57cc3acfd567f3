package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameEvidenceRulesTest {
    private static final List<String> PIECES = List.of(" ", "  ", "\t", "\n", "(", ")", ",", ", ", "R", "D", "I", "X",
            "-", "\u2013", "\u2014", "Texas", "Calif.", "N.Y.", "Ohio", "said", "who", "r", "d", "\u00a0", ".");

    @Test
    void theQuickTestTurnsAwayNoPartyThePatternFinds() {
        Random random = new Random(20261204);
        int matches = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder("Jane Roe");
            // mostly the pattern's own shape, each part maybe left out or replaced by something else
            String[][] shape = {{"", " ", "  ", "\t"}, {"(", ",", ", ", "x"}, {"", " ", "\n"}, {"R", "D", "I", "X", "r"},
                    {"", "-", "\u2013", " - ", ","}, {"", "Texas", "Calif.", "N.Y.", "ohio"}, {")", ",", " ,", "", "."}};
            for (String[] part : shape) {
                b.append(random.nextInt(5) == 0 ? PIECES.get(random.nextInt(PIECES.size())) : part[random.nextInt(part.length)]);
            }
            String text = b.toString();
            int end = "Jane Roe".length();
            if (NameEvidenceRules.PARTY_STATE.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt()) {
                matches++;
                assertTrue(NameEvidenceRules.mayBeParty(text, end), text);
            }
        }
        assertTrue(matches > 500, matches + " matches");
        for (String text : List.of("Jane Roe (R-Texas)", "Jane Roe ( D )", "Jane Roe, R-Ohio,", "Jane Roe,  I-Vt. ,")) {
            assertTrue(NameEvidenceRules.mayBeParty(text, 8), text);
        }
        assertFalse(NameEvidenceRules.mayBeParty("Jane Roe, who", 8));
        assertFalse(NameEvidenceRules.mayBeParty("Jane Roe said", 8));
        assertFalse(NameEvidenceRules.mayBeParty("Jane Roe, R Ohio", 8));
    }
}
