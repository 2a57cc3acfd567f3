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
    void aRecordComesBackWithItsArticle() {
        Object result = Pipeline.extract(new Extractor()::extract, article, new SourceNames(List.of(dir)));
        ArchivedArticle a = assertInstanceOf(ArchivedArticle.class, result);
        assertEquals(1, a.record().quotes().size());
    }
}
