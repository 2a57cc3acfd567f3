package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcronymRulesTest {
    @Test
    void aChannelWithItsNumberAsASourceIsABroadcaster() {
        // rule "channel with its number" (AcronymRules.channelName)
        var actors = new Extractor().extractStrict(Articles.body("The minister told KTV24 on Sunday that the count was "
                + "fair. Flight QX17 landed safely, and NRT7 reported no delays.")).actors();
        assertEquals(List.of("KTV24", "NRT7"), actors.stream().map(a -> a.name()).toList());
    }

    @Test
    void bracketAloneReadsTheGapAsItsStrippedCopyDid() {
        for (String gap : List.of("(", " (", "( ", " \t(\n ", "", " ", "((", "( (", "(x", ", (", "(\u00a0", "\u2003(",
                "\u00a0(", ")", "- (")) {
            String text = "Alliance" + gap + "AES)";
            assertEquals(gap.strip().equals("("), AcronymRules.bracketAlone(text, 8, 8 + gap.length()), "'" + gap + "'");
        }
    }
}
