package newsgen.model;

/**
 * A date expression resolved against the publication date.
 *
 * @param text      the words as written ("in May last year")
 * @param value     ISO value at the precision the text gives: 2023-09-16, 2023-07, 2023, 2023-W36
 * @param paragraph index of the paragraph it is in
 * @param sentence  the sentence it is in, for the timeline
 */
public record DateMention(String text, String value, int paragraph, String sentence) {
}
