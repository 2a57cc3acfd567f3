package newsgen.archive;

import newsgen.model.Archive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sanity check that the archive step does not compare every article with every other; timing lives in {@link ArchiveScaling}. */
class ArchiveScaleTest {
    @Test
    void storyComparisonsPerArticleStayFlatAsTheArchiveGrows() {
        ArchiveBuilder small = new ArchiveBuilder();
        small.build(GeneratedArticles.generate(500, 3));
        ArchiveBuilder large = new ArchiveBuilder();
        long t0 = System.nanoTime();
        Archive archive = large.build(GeneratedArticles.generate(5000, 3));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        double perSmall = small.storyComparisons() / 500.0;
        double perLarge = large.storyComparisons() / 5000.0;
        assertTrue(perLarge < 2 * perSmall + 5, "comparisons per article: " + perSmall + " at 500, " + perLarge + " at 5000");
        assertTrue(archive.stories().size() > 100, "stories found: " + archive.stories().size());
        assertTrue(seconds < 120, "5,000 articles took " + seconds + " s");
    }
}
