package newsgen.extract;

/** Every dash a dateline may be written with: hyphen, en and em dash, the horizontal bar (U+2015), minus and the rest. */
final class Dashes {
    /** For a regular-expression character class: "-", U+2010 to U+2015, U+2212, U+2E3A, U+2E3B, U+FE58, U+FE63, U+FF0D. */
    static final String CLASS = "\\-\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D";

    private Dashes() {
    }
}
