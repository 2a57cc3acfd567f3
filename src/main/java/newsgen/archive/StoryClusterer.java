package newsgen.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles that cover the same event into stories: they name the same actors and places, were published
 * within days of each other and use similar words. Candidates come from an inverted index of (entity, date window)
 * keys, so an article is compared only with the few published near it that share a name; a key shared by very
 * many articles (a country named in half the archive) is capped and stops finding candidates. The work grows
 * with the number of articles, never with the number of pairs.
 */
final class StoryClusterer {
    /** Days per date window of the index; an article looks in its own window and the two beside it. */
    static final int WINDOW_DAYS = 3;
    /** Two articles more days apart than this are not about the same event. */
    static final int MAX_GAP_DAYS = 3;
    /** A story spans at most this many days from its first article. */
    static final int MAX_SPAN_DAYS = 7;
    /** A key naming more articles than this in one window finds no more candidates. */
    static final int MAX_POSTINGS = 100;
    /** The score a pair must reach: shared specific actors count 1, shared places 0.5, word similarity (cosine) ×10. */
    static final double THRESHOLD = 5.0;
    /** Titles and leads less alike than this (TF-IDF cosine) are not one event, whoever they name. */
    static final double MIN_COSINE = 0.12;
    /** A story this big takes a new article only if it names an entity every article of the story names. */
    static final int BIG_STORY = 8;

    /**
     * What clustering reads of an article.
     *
     * @param date    publication date, or null
     * @param actors  keys of the specific people and organisations it names (the archive's most frequent left out:
     *                they name half the archive and tell no event from another)
     * @param places  keys of the specific places it names
     * @param words   its title's and lead's words with their TF-IDF weights, of length 1
     */
    record Features(String slug, LocalDate date, Set<String> actors, Set<String> places, WordVector words) {
        /** Features with words weighed as the map says. */
        Features(String slug, LocalDate date, Set<String> actors, Set<String> places, Map<String, Double> words) {
            this(slug, date, actors, places, new WordVector(words));
        }

        /** Features whose words all weigh the same. */
        Features(String slug, LocalDate date, Set<String> actors, Set<String> places, Set<String> words) {
            this(slug, date, actors, places, uniform(words));
        }

        private static Map<String, Double> uniform(Set<String> words) {
            Map<String, Double> out = new HashMap<>();
            words.forEach(w -> out.put(w, 1 / Math.sqrt(words.size())));
            return out;
        }
    }

    private long comparisons;

    /** How many pairs the last run scored, for checking that the work stays linear. */
    long comparisons() {
        return comparisons;
    }

    /** The stories of two articles or more, each as positions in the input list, in input order. */
    List<List<Integer>> cluster(List<Features> articles) {
        comparisons = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> articles.get(i).date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> articles.get(i).slug()));
        int[] storyOf = new int[articles.size()];
        List<List<Integer>> stories = new ArrayList<>();
        List<LocalDate> storyStart = new ArrayList<>();
        List<Set<String>> storyCore = new ArrayList<>();
        // Postings by entity number and date window: a string "a:key@window" per look-up was a fifth of the
        // archive stage's allocation (JFR).
        Map<Posting, List<Integer>> postings = new HashMap<>();
        Map<String, Integer> actorNumbers = new HashMap<>();
        Map<String, Integer> placeNumbers = new HashMap<>();
        for (int a : order) {
            Features f = articles.get(a);
            int best = -1;
            double bestScore = 0;
            Set<Integer> seen = new HashSet<>();
            int[] keys = keys(f, actorNumbers, placeNumbers);
            long[] lookups = lookups(f.date());
            for (int key : keys) {
                for (long window : lookups) {
                    List<Integer> earlier = postings.get(new Posting(key, window));
                    if (earlier == null || earlier.size() > MAX_POSTINGS) {
                        continue;
                    }
                    for (int c : earlier) {
                        if (!seen.add(c)) {
                            continue;
                        }
                        comparisons++;
                        double score = score(f, articles.get(c));
                        int story = storyOf[c];
                        LocalDate start = storyStart.get(story);
                        boolean inSpan = f.date() == null || start == null || !f.date().isAfter(start.plusDays(MAX_SPAN_DAYS));
                        boolean fits = stories.get(story).size() < BIG_STORY || shares(f, storyCore.get(story));
                        if (score >= THRESHOLD && inSpan && fits && (score > bestScore || (score == bestScore && story < best))) {
                            best = story;
                            bestScore = score;
                        }
                    }
                }
            }
            if (best < 0) {
                best = stories.size();
                stories.add(new ArrayList<>());
                storyStart.add(f.date());
                Set<String> core = new HashSet<>(f.actors());
                core.addAll(f.places());
                storyCore.add(core);
            } else {
                storyCore.get(best).removeIf(k -> !f.actors().contains(k) && !f.places().contains(k));
            }
            stories.get(best).add(a);
            storyOf[a] = best;
            long window = window(f.date());
            for (int key : keys) {
                List<Integer> list = postings.computeIfAbsent(new Posting(key, window), k -> new ArrayList<>());
                if (list.size() <= MAX_POSTINGS) {
                    list.add(a);
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> story : stories) {
            if (story.size() >= 2) {
                List<Integer> sorted = new ArrayList<>(story);
                sorted.sort(Comparator.naturalOrder());
                out.add(sorted);
            }
        }
        out.sort(Comparator.comparing(s -> s.get(0)));
        return out;
    }

    /** True when the article names one of the entities every article of a story names. */
    private static boolean shares(Features f, Set<String> core) {
        for (String k : core) {
            if (f.actors().contains(k) || f.places().contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** An index key: an entity's number (actors even, places odd) and a date window. */
    private record Posting(int key, long window) {
        /**
         * Both numbers mixed: the record's own hash (31 times one plus the other) gives the keys of one entity
         * number and of the next, 31 windows earlier, one hash, so the postings of 10,164 articles piled into a few
         * long bins and looking them up was ~40 % of clustering (JFR). Only where entries sit in the map changes.
         */
        @Override
        public int hashCode() {
            long h = (key * 0x9E3779B97F4A7C15L) ^ window;
            h *= 0xBF58476D1CE4E5B9L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /** No date window: the articles without a date share this one (no date gives a window this low). */
    private static final long UNDATED = Long.MIN_VALUE;

    /** The article's actors' keys in order, then its places', as numbers given in order of first use. */
    private static int[] keys(Features f, Map<String, Integer> actorNumbers, Map<String, Integer> placeNumbers) {
        int[] keys = new int[f.actors().size() + f.places().size()];
        int n = 0;
        for (String k : f.actors().stream().sorted().toList()) {
            keys[n++] = 2 * actorNumbers.computeIfAbsent(k, x -> actorNumbers.size());
        }
        for (String k : f.places().stream().sorted().toList()) {
            keys[n++] = 2 * placeNumbers.computeIfAbsent(k, x -> placeNumbers.size()) + 1;
        }
        return keys;
    }

    private static long window(LocalDate date) {
        return date == null ? UNDATED : Math.floorDiv(date.toEpochDay(), WINDOW_DAYS);
    }

    private static long[] lookups(LocalDate date) {
        if (date == null) {
            return new long[] {UNDATED};
        }
        long w = Math.floorDiv(date.toEpochDay(), WINDOW_DAYS);
        return new long[] {w - 1, w, w + 1};
    }

    /** How strongly two articles look like reports of one event; 0 when they are too far apart in time. */
    static double score(Features a, Features b) {
        if (a.date() != null && b.date() != null && Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > MAX_GAP_DAYS) {
            return 0;
        }
        int actors = shared(a.actors(), b.actors());
        if (actors == 0) {
            return 0;
        }
        double words = WordVector.cosine(a.words(), b.words());
        if (words < MIN_COSINE) {
            return 0;
        }
        int places = shared(a.places(), b.places());
        return Math.min(actors, 5) + 0.5 * Math.min(places, 4) + 10 * words;
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }


    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = shared(a, b);
        return (double) shared / (a.size() + b.size() - shared);
    }
}
