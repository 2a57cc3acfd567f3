package newsgen.site;

import newsgen.model.NameFinder;
import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.DateMention;
import newsgen.model.DiffSegment;
import newsgen.model.Entity;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.OutletReport;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Place;
import newsgen.model.Quote;
import newsgen.model.QuotePair;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;
import newsgen.model.StoryRef;
import newsgen.model.TimelineEntry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns archive data into what templates show: plain maps of display strings and site-relative hrefs,
 * so templates hold no logic beyond loops and conditions.
 */
final class Views {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    /** An ISO week, "2023-W36". */
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** An ISO quarter, "2023-Q3". */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int SUMMARY_CHARS = 240;
    /** Roles an entity page lists: the most frequent few. */
    static final int TOP_ROLES = 3;
    /** Spellings an entity page lists: the most used. */
    static final int TOP_ALIASES = 8;

    /** Site paths of every entity page, by "kind:id", so a mention links only to a page that exists. */
    private final Map<String, String> entityPaths = new HashMap<>();
    private final Map<String, Story> stories = new HashMap<>();
    private final Archive archive;

    Views(Archive archive) {
        this.archive = archive;
        archive.stories().forEach(s -> stories.put(s.id(), s));
        for (List<Entity> list : List.of(archive.people(), archive.organizations(), archive.places())) {
            for (Entity e : list) {
                entityPaths.put(EntityKind.of(e.kind()).key(e.id()), RelativeLinks.entity(e.kind(), e.id()));
            }
        }
    }

    static String dateLabel(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso).format(LONG_DATE);
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /** A resolved date value as a reader says it: "16 September 2023", "July 2023", "week 36 of 2023", "2012". */
    static String valueLabel(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).format(LONG_DATE);
            }
            if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
                return YearMonth.parse(value).format(MONTH);
            }
            Matcher w = WEEK.matcher(value);
            if (w.matches()) {
                return "week " + Integer.parseInt(w.group(2)) + " of " + w.group(1);
            }
            Matcher q = QUARTER.matcher(value);
            if (q.matches()) {
                return "Q" + q.group(2) + " " + q.group(1);
            }
        } catch (RuntimeException e) {
            return value;
        }
        return value;
    }

    // ---- articles

    Map<String, Object> articleSummary(ArchivedArticle a) {
        ArticleRecord r = a.record();
        ArticleLinks links = archive.linksOf(r.slug());
        Map<String, Object> m = ref(ArticleRef.of(r));
        m.put("place", r.place() == null ? null : placeLink(r.place(), links));
        m.put("summary", summary(a));
        Story story = links.story() == null ? null : storyById(links.story());
        m.put("story", story == null ? null : storyLink(StoryRef.of(story)));
        return m;
    }

    Map<String, Object> article(ArchivedArticle a) {
        ArticleRecord r = a.record();
        ArticleLinks links = archive.linksOf(r.slug());
        Map<String, Object> m = articleSummary(a);
        String root = RelativeLinks.root(RelativeLinks.article(r.slug()));
        BodyLinker linker = new BodyLinker(new NameFinder(links.names()), e -> {
            String path = href(e);
            return path == null ? null : root + path;
        });
        m.put("url", r.url());
        m.put("paragraphs", a.article().paragraphs().stream().map(p -> paragraph(p, linker)).toList());
        m.put("people", r.actors().stream().filter(Actor::isPerson).map(x -> actor(x, links)).toList());
        m.put("organisations", r.actors().stream().filter(x -> !x.isPerson()).map(x -> actor(x, links)).toList());
        m.put("places", r.places().stream().map(p -> placeLink(p, links)).toList());
        m.put("quotes", r.quotes().stream().map(q -> quote(q, links)).toList());
        m.put("dates", r.dates().stream().map(Views::date).toList());
        m.put("file", r.file());
        return m;
    }

    private Story storyById(String id) {
        return stories.get(id);
    }

    static Map<String, Object> ref(ArticleRef ref) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", ref.slug());
        m.put("title", ref.title());
        m.put("outlet", ref.outlet());
        m.put("date", ref.date());
        m.put("dateLabel", dateLabel(ref.date()));
        m.put("href", RelativeLinks.article(ref.slug()));
        return m;
    }

    private static Map<String, Object> paragraph(Paragraph p, BodyLinker linker) {
        boolean story = p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.BLOCK;
        return Map.of("kind", p.kind().name().toLowerCase(Locale.ROOT), "html", story ? linker.link(p.html()) : p.html(),
                "index", p.index());
    }

    private Map<String, Object> actor(Actor a, ArticleLinks links) {
        Map<String, Object> m = new HashMap<>();
        EntityRef e = links.actor(a.id());
        m.put("name", a.name());
        m.put("href", e == null ? null : href(e));
        m.put("roles", a.roles());
        m.put("affiliation", a.affiliation());
        m.put("aliases", a.aliases());
        return m;
    }

    private Map<String, Object> placeLink(Place p, ArticleLinks links) {
        Map<String, Object> m = new HashMap<>();
        EntityRef e = links.place(p.id());
        m.put("name", p.name());
        m.put("type", p.type());
        m.put("href", e == null ? null : href(e));
        return m;
    }

    private Map<String, Object> quote(Quote q, ArticleLinks links) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", q.text());
        EntityRef speaker = q.speaker() == null ? null : links.actor(q.speaker());
        m.put("speakerName", speaker != null ? speaker.name() : q.speakerName() != null ? q.speakerName() : q.speakerRole());
        m.put("speakerHref", speaker == null ? null : href(speaker));
        m.put("cue", q.cue());
        m.put("partial", q.partial());
        m.put("paragraph", q.paragraph());
        return m;
    }

    private Map<String, Object> citedQuote(CitedQuote c) {
        Map<String, Object> m = quote(c.quote(), archive.linksOf(c.article().slug()));
        m.put("article", ref(c.article()));
        return m;
    }

    private static Map<String, Object> date(DateMention d) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", d.text());
        m.put("value", d.value());
        m.put("label", valueLabel(d.value()));
        m.put("sentence", d.sentence());
        return m;
    }

    /** The first lines of the story proper, for lists: captions, headlines and subheads are not its first lines. */
    static String summary(ArchivedArticle a) {
        Set<ParagraphKind> story = Set.of(ParagraphKind.BODY);
        StringBuilder text = new StringBuilder();
        for (Paragraph p : a.article().paragraphs()) {
            if (story.contains(p.kind())) {
                text.append(text.length() == 0 ? "" : " ").append(p.text());
                if (text.length() >= SUMMARY_CHARS) {
                    break;
                }
            }
        }
        if (text.length() <= SUMMARY_CHARS) {
            return text.toString();
        }
        int cut = text.lastIndexOf(" ", SUMMARY_CHARS);
        return text.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
    }

    // ---- entities

    String href(EntityRef e) {
        return entityPaths.get(e.key());
    }

    Map<String, Object> entityRef(EntityRef e) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", e.name());
        m.put("kind", e.kind());
        m.put("href", href(e));
        return m;
    }

    Map<String, Object> entityLink(Entity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("href", RelativeLinks.entity(e.kind(), e.id()));
        m.put("mentions", e.mentions());
        m.put("articleCount", e.articles().size());
        m.put("quoteCount", e.quotes().size());
        m.put("detail", e.placeType() != null ? e.placeType() : e.roles().isEmpty() ? null : e.roles().get(0));
        return m;
    }

    Map<String, Object> entity(Entity e) {
        Map<String, Object> m = entityLink(e);
        m.put("kind", e.kind());
        m.put("aliases", e.aliases());
        m.put("roles", e.roles());
        m.put("affiliations", e.affiliations());
        m.put("placeType", e.placeType());
        m.put("country", e.country());
        m.put("articles", e.articles().stream().map(Views::ref).toList());
        m.put("quotes", e.quotes().stream().map(this::citedQuote).toList());
        m.put("quoteCount", e.quotes().size());
        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> organisations = new ArrayList<>();
        for (Companion c : e.companions()) {
            Map<String, Object> x = entityRef(c.entity());
            x.put("articles", c.articles());
            (Entity.PERSON.equals(c.entity().kind()) ? people : organisations).add(x);
        }
        m.put("companionPeople", people);
        m.put("companionOrganisations", organisations);
        m.put("stories", e.stories().stream().map(Views::storyLink).toList());
        List<MentionChart.Bar> bars = MentionChart.bars(e.articles());
        m.put("chart", bars.size() < 2 ? null : MentionChart.svg(bars, "chart-" + e.id()));
        m.put("chartPeriod", bars.isEmpty() ? null : MentionChart.period(bars));
        m.put("chartBars", bars.stream().filter(b -> b.count() > 0).map(b -> Map.of("label", b.label(), "count", b.count())).toList());
        List<String> dates = e.articles().stream().map(ArticleRef::date).filter(d -> d != null).sorted().toList();
        m.put("firstSeen", dates.isEmpty() ? null : dateLabel(dates.get(0)));
        m.put("lastSeen", dates.isEmpty() ? null : dateLabel(dates.get(dates.size() - 1)));
        m.put("topRoles", e.roles().stream().limit(TOP_ROLES).toList());
        m.put("topAliases", e.aliases().stream().limit(TOP_ALIASES).toList());
        m.put("moreAliases", Math.max(0, e.aliases().size() - TOP_ALIASES));
        m.put("moreRoles", Math.max(0, e.roles().size() - TOP_ROLES));
        m.put("description", e.description());
        m.put("link", e.link());
        m.put("undecided", e.undecided().stream().map(this::entityRef).toList());
        return m;
    }

    /** Quotes and articles an entity page shows; a bigger entity's page continues on numbered pages. */
    static final int ENTITY_PAGE = 50;

    /** How many pages an entity's page takes. */
    static int entityPages(Entity e) {
        return Math.max(1, Math.max(chunks(e.quotes().size()), chunks(e.articles().size())));
    }

    private static int chunks(int n) {
        return (n + ENTITY_PAGE - 1) / ENTITY_PAGE;
    }

    /** Page n (from 1) of an entity: its facts, then its n-th slice of quotes, grouped by year, and of articles. */
    Map<String, Object> entityPage(Entity e, int n) {
        Map<String, Object> m = entity(e);
        int from = (n - 1) * ENTITY_PAGE;
        List<CitedQuote> quotes = e.quotes().subList(Math.min(from, e.quotes().size()), Math.min(from + ENTITY_PAGE, e.quotes().size()));
        List<ArticleRef> articles = e.articles().subList(Math.min(from, e.articles().size()), Math.min(from + ENTITY_PAGE, e.articles().size()));
        m.put("quotes", quotes.stream().map(this::citedQuote).toList());
        m.put("articles", articles.stream().map(Views::ref).toList());
        m.put("quoteFrom", quotes.isEmpty() ? 0 : from + 1);
        m.put("quoteTo", from + quotes.size());
        m.put("articleFrom", articles.isEmpty() ? 0 : from + 1);
        m.put("articleTo", from + articles.size());
        m.put("page", n);
        // Quotes by year, newest first as the entity lists them, once there are enough to need it.
        List<Map<String, Object>> years = new ArrayList<>();
        if (e.quotes().size() > 10) {
            Map<String, List<Map<String, Object>>> byYear = new java.util.LinkedHashMap<>();
            for (CitedQuote q : quotes) {
                String year = q.article().date() == null || q.article().date().length() < 4 ? "Undated" : q.article().date().substring(0, 4);
                byYear.computeIfAbsent(year, k -> new ArrayList<>()).add(citedQuote(q));
            }
            byYear.forEach((year, list) -> years.add(Map.of("year", year, "quotes", list)));
        }
        m.put("quoteYears", years);
        return m;
    }

    // ---- stories

    static Map<String, Object> storyLink(StoryRef s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("title", s.title());
        m.put("date", s.firstDate());
        m.put("dateLabel", dateLabel(s.firstDate()));
        m.put("articleCount", s.articles());
        m.put("href", RelativeLinks.story(s.id()));
        return m;
    }

    Map<String, Object> storySummary(Story s) {
        Map<String, Object> m = storyLink(StoryRef.of(s));
        m.put("lastDate", s.lastDate());
        m.put("lastDateLabel", dateLabel(s.lastDate()));
        m.put("outlets", s.reports().stream().map(r -> r.outlet() == null ? "outlet not named" : r.outlet()).toList());
        m.put("shared", s.shared().stream().filter(e -> !Entity.PLACE.equals(e.kind())).limit(6).map(this::entityRef).toList());
        m.put("pairCount", s.pairs().size());
        return m;
    }

    Map<String, Object> story(Story s) {
        Map<String, Object> m = storySummary(s);
        m.put("articles", s.articles().stream().map(Views::ref).toList());
        m.put("sharedAll", s.shared().stream().map(this::entityRef).toList());
        m.put("reports", s.reports().stream().map(this::report).toList());
        m.put("pairs", s.pairs().stream().map(this::pair).toList());
        m.put("timeline", s.timeline().stream().map(this::timelineEntry).toList());
        return m;
    }

    private Map<String, Object> report(OutletReport r) {
        Map<String, Object> m = new HashMap<>();
        m.put("outlet", r.outlet());
        m.put("articles", r.articles().stream().map(Views::ref).toList());
        m.put("only", r.only().stream().map(this::entityRef).toList());
        m.put("dates", r.dates().stream().map(this::timelineEntry).toList());
        m.put("quotes", r.quotes().stream().map(this::citedQuote).toList());
        return m;
    }

    private Map<String, Object> pair(QuotePair p) {
        Map<String, Object> m = new HashMap<>();
        m.put("speaker", entityRef(p.speaker()));
        m.put("first", citedQuote(p.first()));
        m.put("second", citedQuote(p.second()));
        m.put("firstMarked", p.firstMarked().stream().map(Views::segment).toList());
        m.put("secondMarked", p.secondMarked().stream().map(Views::segment).toList());
        m.put("sameWords", p.sameWords());
        m.put("similarity", Math.round(p.similarity() * 100));
        return m;
    }

    private static Map<String, Object> segment(DiffSegment s) {
        return Map.of("changed", s.changed(), "text", s.text());
    }

    // ---- timeline and quotes

    Map<String, Object> timelineEntry(TimelineEntry t) {
        Map<String, Object> m = new HashMap<>();
        m.put("value", t.value());
        m.put("label", valueLabel(t.value()));
        m.put("text", t.text());
        m.put("sentence", t.sentence());
        m.put("article", ref(t.article()));
        m.put("entities", t.entities().stream().map(this::entityRef).toList());
        return m;
    }

    /** One quote of a speaker, as the quotes pages list them. */
    record SpokenQuote(SpeakerQuotes speaker, CitedQuote quote, boolean first) {
    }

    /**
     * The quotes of one page of the quotes list, grouped under their speakers; a speaker whose quotes began on an
     * earlier page is marked as continued.
     */
    List<Map<String, Object>> speakers(List<SpokenQuote> page) {
        List<Map<String, Object>> groups = new ArrayList<>();
        SpeakerQuotes current = null;
        List<Map<String, Object>> quotes = null;
        for (SpokenQuote q : page) {
            if (q.speaker() != current) {
                current = q.speaker();
                quotes = new ArrayList<>();
                Map<String, Object> m = new HashMap<>();
                m.put("name", current.name());
                m.put("href", current.speaker() == null ? null : href(current.speaker()));
                m.put("count", current.quotes().size());
                m.put("continued", !q.first());
                m.put("quotes", quotes);
                groups.add(m);
            }
            quotes.add(citedQuote(q.quote()));
        }
        return groups;
    }

    Map<String, Object> citedQuoteView(CitedQuote c) {
        return citedQuote(c);
    }
}
