package newsgen.content;

import newsgen.model.ParagraphKind;

import java.util.regex.Pattern;

/**
 * Recognises the structure plain-text news carries without markup: photo captions, subheads, closing credits
 * and a headline standing alone on the first line.
 */
final class ParagraphClassifier {
    /** A photo caption ends in a credit such as "Photo: Presidence du Niger/X" or "(Photo: Reuters)". */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(?:^|[.!?)\\s])\\(?(?:photo|picture|image|photograph)s?(?: credit)?\\s*:\\s*[^\\s].{0,120}$");
    /** Closing punctuation that ends a sentence (or a quote that does). */
    private static final String SENTENCE_ENDS = ".!?:;,…\"”’')]";
    /** A closing credit: "Reuters", "TRT Afrika and agencies", "Reporting by Jane Roe; editing by John Doe". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:.{1,60}\\b(?:and|with|/)\\s*agenc(?:y|ies)|(?:additional )?reporting by .{1,120}|"
                    + "(?:with )?(?:agencies|AFP|Reuters|AP|Associated Press)|.{1,60}\\bcontributed to this report)$");

    /** The outlet at the head of a credit that adds agencies ("TRT Afrika and agencies"). */
    private static final Pattern CREDIT_OUTLET = Pattern.compile(
            "(?i)^(.{1,60}?)\\s*(?:\\b(?:and|with)\\s+|/\\s*)agenc(?:y|ies)$");
    /** Trailing full stops and spaces. */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.\\s]+$");

    private static final int SHORT_LINE_WORDS = 10;

    private ParagraphClassifier() {
    }

    /**
     * @param first whether this is the first paragraph of the body
     * @param last  whether this is the last paragraph of the body
     */
    static ParagraphKind classify(String text, boolean first, boolean last) {
        return classify(text.strip(), first, last, true, -1);
    }

    /**
     * As {@link #classify(String, boolean, boolean)}, for a stripped text with what its reader knows of it already
     * ({@code MarkdownBody}, which has just copied it): whether it may hold a colon (false only when it holds none),
     * and its number of words as {@code t.split("\\s+")} counts them, or -1 when not counted. Why: looking for the
     * colon and counting the words were two more passes over most paragraphs (~0.9% of gen extract's CPU, JFR).
     */
    static ParagraphKind classify(String t, boolean first, boolean last, boolean colon, int words) {
        // Only a paragraph with a colon can hold a photo credit: the pattern is tried at every position otherwise.
        if (colon && t.indexOf(':') >= 0 && mentionsPicture(t) && CAPTION.matcher(t).find()) {
            return ParagraphKind.CAPTION;
        }
        if (last && mayBeCredit(t) && CREDIT.matcher(t).matches()) {
            return ParagraphKind.CREDIT;
        }
        if (first && isTitleLine(t)) {
            return ParagraphKind.HEADLINE;
        }
        if (isShortLine(t, words)) {
            if (last) {
                return ParagraphKind.CREDIT;
            }
            return first ? ParagraphKind.HEADLINE : ParagraphKind.SUBHEAD;
        }
        return ParagraphKind.BODY;
    }

    /** Short words a title leaves in lower case ("A Rush for Books on Spade"). */
    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "or",
            "but", "nor", "for", "of", "on", "in", "at", "to", "by", "via", "with", "from", "into", "over", "as", "vs",
            "vs.", "per", "up", "off", "out", "than", "that", "is", "are", "be", "it", "its", "so", "if", "not");

    /**
     * A first line in title case that ends with a full stop, as some archives write their headlines
     * ("Halvorsen Campaign Manager Laughs, Evades Reporter’s Question."): one line, no quotation, at most 25 words, and
     * four in five of its words other than short ones capitalised. Read as body, its capitals made people and
     * organisations of headline words.
     */
    private static boolean isTitleLine(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || t.charAt(t.length() - 1) != '.'
                || t.indexOf('\n') >= 0 || t.indexOf('"') >= 0 || t.indexOf('“') >= 0) {
            return false;
        }
        java.util.List<String> words = spaceSeparated(t);
        if (words.size() < 3 || words.size() > 25) {
            return false;
        }
        int content = 0;
        int caps = 0;
        for (String w : words) {
            int i = 0;
            while (i < w.length() && !Character.isLetterOrDigit(w.charAt(i))) {
                i++;
            }
            if (i == w.length() || TITLE_SMALL_WORDS.contains(w.substring(i).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            content++;
            caps += Character.isUpperCase(w.charAt(i)) || Character.isDigit(w.charAt(i)) ? 1 : 0;
        }
        return content >= 3 && caps * 5 >= content * 4;
    }

    /**
     * What {@link #CREDIT} needs, read without it: one of its fixed phrases ("agency"/"agencies", "reporting by ",
     * "contributed to this report", in any case) or a text no longer than "with Associated Press". A last paragraph is
     * mostly a long sentence, where the pattern tried each of its {@code .{1,60}}'s lengths before it failed.
     */
    private static boolean mayBeCredit(String t) {
        if (t.length() <= "with Associated Press".length()) {
            return true;
        }
        // One pass, from an array, trying the phrases only where one could start: a case-blind comparison at every
        // position, three times over, was ~1.8% of gen extract's CPU (JFR). An ASCII character other than the
        // phrases' first letters matches none of them in any case; anything beyond ASCII is left to regionMatches.
        char[] chars = t.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            char lower = (char) (c | 0x20);
            if ((c > 0x7f || lower == 'a' || lower == 'r' || lower == 'c')
                    && (startsIgnoringCase(t, i, "agenc") || startsIgnoringCase(t, i, "reporting by ")
                    || startsIgnoringCase(t, i, "contributed to this report"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsIgnoringCase(String t, int i, String what) {
        return i + what.length() <= t.length() && t.regionMatches(true, i, what, 0, what.length());
    }

    /**
     * The words of a stripped text as {@code t.split("\\s+")} gives them (a text that is stripped has no space to
     * split before its first word), without a regex: asked of most articles' first paragraph.
     */
    private static java.util.List<String> spaceSeparated(String t) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && MarkdownBody.isSpace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !MarkdownBody.isSpace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(t.substring(start, i));
            }
        }
        return words;
    }

    /** A line of a few words, starting with a capital, not ending like a sentence and holding no quotation. */
    private static boolean isShortLine(String t, int words) {
        // The cheap tests first: most paragraphs are sentences far longer than a line, and the pattern that looks
        // for a sentence's end is tried at every position.
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        if ((words >= 0 ? words : words(t, SHORT_LINE_WORDS + 1)) > SHORT_LINE_WORDS) {
            return false;
        }
        if (t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('\n') >= 0) {
            return false;
        }
        return !endsSentence(t);
    }

    /**
     * Whether the text ends in {@link #SENTENCE_ENDS} and white space, as the pattern {@code [.!?:;,…"”’')\]]\s*$}
     * finds it ({@code $} also before a final line terminator); by hand: a matcher for every short paragraph was ~2%
     * of the bytes {@code gen extract} allocated (JFR), and the pattern was tried at each of its characters.
     */
    static boolean endsSentence(String t) {
        int end = t.length();
        if (end > 0 && "\u0085\u2028\u2029".indexOf(t.charAt(end - 1)) >= 0 && endsSentenceAt(t, end - 1)) {
            return true;
        }
        return endsSentenceAt(t, end);
    }

    /** Whether t[0, end) ends in a sentence's closing punctuation and ASCII white space ({@code \s}). */
    private static boolean endsSentenceAt(String t, int end) {
        int i = end;
        while (i > 0 && " \t\n\u000B\f\r".indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && SENTENCE_ENDS.indexOf(t.charAt(i - 1)) >= 0;
    }

    /**
     * Whether the text holds "photo", "picture" or "image" in any case: a caption's credit needs one, and this is
     * far cheaper than trying {@link #CAPTION} at every position of a paragraph with a colon (~2% of loading, JFR).
     */
    private static boolean mentionsPicture(String t) {
        // read from an array: in gen's C1-compiled code each String.charAt is a call and a bounds check (JFR)
        char[] chars = t.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c == 'p' || c == 'P') && (t.regionMatches(true, i, "photo", 0, 5) || t.regionMatches(true, i, "picture", 0, 7))
                    || (c == 'i' || c == 'I') && t.regionMatches(true, i, "image", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a stripped text, as {@code t.split("\\s+").length} counts them, but counting stops at
     * {@code limit}. Why: a paragraph is mostly far longer than a line, and splitting it whole, or looking for a
     * sentence's end at every position, was ~2% of loading's CPU (JFR).
     */
    private static int words(String t, int limit) {
        int words = 1;
        // each character read once, its space-ness kept for the next (String.charAt is a call in C1-compiled code)
        boolean spaceBefore = t.length() > 0 && MarkdownBody.isSpace(t.charAt(0));
        for (int i = 1, n = t.length(); i < n && words < limit; i++) {
            boolean space = MarkdownBody.isSpace(t.charAt(i));
            if (space && !spaceBefore) {
                words++;
            }
            spaceBefore = space;
        }
        return words;
    }

    /** The headline a caption stands for: its text before the photo credit ("… alliance. Photo: X" → "… alliance"). */
    static String captionHeadline(String caption) {
        var m = CAPTION.matcher(caption.strip());
        String head = m.find() ? caption.strip().substring(0, m.start()).strip() : caption.strip();
        return TRAILING_STOPS.matcher(head).replaceAll("");
    }

    /** The outlet a credit names, or null ("TRT Afrika and agencies" → "TRT Afrika"). */
    static String creditOutlet(String credit) {
        String t = credit.strip();
        var m = CREDIT_OUTLET.matcher(t);
        if (m.matches()) {
            return m.group(1).strip();
        }
        return null;
    }
}
