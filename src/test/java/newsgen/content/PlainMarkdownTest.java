package newsgen.content;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies without markup are read without flexmark, into the paragraphs flexmark gives; all others go to flexmark. */
class PlainMarkdownTest {
    private static final MarkdownBody FLEXMARK = new MarkdownBody(false, true);
    private static final MarkdownBody TEXT_ONLY = new MarkdownBody(false, false);

    private static final MarkdownBody FLEXMARK_ONLY = new MarkdownBody(false, true, false);
    private static final MarkdownBody FLEXMARK_ONLY_RAW_HTML = new MarkdownBody(true, true, false);
    private static final MarkdownBody RAW_HTML = new MarkdownBody(true, true);

    private static void sameAsFlexmark(String body) {
        assertEquals(PlainMarkdownCheck.describe(FLEXMARK.parse(body, 5)), PlainMarkdownCheck.describe(TEXT_ONLY.parse(body, 5)), body);
        // A build's paragraphs, HTML included, are flexmark's whether or not the short cut reads the body.
        assertEquals(FLEXMARK_ONLY.parse(body, 5), FLEXMARK.parse(body, 5), body);
        assertEquals(FLEXMARK_ONLY_RAW_HTML.parse(body, 5), RAW_HTML.parse(body, 5), body);
    }

    @Test
    void paragraphsOfPlainWordsAreReadWithoutFlexmark() {
        for (String body : new String[] {"One paragraph.", "\n\nFirst line\nsecond line\n\n\nNext paragraph  \nwith a hard break.\n",
                "Short Headline\n\nBody text that goes on, as a sentence does.\n\nReuters", "2016 was a year.\n\n3.5 million people",
                "Tabs\tinside and trailing tab\t\nand\u00a0nbsp\u00a0\n", "Jed! said “yes” — 5 > 3 (really) {x} ~y | z = w.",
                "12345678901. Not a list: ten digits", "Photo: Presidence du Niger/X",
                "AT&T and Q&A, R & D, &c, &; &#; &x y; &&amp", "Ends with &", "Tom & Jerry\n\n& more",
                "He said [sic] it.", "[Spade] said [they] were [HuffPost.] [5.]\n[a] [b] x", "[x]", "[^1] x", "a [b]c[d] e",
                "Part one.\n\n___.\n\nPart two.", "Text\n___.\n__.\n_.", "___.",
                // inline HTML tags, which the text leaves out: an embedded tweet, a tag inside a line, one opening it
                "<tweet id=\"6721\" author=\"@Some_User\" datetime=\"2015-12-02\">Scanner: a man was seen</tweet>.",
                "Text with <b>bold</b> words and <br/> a break.", "<tweet tweet-id=\"66119\"><tweet/>.",
                "He wrote <span class='x'>this</span>  \nand more.\n\n<i>Next</i> paragraph", "<x-y a b=\"c\" d='e' >words",
                "[sic] and <b>tags</b>"}) {
            assertNotNull(PlainMarkdown.blocks(body), body);
            sameAsFlexmark(body);
        }
    }

    @Test
    void aParagraphHoldsAColonOnlyWhereItsBlockSaysSo() {
        // ParagraphClassifier looks for a photo credit only where the block says a colon may be
        String body = "Smoke over the port.\nPhoto: Reuters\n\nNo colon here\n\n\nTime: 5 p.m.\n\nLast line:";
        var blocks = PlainMarkdown.blocks(body);
        assertEquals(4, blocks.size());
        for (var b : blocks) {
            assertEquals(body.substring(b.start(), b.end()).indexOf(':') >= 0, b.colon(), body.substring(b.start(), b.end()));
        }
        // colons inside brackets or tags are not looked for: every paragraph of such a body may hold one
        for (var b : PlainMarkdown.blocks("A [note: x] here.\n\nNo colon")) {
            assertTrue(b.colon());
        }
        sameAsFlexmark(body);
        // the words of a short line counted from the collapsed text, its white space stripped at either end
        String shortLines = "Smoke over the port. Photo: Reuters\n\nShort Line Here\n\nTen words or so in this line and  no more\tthan ten \u2028\n\n"
                + "Eleven words in this line, which is one more than ten words\n\nReuters";
        assertNotNull(PlainMarkdown.blocks(shortLines));
        sameAsFlexmark(shortLines);
    }

    @Test
    void bodiesThatMayHoldMarkupGoToFlexmark() {
        for (String body : new String[] {"*emphasis*", "a_b", "[link](x)", "&amp;", "back\\slash", "`code`", "<b>",
                "# Heading", "Text\n===", "Text\n---", "> quote", "- item", "+ item", "1. item", "2016) item", "3.\n",
                "    indented code", "\tTab", " one space", "\u00a0nbsp first", "~~~\nfence\n~~~", "Line\r\nbreak", "nul\0",
                "&copy; and &#169; and &#xA9;", "&bogus;", "&&amp;", "AT&T;", "[a][b]", "[a] [b](c)", "[a](b)", "![a]",
                "[a]: b", "x [a]:", "[]", "[ ]", "x [ a] y", "[a ] b", "[a\u00a0]", "[a [b] c]", "[[a]]", "x ] y", "x [a", "[a\nb]", "[*a*]", "[a&amp;]",
                "[" + "x".repeat(201) + "]", "___", "___. x", "x ___.", "_x_.", "\\___.", "___.\n_a_",
                "<tweet id=\"1\">", "Text\n<tweet id=\"1\">  \nmore", "<div>text</div> more", "<p>x", "<a href=x>y</a>",
                "<a title=\"a>b\">x</a>", "<!-- c --> x", "<tweet\nid=\"1\">x", "x <b", "x < y", "a <3 b", "<a b=\"c\nd\">x",
                "</b x>y", "<b/ >x", "[<b>x</b>]", "<b>\u00a0\n3.5"}) {
            assertNull(PlainMarkdown.blocks(body), body);
            sameAsFlexmark(body);
        }
    }

    @Test
    void randomBodiesReadAsFlexmarkReadsThem() {
        String[] pieces = {"Word", "word", " ", "  ", "\t", "\n", "\n\n", "\n   ", "1.", "1)", "2016", ".", " ", "#", ">", "-",
                "=", "+", "~", "|", "\u00a0", "“", "!", ":", "Photo: X", "Reuters", "A Short Line", "said.", "\u2028",
                "\f", "\u000B", "\u0085", "\u3000", "\u200b", "3.5", "1.\t", "9)x", "\uFEFF", "&", "&amp;", "#", ";", "x",
                "&#8217;", "AT&T", "&#x", "&c", "Q&A;", "[", "]", "[sic]", "[a b]", "![", "](", "]:", "][", "_", "___.",
                "\n___.\n", "[ ]", "(x)", "[ a]", "[a ]", "<b>", "</b>", "<t a=\"1\">", "<t/>", "<", ">", " b='x'", "<p>"};
        Random random = new Random(Long.getLong("seed", 11));
        int plain = 0;
        int plainHtml = 0;
        for (int k = 0; k < 20000; k++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(24); i >= 0; i--) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String b = body.toString();
            // the others go to flexmark as before (and some trip flexmark's own assertions, on in tests)
            if (PlainMarkdown.blocks(b) != null) {
                sameAsFlexmark(b);
                plain++;
                plainHtml += MarkdownBody.plainLines(b) ? 1 : 0;
            }
        }
        assertTrue(plain > 500, plain + " bodies without markup");
        assertTrue(plainHtml > 200, plainHtml + " bodies whose HTML is made without flexmark");
    }
}
