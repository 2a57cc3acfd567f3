package newsgen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's roles as a page lists them: one line per role, however the articles wrote it. News writes one
 * office many ways ("Sen.", "Senator", "senator"; "Gov." and "Louisiana Gov."), and a page that lists each spelling
 * as a role of its own reads as a list of typos. Three rules, in order:
 * <ol>
 *   <li><b>same role</b>: spellings equal once case, a title's abbreviation ("Sen." = senator) and the
 *   adviser/advisor spelling are set aside are one role, written in a full form where an article wrote one;</li>
 *   <li><b>named office</b>: a role that a longer one ends with, the longer one adding only capitalised words that
 *   name where or what ("Gov." in "Louisiana Gov.", "Justice" in "Supreme Court Justice"), is that longer role;
 *   words that make another office ("Lt. Gov.", "Vice President", "Chief Justice") or another time ("Former
 *   President") keep the two apart;</li>
 *   <li><b>office of</b>: a role that a longer one opens with before "of" ("president" in "president of the
 *   NAACP") is that longer role.</li>
 * </ol>
 * Before them, rule <b>place before the office</b> ({@link #officeFirst}) makes "former Florida governor" and "former
 * governor of Florida" one spelling group.
 * A role folded into another adds its count to it. Most frequent first, then as first seen.
 */
public final class RoleForms {
    /** Titles' abbreviations as news writes them before a name, by the word they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
            Map.entry("pres", "president"), Map.entry("lt", "lieutenant"), Map.entry("gen", "general"),
            Map.entry("sec", "secretary"), Map.entry("atty", "attorney"), Map.entry("supt", "superintendent"),
            Map.entry("amb", "ambassador"), Map.entry("cmdr", "commander"), Map.entry("col", "colonel"),
            Map.entry("capt", "captain"), Map.entry("sgt", "sergeant"), Map.entry("adm", "admiral"),
            Map.entry("rev", "reverend"), Map.entry("asst", "assistant"));

    /** Spellings of one word, by the one a role is keyed by; neither is an abbreviation. */
    private static final Map<String, String> SPELLINGS = Map.of("advisor", "adviser");

    /**
     * Words before an office that make it another office or another time: a lieutenant governor is not the
     * governor, a former president not the president.
     */
    private static final Set<String> OTHER_OFFICE = Set.of("vice", "deputy", "assistant", "associate", "lieutenant",
            "under", "chief", "acting", "interim", "executive", "senior", "former", "then", "ex", "outgoing",
            "incoming", "late", "onetime", "one-time", "retired", "erstwhile", "past", "co", "sub", "general",
            "attorney", "minority", "majority", "ranking", "first", "second", "third");

    private RoleForms() {
    }

    /** One article's roles for a person, as its page lists them: each spelling counted once. */
    public static List<String> ordered(List<String> roles) {
        if (roles.size() < 2) {
            return roles;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        roles.forEach(r -> counts.merge(r, 1, Integer::sum));
        return ordered(counts);
    }

    /** The roles to list, from each spelling's count (in the order first seen). */
    public static List<String> ordered(Map<String, Integer> counts) {
        Map<String, Group> groups = new LinkedHashMap<>();
        counts.forEach((written, n) -> {
            List<String> key = key(written);
            if (!key.isEmpty()) {
                groups.computeIfAbsent(String.join(" ", officeFirst(key)), k -> new Group(key, groups.size()))
                        .add(written, n);
            }
        });
        List<Group> all = new ArrayList<>(groups.values());
        // Longest first, so a role folds into the longest role that contains it, whose count is then final.
        all.sort(Comparator.comparingInt((Group g) -> -g.key.size()).thenComparingInt(g -> g.order));
        List<Group> kept = new ArrayList<>();
        for (Group g : all) {
            Group into = null;
            for (Group longer : kept) {
                if (longer.key.size() > g.key.size() && (namesOffice(longer, g) || officeOf(longer, g))
                        && (into == null || longer.count > into.count)) {
                    into = longer;
                }
            }
            if (into == null) {
                kept.add(g);
            } else {
                into.count += g.count;
            }
        }
        kept.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.order));
        return kept.stream().map(Group::written).toList();
    }

    /**
     * The rule "place before the office": "former Florida governor" and "former governor of Florida", "House Speaker"
     * and "Speaker of the House" are one role. A role's words right before its last word that make no other office
     * or time ("Florida", "House"; not "Vice", "Former", "Lt.") are read after it: "former governor of florida"; the
     * "the" after "of" is left out. Read in lower case, so that spellings differing in case stay one role.
     */
    static List<String> officeFirst(List<String> key) {
        int of = key.indexOf("of");
        if (of > 0) {
            List<String> out = new ArrayList<>(key);
            if (of + 1 < out.size() && out.get(of + 1).equals("the")) {
                out.remove(of + 1);
            }
            return out;
        }
        int last = key.size() - 1;
        int from = last;
        while (from > 0 && !OTHER_OFFICE.contains(key.get(from - 1)) && !ABBREVIATIONS.containsValue(key.get(from - 1))) {
            from--;
        }
        if (from == last) {
            return key;
        }
        List<String> out = new ArrayList<>(key.subList(0, from));
        out.add(key.get(last));
        out.add("of");
        out.addAll(key.subList(from, last));
        return out;
    }

    /** The rule "named office": {@code longer} is {@code role} with capitalised words naming where or what before it. */
    private static boolean namesOffice(Group longer, Group role) {
        int extra = longer.key.size() - role.key.size();
        if (!longer.key.subList(extra, longer.key.size()).equals(role.key)) {
            return false;
        }
        String[] written = longer.written().split("\\s+");
        if (written.length != longer.key.size()) {
            return false;
        }
        for (int i = 0; i < extra; i++) {
            String word = longer.key.get(i);
            if (!Character.isUpperCase(written[i].charAt(0)) || OTHER_OFFICE.contains(word)
                    || word.startsWith("then-") || word.startsWith("ex-") || word.startsWith("vice-")) {
                return false;
            }
        }
        return true;
    }

    /** The rule "office of": {@code longer} is {@code role} followed by "of …". */
    private static boolean officeOf(Group longer, Group role) {
        int n = role.key.size();
        return longer.key.subList(0, n).equals(role.key) && longer.key.get(n).equals("of") || placeInside(longer, role);
    }

    /**
     * The rule "place before the office", for folding: "former governor" is "former Florida governor" with the
     * capitalised words naming where taken out (not "fabulous current president", not "Former Vice President").
     */
    private static boolean placeInside(Group longer, Group role) {
        int n = role.key.size();
        int last = longer.key.size() - 1;
        String[] written = longer.written().split("\\s+");
        if (n < 2 || written.length != longer.key.size() || !longer.key.get(last).equals(role.key.get(n - 1))
                || !longer.key.subList(0, n - 1).equals(role.key.subList(0, n - 1))) {
            return false;
        }
        for (int i = n - 1; i < last; i++) {
            if (!Character.isUpperCase(written[i].charAt(0)) || OTHER_OFFICE.contains(longer.key.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The rule "same role": the words of a spelling, lower case, abbreviations and variants written out. */
    public static List<String> key(String written) {
        List<String> key = new ArrayList<>();
        for (String word : written.strip().split("\\s+")) {
            String w = word.toLowerCase(Locale.ROOT);
            while (!w.isEmpty() && (w.endsWith(".") || w.endsWith(","))) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                key.add(fullWord(w));
            }
        }
        return key;
    }

    /** A lower-case word without its dot as {@link #key} reads it: "sen" is "senator", "advisor" is "adviser". */
    public static String fullWord(String word) {
        String full = ABBREVIATIONS.get(word);
        return full != null ? full : SPELLINGS.getOrDefault(word, word);
    }

    /** One role's spellings and their count. */
    private static final class Group {
        final List<String> key;
        final int order;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        int count;

        Group(List<String> key, int order) {
            this.key = key;
            this.order = order;
        }

        void add(String written, int n) {
            spellings.merge(written.strip(), n, Integer::sum);
            count += n;
        }

        /** The most frequent spelling with no abbreviation in it, else the most frequent; ties: first seen. */
        String written() {
            String best = null;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (best == null || better(e.getKey(), e.getValue(), best, spellings.get(best))) {
                    best = e.getKey();
                }
            }
            return best;
        }

        private static boolean better(String a, int countA, String b, int countB) {
            boolean fullA = !abbreviated(a);
            boolean fullB = !abbreviated(b);
            return fullA != fullB ? fullA : countA > countB;
        }

        private static boolean abbreviated(String written) {
            for (String word : written.split("\\s+")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (w.endsWith(".")) {
                    w = w.substring(0, w.length() - 1);
                }
                if (ABBREVIATIONS.containsKey(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}
