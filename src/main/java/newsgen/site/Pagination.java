package newsgen.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list over numbered pages: {@code people/index.html}, {@code people/page-2.html}, … or
 * {@code quotes/unattributed.html}, {@code quotes/unattributed-page-2.html}, …
 */
final class Pagination {
    /** Items a list page shows. */
    static final int PAGE_SIZE = 50;
    /** Page numbers shown either side of the current one; the first and last are always shown. */
    private static final int AROUND = 3;

    private Pagination() {
    }

    /** The path of page n (from 1) of the list whose first page is at {@code first}. */
    static String path(String first, int n) {
        if (n <= 1) {
            return first;
        }
        int slash = first.lastIndexOf('/');
        String dir = first.substring(0, slash + 1);
        String file = first.substring(slash + 1);
        if (file.equals("index.html")) {
            return dir + "page-" + n + ".html";
        }
        return dir + file.substring(0, file.length() - ".html".length()) + "-page-" + n + ".html";
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            out.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        if (out.isEmpty()) {
            out.add(List.of());
        }
        return out;
    }

    /**
     * What a page's pager shows: previous and next (null at either end) and nearby page numbers, each with its site
     * path.
     */
    record Pager(int number, int count, String prev, String next, List<PageNumber> pages) {
    }

    /** One entry of a pager: a page number, the current page, or a gap between numbers. */
    record PageNumber(boolean gap, int number, String href, boolean current) {
    }

    /** The pager of page n (from 1) of a list of {@code count} pages; null when one page holds everything. */
    static Pager pager(String first, int n, int count) {
        if (count <= 1) {
            return null;
        }
        List<PageNumber> pages = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= count; i++) {
            if (i == 1 || i == count || Math.abs(i - n) <= AROUND) {
                if (last != 0 && i > last + 1) {
                    pages.add(new PageNumber(true, 0, "", false));
                }
                pages.add(new PageNumber(false, i, path(first, i), i == n));
                last = i;
            }
        }
        return new Pager(n, count, n > 1 ? path(first, n - 1) : null, n < count ? path(first, n + 1) : null, List.copyOf(pages));
    }
}
