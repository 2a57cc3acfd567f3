package newsgen.site;

import newsgen.model.NameFinder;
import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.DateMention;
import newsgen.model.Entity;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Place;
import newsgen.model.Quote;
import newsgen.model.RoleForms;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;
import newsgen.model.StoryRef;
import newsgen.model.TimelineEntry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns archive data into what templates show: records of display strings and site-relative hrefs, so templates
 * hold no logic beyond loops and conditions. Entity and story pages have their own classes; this one holds the
 * articles, quotes and dates they share.
 */
final class Views {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    /** An ISO week, "2023-W36". */
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** An ISO quarter, "2023-Q3". */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int SUMMARY_CHARS = 240;

    /**
     * Site paths of every entity page, by kind, then id, so a mention links only to a page that exists. By kind
     * and id rather than by the "kind:id" key: every link of every page asks, and the key was a new string each time.
     */
    private final Map<EntityKind, Map<String, String>> entityPaths = new EnumMap<>(EntityKind.class);
    private final Map<String, Story> stories = new HashMap<>();
    /**
     * Views shown on many pages, made once each ({@link SharedView}): an article is cited on the pages of every
     * entity it names, a quote on its speaker's page, the quotes list and its story. One per article and per quote.
     */
    private final Map<String, ArticleLink> articleLinks = new ConcurrentHashMap<>();
    /**
     * By the archive's quote object itself, made once per quote ({@code ArticleLinker}): a map by the record hashed and
     * compared it through its generated methods, slow under gen's C1 compiler, ~3% of a cold build's page tasks (JFR).
     */
    private final Map<Same, QuoteView> quotes = new ConcurrentHashMap<>();
    /** The same, by the archive's quote objects themselves: ~1.5% of a cold build was hashing them (JFR). */
    private final IdentityFront<CitedQuote, QuoteView> quotesSeen = new IdentityFront<>(16);
    private final Archive archive;

    Views(Archive archive) {
        this.archive = archive;
        archive.stories().forEach(s -> stories.put(s.id(), s));
        for (List<Entity> list : List.of(archive.people(), archive.organizations(), archive.places())) {
            for (Entity e : list) {
                entityPaths.computeIfAbsent(EntityKind.of(e.kind()), k -> new HashMap<>())
                        .put(e.id(), RelativeLinks.entity(e.kind(), e.id()));
            }
        }
    }

    /**
     * Labels already made, by the value they label: an archive has a few thousand dates and every page lists some,
     * and parsing and formatting each again was ~4% of rendering (JFR, 10,164 articles). Bounded, for an odd input.
     */
    private static final int LABELS_KEPT = 100_000;
    private static final Map<String, String> DATE_LABELS = new ConcurrentHashMap<>();
    private static final Map<String, String> VALUE_LABELS = new ConcurrentHashMap<>();

    private static String remembered(Map<String, String> labels, String value, UnaryOperator<String> make) {
        String label = labels.get(value);
        if (label == null) {
            label = make.apply(value);
            if (labels.size() < LABELS_KEPT) {
                labels.put(value, label);
            }
        }
        return label;
    }

    static String dateLabel(String iso) {
        return iso == null ? null : remembered(DATE_LABELS, iso, Views::makeDateLabel);
    }

    private static String makeDateLabel(String iso) {
        try {
            return LocalDate.parse(iso).format(LONG_DATE);
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /**
     * A resolved date value as a reader says it: "16 September 2023", "July 2023", "Week of 4 September 2023" (an
     * ISO week by its Monday: "week 36 of 2023" means nothing to most readers), "2012".
     */
    static String valueLabel(String value) {
        return value == null ? null : remembered(VALUE_LABELS, value, Views::makeValueLabel);
    }

    private static String makeValueLabel(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).format(LONG_DATE);
            }
            if (value.length() == 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
                return YearMonth.parse(value).format(MONTH);
            }
            Matcher w = WEEK.matcher(value);
            if (w.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                        .with(java.time.DayOfWeek.MONDAY);
                return "Week of " + monday.format(LONG_DATE);
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

    ArticleCard articleCard(ArchivedArticle a) {
        ArticleRecord r = a.record();
        ArticleLinks links = archive.linksOf(r.slug());
        ArticleLink ref = articleLink(ArticleRef.of(r));
        return new ArticleCard(ref.slug(), ref.title(), ref.outlet(), ref.date(), ref.dateLabel(), ref.href(),
                r.place() == null ? null : placeLink(r.place(), links), summary(a), storyOf(links));
    }

    ArticleView article(ArchivedArticle a) {
        ArticleRecord r = a.record();
        ArticleLinks links = archive.linksOf(r.slug());
        ArticleCard card = articleCard(a);
        String root = RelativeLinks.root(RelativeLinks.article(r.slug()));
        BodyLinker linker = new BodyLinker(new NameFinder(links.names()), e -> {
            String path = href(e);
            return path == null ? null : root + path;
        }, links.names().stream().map(ArticleLinks.NamedEntity::entity).toList());
        return new ArticleView(card.slug(), card.title(), card.outlet(), card.date(), card.dateLabel(), card.href(),
                card.place(), card.summary(), card.story(), r.url(),
                a.article().paragraphs().stream().filter(p -> !repeatsTitle(a, p)).map(p -> paragraph(p, linker)).toList(),
                r.actors().stream().filter(Actor::isPerson).map(x -> actor(x, links)).toList(),
                r.actors().stream().filter(x -> !x.isPerson()).map(x -> actor(x, links)).toList(),
                r.places().stream().map(p -> placeLink(p, links)).toList(),
                r.quotes().stream().map(q -> quote(q, links, null)).toList(),
                dates(r.dates()));
    }

    /**
     * The dates an article names, each value and wording once with how often the text says it: "this year" five
     * times is one line, not five.
     */
    private static List<ArticleView.DateView> dates(List<DateMention> mentions) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (DateMention d : mentions) {
            counts.merge(Arrays.asList(d.value(), d.text()), 1, Integer::sum);
        }
        List<ArticleView.DateView> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new ArticleView.DateView(k.get(0), valueLabel(k.get(0)), k.get(1), n)));
        return out;
    }

    /**
     * True for an article's first paragraph when it only repeats the title, as a plain-text article's first line
     * does when it is both the headline and a sentence: the page already shows it as its heading.
     */
    static boolean repeatsTitle(ArchivedArticle a, Paragraph p) {
        List<Paragraph> all = a.article().paragraphs();
        String title = a.record().title();
        return !all.isEmpty() && all.get(0) == p && title != null
                && bareLength(p.text()) == bareLength(title) && bare(p.text()).equalsIgnoreCase(bare(title));
    }

    /**
     * The text stripped, without the punctuation and spaces ending it: what {@code [.!?…:;,\s]+$} replaced by nothing
     * left, read from the end. The expression was tried from every character of the paragraph, ~1% of a build's CPU
     * (JFR, 10,164 articles). Its {@code $} also matches before a final line terminator: of those only U+0085 is no
     * white space that {@code strip} removes, so a run before one is cut as well.
     */
    static String bare(String text) {
        String s = text.strip();
        int end = s.length();
        if (end > 0 && s.charAt(end - 1) == '\u0085') {
            end--;
        }
        int cut = end;
        while (cut > 0 && trailing(s.charAt(cut - 1))) {
            cut--;
        }
        return cut == end ? s : s.substring(0, cut) + s.substring(end);
    }

    /**
     * The length of {@link #bare}'s text, without making it: texts of different lengths are never equal ignoring
     * case, and most first paragraphs are much longer than their title. Each was stripped and cut into a copy only
     * to be found unequal, for every card of every list (~0.1 GB of a cold build's allocations, JFR). Strips as
     * {@link String#strip} does: no white space lies outside the Basic Multilingual Plane, so char by char is the same.
     */
    static int bareLength(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int end = to > from && text.charAt(to - 1) == '\u0085' ? to - 1 : to;
        int cut = end;
        while (cut > from && trailing(text.charAt(cut - 1))) {
            cut--;
        }
        return cut - from + to - end;
    }

    /** A character of {@code [.!?…:;,\s]}, {@code \s} without Unicode classes: space, tab, line feed, VT, FF, CR. */
    private static boolean trailing(char c) {
        return switch (c) {
            case '.', '!', '?', '\u2026', ':', ';', ',', ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
            default -> false;
        };
    }

    /** The story with this id, or null. */
    Story story(String id) {
        return stories.get(id);
    }

    private StoryLink storyOf(ArticleLinks links) {
        Story story = links.story() == null ? null : stories.get(links.story());
        return story == null ? null : StoryLink.of(StoryRef.of(story));
    }

    private static ArticleView.Paragraph paragraph(Paragraph p, BodyLinker linker) {
        boolean story = p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.BLOCK;
        return new ArticleView.Paragraph(p.kind().name().toLowerCase(Locale.ROOT), story ? linker.link(p.html()) : p.html());
    }

    private ArticleView.Actor actor(Actor a, ArticleLinks links) {
        EntityRef e = links.actor(a.id());
        return new ArticleView.Actor(a.name(), e == null ? null : href(e), RoleForms.ordered(a.roles()));
    }

    private Link placeLink(Place p, ArticleLinks links) {
        EntityRef e = links.place(p.id());
        return new Link(p.name(), e == null ? null : href(e));
    }

    private QuoteView quote(Quote q, ArticleLinks links, ArticleLink article) {
        EntityRef speaker = q.speaker() == null ? null : links.actor(q.speaker());
        return new QuoteView(shownQuote(q.text()), speaker != null ? speaker.name() : q.speakerName() != null ? q.speakerName() : q.speakerRole(),
                speaker == null ? null : href(speaker), article);
    }

    /**
     * A quotation as a page shows it: without the comma that closed it before its attribution ("“… of an audit,”
     * Whitcomb said"), which belongs to the sentence around it, not to what was said.
     */
    static String shownQuote(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > 1 && text.charAt(end - 1) == ',' ? text.substring(0, end - 1) : text;
    }

    /** A quote with the article it is from. */
    QuoteView citedQuote(CitedQuote c) {
        QuoteView view = quotesSeen.get(c);
        if (view != null) {
            return view;
        }
        Same key = new Same(c);
        view = quotes.get(key);
        if (view == null) {
            view = quote(c.quote(), archive.linksOf(c.article().slug()), articleLink(c.article()));
            quotes.put(key, view);
        }
        quotesSeen.put(c, view);
        return view;
    }

    /** An object as a key by its identity: its hash is the identity hash, and only the object itself equals it. */
    private static final class Same {
        private final Object object;
        private final int hash;

        Same(Object object) {
            this.object = object;
            this.hash = System.identityHashCode(object);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.object == object;
        }
    }

    /**
     * An article as other pages name it, made once: an article is named on the pages of each entity it names. Kept by
     * slug, which names one article in a build, and checked against the reference's other fields: a map by the whole
     * reference hashed and compared it through the record's generated methods, slow under gen's C1 compiler, ~40% of
     * making entity pages' models (JFR, 10,164 articles).
     */
    ArticleLink articleLink(ArticleRef ref) {
        ArticleLink link = articleLinks.get(ref.slug());
        if (link == null || !link.refersTo(ref)) {
            ArticleLink made = ArticleLink.of(ref);
            if (link == null) {
                articleLinks.putIfAbsent(ref.slug(), made);
            }
            return made;
        }
        return link;
    }

    /** The first lines of the story proper, for lists: captions, headlines and subheads are not its first lines. */
    static String summary(ArchivedArticle a) {
        Set<ParagraphKind> story = Set.of(ParagraphKind.BODY);
        StringBuilder text = new StringBuilder();
        for (Paragraph p : a.article().paragraphs()) {
            if (story.contains(p.kind()) && !repeatsTitle(a, p)) {
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

    // ---- entities, as other pages link them

    /** The site path of an entity's page, or null when it has none. */
    String href(EntityRef e) {
        Map<String, String> ofKind = entityPaths.get(e.entityKind());
        return ofKind == null ? null : ofKind.get(e.id());
    }

    Link link(EntityRef e) {
        return new Link(e.name(), href(e));
    }

    // ---- timeline and quotes

    DatedSentence timelineEntry(TimelineEntry t) {
        return new DatedSentence(t.value(), valueLabel(t.value()), t.text(), t.sentence(), articleLink(t.article()),
                t.entities().stream().map(this::link).toList());
    }

    /** One quote of a speaker, as the quotes pages list them. */
    record SpokenQuote(SpeakerQuotes speaker, CitedQuote quote, boolean first) {
    }

    /**
     * The quotes of one page of the quotes list, grouped under their speakers; a speaker whose quotes began on an
     * earlier page is marked as continued.
     */
    List<PageModel.Speaker> speakers(List<SpokenQuote> page) {
        List<PageModel.Speaker> groups = new ArrayList<>();
        SpeakerQuotes current = null;
        List<QuoteView> quotes = null;
        boolean continued = false;
        for (SpokenQuote q : page) {
            if (q.speaker() != current) {
                if (current != null) {
                    groups.add(speaker(current, continued, quotes));
                }
                current = q.speaker();
                continued = !q.first();
                quotes = new ArrayList<>();
            }
            quotes.add(citedQuote(q.quote()));
        }
        if (current != null) {
            groups.add(speaker(current, continued, quotes));
        }
        return groups;
    }

    private PageModel.Speaker speaker(SpeakerQuotes s, boolean continued, List<QuoteView> quotes) {
        return new PageModel.Speaker(s.name(), s.speaker() == null ? null : href(s.speaker()), s.quotes().size(), continued,
                List.copyOf(quotes));
    }
}
