package newsgen.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One line per role on an entity's page, however the articles wrote it. */
class RoleFormsTest {
    /** Spellings with their counts, in the order the articles gave them. */
    private static List<String> roles(Object... spellingsAndCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < spellingsAndCounts.length; i += 2) {
            counts.put((String) spellingsAndCounts[i], (Integer) spellingsAndCounts[i + 1]);
        }
        return RoleForms.ordered(counts);
    }

    @Test
    void sameRoleWrittenAsAbbreviationOrInFullIsOneRoleWrittenInFull() {
        assertEquals(List.of("Senator", "spokesman"), roles("Sen.", 5, "spokesman", 3, "Senator", 1, "senator", 1));
        assertEquals(List.of("senior policy adviser"), roles("senior policy advisor", 1, "senior policy adviser", 2));
        assertEquals(List.of("President"), roles("President", 2, "Pres.", 1));
    }

    @Test
    void onlyAbbreviatedRoleKeepsItsSpelling() {
        assertEquals(List.of("Rev.", "activist"), roles("Rev.", 2, "activist", 1));
    }

    @Test
    void caseOnlyVariantsAreOneRoleWrittenAsMostOftenWritten() {
        assertEquals(List.of("Defence Minister"), roles("defence minister", 1, "Defence Minister", 2));
    }

    @Test
    void bareOfficeFoldsIntoTheNamedOfficeItEndsWith() {
        assertEquals(List.of("Ruritania Gov."), roles("Ruritania Gov.", 3, "Gov.", 2));
        assertEquals(List.of("Supreme Court Justice"), roles("Justice", 4, "Supreme Court Justice", 1));
        // the bare office's count goes with it: 2 + 2 outranks the 3 of "spokesman"
        assertEquals(List.of("Northport Mayor", "spokesman"), roles("spokesman", 3, "Mayor", 2, "Northport Mayor", 2));
    }

    @Test
    void wordsMakingAnotherOfficeOrTimeKeepRolesApart() {
        assertEquals(List.of("Lt. Gov.", "Gov."), roles("Lt. Gov.", 2, "Gov.", 1));
        assertEquals(List.of("President", "Vice President"), roles("President", 3, "Vice President", 1));
        assertEquals(List.of("Former President", "President"), roles("Former President", 2, "President", 1));
        assertEquals(List.of("Chief Justice", "Justice"), roles("Chief Justice", 2, "Justice", 1));
    }

    @Test
    void lowerCaseWordsBeforeAnOfficeKeepItApart() {
        // "campaign manager" is not the manager: only capitalised names of where or what fold
        assertEquals(List.of("campaign manager", "manager"), roles("campaign manager", 2, "manager", 1));
    }

    @Test
    void officeFoldsIntoTheOfficeOfSomewhere() {
        assertEquals(List.of("president of the Example Foundation", "author"),
                roles("president", 1, "author", 2, "president of the Example Foundation", 2));
    }

    @Test
    void oneArticlesRolesCountEachSpellingOnce() {
        assertEquals(List.of("Governor", "segregationist former Ruritania Governor"),
                RoleForms.ordered(List.of("segregationist former Ruritania Governor", "Gov.", "Governor")));
    }

    @Test
    void emptyRolesAreDropped() {
        assertEquals(List.of("mayor"), roles(" ", 4, "mayor", 1));
    }

    @Test
    void placeBeforeTheOfficeAndOfThePlaceAfterItAreOneRole() {
        // rule "place before the office" (RoleForms.officeFirst)
        assertEquals(List.of("former governor of Ohio"), roles("former Ohio governor", 1, "former governor of Ohio", 2));
        assertEquals(List.of("House Speaker"), roles("House Speaker", 2, "Speaker of the House", 1));
        assertEquals(List.of("Ohio Gov."), roles("Ohio Gov.", 1, "Gov.", 1));
        // a title word before the office makes another office, not a place: kept apart
        assertEquals(List.of("Vice President", "President"), roles("Vice President", 2, "President", 1));
        assertEquals(List.of("Former President", "president of Acme"), roles("Former President", 1, "president of Acme", 1));
        // the office without its place folds into it; lowercase words are no place
        assertEquals(List.of("former Ohio governor"), roles("former Ohio governor", 2, "former governor", 1));
        assertEquals(List.of("President", "widely admired current president"),
                roles("widely admired current president", 1, "President", 2));
    }
}
