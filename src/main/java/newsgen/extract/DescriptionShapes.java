package newsgen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a description's words stand, read by {@link Descriptions}: its role words ("the judge", "a company
 * spokesman"), the place or country it names ("the Ohio governor", "the Texan"), an age or demonym head, a title with
 * only title words before it, and the quotation it follows. Static tests of the words only; who they name is
 * {@link Descriptions}'s to decide.
 */
final class DescriptionShapes {
    private DescriptionShapes() {
    }

    /**
     * Rule "before the quotation": where a description that attributes the quotation closing right before it
     * ("“… So Donald, you know, is great at the one-liners …,” the former Florida governor said.") reads back from:
     * the quotation's opening mark, since the sentences and names inside the quotation are the speaker's words, not
     * the writer's account of who speaks; {@code offset} itself when no quotation closes right before it.
     */
    static int anchor(ArticleText.Para p, int offset) {
        String s = p.text();
        int k = offset - 1;
        while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == ',')) {
            k--;
        }
        if (k < 0 || !(QuoteMarks.isDoubleClose(s.charAt(k)) || s.charAt(k) == '"')) {
            return offset;
        }
        for (int i = k - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (QuoteMarks.isDoubleOpen(c) || c == '"' && QuoteMarks.isOpening(s, i)) {
                return i;
            }
            if (QuoteMarks.isDoubleClose(c) || c == '"') {
                return offset; // another quotation closes first: not one span
            }
        }
        return offset;
    }

    /**
     * The place a description from token {@code from} to {@code head} (exclusive) names: a state, country or city
     * written as such ("the Ohio governor", "the New Jersey governor") or by its demonym ("the Texan"); null when none.
     */
    static String placeIn(ArticleText.Para p, int from, int head) {
        var t = p.tokens();
        for (int j = from; j < head && j < t.size(); j++) {
            Gazetteer.Match m = t.get(j).cap() ? p.matchAt(j) : null;
            if (m == null || m.to() > head) {
                continue;
            }
            Gazetteer.Entry e = m.entry();
            if (e.kind() == Gazetteer.Kind.DEMONYM && e.country() != null) {
                return e.country();
            }
            if (e.kind() == Gazetteer.Kind.REGION || e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.CITY) {
                return p.surface(m.from(), m.to());
            }
        }
        return null;
    }

    /**
     * "Taiwan's foreign ministry": an organisation noun after a country's possessive (and at most two lowercase
     * words) names that country's body, which speaks under that name; else null.
     */
    static Speaker ownedByCountry(ArticleText.Para p, int head) {
        var t = p.tokens();
        for (int k = head - 1; k >= 0 && head - k <= 3; k--) {
            Token w = t.get(k);
            if (!Gazetteer.joinable(p.text(), w, t.get(k + 1)) && !w.possessive()) {
                return null;
            }
            if (w.possessive()) {
                Gazetteer.Match m = p.matchAt(k);
                if (m == null || m.entry().kind() != Gazetteer.Kind.COUNTRY) {
                    return null;
                }
                String name = p.text().substring(t.get(m.from()).start(), t.get(head).end());
                return Speaker.named(name);
            }
            if (w.cap()) {
                return null;
            }
        }
        return null;
    }

    /** "the judge", "a company spokesman": the role words ending at token {@code head}, none before {@code from}. */
    static String roleBefore(ArticleText.Para p, int from, int head) {
        var t = p.tokens();
        int k = head;
        while (k > from && head - k < 3 && PersonRules.punctuationFree(p.text(), t.get(k - 1), t.get(k))) {
            k--;
            if (DescriptionWords.DETERMINERS.contains(t.get(k).key())) {
                break;
            }
        }
        return p.text().substring(t.get(k).start(), t.get(head).end());
    }

    /**
     * "the minority leader", "the former secretary", "the Florida senator": between "the" and the title at
     * {@code head} only words of a title or capitalised ones, never another noun ("the band leader").
     */
    static boolean describedAsTitle(List<Token> t, int from, int head) {
        int k = head - 1;
        while (k >= from && !t.get(k).key().equals("the")) {
            Token w = t.get(k);
            if (!w.cap() && !SentenceSubjects.TITLE_ADJECTIVES.contains(w.key()) && !SIDES.contains(w.key())) {
                return false;
            }
            k--;
        }
        return k >= from;
    }

    /** The folded words of a description from token {@code from} to its head {@code head}, inclusive. */
    static List<String> words(List<Token> t, int from, int head) {
        List<String> words = new ArrayList<>();
        for (int j = from; j <= head && j < t.size(); j++) {
            words.add(t.get(j).key());
        }
        return words;
    }

    /** Words naming a side that may stand before a title ("the minority leader"). */
    static final Set<String> SIDES = WordSet.of("minority", "majority", "house", "senate", "vice", "lead");

    /** An age standing for a person: "46-year-old", "70-year-old". */
    static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** "the Portuguese coach", "the Nigerian striker": a demonym among the words before the head {@code k}. */
    static boolean demonymBefore(ArticleText.Para p, int from, int k) {
        for (int j = Math.max(from, k - 3); j < k; j++) {
            Gazetteer.Match m = p.matchAt(j);
            if (p.tokens().get(j).cap() && m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} is a demonym or party word alone ("Texan", "Republican"), not part of a longer name, or
     * ends a two-word noun for one person of a country ("New Zealander", after "the").
     */
    static boolean isDemonym(ArticleText.Para p, int k) {
        Gazetteer.Match m = p.matchAt(k);
        if (p.tokens().get(k).cap() && m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM && m.from() == k
                && m.to() == k + 1) {
            return true;
        }
        Gazetteer.Match two = k > 1 && p.tokens().get(k - 2).key().equals("the") ? p.matchAt(k - 1) : null;
        return two != null && two.entry().kind() == Gazetteer.Kind.DEMONYM && two.from() == k - 1 && two.to() == k + 1
                && two.entry().country() != null;
    }
}
