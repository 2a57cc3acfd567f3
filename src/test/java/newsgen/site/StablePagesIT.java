package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.GeneratedArticles;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quotes list, the quotes without a named speaker and the timeline change only around an edit: an article taken
 * out of a generated archive changes the pages its own quotes and dates were on (and the speakers' other pages, whose
 * headings give the speaker's count), not every page after the first it touches, as numbered pages did.
 */
class StablePagesIT {
    private static Map<String, Object> models(Archive archive, String prefix) {
        Map<String, Object> out = new HashMap<>();
        for (Page p : new SitePlanner().plan(archive)) {
            if (p.path().startsWith(prefix)) {
                out.put(p.path(), p.content().get());
            }
        }
        return out;
    }

    @Test
    void anArticleTakenOutChangesFewPagesOfTheLongLists() {
        List<ArchivedArticle> articles = GeneratedArticles.generate(600, 11);
        Archive before = new ArchiveBuilder().build(articles);
        List<ArchivedArticle> fewer = new ArrayList<>(articles);
        fewer.remove(300);
        Archive after = new ArchiveBuilder().build(fewer);
        for (String list : List.of("quotes/", "timeline/")) {
            Map<String, Object> one = models(before, list);
            Map<String, Object> two = models(after, list);
            long changed = two.entrySet().stream().filter(e -> !e.getValue().equals(one.get(e.getKey()))).count();
            assertTrue(one.size() > 8, list + ": " + one.size() + " pages");
            assertTrue(changed * 4 < two.size(), list + ": " + changed + " of " + two.size() + " pages changed");
        }
    }
}
