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
            out.add(new Quote(q.text(), who.id(), who.name(), shownRole(who.role()), a.cue(), q.partial(), q.start().index(),
                    a.rule() == null ? null : a.rule().label));
        }
        return out;
    }

    /** Words that open a role and take a capital only where the role opens its sentence ("The candidate said …"). */
    private static final java.util.Set<String> OPENING_WORDS = WordSet.of("the", "a", "an", "another", "one", "some",
            "his", "her", "its", "their");

    /**
     * A role as the record keeps it, the same wherever the description stood: "The GOP front-runner complained …" and
     * "…,” the GOP front-runner said" both give "the GOP front-runner" (a page shows it after a dash, "— another
     * commenter", as it shows "— the woman"). Null stays null.
     */
    static String shownRole(String role) {
        if (role == null || role.isEmpty() || !Character.isUpperCase(role.charAt(0))) {
            return role;
        }
        int space = role.indexOf(' ');
        String first = space < 0 ? role : role.substring(0, space);
        return OPENING_WORDS.contains(first.toLowerCase(java.util.Locale.ROOT))
                ? Character.toLowerCase(role.charAt(0)) + role.substring(1) : role;
    }
}
