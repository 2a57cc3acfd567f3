package newsgen.extract;

/**
 * Rule "pronoun opening a sentence": "He" or "She" opening its sentence stands for the person who opened the sentence
 * before as its main clause's subject, before the last person named ("Roe turned the story back on the paper, pointing
 * out that its reporter Doe had … He hoped, he said, …" is Roe, not Doe). Kept apart from {@link Referents}, which
 * asks it first and checks title and given name, so the pronoun logic there stays the last-named fallback.
 */
final class SentenceOpeners {
    private final ArticleMentions mentions;
    private final BareDescriptions openings;

    SentenceOpeners(ArticleMentions mentions, Referents refs) {
        this.mentions = mentions;
        this.openings = new BareDescriptions(mentions, refs, new SentenceSubjects(mentions));
    }

    /**
     * The person who opened the sentence before, when the pronoun at {@code offset} opens its sentence or repeats the
     * pronoun opening it; null otherwise.
     */
    ActorFinder.Mention openerFor(ArticleText.Para p, int offset, String pronoun) {
        int s = p.sentenceIndex(offset);
        if (s < 0) {
            return null;
        }
        int start = p.sentences().get(s).start();
        if (offset - start > 1 && !sameOpeningPronoun(p, start, offset, pronoun)) {
            return null;
        }
        return openings.openingSubjectBefore(p, offset);
    }

    /**
     * Whether the sentence from {@code start} opens with the pronoun and names no one before {@code offset}: "He
     * hoped, he said, that …" has its second "he" stand for the first.
     */
    private boolean sameOpeningPronoun(ArticleText.Para p, int start, int offset, String pronoun) {
        String text = p.text();
        int i = start;
        while (i < offset && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, pronoun, 0, pronoun.length()) && i + pronoun.length() < offset
                && !Character.isLetter(text.charAt(i + pronoun.length()))
                && mentions.actors(p.index(), start, offset).isEmpty();
    }
}
