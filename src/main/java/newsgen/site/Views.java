package newsgen.site;

import newsgen.model.Actor;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.DateMention;
import newsgen.model.Entity;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Place;
import newsgen.model.Quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns archive data into what templates show: plain maps of display strings and site-relative hrefs,
 * so templates hold no logic beyond loops and conditions.
 */
final class Views {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int SUMMARY_CHARS = 240;

    /** Site paths of every entity page, by "kind:id", so a record's mention links only to a page that exists. */
    private final Map<String, String> entityPaths = new HashMap<>();

    Views(List<Entity> entities) {
        for (Entity e : entities) {
            entityPaths.put(e.kind() + ":" + e.id(), RelativeLinks.entity(e.kind(), e.id()));
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

    Map<String, Object> articleSummary(ArchivedArticle a) {
        ArticleRecord r = a.record();
        Map<String, Object> m = ref(ArticleRef.of(r));
        m.put("place", r.place() == null ? null : placeLink(r.place()));
        m.put("summary", summary(a));
        return m;
    }

    Map<String, Object> article(ArchivedArticle a) {
        ArticleRecord r = a.record();
        Map<String, Object> m = articleSummary(a);
        m.put("url", r.url());
        m.put("paragraphs", a.article().paragraphs().stream().map(Views::paragraph).toList());
        m.put("people", r.actors().stream().filter(Actor::isPerson).map(this::actor).toList());
        m.put("organisations", r.actors().stream().filter(x -> !x.isPerson()).map(this::actor).toList());
        m.put("places", r.places().stream().map(this::placeLink).toList());
        m.put("quotes", r.quotes().stream().map(this::quote).toList());
        m.put("dates", r.dates().stream().map(Views::date).toList());
        m.put("file", r.file());
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
        return m;
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

    private static Map<String, Object> paragraph(Paragraph p) {
        return Map.of("kind", p.kind().name().toLowerCase(Locale.ROOT), "html", p.html(), "index", p.index());
    }

    private Map<String, Object> actor(Actor a) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", a.name());
        m.put("href", entityPaths.get((a.isPerson() ? Entity.PERSON : Entity.ORGANIZATION) + ":" + a.id()));
        m.put("roles", a.roles());
        m.put("affiliation", a.affiliation());
        m.put("aliases", a.aliases());
        return m;
    }

    private Map<String, Object> placeLink(Place p) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", p.name());
        m.put("type", p.type());
        m.put("href", entityPaths.get(Entity.PLACE + ":" + p.id()));
        return m;
    }

    private Map<String, Object> quote(Quote q) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", q.text());
        m.put("speakerName", q.speakerName() != null ? q.speakerName() : q.speakerRole());
        String href = null;
        if (q.speaker() != null) {
            href = entityPaths.get(Entity.PERSON + ":" + q.speaker());
            if (href == null) {
                href = entityPaths.get(Entity.ORGANIZATION + ":" + q.speaker());
            }
        }
        m.put("speakerHref", href);
        m.put("cue", q.cue());
        m.put("partial", q.partial());
        m.put("paragraph", q.paragraph());
        return m;
    }

    private Map<String, Object> citedQuote(CitedQuote c) {
        Map<String, Object> m = quote(c.quote());
        m.put("article", ref(c.article()));
        return m;
    }

    private static Map<String, Object> date(DateMention d) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", d.text());
        m.put("value", d.value());
        m.put("sentence", d.sentence());
        return m;
    }

    /** The first lines of the story proper, for lists: captions, headlines and subheads are not its first lines. */
    private static String summary(ArchivedArticle a) {
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
}
