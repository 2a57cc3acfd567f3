package newsgen.site;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HtmlEscapingTest {
    @Test
    void everyCharacterIsEscapedAsPebblesOwnHtmlStrategyEscapesIt() {
        for (int c = 0; c < 0x10000; c++) {
            String s = "a" + (char) c + "b";
            assertEquals(HtmlEscape.escapeHtml4Xml(s), HtmlEscaping.escape(s), "character " + c);
        }
    }

    @Test
    void randomTextsAreEscapedAsPebblesOwnHtmlStrategyEscapesThem() {
        Random random = new Random(7);
        String alphabet = "ab &<>\"'\u00e9\u2019\u201c\u2026\ud83d\ude00\ud800;#x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(HtmlEscape.escapeHtml4Xml(s.toString()), HtmlEscaping.escape(s.toString()), s.toString());
        }
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String plain = "Nothing to escape here \u2019";
        assertSame(plain, HtmlEscaping.escape(plain));
    }
}
