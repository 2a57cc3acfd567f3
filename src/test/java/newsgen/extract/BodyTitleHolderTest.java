package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Rule "body's title holder" (IntroductionRules.titleHolder) where it must not fire. */
class BodyTitleHolderTest {
    @Test
    void theBodyIsMatchedAsWholeWordsOfTheRole() {
        // "AP" is inside "chaplain" and "apparel", but no word of the role is "AP": the director is not hers
        List<Quote> q = new Extractor().extractStrict(Articles.body(
                "Mara Lindqvist, a chaplain and director of the apparel fund, spoke at the gala.",
                "The AP Director: \u201cWe stand by the story.\u201d")).quotes();
        assertEquals(1, q.size(), q.toString());
        assertNotEquals("Mara Lindqvist", q.get(0).speakerName(), q.toString());
    }
}
