package newsgen.archive;

import newsgen.model.Archive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archive step does not compare every article with every other: counted, not timed (a shared machine's clock
 * proves nothing; timing lives in {@link ArchiveScaling} and bench/compare.sh). All-pairs clustering would make
 * the comparisons per article grow tenfold from 500 to 5,000 articles.
 */
class ArchiveScaleIT {
    @Test
    void storyComparisonsPerArticleStayFlatAsTheArchiveGrows() {
        ArchiveBuilder small = new ArchiveBuilder();
        small.build(GeneratedArticles.generate(500, 3));
        ArchiveBuilder large = new ArchiveBuilder();
        Archive archive = large.build(GeneratedArticles.generate(5000, 3));
        double perSmall = small.storyComparisons() / 500.0;
        double perLarge = large.storyComparisons() / 5000.0;
        assertTrue(perSmall > 0, "no comparison counted at 500 articles: the count would prove nothing");
        assertTrue(perLarge < 2 * perSmall + 5, "comparisons per article: " + perSmall + " at 500, " + perLarge + " at 5000");
        assertTrue(archive.stories().size() > 100, "stories found: " + archive.stories().size());
    }
}
