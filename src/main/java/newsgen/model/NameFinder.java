package newsgen.model;

import newsgen.model.ArticleLinks.NamedEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the names of an article's entities in a text: whole words only, case as written, the longest name first
 * where two start at the same place ("Abdourahmane Tiani" over "Tiani").
 */
public final class NameFinder {
    /** A name found in a text: characters [start, end). */
    public record Found(int start, int end, EntityRef entity) {
    }

    /** The spellings by their first character, each list longest first, then in natural order. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    /**
     * The same lists for first characters below 128, by the character: {@link #find} asks at every character of
     * every paragraph, and a map lookup there (a boxed character, a hash) was most of the time it took.
     */
    private final Object[] byAscii = new Object[128];
    private final Map<String, EntityRef> byName = new HashMap<>();

    public NameFinder(List<NamedEntity> names) {
        List<String> spellings = new ArrayList<>();
        for (NamedEntity n : names) {
            String name = n.name() == null ? "" : n.name().strip();
            if (name.length() >= 2 && byName.putIfAbsent(name, n.entity()) == null) {
                spellings.add(name);
            }
        }
        spellings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        for (String name : spellings) {
            byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
        byFirst.forEach((c, list) -> {
            if (c < byAscii.length) {
                byAscii[c] = list;
            }
        });
    }

    /** The spellings that start with this character, or null. */
    @SuppressWarnings("unchecked")
    private List<String> startingWith(char c) {
        return c < byAscii.length ? (List<String>) byAscii[c] : byFirst.get(c);
    }

    /**
     * Every name in the text, left to right, never overlapping: at each place no letter or digit precedes, the first
     * spelling (longest first) that the text holds there with no letter or digit after it. Looked up by the first
     * character, where one pattern of all the spellings as alternatives tried each of them at every position
     * (17% of page rendering in JFR on 10,164 articles); the matches are the same.
     */
    public List<Found> find(String text) {
        if (byFirst.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        // Read from an array: under gen's C1 compiler, charAt on a text holding a curly quote checks its index in a
        // call of its own, at every character of every paragraph (JFR, 10,164 articles).
        return find(text.toCharArray(), text.length());
    }

    /**
     * As {@link #find(String)}, in the text {@code c[0, n)}: a caller that has the characters in an array of its own
     * (a page's linker, one run of a paragraph after another) need make no string of them.
     */
    public List<Found> find(char[] c, int n) {
        if (byFirst.isEmpty() || n == 0) {
            return List.of();
        }
        List<Found> out = null;
        int i = 0;
        while (i < n) {
            List<String> candidates = startingWith(c[i]);
            String hit = null;
            if (candidates != null && (i == 0 || !wordChar(Character.codePointBefore(c, i)))) {
                for (String name : candidates) {
                    int end = i + name.length();
                    if (end <= n && holds(c, i, name) && (end == n || !wordChar(Character.codePointAt(c, end, n)))) {
                        hit = name;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
            } else {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(new Found(i, i + hit.length(), byName.get(hit)));
                i += hit.length();
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether the name's characters stand in {@code c} from {@code at} (which has room for them). */
    private static boolean holds(char[] c, int at, String name) {
        for (int k = 0, n = name.length(); k < n; k++) {
            if (c[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A letter or a number (Unicode categories L and N), as a name's edge may not touch. */
    private static boolean wordChar(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
