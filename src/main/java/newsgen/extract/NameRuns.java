package newsgen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs of capitalised words that may be one name ("Alliance of Sahel States", "Lucia Ramos"): only spaces
 * or hyphens between them, small connecting words allowed inside, a possessive ends a run.
 */
final class NameRuns {
    /** A run: tokens {@code from} (inclusive) to {@code to} (exclusive) of a paragraph. */
    record Run(int from, int to) {
        int size() {
            return to - from;
        }
    }

    /** Lowercase words that join the capitalised parts of one name ("Bank of England", "Mohammed bin Salman"). */
    static final Set<String> CONNECTORS = Set.of("of", "the", "de", "du", "des", "da", "do", "dos", "la", "le",
            "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "for", "on", "di", "del", "ben", "ten", "ter");
    /** Connectors that join the words of an organisation's name but never of a person's ("Bank of England"). */
    static final Set<String> ORG_CONNECTORS = Set.of("of", "the", "for", "on", "y");

    private NameRuns() {
    }

    static List<Run> runs(ArticleText.Para p) {
        List<Token> t = p.tokens();
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).cap()) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < t.size() && Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to))) {
                Token next = t.get(to);
                if (next.cap()) {
                    to++;
                } else if (CONNECTORS.contains(next.key()) && to + 1 < t.size() && t.get(to + 1).cap()
                        && !Gazetteer.get().nonNames.contains(t.get(to + 1).text())
                        && Gazetteer.joinable(p.text(), next, t.get(to + 1))) {
                    to += 2;
                } else {
                    break;
                }
            }
            Run r = strip(t, from, to);
            if (r != null) {
                out.add(r);
            }
            i = to;
        }
        return out;
    }

    /** Drops leading words that are capitalised only as sentence openers or never name anything ("The", "In"). */
    private static Run strip(List<Token> t, int from, int to) {
        Set<String> nonNames = Gazetteer.get().nonNames;
        while (from < to && (nonNames.contains(t.get(from).text()) || CONNECTORS.contains(t.get(from).key()))) {
            from++;
        }
        return from < to ? new Run(from, to) : null;
    }
}
