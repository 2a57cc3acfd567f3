package newsgen.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityViewsTest {
    @Test
    void aSpellingInCapitalsOfAnotherIsNotListedTwice() {
        assertEquals(List.of("Roe", "Jane", "Jane A. Roe"),
                EntityViews.shownAliases("Jane Roe", List.of("Roe", "Jane", "JANE", "Jane A. Roe", "JANE ROE")));
        assertEquals(List.of("Roe"), EntityViews.shownAliases("Jane Roe", List.of("ROE", "Roe")));
        assertEquals(List.of("NATO"), EntityViews.shownAliases("North Atlantic Treaty Organization", List.of("NATO")));
    }

    @Test
    void aSuffixedNameDoesNotShowItsFathersName() {
        // rule "father's name": "Also written: Jerry Roe" on the page of "Jerry Roe Jr." names his father
        assertEquals(List.of("Roe", "Jerry Roe Jr."),
                EntityViews.shownAliases("Jerry Roe Jr", List.of("Jerry Roe", "Roe", "Jerry Roe Jr.")));
        assertEquals(List.of("Halvorsen"), EntityViews.shownAliases("Joseph R. Halvorsen III", List.of("Joseph R. Halvorsen", "Halvorsen")));
        // a name without a suffix shows its spellings as before
        assertEquals(List.of("Joseph R. Halvorsen"), EntityViews.shownAliases("Joe Halvorsen", List.of("Joseph R. Halvorsen")));
    }
}
