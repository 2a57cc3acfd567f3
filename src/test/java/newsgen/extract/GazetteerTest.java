package newsgen.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
