package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * The word tests {@link ActorFinder}'s person passes share: list neighbours, family words, initials and suffixes
 * of a name. Kept apart so the passes read as rules, not as string handling.
 */
final class PersonNames {
    private PersonNames() {
    }

    /**
     * The token across a list gap from token {@code k} ({@code dir} -1: before, 1: after): "X, k", "X and k",
     * "X, and k"; -1 when there is none.
     */
    static int listNeighbour(ArticleText.Para p, int k, int dir) {
        var t = p.tokens();
        int j = k + dir;
        if (j >= 0 && j < t.size() && t.get(j).key().equals("and") && !t.get(j).cap()) {
            j += dir;
        }
        if (j < 0 || j >= t.size() || j == k + dir && t.get(j).key().equals("and")) {
            return -1;
        }
        int a = Math.min(j, k);
        int b = Math.max(j, k);
        String gap = p.text().substring(t.get(a).end(), t.get(b).start()).strip();
        // "and" only: after a comma come a person's home town, party and state ("Jane Roe, R-Texas,") as often as names
        return t.get(j).cap() && (gap.equals("and") || gap.equals(", and")) ? j : -1;
    }

    /** Token {@code j} is one capitalised word standing alone that is the surname of a person already found. */
    static boolean knownSurname(ArticleText.Para p, int j, NameIndex<ActorDraft> index) {
        var t = p.tokens();
        boolean alone = (j == 0 || !t.get(j - 1).cap() || !Gazetteer.joinable(p.text(), t.get(j - 1), t.get(j)))
                && (j + 1 >= t.size() || !t.get(j + 1).cap() || !Gazetteer.joinable(p.text(), t.get(j), t.get(j + 1)));
        return alone && !t.get(j).upper() && index.find(t.get(j).key(), true, false) != null;
    }

    /** A word of letters only: no "R-Texas", "July20". */
    static final java.util.regex.Pattern LETTERS_ONLY = java.util.regex.Pattern.compile("\\p{L}+");

    /** What may stand between two names of a list: ", ", " and ", ", and ". */
    static boolean listGap(String text, int from, int to) {
        String gap = text.substring(from, to).strip();
        return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals(",and");
    }

    /**
     * Of several people with one surname, the one a surname alone stands for: the one named last before it in its own
     * paragraph or the one before ("Mahamadou Garba's party … Garba's minister"); else the article's subject (rule
     * "surname of the article's subject"): the one the headline names (in full, else by given name alone), else the
     * one of two or more words the article named first. After "Halvorsen and her husband, former President Bill
     * Halvorsen, attended …", two paragraphs on "Halvorsen said" is hers: the writer names the other in full.
     * Else {@code fallback}.
     */
    static ActorDraft nearestBefore(List<ActorDraft> same, RunAt u, ActorDraft fallback, String headline) {
        if (same.size() < 2) {
            return fallback;
        }
        long at = ((long) u.para().index() << 32) | u.para().tokens().get(u.run().from()).start();
        ActorDraft best = null;
        long bestAt = Long.MIN_VALUE;
        ActorDraft first = null;
        long firstAt = Long.MAX_VALUE;
        for (ActorDraft d : same) {
            for (int[] span : d.spans) {
                long s = ((long) span[0] << 32) | span[1];
                if (s < at && s > bestAt) {
                    bestAt = s;
                    best = d;
                }
                if (s < firstAt && d.name.indexOf(' ') > 0) {
                    firstAt = s;
                    first = d;
                }
            }
        }
        if (best == null || first == null || u.para().index() - (int) (bestAt >>> 32) <= 1) {
            return best != null ? best : fallback;
        }
        ActorDraft named = inHeadline(same, headline);
        return named != null ? named : first;
    }

    /** The one person of {@code same} the headline names in full, else by given name alone; null when none or several. */
    private static ActorDraft inHeadline(List<ActorDraft> same, String headline) {
        if (headline.isEmpty()) {
            return null;
        }
        ActorDraft found = null;
        for (int pass = 0; pass < 2 && found == null; pass++) {
            for (ActorDraft d : same) {
                int space = d.name.indexOf(' ');
                if (space > 0 && containsWord(headline, pass == 0 ? d.name : d.name.substring(0, space))) {
                    if (found != null && found != d) {
                        return null;
                    }
                    found = d;
                }
            }
        }
        return found;
    }

    /** Whether {@code text} holds {@code word} with no letter right before or after it. */
    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Family words that introduce a relative of the person just named ("her late husband, Edward,"), and a relative
     * in apposition ("her father, Dafydd Roe,": {@link NameEvidenceRules#kinBefore}): the one list of kin nouns.
     */
    static final Set<String> RELATIVES = WordSet.of("husband", "wife", "son", "daughter", "brother", "sister",
            "father", "mother", "widow", "widower", "niece", "nephew", "grandson", "granddaughter", "stepson",
            "stepdaughter", "cousin", "uncle", "aunt", "fiance", "fiancee", "fiancé", "fiancée", "grandmother",
            "grandfather", "stepfather", "stepmother");

    /** A lowercase word that may stand between "her" and a family word: "her late husband", "his eldest son". */
    static boolean isAdjectiveSlot(Token w) {
        return !w.cap() && w.text().length() > 2;
    }

    /** A middle initial: "J.", "H.W.", "R". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.?){1,3}");

    /**
     * The name without its middle initials ("Walter J. Spade" → "Walter Spade", "George H.W. Hedge" → "George Hedge"),
     * or null when it has none: the same person as the name written without them.
     */
    static String withoutInitials(String name) {
        String[] w = name.split(" ");
        if (w.length < 3) {
            return null;
        }
        StringBuilder out = new StringBuilder(w[0]);
        boolean dropped = false;
        for (int i = 1; i < w.length - 1; i++) {
            if (MIDDLE_INITIAL.matcher(w[i]).matches()) {
                dropped = true;
            } else {
                out.append(' ').append(w[i]);
            }
        }
        out.append(' ').append(w[w.length - 1]);
        return dropped ? out.toString() : null;
    }

    /**
     * "Donald Jr." of "Donald Roe Jr.", or "Donald Jr." itself: the first and the last word of a name that ends in a
     * generational suffix, the short form a family story gives a son or father; null when the name has no suffix.
     */
    static String givenAndSuffix(String name) {
        // The first and last of name.split(" ") read in place: splitting every name into an array (and a list before
        // it) was ~0.5% of gen extract's CPU (perf). As split, spaces at the end make no word, one at the start an empty one.
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == ' ') {
            end--;
        }
        int first = name.indexOf(' ');
        if (end == 0 || first < 0 || first >= end) {
            return null; // one word, or none
        }
        int lastFrom = name.lastIndexOf(' ', end - 1) + 1;
        if (longerThanSuffix(name, lastFrom, end)) {
            return null; // most names: their last word is no suffix, and folding it was ~0.6% of gen extract's CPU (JFR)
        }
        String given = name.substring(0, first);
        String last = name.substring(lastFrom, end);
        return SUFFIXES.contains(Slugs.fold(last).replace(".", "")) && !SUFFIXES.contains(Slugs.fold(given).replace(".", ""))
                ? given + " " + last : null;
    }

    /** Generational suffixes that may end a person's name: "Jr", "Sr", "III". */
    static final Set<String> SUFFIXES = WordSet.of("jr", "sr", "ii", "iii", "iv");
    private static final int LONGEST_SUFFIX = SUFFIXES.stream().mapToInt(String::length).max().orElse(0);

    /**
     * Whether the word in {@code [from, to)} has more ASCII characters other than '.' than the longest suffix: each
     * stays one character, not a '.', in its fold (decomposing and dropping accents, lower case), so the fold without
     * its dots is longer than any suffix and cannot be one.
     */
    private static boolean longerThanSuffix(String name, int from, int to) {
        int ascii = 0;
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (c < 0x80 && c != '.' && ++ascii > LONGEST_SUFFIX) {
                return true;
            }
        }
        return false;
    }

    /** The name without its generational suffix ("Joseph R. Lindqvist Jr" → "Joseph R. Lindqvist"), or null when it has none. */
    static String withoutSuffix(String name) {
        int sp = name.lastIndexOf(' ');
        if (sp < 0 || name.indexOf(' ') == sp || !SUFFIXES.contains(Slugs.fold(name.substring(sp + 1)).replace(".", ""))) {
            return null;
        }
        String bare = name.substring(0, sp);
        return bare.endsWith(",") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
