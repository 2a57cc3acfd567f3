package newsgen.extract;

import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Attribution shapes of the business, science, court, sport and tech desks and of live pages (round 20's probes,
 * {@code speaker-probes-desks.txt}) that the sieve got wrong; one sentence shape per rule, invented names.
 */
class DeskSpeakersTest {
    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String... paragraphs) {
        return extractor.extractStrict(Articles.body(paragraphs)).quotes();
    }

    /**
     * Rule "unknown word by its verb": a surname no list holds, opening its sentence right before the cue verb, speaks;
     * an English word there ("Officials said") names no one.
     */
    @Test
    void unknownWordOpeningItsSentenceBeforeTheCueVerbSpeaks() {
        List<Quote> q = quotes("Mutua said: \u201cThe platform now processes more payments than the banks.\u201d",
                "Sorensen posted on X that the feature \u201cwas never meant to be permanent\u201d.",
                "Officials said: \u201cThe road will reopen on Friday.\u201d");
        assertEquals(3, q.size(), q.toString());
        assertEquals("Mutua", q.get(0).speakerName(), q.toString());
        assertEquals("unlisted-name", q.get(0).rule());
        assertEquals("Sorensen", q.get(1).speakerName(), q.toString());
        assertNull(q.get(2).speakerName(), q.toString());
    }
}
