package newsgen.extract;

import newsgen.model.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says who spoke each quotation by running the {@link SpeakerRule} sieve over the quotations in text order; null
 * rather than a guess. Each quote records the rule that named its speaker.
 */
final class SpeakerResolver {
    List<Quote> resolve(ArticleText text, List<QuoteFinder.Span> quotes, List<ActorFinder.Mention> actors,
                        List<PlaceFinder.Mention> places) {
        Map<Integer, List<ActorFinder.Mention>> byPara = new HashMap<>();
        for (ActorFinder.Mention m : actors) {
            byPara.computeIfAbsent(m.para(), k -> new ArrayList<>()).add(m);
        }
        Map<Integer, List<PlaceFinder.Mention>> placesByPara = new HashMap<>();
        for (PlaceFinder.Mention m : places) {
            placesByPara.computeIfAbsent(m.para().index(), k -> new ArrayList<>()).add(m);
        }
        ArticleMentions mentions = new ArticleMentions(text, byPara, placesByPara);
        Referents refs = new Referents(mentions);
        refs.noteQuotations(quotes);
        Sieve sieve = new Sieve(mentions, refs);
        List<Attribution> attributions = new ArrayList<>();
        for (QuoteFinder.Span q : quotes) {
            attributions.add(sieve.attribute(q));
        }
        sieve.finish();
        List<Quote> out = new ArrayList<>();
        for (Attribution a : attributions) {
            QuoteFinder.Span q = a.span();
            Speaker who = a.speaker();
            out.add(new Quote(q.text(), who.id(), who.name(), who.role(), a.cue(), q.partial(), q.start().index(),
                    a.rule() == null ? null : a.rule().label));
        }
        return out;
    }
}
