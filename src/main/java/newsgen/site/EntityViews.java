package newsgen.site;

import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the pages of people, organisations and places show: their lists, and each one's pages. */
final class EntityViews {
    /** Roles an entity page lists: the most frequent few. */
    static final int TOP_ROLES = 3;
    /** Spellings an entity page lists: the most used. */
    static final int TOP_ALIASES = 8;
    /** A name in lower case ending in a generational suffix, and the name before it. */
    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("(.+?),? (?:jr|sr|ii|iii|iv)\\.?");
    /** Quotes and articles an entity page shows; a bigger entity's page continues on numbered pages. */
    static final int ENTITY_PAGE = 50;
    /** More quotes than this and an entity's quotes are grouped by year. */
    private static final int BY_YEAR = 10;

    private final Views views;

    EntityViews(Views views) {
        this.views = views;
    }

    static EntityCard card(Entity e) {
        return new EntityCard(e.name(), RelativeLinks.entity(e.kind(), e.id()),
                e.placeType() != null ? e.placeType() : e.roles().isEmpty() ? null : e.roles().get(0),
                e.mentions(), e.articles().size(), e.quotes().size());
    }

    /** How many pages an entity's page takes. */
    static int pages(Entity e) {
        return Math.max(1, Math.max(chunks(e.quotes().size()), chunks(e.articles().size())));
    }

    private static int chunks(int n) {
        return (n + ENTITY_PAGE - 1) / ENTITY_PAGE;
    }

    /** Page n (from 1) of an entity: its facts on the first, then its n-th slice of quotes, grouped by year, and of articles. */
    EntityView page(Entity e, int n) {
        int from = (n - 1) * ENTITY_PAGE;
        List<CitedQuote> quotes = e.quotes().subList(Math.min(from, e.quotes().size()), Math.min(from + ENTITY_PAGE, e.quotes().size()));
        List<ArticleRef> articles = e.articles().subList(Math.min(from, e.articles().size()), Math.min(from + ENTITY_PAGE, e.articles().size()));
        List<QuoteView> quoteViews = quotes.stream().map(views::citedQuote).toList();
        return new EntityView(e.name(), e.description(), e.link(), e.undecided().stream().map(views::link).toList(),
                e.mentions(), e.articles().size(), e.quotes().size(), n,
                quotes.isEmpty() ? 0 : from + 1, from + quotes.size(), articles.isEmpty() ? 0 : from + 1, from + articles.size(),
                quoteViews, e.quotes().size() > BY_YEAR ? byYear(quotes, quoteViews) : List.of(),
                articles.stream().map(views::articleLink).toList(), n == 1 ? facts(e) : null);
    }

    /** Quotes by year, newest first as the entity lists them. */
    private static List<EntityView.QuoteYear> byYear(List<CitedQuote> quotes, List<QuoteView> views) {
        Map<String, List<QuoteView>> byYear = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            String date = quotes.get(i).article().date();
            String year = date == null || date.length() < 4 ? "Undated" : date.substring(0, 4);
            byYear.computeIfAbsent(year, k -> new ArrayList<>()).add(views.get(i));
        }
        List<EntityView.QuoteYear> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new EntityView.QuoteYear(year, List.copyOf(list))));
        return years;
    }

    private EntityFacts facts(Entity e) {
        List<EntityFacts.Companion> people = new ArrayList<>();
        List<EntityFacts.Companion> organisations = new ArrayList<>();
        for (Companion c : e.companions()) {
            EntityFacts.Companion x = new EntityFacts.Companion(c.entity().name(), views.href(c.entity()), c.articles());
            (Entity.PERSON.equals(c.entity().kind()) ? people : organisations).add(x);
        }
        List<MentionChart.Bar> bars = MentionChart.bars(e.articles());
        List<String> dates = e.articles().stream().map(ArticleRef::date).filter(d -> d != null).sorted().toList();
        List<String> aliases = shownAliases(e.name(), e.aliases());
        return new EntityFacts(aliases.stream().limit(TOP_ALIASES).toList(), Math.max(0, aliases.size() - TOP_ALIASES),
                e.roles().stream().limit(TOP_ROLES).toList(), Math.max(0, e.roles().size() - TOP_ROLES),
                e.affiliations(), e.placeType(), e.country(),
                dates.isEmpty() ? null : Views.dateLabel(dates.get(0)), dates.isEmpty() ? null : Views.dateLabel(dates.get(dates.size() - 1)),
                people, organisations,
                bars.size() < 2 ? null : MentionChart.svg(bars, "chart-" + e.id()), bars.isEmpty() ? null : MentionChart.period(bars),
                bars.stream().filter(b -> b.count() > 0).toList(),
                e.stories().stream().map(StoryLink::of).toList());
    }

    /**
     * The spellings a page lists under "Also written": one per spelling that differs in more than its letters' case
     * ("LENNY" from a chant or a transcript's speaker label is "Lenny" set in capitals, "HALVORSEN" is "Halvorsen"), in
     * the archive's order, and not the name itself. Rule "father's name": not a suffixed name without its suffix
     * ("Jane Roe" on the page of "Jane Roe Jr."): the extraction keys the son by it to find him again, but shown as his
     * spelling it reads as the name of his father.
     */
    static List<String> shownAliases(String name, List<String> aliases) {
        java.util.Map<String, String> byLetters = new java.util.LinkedHashMap<>();
        String nameKey = name.toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher suffixed = GENERATION.matcher(nameKey);
        String fatherKey = suffixed.matches() ? suffixed.group(1) : null;
        for (String a : aliases) {
            String key = a.toLowerCase(java.util.Locale.ROOT);
            String kept = byLetters.get(key);
            // of two spellings of the same letters, the one not set all in capitals
            if (!key.equals(nameKey) && !key.equals(fatherKey)
                    && (kept == null || kept.equals(kept.toUpperCase(java.util.Locale.ROOT)))) {
                byLetters.put(key, a);
            }
        }
        return List.copyOf(byLetters.values());
    }
}
