package newsgen.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and comparison keys for names: accents folded, lower case, {@code [a-z0-9-]}. */
final class Slugs {
    /** Combining marks left behind by NFD decomposition. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    /** "Côte d’Ivoire" → "cote-d-ivoire"; a name with no Latin letter gets "x-" and a hash, so ids stay distinct. */
    static String slug(String name) {
        String f = fold(name);
        StringBuilder b = new StringBuilder(f.length());
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        if (b.length() > 0) {
            return b.toString();
        }
        return name.isBlank() ? "x" : "x-" + Integer.toHexString(name.strip().hashCode());
    }

    /** Lower case, accents removed, curly apostrophes made straight: the key names are compared on. */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
            }
        }
        return s.toLowerCase(Locale.ROOT); // the common case, plain ASCII, needs no more
    }
}
