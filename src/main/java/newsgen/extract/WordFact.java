package newsgen.extract;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A question about a word whose answer depends on the word alone (is its key in a list? is its text a contraction?),
 * answered once for each distinct word the {@link Tokenizer} keeps and then read from the {@link Word}: for the
 * look-ups asked of nearly every token. A rule asks {@code fact.test(token)}; the same set's {@code contains(key)}
 * answers the same, and stays right for any call site not converted.
 * At most 32 facts exist (one bit each in {@link Word}); each is made once, as a constant.
 */
final class WordFact {
    private static final AtomicInteger BITS = new AtomicInteger();

    /** This fact's bit in {@link Word}'s answers. */
    final int mask;
    private final Predicate<Word> question;

    private WordFact(Predicate<Word> question) {
        int bit = BITS.getAndIncrement();
        if (bit >= 32) {
            throw new IllegalStateException("more than 32 word facts: Word keeps 32 answers");
        }
        this.mask = 1 << bit;
        this.question = question;
    }

    /** Whether the token's key is in the set. */
    static WordFact keyIn(Set<String> set) {
        return new WordFact(w -> set.contains(w.key));
    }

    /** Whether the token's text, as written, is in the set. */
    static WordFact textIn(Set<String> set) {
        return new WordFact(w -> set.contains(w.text));
    }

    /** Whether the token's key passes the test (which must depend on the key alone). */
    static WordFact ofKey(Predicate<String> test) {
        return new WordFact(w -> test.test(w.key));
    }

    /** Whether the token's text passes the test (which must depend on the text alone). */
    static WordFact ofText(Predicate<String> test) {
        return new WordFact(w -> test.test(w.text));
    }

    boolean test(Token t) {
        return t.word().is(this);
    }

    boolean holdsFor(Word w) {
        return question.test(w);
    }
}
