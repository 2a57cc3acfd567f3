package newsgen.site;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Entity;
import newsgen.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Decides which pages the site holds and what each shows; templates decide only how they look. */
public final class SitePlanner {
    /** Quotes a speaker shows on the quotes page; the rest are on the speaker's own page. */
    static final int QUOTES_PER_SPEAKER = 5;

    public List<Page> plan(Archive archive) {
        Views views = new Views(archive);
        List<Page> pages = new ArrayList<>();
        paged(pages, "index.html", "index", "Articles", "articles", "articles", archive.articles(), views::articleSummary, Map.of());
        for (ArchivedArticle a : archive.articles()) {
            pages.add(new Page(RelativeLinks.article(a.record().slug()), "article", Map.of(
                    "title", a.record().title(),
                    "section", "articles",
                    "article", views.article(a))));
        }
        addEntityPages(pages, views, "people", "People", archive.people());
        addEntityPages(pages, views, "organisations", "Organisations", archive.organizations());
        addEntityPages(pages, views, "places", "Places", archive.places());

        paged(pages, "stories/index.html", "stories", "Stories", "stories", "stories", archive.stories(), views::storySummary, Map.of());
        for (Story s : archive.stories()) {
            pages.add(new Page(RelativeLinks.story(s.id()), "story", Map.of(
                    "title", s.title(),
                    "section", "stories",
                    "story", views.story(s))));
        }

        paged(pages, "quotes/index.html", "quotes", "Quotes", "quotes", "speakers", archive.speakers(),
                s -> views.speaker(s, QUOTES_PER_SPEAKER),
                Map.of("unattributedCount", archive.unattributed().size(), "unattributed", false));
        if (!archive.unattributed().isEmpty()) {
            paged(pages, "quotes/unattributed.html", "quotes", "Quotes without a named speaker", "quotes", "quotes",
                    archive.unattributed(), views::citedQuoteView,
                    Map.of("unattributedCount", archive.unattributed().size(), "unattributed", true, "speakers", List.of()));
        }
        paged(pages, "timeline/index.html", "timeline", "Timeline", "timeline", "entries", archive.timeline(), views::timelineEntry, Map.of());
        return pages;
    }

    private static void addEntityPages(List<Page> pages, Views views, String section, String heading, List<Entity> entities) {
        paged(pages, section + "/index.html", "entities", heading, section, "entities", entities, views::entityLink, Map.of());
        for (Entity e : entities) {
            pages.add(new Page(RelativeLinks.entity(e.kind(), e.id()), "entity", Map.of(
                    "title", e.name(),
                    "section", section,
                    "entity", views.entity(e))));
        }
    }

    /**
     * A list over as many pages as it needs, {@link Pagination#PAGE_SIZE} items each; the template gets the page's
     * items under {@code key}, the whole list's size as {@code total}, where the page starts as {@code offset},
     * and a {@code pager} (empty when one page holds everything).
     */
    private static <T> void paged(List<Page> pages, String first, String template, String title, String section, String key,
                                  List<T> items, Function<T, Map<String, Object>> view, Map<String, Object> extra) {
        List<List<T>> chunks = Pagination.chunks(items, Pagination.PAGE_SIZE);
        for (int n = 1; n <= chunks.size(); n++) {
            Map<String, Object> model = new HashMap<>(extra);
            model.put("title", n == 1 ? title : title + " (page " + n + ")");
            model.put("section", section);
            model.put(key, chunks.get(n - 1).stream().map(view).toList());
            model.put("total", items.size());
            model.put("offset", (n - 1) * Pagination.PAGE_SIZE);
            model.put("pager", Pagination.pager(first, n, chunks.size()));
            pages.add(new Page(Pagination.path(first, n), template, model));
        }
    }
}
