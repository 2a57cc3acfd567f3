package newsgen.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            String letters = ascii || c < 0x80 ? null : latinLetter(c);
            if (ascii || letters != null) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                if (ascii) {
                    slug.append(c);
                } else {
                    slug.append(letters);
                }
                dash = false;
            } else {
                dash = true;
            }
        }
        return slug.toString();
    }

    /** Lower case with accents removed; plain ASCII, the common case on a hot path, skips normalisation. */
    public static String fold(String text) {
        int h = text.hashCode();
        int slot = (h ^ h >>> 16) & (RECENT.length - 1);
        Folded recent = RECENT[slot];
        // the very string folded before, or an equal one: most texts folded are cut again from their paragraph (a
        // run's words, a name's surname) and were new strings at each asking, each folded into new strings again
        // (~10% of the bytes gen extract allocated, JFR); equals runs only where the hashes agree
        if (recent != null && (recent.text == text || recent.text.hashCode() == h && recent.text.equals(text))) {
            return recent.folded;
        }
        if (!text.isEmpty() && text.charAt(0) >= 'A' && text.charAt(0) <= 'Z') {
            // a name's words, the commonest text folded: read through its bytes, one copy instead of a charAt call per
            // character (calls in gen's C1-compiled code, ~1% of gen extract's CPU, JFR)
            byte[] low = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (lowerAscii(low)) {
                String folded = new String(low, java.nio.charset.StandardCharsets.ISO_8859_1);
                RECENT[slot] = new Folded(text, folded);
                return folded;
            }
            // beyond ASCII, or a '?' that may stand for a character beyond Latin-1: read as below
        }
        boolean capitals = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f) {
                return foldAccented(text);
            }
            capitals |= c >= 'A' && c <= 'Z';
        }
        // ASCII: lower case by hand, as toLowerCase(Locale.ROOT) makes it, which asks Character of every character
        // (a chain of calls in gen's C1-compiled code: ~1% of gen extract's CPU, JFR); without capitals, the text
        // itself, as toLowerCase returns it
        if (!capitals) {
            return text;
        }
        String low = lowerAscii(text);
        RECENT[slot] = new Folded(text, low);
        return low;
    }

    /** A text and its fold. */
    private record Folded(String text, String folded) {
    }

    /**
     * The last ASCII text with capitals folded in each slot, by its hash, and its fold: the rules fold the same
     * strings (a name's words, a token's text) again and again, and each fold was a new string (~6% of the bytes
     * {@code gen extract} allocated, JFR). A hit is the very string folded before or an equal one; a slot
     * holds one immutable pair, so threads that race over it each read a whole pair or none.
     */
    private static final Folded[] RECENT = new Folded[1 << 10];

    /**
     * Lower-cases the ASCII capitals of a text's ISO-8859-1 bytes in place; false, with the bytes left half done, when
     * one is beyond ASCII or a '?', which is also what getBytes puts for a character beyond Latin-1.
     */
    private static boolean lowerAscii(byte[] low) {
        for (int i = 0; i < low.length; i++) {
            byte c = low[i];
            if (c < 0 || c == '?') {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                low[i] = (byte) (c + ('a' - 'A'));
            }
        }
        return true;
    }

    /** An ASCII text in lower case, through its bytes: ISO-8859-1 copies them both ways, with no char[] between. */
    private static String lowerAscii(String text) {
        byte[] low = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i < low.length; i++) {
            byte c = low[i];
            if (c >= 'A' && c <= 'Z') {
                low[i] = (byte) (c + ('a' - 'A'));
            }
        }
        return new String(low, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Texts beyond ASCII folded so far (a curly apostrophe or an accent is enough): the same few thousand names are
     * folded again for every mention, and their normalisation, mark removal and lower-casing were ~2% of a cold
     * build's CPU samples (JFR, 10,164 articles). Folding is a function of the text alone, so a remembered fold is
     * the fold; past {@link #FOLDS_KEPT} texts the rest are folded each time.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLDS_KEPT = 50_000;

    private static String foldAccented(String text) {
        String folded = FOLDED.get(text);
        if (folded == null) {
            folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            if (FOLDED.size() < FOLDS_KEPT) {
                FOLDED.put(text, folded);
            }
        }
        return folded;
    }

    /**
     * A Latin letter that NFD does not decompose into a base letter and a mark, spelt as its usual ASCII
     * transliteration, or null (Turkish "Yıldız" → "yildiz", Danish "Søren" → "soren", Polish "Łódź" → "lodz", German
     * "Strauß" → "strauss"): left alone, a person's page was "mehmet-y-ld-z.html". Only slugs spell them so:
     * {@link #fold} keeps one character per character, which callers matching folded text against the original
     * rely on.
     */
    private static String latinLetter(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ß' -> "ss";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            default -> null;
        };
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }
}
