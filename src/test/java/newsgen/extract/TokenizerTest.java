package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private static List<Token> tokens(String s) {
        return Tokenizer.tokens(s, Sentences.split(s));
    }

    @Test
    void possessiveIsStrippedAndFlagged() {
        Token t = tokens("Ghana’s gold").get(0);
        assertEquals("Ghana", t.text());
        assertTrue(t.possessive());
    }

    @Test
    void aWordMetAgainIsTheSameWordHoweverItsHashWasMade() {
        // The hash of a word read whole is computed as the word is read; a possessive's base, and each part of a split
        // word, get theirs from their characters again. Both must be String.hashCode's for the Words to find one another.
        for (String w : List.of("Ghana", "U.S.", "O'Neill", "Ji-ho", "Côte", "don’t", "3rd", "NATO")) {
            List<Token> t = tokens(w + "’s view, and " + w + " again; then Sahel-based " + w);
            Token base = t.get(0);
            assertEquals(w, base.text());
            assertTrue(base.possessive(), w);
            Token again = t.stream().skip(1).filter(k -> k.text().equals(w)).findFirst().orElseThrow();
            assertTrue(base.word() == again.word(), w + ": a second Word for the same characters");
            assertEquals(w.hashCode(), base.text().hashCode());
        }
        List<Token> t = tokens("Sahel-based troops left the Sahel");
        assertTrue(t.get(0).word() == t.get(5).word(), "a split word's part and the same word whole");
    }

    @Test
    void apostrophesAndHyphensInsideWordsStay() {
        assertEquals(List.of("don’t", "al-Qaeda", "Guinea-Bissau"), tokens("don’t al-Qaeda Guinea-Bissau").stream().map(Token::text).toList());
    }

    @Test
    void aParticleBetweenTwoCapitalisedPartsStaysInTheName() {
        // rule "particle inside a name" (Tokenizer.describing): not an English word linking a compound
        assertEquals(List.of("Jaish-e-Quorrel", "Halvex-upon-Tessaro"),
                tokens("Jaish-e-Quorrel Halvex-upon-Tessaro").stream().map(Token::text).toList());
        assertEquals(List.of("Washington", "to-English", "Editor", "in-Chief"),
                tokens("Washington-to-English Editor-in-Chief").stream().map(Token::text).toList());
    }

    @Test
    void capitalisedPartBeforeALowercaseCompoundIsItsOwnWord() {
        List<Token> t = tokens("France-backed");
        assertEquals(List.of("France", "backed"), t.stream().map(Token::text).toList());
        assertFalse(t.get(1).spaced());
    }

    @Test
    void initialismsKeepTheirDots() {
        assertEquals("U.S.", tokens("the U.S. army").get(1).text());
    }

    @Test
    void firstWordOfASentenceOrQuotationIsInitial() {
        List<Token> t = tokens("Rain fell. “Today we rest,” Ana said.");
        assertTrue(t.get(0).initial());
        assertFalse(t.get(1).initial());
        assertTrue(t.get(2).initial());
        assertFalse(t.get(3).initial());
    }

    @Test
    void acronymsAreUpper() {
        assertTrue(tokens("NATO").get(0).upper());
        assertFalse(tokens("A").get(0).upper());
    }

    @Test
    void aHyphenIsLookedForOnlyWhereOneJoinsTheWord() {
        // the no-break hyphen splits as the hyphen does; a word without one, or after an initialism, is whole
        assertEquals(List.of("mid", "July", "Sahel", "based", "U.S.", "Ji-ho", "well-known", "Seoul"),
                tokens("mid\u2011July Sahel\u2011based U.S. Ji-ho well-known Seoul").stream().map(Token::text).toList());
    }

    @Test
    void knownLowercasePrefixBeforeANameIsItsOwnWord() {
        assertEquals(List.of("mid", "July", "pro", "Russian", "al-Qaeda"),
                tokens("mid-July pro-Russian al-Qaeda").stream().map(Token::text).toList());
    }

    @Test
    void everyKeyIsTheFoldedWord() {
        String text = "The U.S. and Côte d’Ivoire’s ÉLYSÉE, don’t O'Neill mid-July NATO-led 3rd Ǆemal ΑΘΗΝΑ al-Sudani X";
        List<Token> t = tokens(text);
        assertTrue(t.size() > 10);
        for (Token token : t) {
            assertEquals(Slugs.fold(token.text()), token.key(), token.text());
        }
    }
}
