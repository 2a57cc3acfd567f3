package newsgen.archive;

import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.OutletReport;
import newsgen.model.QuotePair;
import newsgen.model.Story;
import newsgen.model.TimelineEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays the articles of one story side by side: what every outlet names, what one outlet alone reports, the quotes they share. */
final class StoryAssembler {
    /** The kinds in the order pages list them (made once: a list made in every comparison was a tenth of the archive's allocation). */
    private static final List<String> KIND_ORDER = List.of(Entity.PERSON, Entity.ORGANIZATION, Entity.PLACE);
    /** People, then organisations, then places; by name within each. */
    static final Comparator<EntityRef> BY_KIND_AND_NAME = Comparator
            .comparingInt((EntityRef e) -> KIND_ORDER.indexOf(e.kind()))
            .thenComparing(EntityRef::name).thenComparing(EntityRef::id);

    /** What the assembler reads of one article of the story. */
    record Member(ArticleRef ref, Set<EntityRef> entities, List<QuoteMatcher.Candidate> quotes,
                  List<TimelineBuilder.Dated> dates) {
    }

    private final QuoteMatcher matcher = new QuoteMatcher();

    Story assemble(List<Member> input) {
        List<Member> members = new ArrayList<>(input);
        members.sort(Comparator.comparing((Member m) -> m.ref().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.ref().outlet(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.ref().slug()));
        List<ArticleRef> refs = members.stream().map(Member::ref).toList();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            position.put(refs.get(i).slug(), i);
        }
        List<QuoteMatcher.Candidate> quotes = new ArrayList<>();
        for (Member m : members) {
            for (QuoteMatcher.Candidate c : m.quotes()) {
                quotes.add(new QuoteMatcher.Candidate(c.speaker(), c.quote(), position.get(m.ref().slug())));
            }
        }
        List<QuotePair> pairs = matcher.match(quotes);
        Set<CitedQuote> paired = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (QuotePair p : pairs) {
            paired.add(p.first());
            paired.add(p.second());
        }

        // One report per outlet; articles naming no outlet each stand alone.
        Map<String, List<Member>> byOutlet = new LinkedHashMap<>();
        members.stream()
                .sorted(Comparator.comparing((Member m) -> m.ref().outlet(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.ref().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.ref().slug()))
                .forEach(m -> byOutlet.computeIfAbsent(m.ref().outlet() != null ? "o:" + m.ref().outlet() : "a:" + m.ref().slug(),
                        k -> new ArrayList<>()).add(m));
        List<Set<EntityRef>> named = new ArrayList<>();
        List<Set<String>> dated = new ArrayList<>();
        for (List<Member> group : byOutlet.values()) {
            Set<EntityRef> e = new HashSet<>();
            Set<String> d = new HashSet<>();
            for (Member m : group) {
                e.addAll(m.entities());
                m.dates().forEach(x -> d.add(x.entry().value()));
            }
            named.add(e);
            dated.add(d);
        }
        // A quote no speaker links (scare quotes, a slogan) never pairs, yet when another outlet prints the same words
        // it is not what this outlet alone reports.
        Map<String, Integer> outletsQuoting = new HashMap<>();
        for (List<Member> group : byOutlet.values()) {
            Set<String> texts = new HashSet<>();
            group.forEach(m -> m.quotes().forEach(c -> texts.add(NameKey.of(c.quote().quote().text()))));
            texts.forEach(t -> outletsQuoting.merge(t, 1, Integer::sum));
        }
        Map<EntityRef, Integer> outletsNaming = new HashMap<>();
        Map<String, Integer> outletsDating = new HashMap<>();
        named.forEach(s -> s.forEach(e -> outletsNaming.merge(e, 1, Integer::sum)));
        dated.forEach(s -> s.forEach(v -> outletsDating.merge(v, 1, Integer::sum)));
        int outlets = byOutlet.size();
        List<EntityRef> shared = outletsNaming.entrySet().stream().filter(x -> x.getValue() == outlets)
                .map(Map.Entry::getKey).sorted(BY_KIND_AND_NAME).toList();

        List<OutletReport> reports = new ArrayList<>();
        int g = 0;
        for (List<Member> group : byOutlet.values()) {
            List<EntityRef> only = outlets < 2 ? List.of() : named.get(g).stream()
                    .filter(e -> outletsNaming.get(e) == 1).sorted(BY_KIND_AND_NAME).toList();
            List<TimelineEntry> onlyDates = new ArrayList<>();
            List<CitedQuote> onlyQuotes = new ArrayList<>();
            Set<String> seenValues = new LinkedHashSet<>();
            TimelineBuilder own = new TimelineBuilder();
            for (Member m : group) {
                own.addAll(m.dates());
                for (QuoteMatcher.Candidate c : m.quotes()) {
                    if (!paired.contains(c.quote()) && outletsQuoting.get(NameKey.of(c.quote().quote().text())) == 1) {
                        onlyQuotes.add(c.quote());
                    }
                }
            }
            for (TimelineEntry t : own.build()) {
                if (outlets >= 2 && outletsDating.get(t.value()) == 1 && seenValues.add(t.value())) {
                    onlyDates.add(t);
                }
            }
            reports.add(new OutletReport(group.get(0).ref().outlet(), group.stream().map(Member::ref).toList(),
                    only, onlyDates, onlyQuotes));
            g++;
        }

        TimelineBuilder timeline = new TimelineBuilder();
        members.forEach(m -> timeline.addAll(m.dates()));
        String first = refs.stream().map(ArticleRef::date).filter(d -> d != null).findFirst().orElse(null);
        String last = refs.stream().map(ArticleRef::date).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
        String id = NameKey.reserved(refs.get(0).slug()) ? "story-" + refs.get(0).slug() : refs.get(0).slug();
        return new Story(id, refs.get(0).title(), first, last, refs, shared, reports, pairs, timeline.build());
    }
}
