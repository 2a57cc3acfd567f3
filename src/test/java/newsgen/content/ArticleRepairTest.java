package newsgen.content;

import newsgen.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the loader puts right on its own: text double-encoded at the source, a date only in the file name. */
class ArticleRepairTest {
    @TempDir
    Path dir;

    private ArticleLoader.Read read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new ArticleLoader().read(file);
    }

    @Test
    void doubleEncodedTextIsRepairedWithAWarning() throws IOException {
        ArticleLoader.Read r = read("a.md", "---\ntitle: T\ndate: 2016-03-01\n---\nFranÃ§ois Lacroix met JosÃ© "
                + "in SÃ£o Paulo â€” and said â€œnoâ€\u009d.\n");
        assertEquals("François Lacroix met José in São Paulo — and said “no”.", r.article().paragraphs().get(0).text());
        assertEquals(1, r.warnings().size());
        Problem w = r.warnings().get(0);
        assertTrue(w.message().contains("repaired 6 double-encoded characters"), w.message());
        assertTrue(w.message().endsWith("e.g. FranÃ§ois → François"), w.message());
        assertEquals(5, w.line(), "the first repair is on the body's first line, after four lines of front matter");
    }

    @Test
    void textEncodedTwiceOverIsRepairedTwice() {
        String twice = "French President\nFran\u00c3\u0083\u00c2\u00a7ois Lacroix said";
        Mojibake.Repair r = Mojibake.repair(twice);
        assertEquals("French President\nFrançois Lacroix said", r.text());
        assertEquals("Fran\u00c3\u0083\u00c2\u00a7ois → François", r.example(), "the word as written and as it reads after both passes");
        assertEquals(2, r.line());
    }

    @Test
    void aRepairThatCannotBeFinishedIsNotMadeOrReported() {
        // "ú" encoded twice over ("Ã\u0083Âº") and then normalised with NFKD: "Ã" and "Â" are decomposed and "º"
        // became "o", so the first pass could only turn "A\u0303\u0083" into "Ã" before another lead: no repair
        String lost = "Maria Jes\u0041\u0303\u0083\u0041\u0302os Roe said";
        Mojibake.Repair r = Mojibake.repair(lost);
        assertEquals(lost, r.text());
        assertEquals(0, r.repaired());
        // the same article with a repair that can be finished still gets that one
        Mojibake.Repair both = Mojibake.repair(lost + " in Fran\u00c3\u00a7ois' town");
        assertEquals(lost + " in François' town", both.text());
        assertEquals(1, both.repaired());
    }

    @Test
    void doubleEncodedTextNormalisedToDecomposedFormIsRepaired() throws IOException {
        // "Ã©" after NFD normalisation is "A", a combining tilde and "©": the file holds no byte 0xC3 at all
        ArticleLoader.Read r = read("b.txt", "Judge Ignacio Cu\u0041\u0303\u00a9llar and Pe\u0041\u0303\u00b1a spoke\u0061\u0302\u20ac\u201d today.\n");
        assertEquals("Judge Ignacio Cuéllar and Peña spoke— today.", r.article().paragraphs().get(0).text());
        assertTrue(r.warnings().get(0).message().contains("repaired 3 double-encoded characters"), r.warnings().toString());
        String decomposedAccent = "Zo\u0065\u0301 and A\u0303o stay as written";
        assertEquals(decomposedAccent, Mojibake.repair(decomposedAccent).text());
    }

    @Test
    void ordinaryAccentedTextIsLeftAlone() {
        String text = "São Tomé, Ãgua and Ölberg: Ã then a letter, « and » as written.";
        assertEquals(text, Mojibake.repair(text).text());
        assertEquals(0, Mojibake.repair(text).repaired());
    }

    @Test
    void dateFromTheFileNameWhenTheFrontMatterHasNone() throws IOException {
        ArticleLoader.Read plain = read("nyt_2016-09-08_slug.txt", "A headline\n\nThe body says something.\n");
        assertEquals(LocalDate.of(2016, 9, 8), plain.article().date());
        assertTrue(plain.warnings().stream().noneMatch(w -> w.message().contains("'date'")), plain.warnings().toString());
        ArticleLoader.Read jekyll = read("2016-09-08-a-slug.md", "---\ntitle: T\n---\nBody text.\n");
        assertEquals(LocalDate.of(2016, 9, 8), jekyll.article().date());
        ArticleLoader.Read given = read("2016-09-08-b.md", "---\ntitle: T\ndate: 2015-01-02\n---\nBody text.\n");
        assertEquals(LocalDate.of(2015, 1, 2), given.article().date());
    }

    @Test
    void noValidDateInTheNameLeavesItUndated() throws IOException {
        ArticleLoader.Read r = read("report-2016-13-45.md", "---\ntitle: T\n---\nBody text.\n");
        assertNull(r.article().date());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("no 'date'")));
    }
}
