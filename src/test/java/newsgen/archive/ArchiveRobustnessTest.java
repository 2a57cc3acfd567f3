package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.DateMention;
import newsgen.model.Place;
import newsgen.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static newsgen.archive.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Records as odd as an extractor may write them still make an archive. */
public class ArchiveRobustnessTest {
    /** An undated article with a blank name, accents, Cyrillic, a document as speaker, a place without id, odd dates; an empty one; a dated one. */
    public static List<ArchivedArticle> oddArticles() {
        Actor blank = new Actor("", " ", Actor.PERSON, List.of(), List.of(), null, 1);
        Actor accented = new Actor("goita", "Assimi Goïta", Actor.PERSON, List.of("Goïta"), List.of(), null, 1);
        Actor nonLatin = new Actor("x", "Ассими Гоита", Actor.PERSON, List.of(), List.of(), null, 1);
        Actor oddType = new Actor("charter", "Liptako-Gourma Charter", "document", List.of(), List.of(), null, 1);
        Place noId = new Place(null, "Bamako", null, null, 0);
        Quote unknown = new Quote("words", "nobody-here", null, null, null, false, 1);
        Quote byDocument = new Quote("more words", "charter", "Liptako-Gourma Charter", null, "states", false, 1);
        DateMention odd = new DateMention("someday", "someday", 1, null);
        DateMention none = new DateMention("never", null, 1, null);
        ArchivedArticle undated = article("undated", null, null, "Undated").text("Assimi Goïta spoke in Bamako.")
                .actors(blank, accented, nonLatin, oddType).places(noId).quotes(unknown, byDocument).dates(odd, none).build();
        ArchivedArticle empty = article("empty", null, null, "Empty").build();
        ArchivedArticle dated = article("dated", "X", "2023-09-16", "Dated").text("Goita.").actors(new Actor("goita", "Goita", Actor.PERSON,
                List.of(), List.of(), null, 1)).build();
        return List.of(undated, empty, dated);
    }

    @Test
    void undatedArticlesBlankNamesUnknownSpeakersAndOddDatesAreTolerated() {
        Archive a = new ArchiveBuilder().build(oddArticles());
        assertEquals(3, a.articles().size());
        assertEquals(List.of("Assimi Goïta", "Ассими Гоита"), a.people().stream().map(e -> e.name()).sorted().toList());
        assertEquals(List.of("someday"), a.timeline().stream().map(t -> t.value()).toList());
        assertEquals(List.of("words"), a.unattributed().stream().map(q -> q.quote().text()).toList());
    }
}
