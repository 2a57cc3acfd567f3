package newsgen.extract;

/** Every dash a dateline may be written with: hyphen, en and em dash, the horizontal bar (U+2015), minus and the rest. */
final class Dashes {
    /** For a regular-expression character class: "-", U+2010 to U+2015, U+2212, U+2E3A, U+2E3B, U+FE58, U+FE63, U+FF0D. */
    static final String CLASS = "\\-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D";

    /** A dateline's dash before the story's first word, maybe after the wire service's bracket: ") — ", " - ". */
    private static final java.util.regex.Pattern DATELINE_DASH = java.util.regex.Pattern.compile("\\)?\\s*[" + CLASS + "]\\s+");

    private Dashes() {
    }

    /**
     * Whether the word at {@code k} is the story's first after a dateline ("NAIROBI, Kenya (AP) — Shares of …"): the
     * paragraph opens with a word in capitals, at most eight words come before, and a dash is right before the word.
     * Such a word opens the story's sentence as a sentence's first word does, though the tokenizer, which sees one
     * sentence from the dateline on, does not mark it so.
     */
    static boolean afterDateline(ArticleText.Para p, int k) {
        var t = p.tokens();
        return k > 0 && k <= 8 && t.get(0).upper()
                && DATELINE_DASH.matcher(p.text().substring(t.get(k - 1).end(), t.get(k).start())).matches();
    }
}
