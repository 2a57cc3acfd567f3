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
}
