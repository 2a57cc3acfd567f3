package newsgen.site;

import newsgen.model.ArticleRef;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.TimelineEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoryViewsTest {
    private static final ArticleRef A = new ArticleRef("a", "A", "Outlet", "2016-02-08");
    private static final ArticleRef B = new ArticleRef("b", "B", "Outlet", "2016-02-09");

    @Test
    void aReportListsASentenceOnceUnderTheFirstDateItNames() {
        String both = "Dunmore is reflecting on his parents' death in 1987 and his campaign in 1999.";
        List<TimelineEntry> dates = List.of(
                new TimelineEntry("1987", "1987", both, A, List.of()),
                new TimelineEntry("1994", "1994", "The ad slams Dunmore for a vote in 1994.", A, List.of()),
                new TimelineEntry("1999", "1999", both, A, List.of()),
                new TimelineEntry("1999", "1999", both, B, List.of()),
                new TimelineEntry("2000", "2000", null, A, List.of()),
                new TimelineEntry("2001", "2001", null, A, List.of()));
        assertEquals(List.of("1987", "1994", "1999", "2000", "2001"),
                StoryViews.onePerSentence(dates).stream().map(TimelineEntry::value).toList(),
                "the same sentence of another article, and dates without a sentence, stay");
        assertEquals(B, StoryViews.onePerSentence(dates).get(2).article());
    }

    @Test
    void aStoryNamesAnOrganisationAndAPlaceOfTheSameNameOnce() {
        EntityRef house = entity("white-house", Entity.ORGANIZATION, "White House");
        EntityRef roe = entity("jane-roe", Entity.PERSON, "Jane Roe");
        EntityRef building = entity("white-house", Entity.PLACE, "White House");
        EntityRef ohio = entity("ohio", Entity.PLACE, "Ohio");
        assertEquals(List.of(roe, house, ohio), StoryViews.oncePerName(List.of(roe, house, building, ohio)),
                "the organisation, listed first, is kept");
        EntityRef jordan = entity("jordan", Entity.PERSON, "Jordan");
        EntityRef country = entity("jordan", Entity.PLACE, "Jordan");
        assertEquals(List.of(jordan, country), StoryViews.oncePerName(List.of(jordan, country)),
                "a person and a place of the same name are both named");
    }

    private static EntityRef entity(String id, String kind, String name) {
        return new EntityRef(kind, id, name);
    }
}
