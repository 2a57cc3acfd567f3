package newsgen.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** File-name-safe identifiers: lower-case ASCII letters, digits and single hyphens. */
public final class Slug {
    /** Combining marks left after NFD decomposition (the accents of "Côte"). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Any run of characters that may not appear in a slug. */
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** A well-formed slug. */
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slug() {
    }

    /** Reduces any text to a slug ("Côte d’Ivoire" → "cote-d-ivoire"); empty when nothing survives. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }
}
