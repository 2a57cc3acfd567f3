package newsgen.site;

import newsgen.model.ArchivedArticle;
import newsgen.model.Archive;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.Story;
import newsgen.model.StoryRef;
import newsgen.model.TimelineEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a page's model is made from, small and cheap to make, so the {@link PageLedger} can tell an unchanged page
 * without making its model: an article's page was ~half of a one-edit build's work on 10,164 articles just to be
 * modelled and hashed, and found the same.
 *
 * <p>Sound by construction: each method lists every value the matching view ({@link Views}, {@link EntityViews})
 * reads from the archive, or something that determines it. An article's text and record are stood for by the
 * article's cache key ({@code source}), which covers the file's bytes, its path and name, the options and gen's
 * code, so the same key gives the same article and record. Everything else a page shows of the archive is listed
 * explicitly: the article's links (sorted, since their maps' order changes from one JVM run to the next), which
 * entity pages exist (each link's href), the story an article belongs to. Values are in lists, and
 * {@link ModelHash} writes every list's length and every value's kind, so two different inputs never hash alike.
 *
 * <p>A method returns null when it cannot say (an article without a cache key): that page is modelled and its
 * model hashed, as before. A change to a view that makes it read more of the archive must be mirrored here; the
 * page's bytes would otherwise be carried over stale. {@code PageInputsTest} guards the views against that.
 */
final class PageInputs {
    /** Bumped when what a page's inputs hold changes shape, so old ledger keys are never taken for new ones. */
    static final String VERSION = "page inputs 8";

    private final Views views;
    private final Archive archive;
    private final Function<ArchivedArticle, String> source;
    /** What each article's items on the lists are made from, by slug ({@link SiteChanges#itemsState}), or null. */
    private final Function<String, String> states;

    /**
     * What the inputs read of each article, by slug, looked up once: a quote or a dated sentence is keyed by its
     * article's cache key, place in the record and links, ~300,000 times in a build of 10,164 articles, and each
     * asked the slug of three maps and made the article's reference again to check it (~a fifth of keying the
     * pages, JFR).
     */
    private final Map<String, Source> bySlug = new java.util.HashMap<>();
    /** Each entity as a link, made once ({@link #link}). */
    private final Map<EntityRef, EntityLink> links = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each timeline entry's place among its own article's entries in the timeline, made on first use. */
    private volatile Map<TimelineEntry, Integer> ordinals;

    /** An article of the archive with its cache key (null when it has none), its links and its reference. */
    private record Source(ArchivedArticle article, String key, ArticleLinks links, ArticleRef ref) {
    }

    /**
     * An entity as a link: the entity, and its page's path (null when it has none). A shared view, so that
     * {@link ModelHash} digests it once however many pages link it.
     */
    record EntityLink(String kind, String id, String name, String href) implements SharedView {
    }

    /** @param source an article's cache key, or null when it has none (then its pages are modelled and hashed) */
    PageInputs(Views views, Archive archive, Function<ArchivedArticle, String> source) {
        this(views, archive, source, slug -> null);
    }

    /**
     * @param states what an article's items on the lists are made from, by slug ({@link SiteChanges#itemsState}), or
     *               null when not known: the quotes and the timeline then list each item's inputs in full
     */
    PageInputs(Views views, Archive archive, Function<ArchivedArticle, String> source, Function<String, String> states) {
        this.views = views;
        this.archive = archive;
        this.source = source;
        this.states = states;
        archive.articles().forEach(a -> bySlug.put(a.record().slug(),
                new Source(a, source.apply(a), archive.linksOf(a.record().slug()), ArticleRef.of(a.record()))));
    }

    /** An article's cache key, or null. */
    private String keyOf(ArchivedArticle a) {
        Source s = bySlug.get(a.record().slug());
        return s != null && s.article() == a ? s.key() : source.apply(a);
    }

    /** An article's links in the archive. */
    private ArticleLinks linksOf(ArchivedArticle a) {
        Source s = bySlug.get(a.record().slug());
        return s != null && s.article() == a ? s.links() : archive.linksOf(a.record().slug());
    }

    /** An article's page: its article and record (by key), its links, the entity pages they reach, its story. */
    Object article(ArchivedArticle a) {
        String key = keyOf(a);
        if (key == null) {
            return null;
        }
        ArticleLinks links = linksOf(a);
        // A name's entity is written in full once, with the record's actors and places; a name of one of those then
        // only says which (most of an article's names are its actors' and places' names and aliases).
        java.util.Set<EntityRef> written = new java.util.HashSet<>(links.actors().values());
        written.addAll(links.places().values());
        List<Object> names = new ArrayList<>(2 * links.names().size());
        for (ArticleLinks.NamedEntity n : links.names()) {
            names.add(n.name());
            names.add(written.contains(n.entity()) ? list(n.entity().kind(), n.entity().id()) : link(n.entity()));
        }
        return list("article", key, refs(links.actors()), refs(links.places()), names, story(links.story()));
    }

    /**
     * An article's record file: the record (by key) with the entity each actor and place became; null without a key.
     * Static: the file shows no page paths, only the entities' kinds and ids.
     */
    static Object data(String key, ArticleLinks links) {
        if (key == null) {
            return null;
        }
        return list("data", key, sorted(links.actors()), sorted(links.places()));
    }

    private static Object sorted(Map<String, EntityRef> byId) {
        List<Object> out = new ArrayList<>(2 * byId.size());
        new TreeMap<>(byId).forEach((id, e) -> {
            out.add(id);
            out.add(e == null ? null : list(e.kind(), e.id()));
        });
        return out;
    }

    /** An article as the list of articles shows it: its article (by key), its place's entity page, its story. */
    Object card(ArchivedArticle a) {
        String key = keyOf(a);
        if (key == null) {
            return null;
        }
        ArticleLinks links = linksOf(a);
        EntityRef place = a.record().place() == null ? null : links.place(a.record().place().id());
        return list("card", key, link(place), story(links.story()));
    }

    /**
     * A dated sentence as the timeline shows it: the entry, and each entity's page. The entry itself (value, words,
     * sentence, article) is stood for by its article's cache key and its place among that article's entries in the
     * timeline: an article's entries are one for each dated mention of its record, and the timeline is a stable sort
     * ({@code TimelineBuilder}), so two entries of one article keep an order that depends on them alone, and the
     * k-th of an article with the same key is the same entry. Hashing every sentence's words instead was most of the
     * timeline's keying.
     */
    Object timelineEntry(TimelineEntry t) {
        List<Object> entities = new ArrayList<>(t.entities().size());
        t.entities().forEach(e -> entities.add(link(e)));
        Source a = bySlug.get(t.article().slug());
        String key = a == null ? null : a.key();
        Integer k = key == null ? null : ordinals().get(t);
        if (k == null) {
            return list("dated", t.value(), t.text(), t.sentence(), articleRef(t.article()), entities);
        }
        return list("dated in", key, k, entities);
    }

    /**
     * A page of the timeline: its title, the total it shows, its steps, and its entries, by their articles
     * ({@link #byArticle}) when each article's state is known, else each in full ({@link #timelineEntry}).
     */
    Object timelinePage(List<TimelineEntry> chunk, String title, int total, PageModel.Steps steps) {
        Object items = byArticle(chunk, t -> t.article().slug(), t -> {
            Integer k = ordinals().get(t);
            return k == null ? -1 : k;
        });
        if (items == null) {
            List<Object> each = new ArrayList<>(chunk.size());
            chunk.forEach(t -> each.add(timelineEntry(t)));
            items = list("each", each);
        }
        return list("timeline", title, total, steps, items);
    }

    /**
     * The items of a page of the quotes or the timeline, by article: each article the page draws on, once, as its
     * state ({@link SiteChanges#itemsState}: its cache key, which fixes its record, so its quotes and dated sentences
     * and its reference, and the digest of its links, which fixes the entity each of its actors, places and names
     * became, with that one's page, so the speaker a quote shows and the entities a dated sentence names), then each
     * item as that article's place in the page's list and the item's place in its article. The item is the one at
     * that place of the same record, shown with the same entities: the same view. Why: every item's inputs in full
     * (its article's key, its place, its entities as links) were made and hashed for each of ~3,800 pages of quotes
     * and dates on every build, ~a fifth of a one-quotation build's page work (JFR, 10,164 articles). Null when an
     * article's state is not known or an item's place is not found.
     */
    private <T> Object byArticle(List<T> chunk, Function<T, String> slug, java.util.function.ToIntFunction<T> place) {
        List<String> articles = new ArrayList<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        long[] items = new long[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            T item = chunk.get(i);
            String s = slug.apply(item);
            Integer k = index.get(s);
            if (k == null) {
                String state = states.apply(s);
                if (state == null) {
                    return null;
                }
                k = articles.size();
                articles.add(state);
                index.put(s, k);
            }
            int at = place.applyAsInt(item);
            if (at < 0) {
                return null;
            }
            items[i] = (long) k << 32 | at;
        }
        return list("by article", articles, items);
    }

    private Map<TimelineEntry, Integer> ordinals() {
        Map<TimelineEntry, Integer> out = ordinals;
        if (out == null) {
            synchronized (this) {
                out = ordinals;
                if (out == null) {
                    out = new java.util.IdentityHashMap<>();
                    Map<String, Integer> seen = new java.util.HashMap<>();
                    for (TimelineEntry t : archive.timeline()) {
                        out.put(t, seen.merge(t.article().slug(), 1, Integer::sum));
                    }
                    ordinals = out;
                }
            }
        }
        return out;
    }

    /**
     * Page n of an entity: its own fields, the slice of quotes (each with its speaker's entity, which the quote's
     * article's links decide) and articles the page lists, and on the first page everything its facts show.
     */
    Object entity(Entity e, int n) {
        int from = (n - 1) * EntityViews.ENTITY_PAGE;
        List<CitedQuote> quotes = e.quotes().subList(Math.min(from, e.quotes().size()), Math.min(from + EntityViews.ENTITY_PAGE, e.quotes().size()));
        List<Object> facts = null;
        if (n == 1) {
            // Of all its articles, the facts show only their dates (the chart, the first and last mention).
            facts = list(e.aliases(), e.roles(), e.affiliations(), e.placeType(), e.country(),
                    e.articles().stream().map(ArticleRef::date).toList(),
                    e.companions().stream().map(this::companion).toList(), e.stories());
        }
        return list("entity", e.id(), e.kind(), e.name(), e.description(), e.link(), e.mentions(),
                e.articles().size(), e.quotes().size(), EntityViews.pages(e), n,
                quotes.stream().map(this::citedQuote).toList(),
                e.articles().subList(Math.min(from, e.articles().size()), Math.min(from + EntityViews.ENTITY_PAGE, e.articles().size()))
                        .stream().map(PageInputs::articleRef).toList(),
                e.undecided().stream().map(this::link).toList(), facts);
    }

    /** A quote with its article, and the entity its speaker became (from the article's links) with that one's page. */
    private Object citedQuote(CitedQuote c) {
        Source a = bySlug.get(c.article().slug());
        String speaker = c.quote().speaker();
        EntityRef ref = speaker == null ? null : (a == null ? archive.linksOf(c.article().slug()) : a.links()).actor(speaker);
        // The quote and its article's reference come from the article's record: its cache key and the quote's place
        // in the record stand for them (hashing every quote's words was most of an entity page's keying).
        String key = a == null ? null : a.key();
        int i = key == null ? -1 : placeOf(c);
        if (i < 0) {
            return list(c.quote(), articleRef(c.article()), link(ref));
        }
        return list("quote in", key, i, link(ref));
    }

    /** The place of the quote in its article's record, or -1 when it is not found there. */
    private int placeOf(CitedQuote c) {
        Source a = bySlug.get(c.article().slug());
        if (a == null || c.article() != a.ref() && !a.ref().equals(c.article())) {
            return -1;
        }
        return indexOf(a.article().record().quotes(), c.quote());
    }

    /** The place of this very quote (not an equal one) in the list, or -1. */
    private static int indexOf(List<?> list, Object item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A page of the quotes list: its title, the counts it shows, its steps, and each quote with its speaker as the page
     * groups them (a new group wherever the speaker changes, marked continued when its first quote on the page is not
     * the speaker's first). Null when a quote's article has no cache key.
     */
    Object quotesPage(List<Views.SpokenQuote> chunk, String title, int speakers, int total, int unattributed,
                      PageModel.Steps steps) {
        // Each group: where on the page it starts, its speaker, and whether it goes on from an earlier page.
        List<Object> groups = new ArrayList<>();
        newsgen.model.SpeakerQuotes current = null;
        for (int i = 0; i < chunk.size(); i++) {
            Views.SpokenQuote q = chunk.get(i);
            if (q.speaker() != current) {
                current = q.speaker();
                groups.add(list(i, q.speaker().name(), link(q.speaker().speaker()), q.speaker().quotes().size(), q.first()));
            }
        }
        return list("quotes", title, speakers, total, unattributed, steps, groups,
                quotes(chunk.stream().map(Views.SpokenQuote::quote).toList()));
    }

    /** A page of the quotes without a named speaker: its title, the total it shows, its steps, and its quotes. */
    Object unattributedPage(List<CitedQuote> chunk, String title, int total, PageModel.Steps steps) {
        return list("unattributed", title, total, steps, quotes(chunk));
    }

    /** A page's quotes, by article ({@link #byArticle}) when each article's state is known, else each in full. */
    private Object quotes(List<CitedQuote> chunk) {
        Object items = byArticle(chunk, c -> c.article().slug(), this::placeOf);
        if (items != null) {
            return items;
        }
        List<Object> each = new ArrayList<>(chunk.size());
        chunk.forEach(c -> each.add(citedQuote(c)));
        return list("each", each);
    }

    private Object companion(Companion c) {
        return list(link(c.entity()), c.articles());
    }

    /** An entity as a link ({@link EntityLink}), or null. */
    private Object link(EntityRef e) {
        return e == null ? null : links.computeIfAbsent(e, r -> new EntityLink(r.kind(), r.id(), r.name(), views.href(r)));
    }

    /**
     * An article as other pages cite it: the record itself, which {@link ModelHash} writes component by component
     * ({@link #ARTICLE_REF_COMPONENTS}), not by reflection, and digests once however many pages cite it;
     * {@code PageInputsTest} fails when {@link ArticleRef} or {@link EntityRef} gains a component not written.
     */
    private static Object articleRef(ArticleRef r) {
        return r;
    }

    /** The components {@link #link} and {@link ModelHash} (for {@link #articleRef}) write, in order. */
    static final List<String> ENTITY_REF_COMPONENTS = List.of("kind", "id", "name");
    static final List<String> ARTICLE_REF_COMPONENTS = List.of("slug", "title", "outlet", "date");

    /** A record's actors or places by id, in id order, each with its entity and that one's page. */
    private Object refs(Map<String, EntityRef> byId) {
        List<Object> out = new ArrayList<>(2 * byId.size());
        new TreeMap<>(byId).forEach((id, e) -> {
            out.add(id);
            out.add(link(e));
        });
        return out;
    }

    /** The story as an article's page shows it, or null. */
    private Object story(String id) {
        Story s = id == null ? null : views.story(id);
        return s == null ? null : StoryRef.of(s);
    }

    /** A list that may hold nulls. */
    private static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }
}
