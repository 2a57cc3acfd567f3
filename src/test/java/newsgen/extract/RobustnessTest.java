package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No input makes extraction throw or hang: odd, empty, huge and random texts. */
class RobustnessTest {
    private final Extractor extractor = new Extractor();

    private ArticleRecord run(String... paragraphs) {
        ArticleRecord r = extractor.extractStrict(Articles.body(paragraphs));
        assertNotNull(r);
        return r;
    }

    @Test
    void emptyArticleGivesEmptyRecord() {
        ArticleRecord r = extractor.extractStrict(new Article(Path.of("e.txt"), "e", "E", null, null, null, List.of()));
        assertTrue(r.actors().isEmpty() && r.quotes().isEmpty() && r.dates().isEmpty() && r.place() == null);
    }

    @Test
    void emptyAndBlankParagraphsAreFine() {
        run("", " ", "\n\n", "\t");
    }

    @Test
    void onlyQuotationMarksGiveNoQuotes() {
        ArticleRecord r = run("\"\"\"\"", "“”“”“", "''''''", "‘’‘", "' \" “ ” ‘ ’ ''");
        assertTrue(r.quotes().isEmpty(), r.quotes().toString());
    }

    @Test
    void unbalancedMarksDoNotThrow() {
        run("“Open and never closed", "closed ” without opening", "He said \"one", "and 'two", "‘three”");
    }

    @Test
    void oneLongLineWithoutPunctuation() {
        run("word ".repeat(50_000));
    }

    @Test
    void nonLatinScriptsAreFine() {
        run("Президент Владимир Путин заявил: «Мы победим».", "قال الرئيس «سننتصر» يوم السبت",
                "習近平主席は「勝つ」と述べた。", "राष्ट्रपति ने कहा “हम जीतेंगे”", "🙂 “emoji” 🙂 ‘ok’");
    }

    @Test
    void noPublicationDateLeavesRelativeDatesOut() {
        ArticleRecord r = extractor.extractStrict(Articles.withDate(null, "On Saturday, last week, in July 2023."));
        assertTrue(r.dates().stream().allMatch(d -> d.value().equals("2023-07")), r.dates().toString());
    }
}
