package newsgen.extract;

import java.util.Set;

/**
 * Rule "uncued verb before its subject": "“Collapse!” blared the front page of the Harbour Courier", "“Not again,”
 * sighed Tom Vale": a quotation opening its sentence, then a lower-case word that is no cue verb, then "the" or a
 * capitalised word, has its own speaker after the verb, even where no rule can name it; it is not the quotation
 * before's.
 */
final class UncuedInversions {
    private UncuedInversions() {
    }

    /** Lower-case words after a closing mark that are no verb: "“…,” and the", "“…” in the Senate". */
    private static final Set<String> NOT_VERBS = WordSet.of("and", "or", "but", "nor", "as", "in", "on", "at", "for",
            "of", "to", "with", "from", "by", "into", "than", "then", "so", "because", "when", "while", "after",
            "before", "since", "until", "if", "though", "although", "whereas", "where", "which", "who", "that", "is",
            "was", "were", "are", "be", "been", "not", "a", "an", "the", "according", "during", "under", "over",
            "about", "against", "between", "among", "like", "unlike", "per", "via", "without", "within", "says", "said");

    /** Whether the quotation opens its sentence and a lower-case verb with a subject after it follows. */
    static boolean verbBeforeSubject(QuoteFinder.Span q) {
        if (q.start() != q.end() || q.close() >= q.end().text().length()) {
            return false;
        }
        String text = q.end().text();
        int i = q.close();
        while (i < text.length() && "\"'\u201d\u2019".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ' ' || !opensSentence(text, q.open())) {
            return false;
        }
        int from = i + 1;
        int to = from;
        while (to < text.length() && Character.isLowerCase(text.charAt(to))) {
            to++;
        }
        if (to == from || to + 1 >= text.length() || text.charAt(to) != ' '
                || NOT_VERBS.contains(text.substring(from, to))) {
            return false;
        }
        char next = text.charAt(to + 1);
        return Character.isUpperCase(next) || text.startsWith("the ", to + 1);
    }

    /** Whether only white space, or a sentence's end, stands before the opening mark. */
    private static boolean opensSentence(String text, int open) {
        int k = open - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?:".indexOf(text.charAt(k)) >= 0;
    }
}
