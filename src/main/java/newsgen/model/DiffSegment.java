package newsgen.model;

/**
 * A run of words of one side of a word-level diff.
 *
 * @param changed true when the words are not in the other side (deleted from the first, inserted in the second)
 * @param text    the words as written, with the spaces and punctuation between them
 */
public record DiffSegment(boolean changed, String text) {
}
