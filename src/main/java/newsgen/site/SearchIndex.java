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

    /** The index's entries as one list: what {@link #write} writes piece by piece (its tests compare the two). */
    static List<Entry> entries(Archive archive) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> articleEntry = new HashMap<>();
        for (ArchivedArticle a : archive.articles()) {
            articleEntry.put(a.record().slug(), entries.size());
            ArticleRecord r = a.record();
            entries.add(article(r));
        }
        entries.addAll(entities(archive));
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

    /** An article's entry: a function of its record alone. */
    private static Entry article(ArticleRecord r) {
        Set<String> names = new LinkedHashSet<>();
        r.actors().stream().map(Actor::name).forEach(names::add);
        r.places().stream().map(Place::name).forEach(names::add);
        return new Entry("article", r.title(), detail(Views.dateLabel(r.date()), r.outlet()),
                names.isEmpty() ? null : String.join(" · ", names), RelativeLinks.article(r.slug()), null);
    }

    private static List<Entry> entities(Archive archive) {
        List<Entry> entries = new ArrayList<>();
        entity(entries, "person", archive.people());
        entity(entries, "organisation", archive.organizations());
        entity(entries, "place", archive.places());
        return entries;
    }

    private static void entity(List<Entry> entries, String kind, List<Entity> entities) {
        for (Entity e : entities) {
            String detail = e.placeType() != null ? e.placeType() : e.roles().isEmpty() ? null : e.roles().get(0);
            entries.add(new Entry(kind, e.name(), detail, e.aliases().isEmpty() ? null : String.join(" · ", e.aliases()),
                    RelativeLinks.entity(e.kind(), e.id()), null));
        }
    }

    /** A quote's text as its entry shows it: a function of the quote's own text. */
    private static String quoteText(CitedQuote q) {
        String text = Views.shownQuote(q.quote().text());
        if (text.length() > QUOTE_CHARS) {
            int cut = text.lastIndexOf(' ', QUOTE_CHARS);
            text = text.substring(0, cut > 0 ? cut : QUOTE_CHARS) + "…";
        }
        return text;
    }

    private static Entry quote(CitedQuote q, String speaker, Map<String, Integer> articleEntry) {
        String text = quoteText(q);
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

    private static final byte[] HEAD = "window.NEWSGEN_SEARCH = {\"version\":1,\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = "]};\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = {','};
    private static final byte[] QUOTE_TEXT = "{\"k\":\"quote\",\"t\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOTE_SPEAKER = ",\"d\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOTE_ARTICLE = ",\"a\":".getBytes(StandardCharsets.US_ASCII);

    /** Writes the index, as the script the search box loads, to a stream as it is made (the stream is flushed, not closed). */
    static void write(Archive archive, java.io.OutputStream out) throws java.io.IOException {
        write(archive, out, null, null, null);
    }

    /**
     * Writes the index as above: {@code window.NEWSGEN_SEARCH = } and the JSON of {@code {"version": 1, "items":
     * entries}}, the same bytes {@link ScriptJson#write} gives for it, written entry by entry. An article's entry and
     * its quotes' texts are copied from the last build's file when {@code old} holds them under the article's cache
     * key ({@link SearchSlices}), and where each goes is noted in {@code noted} for the next build.
     *
     * @param keys  each article's cache key (null for one without), or null
     * @param old   the last build's pieces, or null
     * @param noted where this build's pieces go, or null
     */
    static void write(Archive archive, java.io.OutputStream stream, java.util.function.Function<ArchivedArticle, String> keys,
                      SearchSlices old, SearchSlices noted) throws java.io.IOException {
        ScriptJson.Pieces out = new ScriptJson.Pieces(stream);
        out.raw(HEAD);
        Map<String, Article> bySlug = new HashMap<>(2 * archive.articles().size());
        boolean first = true;
        int position = 0;
        for (ArchivedArticle a : archive.articles()) {
            ArticleRecord r = a.record();
            String key = keys == null ? null : keys.apply(a);
            long[] was = old == null ? null : old.of(key);
            long[] places = noted == null || key == null ? null : noted.note(key, r.quotes().size());
            bySlug.put(r.slug(), new Article(position++, r, was, places));
            first = comma(out, first);
            long at = places == null ? 0 : out.count();
            if (!(old != null && old.copy(was, 0, out))) {
                out.value(article(r));
            }
            if (places != null) {
                places[0] = at;
                places[1] = out.count() - at;
            }
        }
        for (Entry e : entities(archive)) {
            first = comma(out, first);
            out.value(e);
        }
        byte[] tail = new byte[32];
        for (SpeakerQuotes s : archive.speakers()) {
            byte[] speaker = s.name() == null ? null : ScriptJson.of(s.name()).getBytes(StandardCharsets.UTF_8);
            for (CitedQuote q : s.quotes()) {
                first = comma(out, first);
                quote(out, q, s.name(), speaker, bySlug, old, tail);
            }
        }
        for (CitedQuote q : archive.unattributed()) {
            first = comma(out, first);
            quote(out, q, null, null, bySlug, old, tail);
        }
        out.raw(TAIL);
        out.finish();
    }

    /**
     * An article of the index: its entry's position (a duplicate slug's last, as a map of positions by slug gives), its
     * record, and its places in the last build's file and in this one's, or null.
     */
    private record Article(int position, ArticleRecord record, long[] was, long[] places) {
        /** The quote's place in its record, or -1. */
        int ordinal(newsgen.model.Quote quote) {
            List<newsgen.model.Quote> quotes = record.quotes();
            for (int i = 0; i < quotes.size(); i++) {
                if (quotes.get(i) == quote) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static boolean comma(ScriptJson.Pieces out, boolean first) throws java.io.IOException {
        if (!first) {
            out.raw(COMMA);
        }
        return false;
    }

    /**
     * A quote's entry as {@link #quote(CitedQuote, String, Map)} makes it, its text copied from the last build's file
     * or written and noted. Its fields in the entry's order (k, t, d, a), as the JSON of an entry writes them.
     */
    private static void quote(ScriptJson.Pieces out, CitedQuote q, String name, byte[] speaker, Map<String, Article> bySlug,
                              SearchSlices old, byte[] tail) throws java.io.IOException {
        Article article = bySlug.get(q.article().slug());
        if (article == null) {
            out.value(quote(q, name, Map.of()));
            return;
        }
        out.raw(QUOTE_TEXT);
        int ordinal = article.was() == null && article.places() == null ? -1 : article.ordinal(q.quote());
        int i = 2 + 2 * ordinal;
        long at = article.places() == null || ordinal < 0 ? 0 : out.count();
        if (!(old != null && ordinal >= 0 && old.copy(article.was(), i, out))) {
            out.string(quoteText(q));
        }
        if (article.places() != null && ordinal >= 0) {
            article.places()[i] = at;
            article.places()[i + 1] = out.count() - at;
        }
        if (speaker != null) {
            out.raw(QUOTE_SPEAKER);
            out.raw(speaker);
        }
        // ,"a":position} in one piece, the position's digits as Integer.toString writes them
        System.arraycopy(QUOTE_ARTICLE, 0, tail, 0, QUOTE_ARTICLE.length);
        int n = QUOTE_ARTICLE.length;
        int digits = 1;
        for (int p = article.position(); p >= 10; p /= 10) {
            digits++;
        }
        for (int p = article.position(), c = n + digits - 1; c >= n; c--, p /= 10) {
            tail[c] = (byte) ('0' + p % 10);
        }
        n += digits;
        tail[n++] = '}';
        out.raw(tail, 0, n);
    }
}
