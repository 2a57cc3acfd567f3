package newsgen.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** What a page's pager shows: previous, next and nearby page numbers, each with its site path; empty for one page. */
    static Map<String, Object> pager(String first, int n, int count) {
        if (count <= 1) {
            return Map.of();
        }
        Map<String, Object> m = new HashMap<>();
        m.put("number", n);
        m.put("count", count);
        m.put("prev", n > 1 ? path(first, n - 1) : null);
        m.put("next", n < count ? path(first, n + 1) : null);
        List<Map<String, Object>> pages = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= count; i++) {
            if (i == 1 || i == count || Math.abs(i - n) <= AROUND) {
                if (last != 0 && i > last + 1) {
                    pages.add(Map.of("gap", true, "number", 0, "href", "", "current", false));
                }
                pages.add(Map.of("gap", false, "number", i, "href", path(first, i), "current", i == n));
                last = i;
            }
        }
        m.put("pages", pages);
        return m;
    }
}
