package newsgen.archive;

import newsgen.model.EntityRef;
import newsgen.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Each article's quotes as the speakers pass gathers them (moved out of {@link ArchiveBuilder}). */
final class SpokenQuotes {
    private SpokenQuotes() {
    }

    /**
     * An article's quotes as the speakers pass gathers them, each with its speaker's key: worked out from the
     * article alone (and the entities' keys, made before the link pass), so on both cores with the rest of the
     * link pass; gathered on one thread in article order, this was a quarter of a one-quotation build's archive
     * stage (JFR, 10,164 articles). The quotes that repeat another of their speaker's are the last build's when
     * {@code memo} holds them ({@link RepeatsMemo}; null works them out).
     */
    static List<Spoken> of(Linked s, Map<EntityRef, String> keys, RepeatsMemo memo) {
        List<Spoken> out = new ArrayList<>(s.quotes.size());
        // The same words by the same speaker once per article, in their longest quote (RepeatedWords).
        List<String> saidBy = new ArrayList<>(s.quotes.size());
        List<String> texts = new ArrayList<>(s.quotes.size());
        for (QuoteMatcher.Candidate c : s.quotes) {
            saidBy.add(c.speaker() == null ? "\0" + c.quote().quote().speakerName() : keys.get(c.speaker()));
            texts.add(c.quote().quote().text());
        }
        boolean[] repeats = memo == null ? RepeatedWords.repeats(saidBy, texts)
                : memo.repeats(s.article.article(), saidBy, texts);
        for (int i = 0; i < s.quotes.size(); i++) {
            if (repeats[i]) {
                continue;
            }
            QuoteMatcher.Candidate c = s.quotes.get(i);
            Quote q = c.quote().quote();
            EntityRef speaker = c.speaker();
            // A speaker without an entity by the key of the name, made once (twice was ~5 % of the archive
            // stage of a one-edit build).
            String nameKey = speaker != null || q.speakerName() == null ? "" : NameKey.of(q.speakerName());
            out.add(new Spoken(c, speaker != null ? saidBy.get(i) : nameKey.isEmpty() ? null : "name:" + nameKey));
        }
        return out;
    }
}
