package newsgen.model;

import java.util.List;

/**
 * Two quotes by one speaker, in two articles of a story, that say the same thing, perhaps in different words.
 *
 * @param first        the quote of the earlier article (then by outlet and slug)
 * @param firstMarked  the first quote's words, those the second lacks marked as changed
 * @param secondMarked the second quote's words, those the first lacks marked as changed
 * @param similarity   token similarity in [0, 1]; 1 for the same words
 */
public record QuotePair(EntityRef speaker, CitedQuote first, CitedQuote second, double similarity,
                        List<DiffSegment> firstMarked, List<DiffSegment> secondMarked) {
    public QuotePair {
        firstMarked = List.copyOf(firstMarked);
        secondMarked = List.copyOf(secondMarked);
    }

    /** True when both quotes have the same words (case, accents and punctuation aside). */
    public boolean sameWords() {
        return firstMarked.stream().noneMatch(DiffSegment::changed) && secondMarked.stream().noneMatch(DiffSegment::changed);
    }
}
