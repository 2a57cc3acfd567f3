package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreLinesTest {
    @Test
    void anArabicArticleOpeningAClubsNameIsNoGivenName() {
        // rule "Arabic article opening a club's name" (ScoreLines.fullName)
        var actors = new Extractor().extractStrict(Articles.body("Al Qadsiya beat Al Wahra 2-1 in Doha on Friday."))
                .actors();
        assertEquals(List.of("Al Qadsiya", "Al Wahra"), actors.stream().filter(a -> !a.isPerson()).map(a -> a.name()).toList());
        assertTrue(actors.stream().noneMatch(a -> a.isPerson()));
    }

    @Test
    void aScoreInsideAResultNamesBothSides() {
        // rule "score inside a result" (ScoreLines.team)
        var actors = new Extractor().extractStrict(Articles.body("Tarrazona drew 1-1 with Veloreal on Sunday, and "
                + "Castelmor lost 2-0 to Ribavento.")).actors();
        assertEquals(List.of("Tarrazona", "Veloreal", "Castelmor", "Ribavento"),
                actors.stream().filter(a -> !a.isPerson()).map(a -> a.name()).toList());
        // sets are a match between players
        assertTrue(new Extractor().extractStrict(Articles.body("Marta Lindqvist won 6-4, 6-3 against Ana Ferreira."))
                .actors().stream().allMatch(a -> a.isPerson()));
    }

    @Test
    void aGroundAfterAtIsNoTeam() {
        // rule "score inside a result": "won 2-0 at Velmont Park" names the ground, not the other side
        var actors = new Extractor().extractStrict(Articles.body("Tarrazona won 2-0 at Velmont Park on Saturday."))
                .actors();
        assertTrue(actors.stream().noneMatch(a -> a.name().contains("Velmont")), actors.toString());
    }

    /** The pattern goalsWord replaced: the two must agree on every word. */
    private static final Pattern GOALS = Pattern.compile("1?\\d");

    @Test
    void goalsAreZeroToNineteenAsThePatternReadThem() {
        assertTrue(ScoreLines.goalsWord("0"));
        assertTrue(ScoreLines.goalsWord("19"));
        assertFalse(ScoreLines.goalsWord("20"), "a poll's share, not goals");
        assertFalse(ScoreLines.goalsWord("\u0663"), "an Arabic-Indic digit is no \\d");
        for (String w : List.of("", "1", "9", "10", "11", "01", "1a", "a1", "100", "119", "21", "I", "1\u0663", "\uff11")) {
            assertEquals(GOALS.matcher(w).matches(), ScoreLines.goalsWord(w), w);
        }
        for (int i = 0; i < 1200; i++) {
            String w = Integer.toString(i);
            assertEquals(GOALS.matcher(w).matches(), ScoreLines.goalsWord(w), w);
        }
    }
}
