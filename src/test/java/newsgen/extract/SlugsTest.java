package newsgen.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void accentsAreFoldedAndPunctuationBecomesDashes() {
        assertEquals("cote-d-ivoire", Slugs.slug("Côte d’Ivoire"));
        assertEquals("jose-maria-aznar", Slugs.slug("  José María Aznar! "));
    }

    @Test
    void nonLatinOrEmptyNamesStillGiveAnId() {
        assertTrue(Slugs.slug("习近平").matches("x-[0-9a-f]+"));
        assertFalse(Slugs.slug("习近平").equals(Slugs.slug("普京")));
        assertEquals("x", Slugs.slug(""));
    }

    @Test
    void foldKeepsWordsButDropsCaseAndAccents() {
        assertEquals("sao tome's", Slugs.fold("São Tomé’s"));
    }
}
