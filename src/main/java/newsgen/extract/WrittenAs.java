package newsgen.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The "written as" scans over a whole article: how else the text writes a word (in lower case, in capitals). Several
 * passes of {@link ActorFinder} ask them, so they live apart from any one pass.
 */
final class WrittenAs {
    private WrittenAs() {
    }

    /**
     * Whether the article writes this word somewhere as {@code written} says: in lower case ("absent" beside "Absent
     * Hollis"), or other than in capitals ("VIDEO" beside "video", "RAMOS" beside "Ramos": a word or name set in
     * capitals, not an acronym; "CNN" is never written "Cnn").
     */
    static boolean writtenAs(ArticleText text, String key, java.util.function.Predicate<Token> written) {
        // Answered once per question and article: a rule asks again for each mention ("FBI" is read as an unknown
        // acronym at each of its runs), and each answer read every token of the article (~0.9% of gen extract's CPU,
        // JFR). The rules' tests depend on the token alone; a lambda that captures nothing is one object at its call
        // site, and any other is a new object, never equal to one asked before: asked again, never answered wrongly.
        Asked asked = new Asked(written, key);
        Boolean known = text.writtenAs.get(asked);
        if (known == null) {
            known = scan(text, key, written);
            text.writtenAs.put(asked, known);
        }
        return known;
    }

    /** One question of {@link #writtenAs}: its test and the key. */
    private record Asked(java.util.function.Predicate<Token> written, String key) {
    }

    private static boolean scan(ArticleText text, String key, java.util.function.Predicate<Token> written) {
        for (ArticleText.Para p : text.paras) {
            for (Token t : p.tokens()) {
                if (written.test(t) && t.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words the article writes as proper nouns: capitalised inside a sentence at least once and never in lower case.
     * "Garrity said" names a person only where "Garrity" is one; "Aides said" does not, as "aides" comes back in lower case.
     */
    static Set<String> properNouns(ArticleText text) {
        // sized for a long article's capitalised words (a few hundred): grown from the default 16, its table was made
        // and filled again five times or more for each article (~0.8% of gen extract's CPU samples, JFR); only its
        // look-ups are read, never its order
        Set<String> capitalised = new HashSet<>(512);
        // the capitalised words' hashes, a bit each of 256: a lowercase word whose bit is clear is in no set, and is not
        // looked up there. A look-up (remove) for each lowercase word of the text was ~1% of gen extract's CPU (JFR).
        long[] hashes = new long[4];
        for (ArticleText.Para p : text.paras) {
            if (p.kind() == newsgen.model.ParagraphKind.BODY) {
                for (Token t : p.tokens()) {
                    if (t.cap() && !t.initial()) {
                        String key = t.key();
                        int h = key.hashCode();
                        hashes[(h >>> 6) & 3] |= 1L << h;
                        capitalised.add(key);
                    }
                }
            }
        }
        // then without those also written in lower case: removed one by one, not gathered into a set of every
        // lowercase word first (most words of the text: ~4% of gen extract's CPU, JFR)
        for (ArticleText.Para p : text.paras) {
            if (p.kind() == newsgen.model.ParagraphKind.BODY && !capitalised.isEmpty()) {
                for (Token t : p.tokens()) {
                    if (!t.cap()) {
                        String key = t.key();
                        int h = key.hashCode();
                        if ((hashes[(h >>> 6) & 3] & 1L << h) != 0) {
                            capitalised.remove(key);
                        }
                    }
                }
            }
        }
        return capitalised;
    }
}
