package newsgen.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the contents of a long list label its pages. */
class SitePlannerTest {
    @Test
    void pagesThatWouldShareALabelAreNumberedWithinTheirRun() {
        List<String> labels = new ArrayList<>(List.of("1960", "1960 to 1962", "1964", "1964", "1964",
                "1964 to 1965", "3 May 2016", "3 May 2016"));
        SitePlanner.numberRepeats(labels);
        assertEquals(List.of("1960", "1960 to 1962", "1964 (part 1)", "1964 (part 2)", "1964 (part 3)",
                "1964 to 1965", "3 May 2016 (part 1)", "3 May 2016 (part 2)"), labels);
    }
}
