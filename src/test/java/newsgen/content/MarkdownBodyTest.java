package newsgen.content;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The short cut for paragraphs of plain words gives exactly what flexmark's renderer gives, and is not taken otherwise. */
class MarkdownBodyTest {
    private static final MarkdownBody BODY = new MarkdownBody(false, true);
    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    /** Each block of the text: {plain short cut or null, flexmark's rendering}. */
    static List<String[]> both(String markdown) {
        Document document = PARSER.parse(markdown);
        List<Node> blocks = new ArrayList<>();
        document.getChildren().forEach(blocks::add);
        List<String[]> out = new ArrayList<>();
        for (Node block : blocks) {
            String plain = MarkdownBody.plain(block);
            out.add(new String[] {plain, BODY.render(document, block)});
        }
        return out;
    }

    @Test
    void plainParagraphsRenderAsFlexmarkRendersThem() {
        String[] texts = {
                "The council met on Tuesday.",
                "He said \"we will win\" and left > 3 < 4 'twice' \u201cquoted\u201d \u2014 done.",
                "A line\nand the next one\n   indented continuation\nlast",
                "Trailing space \nbefore a soft break",
                "Ümlaut, 中文, emoji 🙂 and \u00a0non-breaking space.",
                "  Leading spaces, trailing spaces   ",
                "Photo: Presidence du Niger/X",
        };
        for (String text : texts) {
            for (String[] block : both(text)) {
                assertNotNull(block[0], "short cut not taken for: " + text);
                assertEquals(block[1], block[0], text);
            }
        }
    }

    @Test
    void anythingButPlainWordsGoesToFlexmark() {
        for (String text : new String[] {"Some *emphasis* here", "A [link](https://example.org)", "Tom &amp; Jerry",
                "Escaped \\*star\\*", "Hard  \nbreak", "# Heading", "- a list", "> quoted", "`code`", "Tab\there",
                "<span>inline html</span>"}) {
            for (String[] block : both(text)) {
                assertNull(block[0], "short cut taken for: " + text);
            }
        }
    }

    /** The escaping and the space collapsing made here give what flexmark's escaping and the pattern \\s+ give. */
    @org.junit.jupiter.api.Test
    void escapingAndSpacesAsFlexmarkAndThePatternMakeThem() {
        String[] pieces = {"a", "B", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "&", "<", ">", "\"", "'", "é", "“", "x y"};
        java.util.Random random = new java.util.Random(5);
        for (int k = 0; k < 3000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            StringBuilder escaped = new StringBuilder("[");
            MarkdownBody.escapeHtml("[" + t + "]", 1, t.length() + 1, escaped);
            org.junit.jupiter.api.Assertions.assertEquals("[" + com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(t, false),
                    escaped.toString(), t);
            org.junit.jupiter.api.Assertions.assertEquals(t.replaceAll("\\s+", " "), MarkdownBody.collapseSpaces(t), t);
        }
    }

    /**
     * A plain paragraph whose HTML reads as its text keeps one string for both; one with something to escape or a run
     * of spaces gets HTML of its own, as flexmark makes it.
     */
    @Test
    void plainHtmlThatReadsAsTheTextIsTheText() {
        List<newsgen.model.Paragraph> ps = BODY.parse("He said \u201cyes\u201d \u2014 and\nleft.\n\nTom & Jerry said \"no\".\n\nTwo  spaces here.", 1);
        assertEquals(3, ps.size());
        org.junit.jupiter.api.Assertions.assertSame(ps.get(0).text(), ps.get(0).html());
        assertEquals("He said \u201cyes\u201d \u2014 and left.", ps.get(0).html());
        assertEquals("Tom &amp; Jerry said &quot;no&quot;.", ps.get(1).html());
        assertEquals("Two spaces here.", ps.get(2).text());
        assertEquals("Two  spaces here.", ps.get(2).html());
        org.junit.jupiter.api.Assertions.assertTrue(MarkdownBody.readsAsText("a b\nc \u201cd\u201d'".toCharArray(), 0, 10));
        for (String t : new String[] {"a  b", "a \nb", "a\n\nb", "a & b", "a < b", "a > b", "say \"x\""}) {
            org.junit.jupiter.api.Assertions.assertFalse(MarkdownBody.readsAsText(t.toCharArray(), 0, t.length()), t);
        }
    }
}
