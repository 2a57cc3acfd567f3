package newsgen.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Populated places the main gazetteer leaves out (GeoNames via {@code towns.tsv}: US towns of 1,000 people or more,
 * other countries' of 50,000 or more): many share their name with a surname or a word, so they are read only where
 * the words before put a place ("in Scranton", "near Chapel Hill"), never looked up at every word.
 */
final class Towns {
    /** Folded name → ISO country code. Loaded on first use, held by the class (immutable, so thread-safe). */
    private static final class Holder {
        static final Map<String, String> TOWNS = load();
    }

    private Towns() {
    }

    private static Map<String, String> load() {
        java.util.List<String> lines = WordList.lines("towns.tsv");
        // sized for every line at once: grown from 16 it rehashed ~10 times over the 11,700 towns, all at start-up
        Map<String, String> out = new HashMap<>((int) (lines.size() / 0.75f) + 1);
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("towns.tsv: no country code in line: " + line);
            }
            out.putIfAbsent(Slugs.fold(line.substring(0, tab)), line.substring(tab + 1).strip());
        }
        // Read-only as it is, not copied: Map.copyOf rehashed every entry again, ~10 % of loading the lists (JFR)
        return Collections.unmodifiableMap(out);
    }

    /** Whether the list has a town of this name. */
    static boolean contains(String name) {
        return Holder.TOWNS.containsKey(Slugs.fold(name));
    }

    /** The country of the town of this name (null when the list has no such town or knows no name for its country). */
    static String country(String name) {
        String code = Holder.TOWNS.get(Slugs.fold(name));
        return code == null ? null : Gazetteer.get().country(code);
    }
}
