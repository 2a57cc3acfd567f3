package newsgen.extract;

import java.util.Set;

/**
 * Rule "paper of a city with its edition": "the Ohio Union Leader", "the Lagos Daily Leader", "the Cork Evening
 * Echo": a place's name, a word of a newspaper's edition or make (daily, evening, union, …) and a newspaper's last word
 * name a newspaper. The middle word keeps "the Ohio Senate Leader" (an office) out.
 */
final class CityPapers {
    private CityPapers() {
    }

    /** Words between a place and a paper's last word: "Union Leader", "Daily Nation", "Evening Standard". */
    private static final Set<String> EDITION_WORDS = WordSet.of("union", "daily", "evening", "morning", "sunday",
            "weekly");

    /** Last words of papers named for a place and an edition word. */
    private static final Set<String> EDITION_PAPERS = WordSet.of("leader", "news", "mail", "express", "standard",
            "record", "echo", "nation", "times", "post", "journal", "tribune", "herald", "gazette", "chronicle",
            "observer", "telegraph", "sun", "star", "courier", "register", "press", "bulletin", "citizen", "monitor");

    /** Whether the run is a place, an edition word and a paper's last word, after "the". */
    static boolean paperWithEdition(ArticleText.Para p, NameRuns.Run run, Gazetteer.Match town) {
        var t = p.tokens();
        int edition = run.to() - 2;
        Token last = t.get(run.to() - 1);
        return town != null && town.from() == run.from() && town.to() == edition && town.entry().isPlace()
                && run.from() > 0 && t.get(run.from() - 1).key().equals("the")
                && EDITION_WORDS.contains(t.get(edition).key()) && t.get(edition).cap() && !t.get(edition).upper()
                && EDITION_PAPERS.contains(last.key()) && last.cap() && !last.upper();
    }
}
