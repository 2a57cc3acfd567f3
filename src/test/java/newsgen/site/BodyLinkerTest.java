package newsgen.site;

import newsgen.model.NameFinder;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.EntityRef;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyLinkerTest {
    private static final EntityRef GOITA = new EntityRef("person", "assimi-goita", "Assimi Goita");
    private static final EntityRef ATT = new EntityRef("organization", "at-t", "AT&T");
    private static final EntityRef MALI = new EntityRef("place", "mali", "Mali");

    private static BodyLinker linker() {
        NameFinder finder = new NameFinder(List.of(new NamedEntity("Assimi Goita", GOITA), new NamedEntity("Goita", GOITA),
                new NamedEntity("AT&T", ATT), new NamedEntity("Mali", MALI)));
        return new BodyLinker(finder, e -> "../x/" + e.id() + ".html");
    }

    @Test
    void linksTheFirstMentionOfEachEntityOnce() {
        BodyLinker l = linker();
        assertEquals("<a class=\"mention\" href=\"../x/assimi-goita.html\">Assimi Goita</a> of <a class=\"mention\" href=\"../x/mali.html\">Mali</a>. Goita left Mali.",
                l.link("Assimi Goita of Mali. Goita left Mali."));
        assertEquals("Goita again.", l.link("Goita again."), "later paragraphs do not link it again");
    }

    @Test
    void theLongestNameWinsWhereTwoStartTogether() {
        assertEquals("<a class=\"mention\" href=\"../x/assimi-goita.html\">Assimi Goita</a>", linker().link("Assimi Goita"));
    }

    @Test
    void escapedTextIsMatchedDecodedAndCopiedAsEscaped() {
        assertEquals("<a class=\"mention\" href=\"../x/at-t.html\">AT&amp;T</a> &lt;b&gt;", linker().link("AT&amp;T &lt;b&gt;"));
    }

    @Test
    void referencesOfEveryKindKeepTheirPlace() {
        assertEquals("&#x1F600; &quot;&amp;bogus <a class=\"mention\" href=\"../x/mali.html\">Mali</a>",
                linker().link("&#x1F600; &quot;&amp;bogus Mali"));
        assertEquals("&unknown; & <a class=\"mention\" href=\"../x/mali.html\">Mali</a>", linker().link("&unknown; & Mali"));
    }

    @Test
    void namesInsideTagsOrLinksAreLeftAlone() {
        String html = "<img alt=\"Mali\"> <a href=\"https://example.org\">Mali</a> <em>Mali</em>";
        assertEquals("<img alt=\"Mali\"> <a href=\"https://example.org\">Mali</a> <em><a class=\"mention\" href=\"../x/mali.html\">Mali</a></em>",
                linker().link(html));
    }

    @Test
    void partsOfWordsAreNotNames() {
        assertEquals("Malian troops", linker().link("Malian troops"));
    }

    @Test
    void linkTagsAreToldApartAsTheirPatternsDid() {
        java.util.regex.Pattern open = java.util.regex.Pattern.compile("<a[\\s>]", java.util.regex.Pattern.CASE_INSENSITIVE);
        java.util.regex.Pattern close = java.util.regex.Pattern.compile("</a\\s*>", java.util.regex.Pattern.CASE_INSENSITIVE);
        for (String tag : List.of("<a>", "<A>", "<a href=\"x\">", "<a\thref=x>", "<a\nx>", "<ab>", "<abbr>", "<b>", "<>", "</a>",
                "</A>", "</a >", "</a\t\n >", "</ab>", "</a x>", "</>", "</ a>", "<br/>", "<a/>")) {
            String html = "x" + tag + "y";
            int end = html.indexOf('>', 1);
            assertEquals(open.matcher(tag).lookingAt(), BodyLinker.opensLink(html, 1, end), tag);
            assertEquals(close.matcher(tag).lookingAt(), BodyLinker.closesLink(html, 1, end), tag);
        }
    }
}
