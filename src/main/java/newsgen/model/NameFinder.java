package newsgen.model;

import newsgen.model.ArticleLinks.NamedEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the names of an article's entities in a text: whole words only, case as written, the longest name first
 * where two start at the same place ("Abdourahmane Tiani" over "Tiani").
 */
public final class NameFinder {
    /** A name found in a text: characters [start, end). */
    public record Found(int start, int end, EntityRef entity) {
    }

    private final Pattern pattern;
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
        pattern = spellings.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + spellings.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }

    /** Every name in the text, left to right, never overlapping. */
    public List<Found> find(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), byName.get(m.group())));
        }
        return out;
    }
}
