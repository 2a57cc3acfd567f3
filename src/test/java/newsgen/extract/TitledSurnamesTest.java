package newsgen.extract;

import newsgen.model.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule "title follows its holder" ({@link TitledSurnames}): a titled surname two people share is the office holder's. */
class TitledSurnamesTest {
    private final Extractor extractor = new Extractor();

    private Actor person(List<Actor> found, String name) {
        return found.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(found));
    }

    @Test
    void aTitledSurnameGoesToTheHolderOfTheOffice() {
        List<Actor> found = extractor.extractStrict(Articles.body(
                "John Roe, the former governor, spoke at the rally on Tuesday.",
                "Jane Roe, the secretary of state, joined him on stage.",
                "\u201cWe are ready,\u201d Secretary Roe said.",
                "Later, Governor Roe told reporters that he was pleased.")).actors();
        Actor john = person(found, "John Roe");
        Actor jane = person(found, "Jane Roe");
        assertTrue(jane.roles().contains("Secretary"), found.toString());
        assertFalse(john.roles().contains("Secretary"), found.toString());
        assertTrue(john.roles().contains("Governor"), found.toString());
        assertEquals(2, jane.mentions(), found.toString());
        assertEquals(2, john.mentions(), found.toString());
    }

    @Test
    void aTitleThatFitsNeitherIsNobodysRole() {
        List<Actor> found = extractor.extractStrict(Articles.body(
                "John Roe, the former governor, spoke at the rally on Tuesday.",
                "Jane Roe, the secretary of state, joined him on stage.",
                "Sen. Roe did not attend.")).actors();
        assertFalse(person(found, "John Roe").roles().contains("Sen."), found.toString());
        assertFalse(person(found, "Jane Roe").roles().contains("Sen."), found.toString());
    }

    @Test
    void aSurnameOnlyOnePersonBearsKeepsItsTitle() {
        List<Actor> found = extractor.extractStrict(Articles.body(
                "John Roe spoke at the rally on Tuesday.", "Sen. Roe did not stay long.")).actors();
        assertTrue(person(found, "John Roe").roles().contains("Sen."), found.toString());
    }

    @Test
    void anOfficeFitsTheSameOfficeWithoutItsTimeWord() {
        assertTrue(TitledSurnames.fits("Secretary", "secretary of state"));
        assertTrue(TitledSurnames.fits("President", "former president"));
        assertTrue(TitledSurnames.fits("Sen.", "Ohio senator"));
        assertTrue(TitledSurnames.fits("Attorney General", "state attorney general"));
        assertFalse(TitledSurnames.fits("President", "Vice President"));
        assertFalse(TitledSurnames.fits("Secretary", "press secretary"));
        assertFalse(TitledSurnames.fits("Secretary", "former president"));
        assertFalse(TitledSurnames.fits("General", "attorney general"));
    }
}
