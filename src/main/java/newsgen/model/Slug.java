package newsgen.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** File-name-safe identifiers: lower-case ASCII letters, digits and single hyphens. */
public final class Slug {
    /** Combining marks left after NFD decomposition (the accents of "Côte"). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A well-formed slug. */
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slug() {
    }

    /** Reduces any text to a slug ("Côte d’Ivoire" → "cote-d-ivoire"); empty when nothing survives. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }

    /** Lower case with accents removed; plain ASCII, the common case on a hot path, skips normalisation. */
    public static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }
}
