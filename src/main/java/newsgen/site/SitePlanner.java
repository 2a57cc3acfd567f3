package newsgen.site;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.Entity;
import newsgen.model.SpeakerQuotes;
import newsgen.model.CitedQuote;
import newsgen.model.Slug;
import newsgen.model.Story;
import newsgen.model.TimelineEntry;
import newsgen.site.PageModel.ArticlePage;
import newsgen.site.PageModel.EntityPage;
import newsgen.site.PageModel.ListPage;
import newsgen.site.PageModel.PlainPage;
import newsgen.site.PageModel.ContentsEntry;
import newsgen.site.PageModel.ContentsGroup;
import newsgen.site.PageModel.QuotesPage;
import newsgen.site.PageModel.Steps;
import newsgen.site.PageModel.TimelinePage;
import newsgen.site.PageModel.StoryPage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

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
        return plan(archive, SiteChanges.NONE);
    }

    /** The pages, those that {@code changes} says are the last build's marked so ({@link SiteChanges.Unchanged}). */
    List<Page> plan(Archive archive, SiteChanges changes) {
        Views views = new Views(archive);
        EntityViews entityViews = new EntityViews(views);
        StoryViews storyViews = new StoryViews(views);
        PageInputs inputs = sources == null ? null : new PageInputs(views, archive, sources, changes::itemsState);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("search.html", "search", new PlainPage("Search", "search")));
        pages.add(new Page("404.html", "404", new PlainPage("Page not found", "none")));
        paged(pages, "index.html", "index", "Articles", "articles", archive.articles(), views::articleCard,
                inputs == null ? null : inputs::card, changes::listUnchanged);
        for (ArchivedArticle a : archive.articles()) {
            pages.add(new Page(RelativeLinks.article(a.record().slug()), "article", () -> new ArticlePage(
                    a.record().title(), "articles", views.article(a),
                    baseUrl == null ? null : NewsArticleData.of(a, archive.linksOf(a.record().slug()), baseUrl, siteTitle, views::href)),
                    inputs == null ? null : () -> SiteChanges.Unchanged.when(changes.articleUnchanged(a), () -> inputs.article(a))));
        }
        addEntityPages(pages, entityViews, inputs, changes, "people", "People", archive.people());
        addEntityPages(pages, entityViews, inputs, changes, "organisations", "Organisations", archive.organizations());
        addEntityPages(pages, entityViews, inputs, changes, "places", "Places", archive.places());

        paged(pages, "stories/index.html", "stories", "Stories", "stories", archive.stories(), storyViews::card);
        for (Story s : archive.stories()) {
            pages.add(new Page(RelativeLinks.story(s.id()), "story", () -> new StoryPage(s.title(), "stories", storyViews.story(s))));
        }

        addQuotePages(pages, views, inputs, archive);
        addUnattributedPages(pages, views, inputs, archive);
        addTimelinePages(pages, views, inputs, archive);
        return pages;
    }

    /** A list's title, with the page number after the first page. */
    private static String titled(String title, int n) {
        return n == 1 ? title : title + " (page " + n + ")";
    }

    /** Speakers A to Z: by name without case or accents, then as written, then by entity id. */
    static final Comparator<SpeakerQuotes> A_TO_Z = Comparator.comparing((SpeakerQuotes s) -> Slug.fold(s.name()))
            .thenComparing(SpeakerQuotes::name).thenComparing(s -> s.speaker() == null ? "" : s.speaker().id());

    /**
     * Every attributed quote, speakers A to Z, each speaker's quotes together (newest article first). A short list is
     * one page; a longer one has a first page of contents (each speaker, by letter, with the page its quotes start
     * on) and pages cut where their quotes choose ({@link ContentPages}), each named after the speaker it starts
     * with ({@code quotes/lee-epstein.html}, {@code quotes/lee-epstein-2.html} where his quotes go on). Why not
     * most quoted first over numbered pages, as before: a quote added anywhere moved every later quote on, and all
     * ~1,900 pages of the 10,164-article archive were rendered again for a one-article edit. Totals are on the
     * first page only, for the same reason.
     */
    private static void addQuotePages(List<Page> pages, Views views, PageInputs inputs, Archive archive) {
        List<SpeakerQuotes> speakers = new ArrayList<>(archive.speakers());
        speakers.sort(A_TO_Z);
        List<Views.SpokenQuote> all = new ArrayList<>();
        for (SpeakerQuotes s : speakers) {
            for (int i = 0; i < s.quotes().size(); i++) {
                all.add(new Views.SpokenQuote(s, s.quotes().get(i), i == 0));
            }
        }
        int speakerCount = speakers.size();
        int unattributed = archive.unattributed().size();
        String first = "quotes/index.html";
        List<List<Views.SpokenQuote>> chunks = ContentPages.cut(all, q -> quoteIdentity(q.quote()));
        if (chunks.size() == 1) {
            List<Views.SpokenQuote> chunk = chunks.get(0);
            pages.add(new Page(first, "quotes", () -> new QuotesPage("Quotes", "quotes", false, views.speakers(chunk),
                    List.of(), speakerCount, all.size(), unattributed, List.of(), null),
                    inputs == null ? null : () -> inputs.quotesPage(chunk, "Quotes", speakerCount, all.size(), unattributed, null)));
            return;
        }
        List<String> bases = new ArrayList<>(chunks.size());
        chunks.forEach(c -> bases.add(Slug.of(c.get(0).speaker().name())));
        List<String> paths = ContentPages.names(bases, "speaker", java.util.Set.of("index", "unattributed")).stream()
                .map(n -> "quotes/" + n + ".html").toList();
        // The contents: each speaker, under its letter, with the page its first quote is on.
        Map<String, List<ContentsEntry>> byLetter = new LinkedHashMap<>();
        for (int n = 0; n < chunks.size(); n++) {
            for (Views.SpokenQuote q : chunks.get(n)) {
                if (q.first()) {
                    byLetter.computeIfAbsent(letter(q.speaker().name()), k -> new ArrayList<>())
                            .add(new ContentsEntry(q.speaker().name(), paths.get(n), q.speaker().quotes().size()));
                }
            }
        }
        List<ContentsGroup> contents = new ArrayList<>();
        byLetter.forEach((letter, entries) -> contents.add(new ContentsGroup(letter,
                "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT)), List.copyOf(entries))));
        pages.add(new Page(first, "quotes", () -> new QuotesPage("Quotes", "quotes", false, List.of(), List.of(),
                speakerCount, all.size(), unattributed, contents, null)));
        for (int n = 0; n < chunks.size(); n++) {
            List<Views.SpokenQuote> chunk = chunks.get(n);
            String title = quotesTitle(chunk);
            Steps steps = steps(first, paths, n);
            pages.add(new Page(paths.get(n), "quotes", () -> new QuotesPage(title, "quotes", false, views.speakers(chunk),
                    List.of(), 0, 0, 0, List.of(), steps),
                    inputs == null ? null : () -> inputs.quotesPage(chunk, title, 0, 0, 0, steps)));
        }
    }

    /** A quote's identity for {@link ContentPages}: its article and its words, never its place in the list. */
    private static long quoteIdentity(CitedQuote c) {
        return ContentPages.identity(c.article().slug(), c.quote().text());
    }

    /** The letter a speaker is listed under: A to Z without accents, "#" for any other first character. */
    static String letter(String name) {
        String folded = Slug.fold(name);
        char c = folded.isEmpty() ? '#' : folded.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 'a' + 'A')) : "#";
    }

    /** "Quotes: Lee Epstein to Leon Panetta", or "Quotes: Lee Epstein (continued)" for a page within his quotes. */
    private static String quotesTitle(List<Views.SpokenQuote> chunk) {
        String from = chunk.get(0).speaker().name();
        String to = chunk.get(chunk.size() - 1).speaker().name();
        String title = "Quotes: " + from + (chunk.get(0).first() ? "" : " (continued)");
        return chunk.get(0).speaker() == chunk.get(chunk.size() - 1).speaker() ? title : title + " to " + to;
    }

    private static Steps steps(String contents, List<String> paths, int n) {
        return new Steps(contents, n > 0 ? paths.get(n - 1) : null, n + 1 < paths.size() ? paths.get(n + 1) : null);
    }

    /**
     * How a list of dated items is laid out by {@link #addDatedList}: its first page, the folder of its other pages
     * and the names they may not take, its template, and how its pages' models and inputs are made.
     */
    private record DatedList<T>(String first, String folder, Set<String> reserved, String template, String heading,
                                ToLongFunction<T> identity, Function<T, String> date, Function<T, String> label,
                                ModelOf<T> model, InputsOf<T> inputs) {
    }

    /** A page's model from its title, its items (none on a page of contents), its total (0 but on a first page) and the rest. */
    private interface ModelOf<T> {
        PageModel make(String title, List<T> items, int total, List<ContentsGroup> contents, Steps steps);
    }

    /** A page's inputs for the page ledger, or null when it has none. */
    private interface InputsOf<T> {
        Object make(List<T> items, String title, int total, Steps steps);
    }

    /**
     * The quotes without a named speaker, newest article first, named after their first article's date
     * ({@code quotes/unattributed/2016-09-08.html}).
     */
    private static void addUnattributedPages(List<Page> pages, Views views, PageInputs inputs, Archive archive) {
        if (archive.unattributed().isEmpty()) {
            return;
        }
        addDatedList(pages, archive.unattributed(), new DatedList<CitedQuote>("quotes/unattributed.html",
                "quotes/unattributed/", Set.of(), "quotes", "Quotes without a named speaker", SitePlanner::quoteIdentity,
                c -> c.article().date(), c -> Views.dateLabel(c.article().date()),
                (title, items, total, contents, steps) -> new QuotesPage(title, "quotes", true, List.of(),
                        items.stream().map(views::citedQuote).toList(), 0, total, total, contents, steps),
                inputs == null ? null : inputs::unattributedPage));
    }

    /**
     * Every dated sentence, oldest first, named after their first date ({@code timeline/2016-09-08.html}), so an
     * article's new date changes its page, not every later one.
     */
    private static void addTimelinePages(List<Page> pages, Views views, PageInputs inputs, Archive archive) {
        addDatedList(pages, archive.timeline(), new DatedList<TimelineEntry>("timeline/index.html", "timeline/",
                Set.of("index"), "timeline", "Timeline",
                t -> ContentPages.identity(t.article().slug(), t.value(), t.text(), t.sentence()),
                TimelineEntry::value, t -> Views.valueLabel(t.value()),
                (title, items, total, contents, steps) -> new TimelinePage(title, "timeline",
                        items.stream().map(views::timelineEntry).toList(), total, contents, steps),
                inputs == null ? null : inputs::timelinePage));
    }

    /**
     * A list of dated items: one page when short, else a first page of contents (each page with its dates and size, by
     * year) and pages cut where their items choose ({@link ContentPages}), named after their first item's date.
     */
    private static <T> void addDatedList(List<Page> pages, List<T> all, DatedList<T> list) {
        String first = list.first();
        List<List<T>> chunks = ContentPages.cut(all, list.identity());
        if (chunks.size() == 1) {
            pages.add(new Page(first, list.template(), () -> list.model().make(list.heading(), all, all.size(), List.of(), null),
                    list.inputs() == null ? null : () -> list.inputs().make(all, list.heading(), all.size(), null)));
            return;
        }
        List<String> bases = new ArrayList<>(chunks.size());
        chunks.forEach(c -> bases.add(Slug.of(list.date().apply(c.get(0)))));
        List<String> paths = ContentPages.names(bases, "undated", list.reserved()).stream()
                .map(n -> list.folder() + n + ".html").toList();
        List<String> labels = new ArrayList<>(chunks.size());
        List<String> years = new ArrayList<>(chunks.size());
        for (List<T> c : chunks) {
            labels.add(range(list.label().apply(c.get(0)), list.label().apply(c.get(c.size() - 1))));
            years.add(year(list.date().apply(c.get(0))));
        }
        numberRepeats(labels);
        pages.add(new Page(first, list.template(), () -> list.model().make(list.heading(), List.of(), all.size(),
                contents(chunks, paths, labels, years), null)));
        for (int n = 0; n < chunks.size(); n++) {
            List<T> chunk = chunks.get(n);
            String title = list.heading() + ": " + labels.get(n);
            Steps steps = steps(first, paths, n);
            pages.add(new Page(paths.get(n), list.template(), () -> list.model().make(title, chunk, 0, List.of(), steps),
                    list.inputs() == null ? null : () -> list.inputs().make(chunk, title, 0, steps)));
        }
    }

    /** "3 May 2016 to 9 May 2016", or one label when both ends are the same; "undated" for none. */
    private static String range(String from, String to) {
        String a = from == null ? "undated" : from;
        String b = to == null ? "undated" : to;
        return a.equals(b) ? a : a + " to " + b;
    }

    /**
     * Numbers the pages of a run that would carry the same label ("1964 (part 1)", "1964 (part 2)"): dates known only
     * to the year, or many quotes of one day, fill several pages, and the contents showed "1964" three times over.
     */
    static void numberRepeats(List<String> labels) {
        int from = 0;
        for (int i = 1; i <= labels.size(); i++) {
            if (i == labels.size() || !labels.get(i).equals(labels.get(from))) {
                if (i - from > 1) {
                    for (int k = from; k < i; k++) {
                        labels.set(k, labels.get(k) + " (part " + (k - from + 1) + ")");
                    }
                }
                from = i;
            }
        }
    }

    /** The year a date value starts with, or "Undated". */
    private static String year(String value) {
        return value != null && value.length() >= 4 && value.chars().limit(4).allMatch(Character::isDigit)
                ? value.substring(0, 4) : "Undated";
    }

    /** A list's contents: each page with its label and size, under the year of its first item. */
    private static List<ContentsGroup> contents(List<? extends List<?>> chunks, List<String> paths, List<String> labels,
                                                List<String> years) {
        Map<String, List<ContentsEntry>> byYear = new LinkedHashMap<>();
        for (int n = 0; n < chunks.size(); n++) {
            byYear.computeIfAbsent(years.get(n), k -> new ArrayList<>())
                    .add(new ContentsEntry(labels.get(n), paths.get(n), chunks.get(n).size()));
        }
        List<ContentsGroup> out = new ArrayList<>();
        byYear.forEach((year, entries) -> out.add(new ContentsGroup(year, "year-" + year.toLowerCase(Locale.ROOT), List.copyOf(entries))));
        return out;
    }

    private static void addEntityPages(List<Page> pages, EntityViews views, PageInputs inputs, SiteChanges changes,
                                       String section, String heading, List<Entity> entities) {
        paged(pages, section + "/index.html", "entities", heading, section, entities, EntityViews::card);
        for (Entity e : entities) {
            String first = RelativeLinks.entity(e.kind(), e.id());
            int count = EntityViews.pages(e);
            for (int n = 1; n <= count; n++) {
                int number = n;
                pages.add(new Page(Pagination.path(first, n), "entity", () -> new EntityPage(
                        titled(e.name(), number), section, views.page(e, number), Pagination.pager(first, number, count)),
                        inputs == null ? null
                                : () -> SiteChanges.Unchanged.when(changes.entityUnchanged(e), () -> inputs.entity(e, number))));
            }
        }
    }

    private static <T, V> void paged(List<Page> pages, String first, String template, String title, String section,
                                     List<T> items, Function<T, V> view) {
        paged(pages, first, template, title, section, items, view, null, null);
    }

    /**
     * A list over as many pages as it needs, {@link Pagination#PAGE_SIZE} items each.
     *
     * @param input what determines an item's view ({@link PageInputs}; null for an item that cannot say), or null
     */
    private static <T, V> void paged(List<Page> pages, String first, String template, String title, String section,
                                     List<T> items, Function<T, V> view, Function<T, Object> input,
                                     java.util.function.Predicate<List<T>> unchanged) {
        List<List<T>> chunks = Pagination.chunks(items, Pagination.PAGE_SIZE);
        for (int n = 1; n <= chunks.size(); n++) {
            int number = n;
            pages.add(new Page(Pagination.path(first, n), template, () -> new ListPage<>(
                    titled(title, number), section, chunks.get(number - 1).stream().map(view).toList(), items.size(),
                    (number - 1) * Pagination.PAGE_SIZE, Pagination.pager(first, number, chunks.size())),
                    input == null ? null : () -> SiteChanges.Unchanged.when(unchanged != null && unchanged.test(chunks.get(number - 1)),
                            () -> listInputs(chunks.get(number - 1), input, items.size(), number, chunks.size()))));
        }
    }

    /** A list page's inputs: every item's, with the list's length and the page's place in it; null if an item has none. */
    private static <T> Object listInputs(List<T> chunk, Function<T, Object> input, int total, int number, int pages) {
        return itemInputs(chunk, input, "list", total, number, pages);
    }

    /** A page's inputs: what the page is (its head), then each item's; null if an item has none. */
    private static <T> Object itemInputs(List<T> chunk, Function<T, Object> input, Object... head) {
        List<Object> out = new ArrayList<>(chunk.size() + head.length);
        out.addAll(Arrays.asList(head));
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
