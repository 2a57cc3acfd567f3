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
 * Similarity is the Dice coefficient of the two quotes' content-word stems (words of four letters or more, stop
 * words left out, so "we will" does not make two statements alike); candidates come from an index of those
 * stems, so a speaker quoted a thousand times is not compared a million times. Word-for-word equal quotes
 * ("historic") always match.
 */
final class QuoteMatcher {
    /** Two wordings at least this similar say the same thing. */
    static final double SAME_THING = 0.5;
    /** Letters of a word kept as its stem: "defence"/"defense", "combine"/"combination" meet. */
    private static final int STEM = 5;
    /** Words shorter than this carry too little meaning to tell two statements apart ("the", "we", "not"). */
    private static final int MIN_WORD = 4;
    /** Two different wordings must share at least this many content stems. */
    private static final int MIN_SHARED = 2;
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
                bySpeaker.computeIfAbsent(c.speaker().key(), k -> new ArrayList<>()).add(c);
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
        List<String> folded = group.stream().map(c -> NameKey.of(c.quote().quote().text())).toList();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            Candidate c = group.get(i);
            Set<Integer> seen = new HashSet<>();
            int best = -1;
            double bestScore = 0;
            List<String> keys = new ArrayList<>(stems.get(i));
            keys.add("=" + folded.get(i));
            for (String stem : keys) {
                List<Integer> earlier = postings.computeIfAbsent(stem, s -> new ArrayList<>());
                if (earlier.size() <= MAX_POSTINGS) {
                    for (int j : earlier) {
                        if (group.get(j).article() != c.article() && seen.add(j)) {
                            double score = folded.get(i).equals(folded.get(j)) ? 1.0
                                    : shared(stems.get(i), stems.get(j)) < MIN_SHARED ? 0 : dice(stems.get(i), stems.get(j));
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

    /** The stems of a text's content words: folded, four letters or more, not a stop word, cut to their first letters. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String word : NameKey.words(NameKey.of(text))) {
            if (word.length() >= MIN_WORD && !Wording.isStopWord(word)) {
                out.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return out;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * shared(a, b) / (a.size() + b.size());
    }
}
