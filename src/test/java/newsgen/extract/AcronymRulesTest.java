package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcronymRulesTest {
    @Test
    void bracketAloneReadsTheGapAsItsStrippedCopyDid() {
        for (String gap : List.of("(", " (", "( ", " \t(\n ", "", " ", "((", "( (", "(x", ", (", "(\u00a0", "\u2003(",
                "\u00a0(", ")", "- (")) {
            String text = "Alliance" + gap + "AES)";
            assertEquals(gap.strip().equals("("), AcronymRules.bracketAlone(text, 8, 8 + gap.length()), "'" + gap + "'");
        }
    }
}
