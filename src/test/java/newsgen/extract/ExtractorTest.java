package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExtractorTest {
    private final Extractor extractor = new Extractor();

    @Test
    void recordCarriesTheArticlesOwnFields() {
        ArticleRecord r = extractor.extract(Articles.body("Nothing happened."));
        assertEquals("test.txt", r.file());
        assertEquals("test", r.slug());
        assertEquals("2023-09-16", r.date());
    }

    @Test
    void aSpeakerOnlyTheUnlistedNameRuleFindsIsAnActor() {
        ArticleRecord r = extractor.extract(Articles.body("\u201cWe will not back down on this,\u201d Mark said."));
        assertEquals("unlisted-name", r.quotes().get(0).rule());
        assertEquals(List.of("Mark"), r.actors().stream().map(newsgen.model.Actor::name).toList());
        assertEquals(r.quotes().get(0).speaker(), r.actors().get(0).id());
        assertEquals("person", r.actors().get(0).type());
    }

    @Test
    void aSpeakerNamedLikeAPlaceOrAGroupIsNoActor() {
        assertEquals(List.of(), Extractor.withSpeakers(List.of(), List.of(
                new newsgen.model.Quote("x", "state", "State", null, "said", false, 1, "unlisted-name"),
                new newsgen.model.Quote("y", "candidates", "Candidates", null, "said", false, 1, "unlisted-name"),
                new newsgen.model.Quote("z", "texas", "Texas", null, "said", false, 1, "unlisted-name"))));
    }

    @Test
    void noPublicationDateGivesNullDate() {
        assertNull(extractor.extract(Articles.withDate(null, "Text.")).date());
    }

    @Test
    void oneInstanceGivesTheSameRecordsFromManyThreads() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(Articles.body("“We will win,” President Lara Mendes said in Lima on Saturday.",
                    "The Andean Trade Council (ATC) met in July " + (2000 + i) + ". “Yes,” she added."));
        }
        List<ArticleRecord> sequential = articles.stream().map(extractor::extract).toList();
        List<ArticleRecord> parallel = IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> extractor.extract(articles.get(i))).toList();
        assertEquals(sequential, parallel);
    }
}
