package newsgen.archive;

import newsgen.model.CitedQuote;
import newsgen.model.EntityRef;
import newsgen.model.QuotePair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quotes of one speaker that say the same thing in two articles of a story, in the same or in other
 * words ("will combine military and economic efforts" / "will be a combination of military and economic efforts").
 * Similarity is the Dice coefficient of the two quotes' word stems; candidates come from an index of shared
 * stems, so a speaker quoted a thousand times is not compared a million times.
 */
final class QuoteMatcher {
    /** Two wordings at least this similar say the same thing. */
    static final double SAME_THING = 0.5;
    /** Letters of a word kept as its stem: "defence"/"defense", "combine"/"combination" meet. */
    private static final int STEM = 5;
    /** Stems this short are too common to find candidates with ("the", "of"); they still count in the score. */
    private static final int MIN_INDEXED_STEM = 4;
    /** A stem shared by more quotes than this finds no candidates: it says nothing about which quote is which. */
    private static final int MAX_POSTINGS = 50;

    /** A quote of a story, with its speaker's entity and the position of its article in the story. */
    record Candidate(EntityRef speaker, CitedQuote quote, int article) {
    }

    /** Pairs each quote with the most similar earlier quote of its speaker in another article, if similar enough. */
    List<QuotePair> match(List<Candidate> quotes) {
        Map<String, List<Candidate>> bySpeaker = new LinkedHashMap<>();
        for (Candidate c : quotes) {
            if (c.speaker() != null) {
                bySpeaker.computeIfAbsent(c.speaker().kind() + ":" + c.speaker().id(), k -> new ArrayList<>()).add(c);
            }
        }
        List<QuotePair> pairs = new ArrayList<>();
        for (List<Candidate> group : bySpeaker.values()) {
            matchSpeaker(group, pairs);
        }
        return pairs;
    }

    private static void matchSpeaker(List<Candidate> group, List<QuotePair> pairs) {
        List<Set<String>> stems = group.stream().map(c -> stems(c.quote().quote().text())).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            Candidate c = group.get(i);
            Set<Integer> seen = new HashSet<>();
            int best = -1;
            double bestScore = 0;
            for (String stem : stems.get(i)) {
                if (stem.length() < MIN_INDEXED_STEM) {
                    continue;
                }
                List<Integer> earlier = postings.computeIfAbsent(stem, s -> new ArrayList<>());
                if (earlier.size() <= MAX_POSTINGS) {
                    for (int j : earlier) {
                        if (group.get(j).article() != c.article() && seen.add(j)) {
                            double score = dice(stems.get(i), stems.get(j));
                            if (score > bestScore || (score == bestScore && best >= 0 && j < best)) {
                                best = j;
                                bestScore = score;
                            }
                        }
                    }
                    earlier.add(i);
                }
            }
            if (best >= 0 && bestScore >= SAME_THING) {
                Candidate first = group.get(best);
                WordDiff.Marked marked = WordDiff.diff(first.quote().quote().text(), c.quote().quote().text());
                pairs.add(new QuotePair(c.speaker(), first.quote(), c.quote(), Math.round(bestScore * 100) / 100.0,
                        marked.first(), marked.second()));
            }
        }
    }

    /** The stems of a text's words: folded, cut to their first letters. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String word : NameKey.words(NameKey.of(text))) {
            out.add(word.length() > STEM ? word.substring(0, STEM) : word);
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
