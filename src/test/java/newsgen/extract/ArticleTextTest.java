package newsgen.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleTextTest {
    /** The array form answers as the pattern's pre-test did on the string: "(" then 2 to 8 letters then ")". */
    @Test
    void bracketedLettersAreTwoToEightLettersInBrackets() {
        String[] yes = {"the Competition and Markets Authority (CMA) said", "(AB)", "x (ABCDEFGH)", "(Éé) ok", "( (UN)"};
        String[] no = {"", "(", "()", "(A)", "(ABCDEFGHI)", "(A1)", "(AB", "AB)", "no brackets", "(U.N.)"};
        for (String s : yes) {
            assertEquals(true, ArticleText.bracketedLetters(s), s);
        }
        for (String s : no) {
            assertEquals(false, ArticleText.bracketedLetters(s), s);
        }
    }
}
