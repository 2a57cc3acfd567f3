package newsgen.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Cuts a long list into pages at places its items choose, not at every fiftieth item, so that an item added or taken
 * away changes the page it is on (and at most a neighbour or two), not every page after it. Why: the quotes list of
 * 10,164 articles ran over ~1,900 pages of fifty, and one quote added to one article moved every later quote one place
 * on, so a one-article edit rendered every page again (content-defined chunking, as backup tools cut files).
 *
 * <p>A page ends after an item whose identity hashes to a boundary (one item in {@link #ONE_IN}), once the page holds
 * at least {@link #MIN} items; a page that reaches {@link #MAX} ends there. An item's identity depends on the item
 * alone (its article and words), never on its place, so the cuts before and after an edit are the same outside the
 * edited stretch: the minimum can move one cut, which the next boundary puts right. Pages hold ~50 items on average.
 */
final class ContentPages {
    /** Items a page holds at least (the last page of a list may hold fewer). */
    static final int MIN = 10;
    /** Items a page holds at most. */
    static final int MAX = 150;
    /** One identity in this many ends a page: with {@link #MIN}, ~50 items a page. */
    static final int ONE_IN = 40;

    private ContentPages() {
    }

    /** A list this long has its items' identities worked out on every core first ({@link #cut}). */
    static final int PARALLEL = 4096;

    /**
     * The list cut into pages; one empty page for an empty list. A long list's identities are worked out first on
     * every core (an identity depends on its item alone), then cut on one: hashing the words of each of ~100,000 quotes
     * and ~80,000 dated sentences, one after another, was most of planning a one-edit build's site (JFR, 10,164
     * articles), though a short page's first items need no identity.
     */
    static <T> List<List<T>> cut(List<T> items, ToLongFunction<T> identity) {
        long[] identities = items.size() < PARALLEL ? null
                : java.util.stream.IntStream.range(0, items.size()).parallel().mapToLong(i -> identity.applyAsLong(items.get(i))).toArray();
        List<List<T>> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < items.size(); i++) {
            int size = i - from + 1;
            if (size >= MAX || (size >= MIN && boundary(identities != null ? identities[i] : identity.applyAsLong(items.get(i))))) {
                out.add(items.subList(from, i + 1));
                from = i + 1;
            }
        }
        if (from < items.size() || out.isEmpty()) {
            out.add(items.subList(from, items.size()));
        }
        return out;
    }

    static boolean boundary(long identity) {
        return Long.remainderUnsigned(mix(identity), ONE_IN) == 0;
    }

    /**
     * An identity from texts: {@link String#hashCode} is specified by the language (the same in every JVM run), and
     * {@link #mix} spreads its bits.
     */
    static long identity(String... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (String p : parts) {
            h = mix(h ^ (p == null ? 0x5bd1e995 : p.hashCode()) ^ ((long) (p == null ? -1 : p.length()) << 32));
        }
        return h;
    }

    /** SplitMix64's finaliser: every input bit moves every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Page names from each page's own first item, made unique in list order ({@code lee-epstein},
     * {@code lee-epstein-2}, …), so a name changes only when its page's first item or the pages named alike change.
     *
     * @param bases    each page's name before it is made unique (a slug; empty becomes {@code fallback})
     * @param reserved names already taken in the folder
     */
    static List<String> names(List<String> bases, String fallback, java.util.Set<String> reserved) {
        java.util.Set<String> used = new java.util.HashSet<>(reserved);
        List<String> out = new ArrayList<>(bases.size());
        for (String base : bases) {
            String b = base == null || base.isEmpty() ? fallback : base;
            String name = b;
            for (int n = 2; !used.add(name); n++) {
                name = b + "-" + n;
            }
            out.add(name);
        }
        return out;
    }
}
