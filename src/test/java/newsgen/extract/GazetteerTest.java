package newsgen.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer gaz = Gazetteer.get();

    @Test
    void everyIsoCountryIsKnownByTheNameRecordsUse() {
        for (String code : java.util.Locale.getISOCountries()) {
            String name = gaz.country(code);
            Gazetteer.Entry e = gaz.lookup(name);
            assertEquals(Gazetteer.Kind.COUNTRY, e == null ? null : e.kind(), code + " " + name);
        }
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals("United States", gaz.lookup("US").name());
        assertNull(gaz.lookup("us"));
        assertEquals("World Health Organization", gaz.lookup("WHO").name());
        assertNull(gaz.lookup("who"));
    }

    @Test
    void citiesAndRegionsFromTheResources() {
        assertEquals(Gazetteer.Kind.CITY, gaz.lookup("Ouagadougou").kind());
        assertEquals(Gazetteer.Kind.REGION, gaz.lookup("Liptako-Gourma").kind());
        assertEquals(Gazetteer.Kind.DEMONYM, gaz.lookup("Malian").kind());
    }

    @Test
    void givenNamesOfManyCountriesFromTheWorldListButNoWordsOrPlaces() {
        // Yoruba, Zulu, Polish, Turkish, Indonesian names of the faker locales
        for (String name : new String[] {"Olumide", "Sibusiso", "Grzegorz", "Burak", "Wahyu"}) {
            assertTrue(gaz.givenNames.contains(Slugs.fold(name)), name);
        }
        // left out: English words, places of the gazetteers, words that are mostly other things
        for (String word : new String[] {"comfort", "blessing", "medina", "oman", "buddha"}) {
            assertFalse(gaz.givenNames.contains(word), word);
        }
    }
}
