package newsgen.extract;

/**
 * One word of a paragraph.
 *
 * @param start      offset of the first character in the paragraph text
 * @param end        offset after the last character, possessive ending included
 * @param text       the word as written, without a possessive "’s"
 * @param key        {@code text} folded (lower case, no accents) for look-ups
 * @param cap        starts with a capital letter
 * @param upper      an acronym: two or more letters, all capitals
 * @param possessive written with "’s" or "'s"
 * @param spaced     only white space (no punctuation) separates it from the word before
 * @param initial    first word of a sentence or of a quotation, so its capital says nothing
 * @param word       the distinct word (text and key), shared by the tokens of the same word, which answers
 *                   {@link WordFact}s once for all of them
 */
record Token(int start, int end, String text, String key, boolean cap, boolean upper, boolean possessive,
             boolean spaced, boolean initial, Word word) {
}
