package newsgen.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditDistanceTest {
    @Test
    void oneLetterAddedRemovedOrChanged() {
        assertTrue(EditDistance.withinOne("tiani", "tiania"));
        assertTrue(EditDistance.withinOne("moreno", "morena"));
        assertTrue(EditDistance.withinOne("garcia", "garca"));
    }

    @Test
    void twoLettersApartIsNotATypo() {
        assertFalse(EditDistance.withinOne("moreno", "marena"));
        assertFalse(EditDistance.withinOne("lee", "leeds"));
    }
}
