package newsgen.extract;

import java.util.Set;

/**
 * Rule "publication of a body": "the UCSD Harlow Forecast", "the NRF Holiday Index", "the Reuters Marlow Survey":
 * a known organisation or an acronym, then capitalised words, ending in a word for what a body publishes (a forecast,
 * report, index, survey, poll, outlook, review) is that body's product, named as an organisation, and never a person
 * ("Harlow Forecast" reads as a given name and a surname).
 */
final class BodyPublications {
    private BodyPublications() {
    }

    /** Last words of a body's publications. */
    private static final Set<String> PUBLICATION_WORDS = WordSet.of("forecast", "report", "index", "survey", "poll",
            "outlook", "review", "barometer", "tracker");

    /** Whether the run is a body's name or acronym, one capitalised word or more, and a publication's word. */
    static boolean publicationOfBody(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token last = t.get(run.to() - 1);
        if (run.size() < 3 || !PUBLICATION_WORDS.contains(last.key()) || !last.cap() || last.upper()) {
            return false;
        }
        int bodyEnd = bodyEnd(p, run);
        if (bodyEnd < 0 || bodyEnd >= run.to() - 1) {
            return false;
        }
        for (int k = bodyEnd; k < run.to() - 1; k++) {
            if (!t.get(k).cap() || t.get(k).upper() || t.get(k).possessive()) {
                return false; // "the UCLA Forecast's", "NBC WSJ Poll": other shapes
            }
        }
        return true;
    }

    /** Where the body opening the run ends: after an acronym ("UCLA") or a known organisation; -1 for neither. */
    private static int bodyEnd(ArticleText.Para p, NameRuns.Run run) {
        Token first = p.tokens().get(run.from());
        if (first.upper() && first.key().length() >= 2 && first.key().chars().allMatch(Character::isLetter)
                && !first.possessive()) {
            return run.from() + 1;
        }
        Gazetteer.Match m = p.matchAt(run.from());
        return m != null && m.from() == run.from() && m.entry().kind() == Gazetteer.Kind.ORGANIZATION ? m.to() : -1;
    }
}
