package newsgen.model;

/**
 * One block of an article's body.
 *
 * @param index position among the article's paragraphs, from 1, as quotes and dates cite it
 * @param kind  what the block is
 * @param text  plain text, as extraction reads it
 * @param html  the block rendered as safe HTML (inline markup only, text escaped)
 * @param line  the line of the source file the block starts on, for error messages
 */
public record Paragraph(int index, ParagraphKind kind, String text, String html, int line) {
}
