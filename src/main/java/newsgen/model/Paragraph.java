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
    public Paragraph {
        // HTML that reads as the text (no markup, nothing escaped: ~94% of the paragraphs of 10,164 real articles) is
        // kept as the text's own string, not a copy of it: the copies were a fifth of what a build holds while the
        // pages are made (~300 MB live, heap histogram), and the collector copied and scanned them again and again.
        if (html != null && html != text && html.equals(text)) {
            html = text;
        }
    }
}
