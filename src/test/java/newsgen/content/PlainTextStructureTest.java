package newsgen.content;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainTextStructureTest {
    @TempDir
    Path dir;

    private Article load(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new ArticleLoader().load(file);
    }

    private static List<ParagraphKind> kinds(Article a) {
        return a.paragraphs().stream().map(Paragraph::kind).toList();
    }

    @Test
    void headlineCaptionSubheadAndCreditAreRecognised() throws IOException {
        Article a = load("a.txt", """
                Farmers protest new water tax

                Hundreds of farmers marched on the ministry on Monday, demanding the tax be dropped.

                Tractors blocked the main road. Photo: Jane Roe/Agency

                What comes next

                The minister said talks would resume next week.

                Daily Planet and agencies
                """);
        assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.CAPTION, ParagraphKind.SUBHEAD,
                ParagraphKind.BODY, ParagraphKind.CREDIT), kinds(a));
        assertEquals("Farmers protest new water tax", a.title());
        assertEquals("Daily Planet", a.outlet());
    }

    @Test
    void captionOnTheFirstLineServesAsHeadline() throws IOException {
        Article a = load("b.txt", "Flood waters rise in the delta. Photo: John Doe/X\n\nThe river burst its banks overnight.\n");
        assertEquals(ParagraphKind.CAPTION, a.paragraphs().get(0).kind());
        assertEquals("Flood waters rise in the delta", a.title());
    }

    @Test
    void withoutHeadlineTheFirstSentenceIsTheTitle() throws IOException {
        Article a = load("c.txt", "The council approved the budget on Tuesday. It takes effect in May.\n\nOpponents called it rushed.\n");
        assertEquals("The council approved the budget on Tuesday", a.title());
        assertNull(a.outlet());
    }

    @Test
    void aFileWithoutBlankLinesHasOneParagraphPerLine() throws IOException {
        Article a = load("d.txt", "The court ruled on Friday.\nThe appeal was dismissed.\nBoth sides may appeal again.\n");
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void markdownHeadingsAreSubheadsAndPlainCaptionsStayCaptions() throws IOException {
        Article a = load("e.md", """
                ---
                title: Budget passed
                date: 2024-03-01
                ---

                The council approved the budget on *Tuesday*.

                ## Reaction

                Councillors cheered in the chamber. Photo: City Hall
                """);
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.SUBHEAD, ParagraphKind.CAPTION), kinds(a));
        assertEquals("The council approved the budget on <em>Tuesday</em>.", a.paragraphs().get(0).html());
        assertEquals("The council approved the budget on Tuesday.", a.paragraphs().get(0).text());
        assertEquals(10, a.paragraphs().get(2).line(), "line in the file, front matter included");
    }

    @Test
    void sentenceQuotesAndShortLinesWithPunctuationAreBody() throws IOException {
        Article a = load("f.txt", "Opening line of the story is long enough to be a body paragraph, surely.\n\n\"We will win,\" she said.\n\nIt rained.\n\nThe end of the story is here and it is long enough.\n");
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY), kinds(a));
    }

    @Test
    void titleCaseFirstLineEndingInAFullStopIsTheHeadline() throws IOException {
        Article a = load("t.txt", """
                Mayor Roe Laughs, Dodges Reporter’s Question on Budget.

                Asked about the budget on Monday, the mayor laughed and walked on.
                """);
        assertEquals(List.of(ParagraphKind.HEADLINE, ParagraphKind.BODY), kinds(a));
        assertEquals("Mayor Roe Laughs, Dodges Reporter’s Question on Budget", a.title());
        Article b = load("s.txt", """
                The mayor laughed when asked about the budget.

                She walked on.
                """);
        assertEquals(ParagraphKind.BODY, b.paragraphs().get(0).kind());
    }
}
