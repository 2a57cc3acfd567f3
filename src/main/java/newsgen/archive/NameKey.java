package newsgen.archive;

import newsgen.model.Slug;

import java.util.List;

/** How names compare across articles: case, accents and punctuation folded ("Goïta" = "goita", "al-Qaeda" = "al qaeda"). */
final class NameKey {
    private NameKey() {
    }

    /**
     * The folded form of a name, words joined by single hyphens; empty when nothing survives folding.
     * The same as {@link Slug#of}, with a fast path for plain ASCII text, which most names and words are.
     */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return Slug.of(name);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else if (c >= 'A' && c <= 'Z') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append((char) (c + ('a' - 'A')));
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    /** Ids that would clash with a list page's file name ("index", "page-2"), so no entity or story may take them. */
    private static final java.util.regex.Pattern RESERVED = java.util.regex.Pattern.compile("index|page-[0-9]+|unattributed(-page-[0-9]+)?");

    static boolean reserved(String id) {
        return RESERVED.matcher(id).matches();
    }

    /** The words of a folded key. */
    static List<String> words(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split("-"));
    }

    /** The last word of a folded key: a person's surname. */
    static String last(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(dash + 1);
    }

    /**
     * The key with each one character left out, for finding one-letter typos through an index (symmetric
     * deletion): two keys one insertion, deletion or substitution apart share one of these.
     */
    static List<String> deletions(String key) {
        String[] out = new String[key.length() + 1];
        out[0] = key;
        for (int i = 0; i < key.length(); i++) {
            out[i + 1] = key.substring(0, i) + key.substring(i + 1);
        }
        return List.of(out).stream().distinct().toList();
    }

    /** The initials of a name's capitalised words ("United Nations" → "un"), or empty when fewer than two. */
    static String acronym(String name) {
        // The first code point of each word between runs of spaces and hyphens (the pattern [\s\-]+), read in place:
        // splitting by the pattern made a matcher and an array of words for each of ~60,000 organisations' names (JFR).
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); ) {
            char c = name.charAt(i);
            if (isWordBreak(c)) {
                wordStart = true;
                i++;
                continue;
            }
            int cp = name.codePointAt(i);
            if (wordStart && Character.isUpperCase(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            wordStart = false;
            i += Character.charCount(cp);
        }
        return out.length() < 2 ? "" : of(out.toString());
    }

    /** A hyphen, or a character the regex class \s matches: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isWordBreak(char c) {
        return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** True for a name written as an acronym ("AES", "ECOWAS", "G5"). */
    static boolean isAcronym(String name) {
        // A name with a space is never one: asked first, as most organisations' names have one. Then the letters and
        // digits by hand (what replaceAll("[^\\p{L}\\p{N}]", "") keeps): a pattern per call was a tenth of the passes.
        if (name.indexOf(' ') >= 0) {
            return false;
        }
        StringBuilder letters = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                letters.appendCodePoint(c);
            }
        }
        if (letters.length() < 2 || letters.length() > 8) {
            return false;
        }
        String kept = letters.toString();
        return kept.equals(kept.toUpperCase(java.util.Locale.ROOT));
    }

    /** True for a code point of the categories L or N, as \\p{L} and \\p{N} match them. */
    private static boolean isLetterOrNumber(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
