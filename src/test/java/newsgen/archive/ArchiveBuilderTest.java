package newsgen.archive;

import newsgen.model.Archive;
import newsgen.model.CitedQuote;
import newsgen.model.Entity;
import newsgen.model.OutletReport;
import newsgen.model.QuotePair;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;
import newsgen.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive of the two seed articles, from hand-made records. */
class ArchiveBuilderTest {
    private final Archive archive = new ArchiveBuilder().build(SeedRecords.both());

    private Entity person(String id) {
        return archive.people().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no person " + id));
    }

    @Test
    void eachPersonIsOneEntity() {
        assertEquals(List.of("Abdoulaye Diop", "Abdourahmane Tiani", "Assimi Goita", "Mohamed Bazoum"),
                archive.people().stream().map(Entity::name).sorted().toList());
    }

    @Test
    void goitaAndDiopHoldTheirQuotesFromBothArticles() {
        assertEquals(Set.of(SeedRecords.PACT, SeedRecords.TRT),
                Set.copyOf(person("assimi-goita").quotes().stream().map(q -> q.article().slug()).toList()));
        assertEquals(4, person("abdoulaye-diop").quotes().size());
        assertEquals(List.of("Defence Minister"), person("abdoulaye-diop").roles(), "case variants of one role are one role");
    }

    @Test
    void theAllianceIsOneOrganisationUnderItsFullName() {
        Entity aes = archive.organizations().stream().filter(e -> e.id().equals("alliance-of-sahel-states")).findFirst().orElseThrow();
        assertEquals(List.of("AES"), aes.aliases());
        assertEquals(2, aes.articles().size());
        assertEquals(1, archive.organizations().stream().filter(e -> e.name().toLowerCase().contains("qaeda")).count());
    }

    @Test
    void theStoryPairsBothWordingsOfGoitaAndDiop() {
        Story story = archive.stories().get(0);
        List<QuotePair> pairs = story.pairs();
        assertEquals(List.of("assimi-goita", "abdoulaye-diop", "abdoulaye-diop"), pairs.stream().map(p -> p.speaker().id()).toList());
        QuotePair diop = pairs.get(1);
        assertEquals(SeedRecords.TRT, diop.first().article().slug(), "the outlet named first stands first");
        assertEquals(SeedRecords.DIOP_PACT, diop.second().quote().text());
        assertTrue(diop.secondMarked().stream().anyMatch(s -> s.changed() && s.text().equals("combine")));
        assertTrue(diop.firstMarked().stream().anyMatch(s -> s.changed() && s.text().equals("be a combination of")));
        assertTrue(pairs.get(2).sameWords());
    }

    @Test
    void theStorySaysWhatOnlyOneOutletReported() {
        Story story = archive.stories().get(0);
        assertEquals(2, story.reports().size());
        OutletReport trt = story.reports().get(0);
        assertEquals("TRT Afrika", trt.outlet());
        assertTrue(trt.only().stream().anyMatch(e -> e.id().equals("abdourahmane-tiani")));
        assertTrue(trt.dates().stream().anyMatch(d -> d.value().equals("2022-05")));
        assertTrue(trt.quotes().stream().anyMatch(q -> q.quote().text().equals("historic")));
        OutletReport other = story.reports().get(1);
        assertTrue(other.only().stream().anyMatch(e -> e.name().equals("ISIL")));
        assertFalse(story.shared().isEmpty());
    }

    @Test
    void wordsBothOutletsQuoteWithoutASpeakerAreNotOneOutletsAlone() {
        var roe = Fixtures.person("Jane Roe");
        String[] text = {"Jane Roe opened the harbour bridge in Port Elm on Monday.",
                "The \u201calternative\u201d route will close, Jane Roe said."};
        var first = Fixtures.article("first", "Harbour Times", "2016-10-04", "Jane Roe opens harbour bridge in Port Elm")
                .text(text).actors(roe)
                .quotes(Fixtures.quote("alternative", null, 1), Fixtures.quote("a bridge for everyone", null, 1)).build();
        var second = Fixtures.article("second", "Elm Gazette", "2016-10-04", "Jane Roe opens harbour bridge in Port Elm")
                .text(text).actors(roe).quotes(Fixtures.quote("Alternative", null, 1)).build();
        Story story = new ArchiveBuilder().build(List.of(first, second)).stories().get(0);
        assertEquals(2, story.reports().size(), "one story, two outlets");
        OutletReport gazette = story.reports().get(0);
        OutletReport times = story.reports().get(1);
        assertEquals("Harbour Times", times.outlet());
        assertEquals(List.of("a bridge for everyone"), times.quotes().stream().map(q -> q.quote().text()).toList());
        assertEquals(List.of(), gazette.quotes(), "both print \u201calternative\u201d: neither alone reports it");
    }

    @Test
    void timelineRunsFrom2012To20230916InOrder() {
        List<String> values = archive.timeline().stream().map(TimelineEntry::value).toList();
        assertEquals("2012", values.get(0));
        assertEquals("2023-09-16", values.get(values.size() - 1));
        assertEquals(List.of("2012", "2012", "2015", "2015", "2017", "2020", "2020", "2022-05", "2023-07", "2023-07",
                "2023-W36", "2023-W36", "2023-09-16", "2023-09-16"), values);
    }

    @Test
    void timelineEntriesNameTheEntitiesOfTheirSentence() {
        TimelineEntry may = archive.timeline().stream().filter(t -> t.value().equals("2022-05")).findFirst().orElseThrow();
        assertTrue(may.entities().stream().anyMatch(e -> e.id().equals("mohamed-bazoum")), may.entities().toString());
        assertTrue(may.entities().stream().anyMatch(e -> e.id().equals("mali")));
    }

    @Test
    void quotesAreGroupedBySpeakerWithTheUnattributedApart() {
        SpeakerQuotes top = archive.speakers().get(0);
        assertEquals("Abdoulaye Diop", top.name());
        assertTrue(archive.speakers().stream().anyMatch(s -> s.speaker() == null && s.name().equals("the charter")));
        assertEquals(List.of("declaration of war"), archive.unattributed().stream().map(CitedQuote::quote).map(q -> q.text()).toList());
    }

    @Test
    void theSameWordsBySameSpeakerShowOncePerArticleInTheirLongestQuote() {
        var roe = Fixtures.person("Jane Roe");
        var headlineAndBody = Fixtures.article("one", "X", "2016-10-04", "Roe calls it a ‘crazy system’")
                .text("Jane Roe called it a “crazy system”.", "“It is a crazy system,” she said.").actors(roe)
                .quotes(Fixtures.quote("crazy system", roe, 0), Fixtures.quote("crazy system", roe, 1),
                        Fixtures.quote("It is a crazy system", roe, 2), Fixtures.quote("crazy system", null, 1),
                        Fixtures.quote("crazy system", null, 2))
                .build();
        var again = Fixtures.article("two", "Y", "2016-10-05", "Roe again").text("Roe said “crazy system” again.")
                .actors(roe).quotes(Fixtures.quote("crazy system", roe, 1)).build();
        Archive a = new ArchiveBuilder().build(List.of(headlineAndBody, again));
        Entity page = a.people().stream().filter(e -> e.name().equals("Jane Roe")).findFirst().orElseThrow();
        // in article one, the headline's and the body's "crazy system" are in Roe's longer quote: shown once, in it
        assertEquals(List.of("one: It is a crazy system", "two: crazy system"),
                page.quotes().stream().map(q -> q.article().slug() + ": " + q.quote().text()).sorted().toList());
        assertEquals(2, a.speakers().get(0).quotes().size());
        assertEquals(List.of("crazy system"), a.unattributed().stream().map(q -> q.quote().text()).toList());
    }

    @Test
    void sameInputSameArchive() {
        assertEquals(archive, new ArchiveBuilder().build(List.of(SeedRecords.trt(), SeedRecords.pact())));
    }
}
