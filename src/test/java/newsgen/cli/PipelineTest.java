package newsgen.cli;

import newsgen.extract.Extractor;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction failures are the failing file's problem, never an empty record. */
class PipelineTest {
    private final Path dir = Path.of("articles");
    private final Article article = new Article(dir.resolve("broken.md"), "broken", "Broken", null, null, null,
            List.of(new Paragraph(1, ParagraphKind.BODY, "“Fine,” she said.", "“Fine,” she said.", 3)));

    @Test
    void aRuleThatThrowsBecomesTheFilesProblemNamingWhereItFailed() {
        Object result = Pipeline.extract(a -> {
            throw new IllegalStateException("a rule broke");
        }, article, new SourceNames(List.of(dir)));
        Problem p = assertInstanceOf(Problem.class, result);
        assertTrue(p.file().endsWith("broken.md"), p.toString());
        assertTrue(p.message().contains("IllegalStateException") && p.message().contains("PipelineTest"), p.message());
        assertTrue(p.message().contains("please report this as a bug"), p.message());
    }

    @Test
    void extractEachHandsOverRecordsInPathOrderAndPrintsErrorsAfterWarnings(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        // more files than one batch holds, so batches finish out of order on two threads
        for (int i = 0; i < 150; i++) {
            java.nio.file.Files.writeString(tmp.resolve(String.format("a%03d.md", i)),
                    "---\ntitle: \"Story " + i + "\"\ndate: 2024-01-02\n---\n\n“Fine,” she said on day " + i + ".\n");
        }
        java.nio.file.Files.write(tmp.resolve("a050x.md"), new byte[] {'H', 'i', (byte) 0xff, '\n'});
        java.nio.file.Files.writeString(tmp.resolve("a100x.md"), "---\nslug: a000\ndate: 2024-01-02\n---\n\nAgain.\n");
        java.nio.file.Files.writeString(tmp.resolve("a120x.md"), "---\ntitle: \"Undated\"\n---\n\nNo date.\n");
        java.io.StringWriter err = new java.io.StringWriter();
        List<String> titles = new java.util.ArrayList<>();
        List<Problem> errors = Pipeline.extractEach(List.of(tmp), new java.io.PrintWriter(err, true),
                r -> r.title() + " " + r.file(), titles::add);
        assertEquals(151, titles.size());
        assertEquals("Story 0 a000.md", titles.get(0));
        assertEquals("Story 51 a051.md", titles.get(51), "the undecodable a050x.md has no record");
        assertEquals("Undated a120x.md", titles.get(121));
        assertEquals("Story 149 a149.md", titles.get(150));
        assertEquals(2, errors.size());
        assertTrue(errors.get(0).file().endsWith("a050x.md") && errors.get(0).message().contains("UTF-8"), errors.toString());
        assertTrue(errors.get(1).file().endsWith("a100x.md") && errors.get(1).message().contains("already used by"), errors.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("warning: ") && lines.get(0).contains("a120x.md"), lines.get(0));
        assertTrue(lines.get(1).startsWith("error: ") && lines.get(1).contains("a050x.md"), lines.get(1));
        assertTrue(lines.get(2).startsWith("error: ") && lines.get(2).contains("a100x.md"), lines.get(2));
    }

    @Test
    void aRecordComesBackWithItsArticle() {
        Object result = Pipeline.extract(new Extractor()::extract, article, new SourceNames(List.of(dir)));
        ArchivedArticle a = assertInstanceOf(ArchivedArticle.class, result);
        assertEquals(1, a.record().quotes().size());
    }
}
