package newsgen.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The warm-up names classes and templates by string: a rename must fail here, not quietly warm nothing. */
class WarmupTest {
    @Test
    void warmsClassesThatExist() throws ClassNotFoundException {
        for (String name : new String[] {Warmup.GAZETTEER, Warmup.SCRIPT_JSON}) {
            // Throws ClassNotFoundException, failing the test, when the class was renamed or moved.
            Class.forName(name, false, WarmupTest.class.getClassLoader());
        }
    }

    @Test
    void warmsBuiltInTemplatesThatExist() {
        for (String template : Warmup.TEMPLATES) {
            assertNotNull(WarmupTest.class.getClassLoader().getResource("templates/" + template + ".peb"), template);
        }
    }
}
