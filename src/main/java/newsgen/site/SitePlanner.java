package newsgen.site;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Entity;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;
import newsgen.site.PageModel.ArticlePage;
import newsgen.site.PageModel.EntityPage;
import newsgen.site.PageModel.ListPage;
import newsgen.site.PageModel.PlainPage;
import newsgen.site.PageModel.QuotesPage;
import newsgen.site.PageModel.StoryPage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Decides which pages the site holds and what each shows; templates decide only how they look. A page's model is
 * made only when the page is rendered, so a large archive never holds every page's model at once.
 */
public final class SitePlanner {
    private final BaseUrl baseUrl;
    private final String siteTitle;
    private final Function<ArchivedArticle, String> sources;

    public SitePlanner() {
        this(null, "");
    }

    /** @param baseUrl where the site is published, or null: articles then carry no JSON-LD */
    public SitePlanner(BaseUrl baseUrl, String siteTitle) {
        this(baseUrl, siteTitle, null);
    }

    /**
     * @param sources each article's cache key (null for one without), or null: pages then come without
     *                {@link PageInputs}, and the ledger tells an unchanged page only by its model
     */
    public SitePlanner(BaseUrl baseUrl, String siteTitle, Function<ArchivedArticle, String> sources) {
        this.baseUrl = baseUrl;
        this.siteTitle = siteTitle;
        this.sources = sources;
    }

    public List<Page> plan(Archive archive) {
        Views views = new Views(archive);
        EntityViews entityViews = new EntityViews(views);
        StoryViews storyViews = new StoryViews(views);
        PageInputs inputs = sources == null ? null : new PageInputs(views, archive, sources);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("search.html", "search", new PlainPage("Search", "search")));
        pages.add(new Page("404.html", "404", new PlainPage("Page not found", "none")));
        paged(pages, "index.html", "index", "Articles", "articles", archive.articles(), views::articleCard,
                inputs == null ? null : inputs::card);
        for (ArchivedArticle a : archive.articles()) {
            pages.add(new Page(RelativeLinks.article(a.record().slug()), "article", () -> new ArticlePage(
                    a.record().title(), "articles", views.article(a),
                    baseUrl == null ? null : NewsArticleData.of(a, archive.linksOf(a.record().slug()), baseUrl, siteTitle, views::href)),
                    inputs == null ? null : () -> inputs.article(a)));
        }
        addEntityPages(pages, entityViews, inputs, "people", "People", archive.people());
        addEntityPages(pages, entityViews, inputs, "organisations", "Organisations", archive.organizations());
        addEntityPages(pages, entityViews, inputs, "places", "Places", archive.places());

        paged(pages, "stories/index.html", "stories", "Stories", "stories", archive.stories(), storyViews::card);
        for (Story s : archive.stories()) {
            pages.add(new Page(RelativeLinks.story(s.id()), "story", () -> new StoryPage(s.title(), "stories", storyViews.story(s))));
        }

        addQuotePages(pages, views, inputs, archive);
        if (!archive.unattributed().isEmpty()) {
            String first = "quotes/unattributed.html";
            var chunks = Pagination.chunks(archive.unattributed(), Pagination.PAGE_SIZE);
            for (int n = 1; n <= chunks.size(); n++) {
                int number = n;
                pages.add(new Page(Pagination.path(first, n), "quotes", () -> new QuotesPage(
                        titled("Quotes without a named speaker", number), "quotes", true, List.of(),
                        chunks.get(number - 1).stream().map(views::citedQuote).toList(), 0, archive.unattributed().size(), archive.unattributed().size(), Pagination.pager(first, number, chunks.size())),
                        inputs == null ? null : () -> inputs.unattributedPage(chunks.get(number - 1), archive.unattributed().size(), number, chunks.size())));
            }
        }
        paged(pages, "timeline/index.html", "timeline", "Timeline", "timeline", archive.timeline(), views::timelineEntry,
                inputs == null ? null : inputs::timelineEntry);
        return pages;
    }

    /** A list's title, with the page number after the first page. */
    private static String titled(String title, int n) {
        return n == 1 ? title : title + " (page " + n + ")";
    }

    /** Every attributed quote, most quoted speaker first, over pages of fifty quotes, grouped by speaker on each page. */
    private static void addQuotePages(List<Page> pages, Views views, PageInputs inputs, Archive archive) {
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
        int speakerCount = speakers;
        for (int n = 1; n <= chunks.size(); n++) {
            int number = n;
            pages.add(new Page(Pagination.path(first, n), "quotes", () -> new QuotesPage(
                    titled("Quotes", number), "quotes", false, views.speakers(chunks.get(number - 1)), List.of(),
                    speakerCount, all.size(), archive.unattributed().size(), Pagination.pager(first, number, chunks.size())),
                    inputs == null ? null : () -> inputs.quotesPage(chunks.get(number - 1), speakerCount, all.size(),
                            archive.unattributed().size(), number, chunks.size())));
        }
    }

    private static void addEntityPages(List<Page> pages, EntityViews views, PageInputs inputs, String section, String heading,
                                       List<Entity> entities) {
        paged(pages, section + "/index.html", "entities", heading, section, entities, EntityViews::card);
        for (Entity e : entities) {
            String first = RelativeLinks.entity(e.kind(), e.id());
            int count = EntityViews.pages(e);
            for (int n = 1; n <= count; n++) {
                int number = n;
                pages.add(new Page(Pagination.path(first, n), "entity", () -> new EntityPage(
                        titled(e.name(), number), section, views.page(e, number), Pagination.pager(first, number, count)),
                        inputs == null ? null : () -> inputs.entity(e, number)));
            }
        }
    }

    private static <T, V> void paged(List<Page> pages, String first, String template, String title, String section,
                                     List<T> items, Function<T, V> view) {
        paged(pages, first, template, title, section, items, view, null);
    }

    /**
     * A list over as many pages as it needs, {@link Pagination#PAGE_SIZE} items each.
     *
     * @param input what determines an item's view ({@link PageInputs}; null for an item that cannot say), or null
     */
    private static <T, V> void paged(List<Page> pages, String first, String template, String title, String section,
                                     List<T> items, Function<T, V> view, Function<T, Object> input) {
        List<List<T>> chunks = Pagination.chunks(items, Pagination.PAGE_SIZE);
        for (int n = 1; n <= chunks.size(); n++) {
            int number = n;
            pages.add(new Page(Pagination.path(first, n), template, () -> new ListPage<>(
                    titled(title, number), section, chunks.get(number - 1).stream().map(view).toList(), items.size(),
                    (number - 1) * Pagination.PAGE_SIZE, Pagination.pager(first, number, chunks.size())),
                    input == null ? null : () -> listInputs(chunks.get(number - 1), input, items.size(), number, chunks.size())));
        }
    }

    /** A list page's inputs: every item's, with the list's length and the page's place in it; null if an item has none. */
    private static <T> Object listInputs(List<T> chunk, Function<T, Object> input, int total, int number, int pages) {
        List<Object> out = new ArrayList<>(chunk.size() + 4);
        out.add("list");
        out.add(total);
        out.add(number);
        out.add(pages);
        for (T item : chunk) {
            Object in = input.apply(item);
            if (in == null) {
                return null;
            }
            out.add(in);
        }
        return out;
    }
}
