package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Rule "first person" ({@link FirstPersonAuthors}): "“…,” I said" in a column or book excerpt is its named writer's.
 * Names are invented.
 */
class FirstPersonAuthorsTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extract(Articles.body(paragraphs)).quotes();
    }

    @Test
    void aColumnClosedByALineAboutItsWriterIsTheWriters() {
        List<Quote> q = quotes("I was not off to a good start at the hearing.",
                "\u201cOkay,\u201d I said, attempting to regroup. \u201cI came here as an exchange student.\u201d",
                "Tomasz Wielgosz is a senior editor at the Harbor Review. His new book is out in May.");
        assertEquals("Tomasz Wielgosz", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.FIRST_PERSON.label, q.get(0).rule(), q.toString());
    }

    @Test
    void aBookExcerptIsItsAuthors() {
        List<Quote> q = quotes("Editor's Note: The following is an exclusive excerpt from author Nadia Haddad's new book, "
                        + "Salt and Stone.",
                "The judge then turned to me. \u201cYour Honor,\u201d I said, \u201cI would like to answer the question.\u201d");
        assertEquals("Nadia Haddad", q.get(0).speakerName(), q.toString());
        assertEquals(SpeakerRule.FIRST_PERSON.label, q.get(0).rule(), q.toString());
    }

    @Test
    void anINewsStoryWithNoNamedWriterStaysOpen() {
        // no closing line about a writer and no excerpt note: "I" is someone else's, and this rule names no one
        List<Quote> q = quotes("The council met on Tuesday to discuss the budget.",
                "\u201cWe cannot wait,\u201d I said to the clerk after the vote.");
        assertNull(q.get(0).speakerName(), q.toString());
    }
}
