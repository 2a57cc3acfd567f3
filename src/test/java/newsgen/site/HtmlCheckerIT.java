package newsgen.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker itself: it must see real errors, or a clean seed site would prove nothing. */
@Order(Integer.MAX_VALUE) // the last class in the failsafe run's order: see pom.xml
class HtmlCheckerIT {
    @TempDir
    Path tmp;

    @Test
    void findsErrorsInABrokenPageAndNoneInAValidOne() throws Exception {
        HtmlChecker checker = HtmlChecker.shared();
        Path bad = Files.writeString(tmp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><p><div>x</div><a href=\"a b\">y</a><li>z</li></body></html>");
        List<String> errors = checker.errors(bad);
        assertTrue(errors.size() >= 2, errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("title")), errors.toString());
        Path good = Files.writeString(tmp.resolve("good.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body><p>x</p></body></html>");
        assertEquals(List.of(), checker.errors(good));
    }
}
