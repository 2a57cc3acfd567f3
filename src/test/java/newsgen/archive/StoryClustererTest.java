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

    /**
     * A key only one article names ties it to no other: clustering with such keys added to some articles, among their
     * actors or places, gives the same stories after the same comparisons, so the story memo's key leaves them out
     * (StoryMemo.shared) and an edit naming someone new reuses the kept clusters.
     */
    @Test
    void keysOnlyOneArticleNamesChangeNoStory() {
        java.util.Random random = new java.util.Random(7);
        String[] actors = {"goita", "diop", "keita", "traore", "sall", "ba", "ndiaye", "cisse"};
        String[] places = {"mali", "senegal", "bamako", "dakar"};
        String[] words = {"alliance", "signed", "pact", "harvest", "vote", "strike", "talks", "court"};
        List<StoryClusterer.Features> plain = new ArrayList<>();
        List<StoryClusterer.Features> marked = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LocalDate date = random.nextInt(20) == 0 ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(60));
            Set<String> a = new java.util.TreeSet<>();
            Set<String> p = new java.util.TreeSet<>();
            Set<String> w = new java.util.TreeSet<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                a.add(actors[random.nextInt(actors.length)]);
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                p.add(places[random.nextInt(places.length)]);
            }
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                w.add(words[random.nextInt(words.length)]);
            }
            plain.add(new StoryClusterer.Features("s" + i, date, a, p, w));
            Set<String> a2 = new java.util.TreeSet<>(a);
            Set<String> p2 = new java.util.TreeSet<>(p);
            if (random.nextBoolean()) {
                a2.add("only-" + i); // sorted before or among the others: "only-" numbers keys in another order
            }
            if (random.nextInt(3) == 0) {
                p2.add("alone-" + i);
            }
            marked.add(new StoryClusterer.Features("s" + i, date, a2, p2, w));
        }
        StoryClusterer one = new StoryClusterer();
        StoryClusterer two = new StoryClusterer();
        List<List<Integer>> stories = one.cluster(plain);
        assertTrue(stories.stream().anyMatch(st -> st.size() >= StoryClusterer.BIG_STORY), "big stories were made: " + stories);
        assertEquals(stories, two.cluster(marked));
        assertEquals(one.comparisons(), two.comparisons());
        // and the key's view of them: the keys no other article names are left out, the others kept in order
        List<Set<String>> a = marked.stream().map(StoryClusterer.Features::actors).toList();
        List<Set<String>> p = marked.stream().map(StoryClusterer.Features::places).toList();
        List<Set<String>> pa = plain.stream().map(StoryClusterer.Features::actors).toList();
        List<Set<String>> pp = plain.stream().map(StoryClusterer.Features::places).toList();
        assertEquals(StoryMemo.shared(pa, pp, pa), StoryMemo.shared(a, p, a));
        assertEquals(StoryMemo.shared(pa, pp, pp), StoryMemo.shared(a, p, p));
    }
}
