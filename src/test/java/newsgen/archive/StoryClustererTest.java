package newsgen.archive;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static newsgen.archive.Fixtures.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryClustererTest {
    private static ArchivedArticle unrelatedMaliArticle(String slug, String date) {
        return article(slug, "Other", date, "Mali's harvest is the best in a decade")
                .text("Farmers across southern Mali brought in a record millet harvest, the agriculture ministry said, after generous rains.",
                        "Prices at markets in Bamako fell for the first time since the drought of 2021.")
                .actors(org("Ministry of Agriculture"), person("Fatoumata Keita"))
                .places(place("Mali", "country"), place("Bamako", "city"))
                .build();
    }

    @Test
    void twoReportsOfTheSameEventAreOneStory() {
        Archive a = new ArchiveBuilder().build(SeedRecords.both());
        assertEquals(1, a.stories().size());
        Story s = a.stories().get(0);
        assertEquals(Set.of(SeedRecords.PACT, SeedRecords.TRT), Set.copyOf(s.articles().stream().map(r -> r.slug()).toList()));
        assertEquals(s.id(), a.linksOf(SeedRecords.PACT).story());
        assertEquals(s.id(), a.linksOf(SeedRecords.TRT).story());
    }

    @Test
    void anUnrelatedArticleOfTheSameDayAndCountryStaysOut() {
        List<ArchivedArticle> in = new ArrayList<>(SeedRecords.both());
        in.add(unrelatedMaliArticle("harvest", "2023-09-16"));
        Archive a = new ArchiveBuilder().build(in);
        assertEquals(1, a.stories().size());
        assertEquals(2, a.stories().get(0).articles().size());
        assertEquals(null, a.linksOf("harvest").story());
    }

    @Test
    void theSameActorsMonthsApartAreTwoEvents() {
        var features = List.of(
                new StoryClusterer.Features("a", LocalDate.of(2023, 1, 1), Set.of("goita", "diop"), Set.of("mali"), Set.of("alliance", "signed")),
                new StoryClusterer.Features("b", LocalDate.of(2023, 6, 1), Set.of("goita", "diop"), Set.of("mali"), Set.of("alliance", "signed")));
        assertEquals(List.of(), new StoryClusterer().cluster(features));
    }

    @Test
    void closeDatesSharedActorsAndWordsAreOneEvent() {
        var features = List.of(
                new StoryClusterer.Features("a", LocalDate.of(2023, 1, 1), Set.of("goita", "diop"), Set.of("mali"), Set.of("alliance", "signed", "charter")),
                new StoryClusterer.Features("b", LocalDate.of(2023, 1, 3), Set.of("goita", "diop"), Set.of("mali"), Set.of("alliance", "signed", "charter")));
        assertEquals(List.of(List.of(0, 1)), new StoryClusterer().cluster(features));
    }

    @Test
    void aKeyInEveryArticleIsCappedSoTheWorkStaysLinear() {
        List<StoryClusterer.Features> features = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            features.add(new StoryClusterer.Features("a" + i, LocalDate.of(2023, 1, 1), Set.of("p" + i), Set.of("mali"), Set.of("w" + i)));
        }
        StoryClusterer clusterer = new StoryClusterer();
        assertEquals(List.of(), clusterer.cluster(features));
        assertTrue(clusterer.comparisons() <= 3000L * StoryClusterer.MAX_POSTINGS, "comparisons: " + clusterer.comparisons());
    }
}
