package newsgen.archive;

import newsgen.model.DiffSegment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordDiffTest {
    /** A side as text, changed runs in [brackets]. */
    private static String show(List<DiffSegment> side) {
        return side.stream().map(s -> s.changed() ? "[" + s.text() + "]" : s.text()).collect(Collectors.joining());
    }

    @Test
    void marksTheWordsEachWordingLacks() {
        WordDiff.Marked m = WordDiff.diff(SeedRecords.DIOP_PACT, SeedRecords.DIOP_TRT);
        assertEquals("This alliance will [combine] military and economic efforts between the three countries,", show(m.first()));
        assertEquals("This alliance will [be a combination of] military and economic efforts between the three countries", show(m.second()));
    }

    @Test
    void caseAndPunctuationAreNotDifferences() {
        WordDiff.Marked m = WordDiff.diff("Our priority is the fight.", "our priority is the fight");
        assertEquals("Our priority is the fight.", show(m.first()));
        assertEquals("our priority is the fight", show(m.second()));
    }

    @Test
    void eachSideKeepsItsOwnText() {
        WordDiff.Marked m = WordDiff.diff("… a <b> & c", "a <b> & d");
        assertEquals("… a <b> & [c]", show(m.first()));
        assertEquals("a <b> & [d]", show(m.second()));
    }

    @Test
    void everyWordChangedIsOneRun() {
        WordDiff.Marked m = WordDiff.diff("dead", "alive and well");
        assertEquals("[dead]", show(m.first()));
        assertEquals("[alive and well]", show(m.second()));
    }
}
