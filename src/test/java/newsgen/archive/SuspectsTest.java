package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What gen entities --suspects lists, on hand-made records with invented names. */
class SuspectsTest {
    @Test
    void sameGivenNameOtherMiddlesAndOneLetterTyposAreSuspectsTwoGivenNamesAreNot() {
        List<ArchivedArticle> articles = new ArrayList<>();
        Actor amara = new Actor("amara-okafor", "Amara Okafor", Actor.PERSON, List.of(), List.of(), null, 10);
        for (int i = 0; i < 3; i++) {
            articles.add(article("a" + i, "X", "2024-01-0" + (i + 1), "A" + i).text("Amara Okafor spoke.").actors(amara,
                    org("Velin Water Board")).build());
        }
        articles.add(article("b", "X", "2024-02-01", "B").text("Amara Q. Okafor, Amara R. Okafor and Lena Okafor.").actors(
                new Actor("amara-q-okafor", "Amara Q. Okafor", Actor.PERSON, List.of(), List.of(), null, 1),
                new Actor("amara-r-okafor", "Amara R. Okafor", Actor.PERSON, List.of(), List.of(), null, 1),
                new Actor("lena-okafor", "Lena Okafor", Actor.PERSON, List.of(), List.of(), null, 1)).build());
        articles.add(article("c", "X", "2024-02-02", "C").text("The Velin Water Bord met.").actors(org("Velin Water Bord")).build());
        Archive archive = new ArchiveBuilder().build(articles);
        assertEquals(List.of(
                        "person/amara-q-okafor: {same-as: person/amara-okafor}   # same surname as Amara Okafor (3 articles)",
                        "person/amara-r-okafor: {same-as: person/amara-okafor}   # same surname as Amara Okafor (3 articles)",
                        "organization/velin-water-bord: {same-as: organization/velin-water-board}   # one letter from Velin Water Board (3 articles)"),
                Suspects.find(archive).stream().map(Suspects.Suspect::line).toList());
    }
}
