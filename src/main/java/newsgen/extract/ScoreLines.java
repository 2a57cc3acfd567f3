package newsgen.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sports results: the names beside a score are teams, even where the name is a city's ("Liverpool 0 Everton 0") or a
 * given name ("Arsenal beat Chelsea 2-1"). Asked by {@link ActorFinder} before the person and place rules.
 */
final class ScoreLines {
    private ScoreLines() {
    }

    /**
     * One side's goals in a results line: 0 to 19 (a poll's "Roe 45 Doe 40" gives shares in the forties), as the
     * pattern {@code 1?\d} reads it (ASCII digits). Read by hand: asked after every capitalised run of every paragraph,
     * the pattern's matcher was ~2% of the bytes {@code gen extract} allocated (JFR, 10,164 articles).
     */
    static boolean goalsWord(String w) {
        int n = w.length();
        return n == 1 ? digit(w.charAt(0)) : n == 2 && w.charAt(0) == '1' && digit(w.charAt(1));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
    /**
     * A score written as one word: "2-1", "3–0", "24-17"; each side under 35, as a poll's matchup ("Roe beats Doe
     * 42-40") is not.
     */
    private static final Pattern SCORE = Pattern.compile("(?:[12]?\\d|3[0-4])[-\u2013](?:[12]?\\d|3[0-4])");
    /** Verbs of a result between two teams, written between them: "Arsenal beat Chelsea 2-1". */
    private static final Set<String> RESULT_VERBS = WordSet.of("beat", "defeated", "edged", "thrashed",
            "routed", "stunned", "overcame", "downed", "hammered", "whitewashed");
    /** RESULT_VERBS as a {@link WordFact}, answered once per distinct word. */
    private static final WordFact RESULT_VERB = WordFact.keyIn(RESULT_VERBS);

    /**
     * Rule "score line": in a results line ("Liverpool 0 Everton 0", "Arsenal 2 Chelsea 1") a run of capitalised words
     * with a side's goals right after it, where another run with its goals stands right before or after, is a team;
     * and in "Arsenal beat Chelsea 2-1" both names around a verb of a result with the score after them are.
     */
    static boolean team(ArticleText.Para p, NameRuns.Run run) {
        List<Token> t = p.tokens();
        int after = run.to();
        if (after < t.size() && goals(p, after)) {
            // "Liverpool 0 | Everton 0": another side's name and goals after, or before
            int next = after + 1;
            // a space only between one side's goals and the other side: "Haldorsen 14, Okafor 12" are scorers' tallies
            boolean sideAfter = next + 1 < t.size() && t.get(next).cap() && spaced(p, after, next) && sideAt(p, next);
            boolean sideBefore = run.from() >= 2 && goals(p, run.from() - 1) && t.get(run.from() - 2).cap()
                    && spaced(p, run.from() - 1, run.from());
            return sideAfter || sideBefore;
        }
        // "Arsenal beat Chelsea 2-1": the winner before the verb, the loser and the score after it
        if (after + 2 < t.size() && !t.get(after).cap() && RESULT_VERB.test(t.get(after)) && t.get(after + 1).cap()) {
            int k = after + 1;
            while (k < t.size() && t.get(k).cap()) {
                k++;
            }
            return k < t.size() && SCORE.matcher(t.get(k).text()).matches() && !sets(p, k) && !fullName(p, run);
        }
        if (run.from() >= 2 && !t.get(run.from() - 1).cap() && RESULT_VERB.test(t.get(run.from() - 1))
                && t.get(run.from() - 2).cap() && after < t.size() && SCORE.matcher(t.get(after).text()).matches()
                && !sets(p, after) && !fullName(p, run)) {
            return true;
        }
        // rule "score inside a result": "Palmeiras drew 1-1 with Flamengo", "Corinthians lost 2-0 to Santos"
        // (the full-name test last: this runs after every capitalised run, and a score is rare)
        return (scoreInside(p, after) && t.get(after + 3).cap()
                || run.from() >= 4 && scoreInside(p, run.from() - 3) && t.get(run.from() - 4).cap()) && !fullName(p, run);
    }

    /** Verbs of a result with the score right after them and the other side after a preposition. */
    private static final Set<String> SCORED_VERBS = WordSet.of("drew", "tied", "lost", "won", "beat", "defeated");
    /** SCORED_VERBS as a {@link WordFact}: asked around every capitalised run. */
    private static final WordFact SCORED_VERB = WordFact.keyIn(SCORED_VERBS);
    /**
     * Prepositions before the other side of such a result: "drew 1-1 with", "lost 2-0 to", "won 3-1 over". Not "at":
     * "won 2-0 at Anfield" names the ground, a place.
     */
    private static final Set<String> SIDE_PREPOSITIONS = WordSet.of("with", "to", "against", "over");

    /** A verb of a result at {@code k}, a score (no sets) and a preposition of the other side after it. */
    private static boolean scoreInside(ArticleText.Para p, int k) {
        List<Token> t = p.tokens();
        return k + 3 < t.size() && !t.get(k).cap() && SCORED_VERB.test(t.get(k))
                && SCORE.matcher(t.get(k + 1).text()).matches() && !t.get(k + 2).cap()
                && SIDE_PREPOSITIONS.contains(t.get(k + 2).key());
    }

    /**
     * A score of sets, "6-4, 6-3" or "6-4 7-5": a tennis or squash match between players, not teams ("Novak Roe beat
     * Carlos Doe 6-4, 6-3").
     */
    private static boolean sets(ArticleText.Para p, int k) {
        List<Token> t = p.tokens();
        return k + 1 < t.size() && SCORE.matcher(t.get(k + 1).text()).matches();
    }

    /**
     * A given name opening two words or more: a player's full name ("Carlos Doe"), no team's. Rule "Arabic article
     * opening a club's name": "Al" or "El" there ("Al Hilal beat Al Nassr 2-1", "El Gouna") is the article of a club's
     * name, not the given name of "Al Pellham": a player with a score of goals is named so too rarely to count.
     */
    private static boolean fullName(ArticleText.Para p, NameRuns.Run run) {
        Token first = p.tokens().get(run.from());
        return run.size() >= 2 && Gazetteer.get().givenName.test(first) && !ARABIC_ARTICLES.contains(first.text());
    }

    /** The Arabic article as it opens a club's name written in English: "Al Ahly", "El Gouna". */
    private static final Set<String> ARABIC_ARTICLES = Set.of("Al", "El");

    /** Only one space between tokens {@code a} and {@code b}. */
    private static boolean spaced(ArticleText.Para p, int a, int b) {
        return p.text().substring(p.tokens().get(a).end(), p.tokens().get(b).start()).equals(" ");
    }

    /** Whether the capitalised words from {@code k} end in a side's goals: "Everton 0", "Aston Villa 1". */
    private static boolean sideAt(ArticleText.Para p, int k) {
        List<Token> t = p.tokens();
        int end = k;
        while (end < t.size() && end - k < 4 && t.get(end).cap()) {
            end++;
        }
        return end > k && end < t.size() && goals(p, end);
    }

    /** A side's goals at {@code k}: one or two digits, a word of their own (not "0.5", "1,000", "2%"). */
    private static boolean goals(ArticleText.Para p, int k) {
        Token w = p.tokens().get(k);
        if (!goalsWord(w.text())) {
            return false;
        }
        char after = w.end() < p.text().length() ? p.text().charAt(w.end()) : ' ';
        char before = w.start() > 0 ? p.text().charAt(w.start() - 1) : ' ';
        return before == ' ' && (after == ' ' || after == ',' || after == '.' || after == ';');
    }
}
