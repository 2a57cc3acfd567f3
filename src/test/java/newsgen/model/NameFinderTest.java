package newsgen.model;

import newsgen.model.ArticleLinks.NamedEntity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameFinderTest {
    private static final EntityRef TIANI = new EntityRef("person", "abdourahmane-tiani", "Abdourahmane Tiani");
    private static final EntityRef NIGER = new EntityRef("place", "niger", "Niger");

    private static List<NamedEntity> names() {
        return List.of(new NamedEntity("Tiani", TIANI), new NamedEntity("Abdourahmane Tiani", TIANI),
                new NamedEntity("Niger", NIGER), new NamedEntity(" Ni ", NIGER), new NamedEntity("N", NIGER));
    }

    @Test
    void findsWholeNamesLongestFirstLeftToRight() {
        List<NameFinder.Found> found = new NameFinder(names()).find("Abdourahmane Tiani left Niger; Tiani returned.");
        assertEquals(List.of(new NameFinder.Found(0, 18, TIANI), new NameFinder.Found(24, 29, NIGER),
                new NameFinder.Found(31, 36, TIANI)), found);
    }

    @Test
    void aNameInsideAWordOrNumberIsNoName() {
        NameFinder finder = new NameFinder(names());
        assertEquals(List.of(), finder.find("Nigeria, Tianis, xNiger, Niger2, Nigér, éNiger, ⅣNiger"));
        assertEquals(List.of(new NameFinder.Found(1, 6, NIGER)), finder.find("(Niger)"));
    }

    /** The matches are those of one pattern of every spelling, longest first, between non-letters. */
    @Test
    void matchesWhatTheSpellingsAsOnePatternMatch() {
        List<NamedEntity> names = new ArrayList<>(names());
        names.add(new NamedEntity("Ni Tiani", TIANI));
        names.add(new NamedEntity("Ti", NIGER));
        NameFinder finder = new NameFinder(names);
        String[] pieces = {"Niger", "Tiani", "Ni", "Ti", "Abdourahmane", " ", " ", ", ", "é", "2", "x", "\"", "’s", "N"};
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(byPattern(names, text.toString()), finder.find(text.toString()), text.toString());
        }
    }

    private static List<NameFinder.Found> byPattern(List<NamedEntity> names, String text) {
        Map<String, EntityRef> byName = new HashMap<>();
        List<String> spellings = new ArrayList<>();
        for (NamedEntity n : names) {
            String name = n.name().strip();
            if (name.length() >= 2 && byName.putIfAbsent(name, n.entity()) == null) {
                spellings.add(name);
            }
        }
        spellings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + spellings.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
        List<NameFinder.Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new NameFinder.Found(m.start(), m.end(), byName.get(m.group())));
        }
        return out;
    }
}
