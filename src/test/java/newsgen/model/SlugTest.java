package newsgen.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugTest {
    @Test
    void foldsAccentsAndCaseTheSameWayEachTime() {
        for (int i = 0; i < 3; i++) { // the second and third folds are the remembered ones
            assertEquals("côte d’ivoire".replace("ô", "o"), Slug.fold("Côte d’Ivoire"));
            assertEquals("cote-d-ivoire", Slug.of("Côte d’Ivoire"));
            assertEquals("goita", Slug.fold("Goïta"));
            assertEquals("plain", Slug.fold("Plain"));
        }
    }
}
