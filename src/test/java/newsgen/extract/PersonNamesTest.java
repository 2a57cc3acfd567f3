package newsgen.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNamesTest {
    /** What givenAndSuffix gave when it split the name into words ("a b".split(" ")). */
    private static String bySplit(String name) {
        String[] w = name.split(" ");
        return w.length >= 2 && PersonNames.SUFFIXES.contains(Slugs.fold(w[w.length - 1]).replace(".", ""))
                && !PersonNames.SUFFIXES.contains(Slugs.fold(w[0]).replace(".", "")) ? w[0] + " " + w[w.length - 1] : null;
    }

    @Test
    void givenAndSuffixReadsTheFirstAndLastWordAsSplitting() {
        for (String name : List.of("Osric Roe Jr.", "Osric Jr.", "Osric Roe Jr. ", "Osric Roe Jr.  ", " Osric Roe Jr.",
                "Osric  Roe  III", "Jr. Roe Jr.", "Osric", "Jr.", "", " ", "   ", "Osric Roe", "Osric Roe Sr",
                "Osric Roe iv", "Osric Roe IV.", "Ann-Marie Roe II", "Osric Roe J.r.", "Osric Roe Jr.x")) {
            assertEquals(bySplit(name), PersonNames.givenAndSuffix(name), '"' + name + '"');
        }
        assertEquals("Osric Jr.", PersonNames.givenAndSuffix("Osric Roe Jr."));
    }
}
