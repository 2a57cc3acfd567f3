package newsgen.site;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Entity;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Decides which pages the site holds and what each shows; templates decide only how they look. */
public final class SitePlanner {
    private final BaseUrl baseUrl;
    private final String siteTitle;

    public SitePlanner() {
        this(null, "");
    }

    /** @param baseUrl where the site is published, or null: articles then carry no JSON-LD */
    public SitePlanner(BaseUrl baseUrl, String siteTitle) {
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
    }

    public List<Page> plan(Archive archive) {
        Views views = new Views(archive);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("search.html", "search", Map.of("title", "Search", "section", "search")));
        pages.add(new Page("404.html", "404", Map.of("title", "Page not found", "section", "none")));
        paged(pages, "index.html", "index", "Articles", "articles", "articles", archive.articles(), views::articleSummary, Map.of());
        for (ArchivedArticle a : archive.articles()) {
            pages.add(new Page(RelativeLinks.article(a.record().slug()), "article", () -> {
                Map<String, Object> model = new HashMap<>();
                model.put("title", a.record().title());
                model.put("section", "articles");
                model.put("article", views.article(a));
                model.put("jsonLd", baseUrl == null ? Map.of()
                        : NewsArticleData.of(a, archive.linksOf(a.record().slug()), baseUrl, siteTitle, views::href));
                return model;
            }));
        }
        addEntityPages(pages, views, "people", "People", archive.people());
        addEntityPages(pages, views, "organisations", "Organisations", archive.organizations());
        addEntityPages(pages, views, "places", "Places", archive.places());

        paged(pages, "stories/index.html", "stories", "Stories", "stories", "stories", archive.stories(), views::storySummary, Map.of());
        for (Story s : archive.stories()) {
            pages.add(new Page(RelativeLinks.story(s.id()), "story", () -> Map.of(
                    "title", s.title(),
                    "section", "stories",
                    "story", views.story(s))));
        }

        addQuotePages(pages, views, archive);
        if (!archive.unattributed().isEmpty()) {
            paged(pages, "quotes/unattributed.html", "quotes", "Quotes without a named speaker", "quotes", "quotes",
                    archive.unattributed(), views::citedQuoteView,
                    Map.of("unattributedCount", archive.unattributed().size(), "unattributed", true, "speakers", List.of()));
        }
        paged(pages, "timeline/index.html", "timeline", "Timeline", "timeline", "entries", archive.timeline(), views::timelineEntry, Map.of());
        return pages;
    }

    /** Every attributed quote, most quoted speaker first, over pages of fifty quotes, grouped by speaker on each page. */
    private static void addQuotePages(List<Page> pages, Views views, Archive archive) {
        List<Views.SpokenQuote> all = new ArrayList<>();
        int speakers = 0;
        for (SpeakerQuotes s : archive.speakers()) {
            speakers++;
            for (int i = 0; i < s.quotes().size(); i++) {
                all.add(new Views.SpokenQuote(s, s.quotes().get(i), i == 0));
            }
        }
        List<List<Views.SpokenQuote>> chunks = Pagination.chunks(all, Pagination.PAGE_SIZE);
        String first = "quotes/index.html";
        for (int n = 1; n <= chunks.size(); n++) {
            Map<String, Object> model = new HashMap<>();
            model.put("title", n == 1 ? "Quotes" : "Quotes (page " + n + ")");
            model.put("section", "quotes");
            model.put("speakers", views.speakers(chunks.get(n - 1)));
            model.put("speakerCount", speakers);
            model.put("total", all.size());
            model.put("unattributed", false);
            model.put("unattributedCount", archive.unattributed().size());
            model.put("pager", Pagination.pager(first, n, chunks.size()));
            pages.add(new Page(Pagination.path(first, n), "quotes", model));
        }
    }

    private static void addEntityPages(List<Page> pages, Views views, String section, String heading, List<Entity> entities) {
        paged(pages, section + "/index.html", "entities", heading, section, "entities", entities, views::entityLink, Map.of());
        for (Entity e : entities) {
            String first = RelativeLinks.entity(e.kind(), e.id());
            int count = Views.entityPages(e);
            for (int n = 1; n <= count; n++) {
                int number = n;
                pages.add(new Page(Pagination.path(first, n), "entity", () -> Map.of(
                        "title", number == 1 ? e.name() : e.name() + " (page " + number + ")",
                        "section", section,
                        "entity", views.entityPage(e, number),
                        "pager", Pagination.pager(first, number, count))));
            }
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
            int number = n;
            pages.add(new Page(Pagination.path(first, n), template, () -> {
                Map<String, Object> model = new HashMap<>(extra);
                model.put("title", number == 1 ? title : title + " (page " + number + ")");
                model.put("section", section);
                model.put(key, chunks.get(number - 1).stream().map(view).toList());
                model.put("total", items.size());
                model.put("offset", (number - 1) * Pagination.PAGE_SIZE);
                model.put("pager", Pagination.pager(first, number, chunks.size()));
                return model;
            }));
        }
    }
}
