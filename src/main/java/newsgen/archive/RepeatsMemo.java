package newsgen.archive;

import newsgen.model.Article;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Which of each article's quotes repeat another of the same speaker ({@link RepeatedWords}), kept by the article's
 * cache key for the next build. Why: every article's answer was worked out again in every build, its quotes' words
 * made and searched, a sixth of a one-edit build's archive stage (JFR, 10,164 articles), though an article's quote
 * texts are fixed by its cache key (they are its record's, in record order).
 *
 * <p>{@link RepeatedWords#repeats} depends on the texts and on the speakers' keys only through which quotes share a
 * speaker: the kept answer is used when the article's cache key is the same and its quotes fall into the same
 * speakers in the same way (the pattern: for each quote, the first quote with its speaker), else worked out again. A
 * resolution that merges or parts two speakers changes the pattern; one that renames a speaker's entity does not, and
 * the answer is then the same.
 */
final class RepeatsMemo extends KeptByCacheKey<RepeatsMemo.Kept> {
    static final String FILE = "repeated-quotes";

    /** One article's answer: its quotes' speaker pattern, and which quotes repeat another. */
    record Kept(int[] pattern, boolean[] repeats) {
    }

    /**
     * @param read  false for a cold build: the answers are written, never read
     * @param keyOf each article's cache key, null for one without (always worked out)
     */
    RepeatsMemo(Path cacheFolder, boolean read, Function<Article, String> keyOf) {
        super(cacheFolder, FILE, "every article's repeated quotes found again", keyOf);
        loadAside(read, "newsgen-repeated-quotes");
    }

    /** What {@link RepeatedWords#repeats} gives for the article's quotes: the last build's answer when it holds. */
    boolean[] repeats(Article article, List<String> speakers, List<String> texts) {
        int[] pattern = pattern(speakers);
        String key = keyOf.apply(article);
        Kept kept = key == null ? null : old().get(key);
        if (kept != null && kept.repeats().length == texts.size() && Arrays.equals(kept.pattern(), pattern)) {
            now.put(key, kept);
            return kept.repeats().clone();
        }
        boolean[] repeats = RepeatedWords.repeats(speakers, texts);
        if (key != null) {
            now.put(key, new Kept(pattern, repeats.clone()));
        }
        return repeats;
    }

    /** For each quote, the position of the first quote with the same speaker (its own when it is the first). */
    static int[] pattern(List<String> speakers) {
        int[] pattern = new int[speakers.size()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = i;
            for (int j = 0; j < i; j++) {
                if (speakers.get(j).equals(speakers.get(i))) {
                    pattern[i] = pattern[j];
                    break;
                }
            }
        }
        return pattern;
    }

    @Override
    void encode(DataOutputStream out, Kept kept) throws IOException {
        out.writeInt(kept.pattern().length);
        for (int i = 0; i < kept.pattern().length; i++) {
            out.writeInt(kept.pattern()[i]);
            out.writeBoolean(kept.repeats()[i]);
        }
    }

    @Override
    Kept decode(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("not a number of quotes");
        }
        int[] pattern = new int[n];
        boolean[] repeats = new boolean[n];
        for (int i = 0; i < n; i++) {
            pattern[i] = in.readInt();
            repeats[i] = in.readBoolean();
        }
        return new Kept(pattern, repeats);
    }
}
