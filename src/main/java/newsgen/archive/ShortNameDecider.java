package newsgen.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which of several entities a short mention names (a surname shared by two people, "the Post" beside
 * three papers), in order: the one named in full in the same article; else the one whose articles share the
 * most specific other entities with the mention's article and lie near it in time; else the most mentioned by
 * far. When nothing decides, nothing is guessed. Reads a snapshot of the index taken before its pass joins anything.
 */
final class ShortNameDecider {
    static final String SAME_ARTICLE = "full name in the same article";
    static final String CONTEXT = "shared entities and near dates";
    static final String MOST_MENTIONED = "most mentioned";
    /** Context decides when the best score reaches this and doubles the next one. */
    static final double MIN_CONTEXT = 1.5;
    /** Articles within this many days count as near in time. */
    static final int NEAR_DAYS = 7;
    /** The most mentioned decides when it is mentioned this many times more than the next. */
    static final int MOST_MENTIONED_FACTOR = 3;

    /** The target (a mention of the chosen entity) and the rule that chose it; target -1 when nothing decided. */
    record Decision(int target, String rule) {
        boolean decided() {
            return target >= 0;
        }
    }

    // The snapshot in arrays, by article and by root (a root is a mention's position): three passes build one,
    // and sets and maps of boxed numbers made each ~70 MB of garbage (JFR).
    private final EntityIndex index;
    /** Each article's entities (roots), each once, in the order the article first names them. */
    private final int[][] rootsOf;
    /** Each root's articles, ascending; null for a position that is no root. */
    private final int[][] articlesOf;
    /** How many times the archive mentions each root's entity. */
    private final int[] mentionsOf;
    /** The entities named in an article with each root's, ascending, made when first asked. */
    private final Map<Integer, int[]> namedWith = new HashMap<>();
    /** Each root's dated articles' days, ascending, made when first asked. */
    private final Map<Integer, long[]> daysOf = new HashMap<>();

    ShortNameDecider(EntityIndex index) {
        this.index = index;
        rootsOf = new int[index.articles()][];
        mentionsOf = new int[index.size()];
        int[] articleCount = new int[index.size()];
        int[] roots = new int[16];
        // The last article (plus one) each root was seen in: whether an article's mention adds a root is one look-up,
        // not a walk over the article's roots so far.
        int[] seenIn = new int[index.size()];
        for (int a = 0; a < index.articles(); a++) {
            int[] range = index.mentionsOf(a);
            if (roots.length < range[1] - range[0]) {
                roots = new int[2 * (range[1] - range[0])];
            }
            int n = 0;
            for (int m = range[0]; m < range[1]; m++) {
                if (!index.isDropped(m)) {
                    int root = index.find(m);
                    if (seenIn[root] != a + 1) {
                        seenIn[root] = a + 1;
                        roots[n++] = root;
                        articleCount[root]++;
                    }
                    mentionsOf[root] += index.count(m);
                }
            }
            rootsOf[a] = java.util.Arrays.copyOf(roots, n);
        }
        articlesOf = new int[index.size()][];
        int[] filled = new int[index.size()];
        for (int a = 0; a < rootsOf.length; a++) {
            for (int root : rootsOf[a]) {
                if (articlesOf[root] == null) {
                    articlesOf[root] = new int[articleCount[root]];
                }
                articlesOf[root][filled[root]++] = a;
            }
        }
    }

    /** True when the first n values hold this one. */
    private static boolean contains(int[] values, int n, int value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** True when some article names both entities (by root) as actors of their own. */
    boolean namedTogether(int a, int b) {
        int[] x = articlesOf[a];
        int[] y = articlesOf[b];
        if (x == null || y == null) {
            return false;
        }
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Which of the candidate entities (by root) mention m names. */
    Decision decide(int m, Set<Integer> candidateRoots) {
        List<Integer> candidates = new ArrayList<>(new java.util.TreeSet<>(candidateRoots));
        if (candidates.size() == 1) {
            return new Decision(candidates.get(0), null);
        }
        int article = index.mention(m).article();
        int[] here = rootsOf[article];
        List<Integer> inArticle = candidates.stream().filter(c -> contains(here, here.length, c)).toList();
        if (inArticle.size() == 1) {
            return new Decision(inArticle.get(0), SAME_ARTICLE);
        }
        if (inArticle.size() > 1) {
            candidates = inArticle;
        }
        int own = index.find(m);
        double best = -1;
        double second = -1;
        int bestRoot = -1;
        for (int c : candidates) {
            double score = context(c, article, own, candidates);
            if (score > best) {
                second = best;
                best = score;
                bestRoot = c;
            } else if (score > second) {
                second = score;
            }
        }
        int most = -1;
        int mostCount = 0;
        int nextCount = 0;
        for (int c : candidates) {
            int n = mentionsOf[c];
            if (n > mostCount) {
                nextCount = mostCount;
                mostCount = n;
                most = c;
            } else if (n > nextCount) {
                nextCount = n;
            }
        }
        // Context decides when it clearly leads, or leads less clearly but for the most mentioned candidate.
        if (best >= MIN_CONTEXT && (best >= 2 * Math.max(second, 0) || best >= 1.5 * second && bestRoot == most)) {
            return new Decision(bestRoot, CONTEXT);
        }
        if (most >= 0 && mostCount >= MOST_MENTIONED_FACTOR * Math.max(1, nextCount)) {
            return new Decision(most, MOST_MENTIONED);
        }
        return new Decision(-1, null);
    }

    /**
     * How strongly an article's other entities point to candidate c: each one also named in c's articles counts
     * by how rare it is in the archive (a name in every article counts nothing), plus one when c is named in an
     * article published within {@link #NEAR_DAYS} days.
     */
    private double context(int c, int article, int own, List<Integer> candidates) {
        int[] with = namedWith.computeIfAbsent(c, this::namedWith);
        double score = 0;
        int n = index.articles();
        for (int r : rootsOf[article]) {
            if (r != own && !candidates.contains(r) && java.util.Arrays.binarySearch(with, r) >= 0) {
                score += Math.log((n + 1.0) / articlesOf[r].length);
            }
        }
        LocalDate date = index.date(article);
        if (date != null) {
            // c's dated articles within NEAR_DAYS of this one, by binary search over their sorted days; this article
            // itself (day 0 away) does not count. Why: walking every article of a much-named candidate for each
            // short mention was most of the surname pass (JFR).
            long day = date.toEpochDay();
            long[] days = daysOf.computeIfAbsent(c, this::days);
            int near = firstAbove(days, day + NEAR_DAYS) - firstAbove(days, day - NEAR_DAYS - 1);
            if (near > (contains(rootsOf[article], rootsOf[article].length, c) ? 1 : 0)) {
                score += 1;
            }
        }
        return score;
    }

    /** The days of a root's dated articles, ascending. */
    private long[] days(int root) {
        int[] articles = articlesOf[root] == null ? new int[0] : articlesOf[root];
        long[] out = new long[articles.length];
        int n = 0;
        for (int a : articles) {
            LocalDate d = index.date(a);
            if (d != null) {
                out[n++] = d.toEpochDay();
            }
        }
        out = java.util.Arrays.copyOf(out, n);
        java.util.Arrays.sort(out);
        return out;
    }

    /** The position of the first value above the given one in an ascending array (its length when none). */
    private static int firstAbove(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] namedWith(int root) {
        java.util.BitSet out = new java.util.BitSet();
        for (int a : articlesOf[root] == null ? new int[0] : articlesOf[root]) {
            for (int r : rootsOf[a]) {
                out.set(r);
            }
        }
        out.clear(root);
        return out.stream().toArray();
    }
}
