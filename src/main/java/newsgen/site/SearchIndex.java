package newsgen.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRecord;
import newsgen.model.CitedQuote;
import newsgen.model.Entity;
import newsgen.model.Place;
import newsgen.model.SpeakerQuotes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search box searches: one entry per article, person, organisation, place and quote. It is written as a
 * script ({@code search-index.js} sets {@code window.NEWSGEN_SEARCH}) rather than JSON because a page opened from
 * disk may load a script beside it but may not fetch a file; the page loads it only when the box is first used.
 */
final class SearchIndex {
    static final String PATH = "search-index.js";
    /** Long quotes are cut: the reader recognises a quote by its start, and the index stays small. */
    private static final int QUOTE_CHARS = 160;

    /**
     * One thing to find.
     *
     * @param k kind: article, person, organisation, place, quote
     * @param t what is shown and searched first (title, name, quote)
     * @param d a detail shown beside it (date and outlet, role, speaker), or null
     * @param s other text searched (names in an article, aliases), or null
     * @param h site-relative href, or null for a quote: it is its article's
     * @param a for a quote, the position of its article's entry, whose title and href it shares (a quote repeats
     *          neither, which keeps the index of a large archive less than half as big)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String k, String t, String d, String s, String h, Integer a) {
    }

    static List<Entry> entries(Archive archive) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> articleEntry = new HashMap<>();
        for (ArchivedArticle a : archive.articles()) {
            articleEntry.put(a.record().slug(), entries.size());
            ArticleRecord r = a.record();
            Set<String> names = new LinkedHashSet<>();
            r.actors().stream().map(Actor::name).forEach(names::add);
            r.places().stream().map(Place::name).forEach(names::add);
            entries.add(new Entry("article", r.title(), detail(Views.dateLabel(r.date()), r.outlet()),
                    names.isEmpty() ? null : String.join(" · ", names), RelativeLinks.article(r.slug()), null));
        }
        entity(entries, "person", archive.people());
        entity(entries, "organisation", archive.organizations());
        entity(entries, "place", archive.places());
        for (SpeakerQuotes s : archive.speakers()) {
            for (CitedQuote q : s.quotes()) {
                entries.add(quote(q, s.name(), articleEntry));
            }
        }
        for (CitedQuote q : archive.unattributed()) {
            entries.add(quote(q, null, articleEntry));
        }
        return entries;
    }

    private static void entity(List<Entry> entries, String kind, List<Entity> entities) {
        for (Entity e : entities) {
            String detail = e.placeType() != null ? e.placeType() : e.roles().isEmpty() ? null : e.roles().get(0);
            entries.add(new Entry(kind, e.name(), detail, e.aliases().isEmpty() ? null : String.join(" · ", e.aliases()),
                    RelativeLinks.entity(e.kind(), e.id()), null));
        }
    }

    private static Entry quote(CitedQuote q, String speaker, Map<String, Integer> articleEntry) {
        String text = Views.shownQuote(q.quote().text());
        if (text.length() > QUOTE_CHARS) {
            int cut = text.lastIndexOf(' ', QUOTE_CHARS);
            text = text.substring(0, cut > 0 ? cut : QUOTE_CHARS) + "…";
        }
        Integer article = articleEntry.get(q.article().slug());
        if (article == null) {
            return new Entry("quote", text, detail(speaker, q.article().title()), null, RelativeLinks.article(q.article().slug()), null);
        }
        return new Entry("quote", text, speaker, null, null, article);
    }

    private static String detail(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }

    /** Writes the index, as the script the search box loads, to a stream as it is made ({@link ScriptJson#write}). */
    static void write(Archive archive, java.io.OutputStream out) throws java.io.IOException {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("version", 1);
        index.put("items", entries(archive));
        out.write("window.NEWSGEN_SEARCH = ".getBytes(StandardCharsets.US_ASCII));
        ScriptJson.write(index, out);
        out.write(new byte[] {';', '\n'});
    }
}
