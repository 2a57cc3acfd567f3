package newsgen.archive;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Story;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A story is one event: the archive's most frequent names alone never make one. */
class StoryEventTest {
    private static final String[] SUBJECTS = {"harbour strike closes the northern docks", "museum reopens its painting galleries",
            "drought ruins the barley harvest", "football final draws record crowds", "bridge repairs delay morning trains",
            "hospital opens a children's ward", "court fines the river polluters", "school meals get more vegetables"};

    /** Articles on unrelated subjects, all naming the same two campaigners, a day apart. */
    private static List<ArchivedArticle> unrelated(int count) {
        List<ArchivedArticle> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS[i % SUBJECTS.length] + " " + i;
            out.add(article("u" + i, "Outlet " + (i % 3), "2024-03-" + String.format("%02d", 1 + i % 5), "Campaign notes: " + subject)
                    .text("Amara Okafor and Lena Verhoeven commented as the " + subject + ".", "More on the " + subject + ".")
                    .actors(person("Amara Okafor"), person("Lena Verhoeven"), org("Local Body " + i)).build());
        }
        return out;
    }

    @Test
    void twoFrequentNamesAloneMakeNoStory() {
        Archive archive = new ArchiveBuilder().build(unrelated(40));
        assertEquals(List.of(), archive.stories().stream().map(Story::id).toList());
    }

    @Test
    void reportsSharingASpecificEntityAndWordsStillMakeAStory() {
        List<ArchivedArticle> articles = new ArrayList<>(unrelated(40));
        for (int i = 0; i < 3; i++) {
            articles.add(article("flood" + i, "Paper " + i, "2024-03-0" + (2 + i), "Flood barrier fails at Velin weir")
                    .text("The Velin weir flood barrier failed overnight, Amara Okafor said.", "Engineers from the Velin Water Board inspected the flood barrier.")
                    .actors(person("Amara Okafor"), org("Velin Water Board")).build());
        }
        Archive archive = new ArchiveBuilder().build(articles);
        assertEquals(1, archive.stories().size());
        assertEquals(3, archive.stories().get(0).articles().size());
        assertTrue(archive.stories().get(0).articles().stream().allMatch(a -> a.slug().startsWith("flood")));
    }
}
