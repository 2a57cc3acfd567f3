package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.CitedQuote;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.NameFinder;
import newsgen.model.Place;
import newsgen.model.Quote;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The link pass of {@link ArchiveBuilder} for one article at a time: its actors, places and quotes tied to the
 * resolved entities, its names ordered for matching, its dated sentences and its quotes as the speakers pass gathers
 * them. Each article depends only on its own record and the finished index (only read here), so the builder links
 * the articles on both cores.
 */
final class ArticleLinker {
    private final ResolvedEntities index;
    /** Each entity's key ("person:jane-doe"), by its reference. */
    private final Map<EntityRef, String> keys;
    private final TimelineMemo timelineMemo;
    private final RepeatsMemo repeatsMemo;

    /** A linker to the entities of {@code index}; the memos may be null (nothing kept). */
    ArticleLinker(ResolvedEntities index, Map<EntityRef, String> keys, TimelineMemo timelineMemo, RepeatsMemo repeatsMemo) {
        this.index = index;
        this.keys = keys;
        this.timelineMemo = timelineMemo;
        this.repeatsMemo = repeatsMemo;
    }

    /** Ties one article's actors, places, quotes and dated sentences to the entities: writes only its own slot. */
    void link(Linked s) {
        List<Actor> actors = s.record.actors();
        s.actorEntities = new EntityRef[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            EntityRef e = index.entityOf(s.position, EntityKind.of(a), a.id());
            if (e != null) {
                s.actorEntities[i] = e;
                s.actors.putIfAbsent(String.valueOf(a.id()), e);
                s.names.add(new NamedEntity(a.name(), e));
                a.aliases().forEach(alias -> s.names.add(new NamedEntity(alias, e)));
                s.named.add(e);
            }
        }
        List<Place> places = s.record.places();
        s.placeEntities = new EntityRef[places.size()];
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            EntityRef e = index.entityOf(s.position, EntityKind.PLACE, p.id());
            if (e != null) {
                s.placeEntities[i] = e;
                s.places.putIfAbsent(String.valueOf(p.id()), e);
                s.names.add(new NamedEntity(p.name(), e));
                s.named.add(e);
            }
        }
        for (Quote q : s.record.quotes()) {
            EntityRef speaker = q.speaker() == null ? null : index.actorOf(s.position, q.speaker());
            s.quotes.add(new QuoteMatcher.Candidate(speaker, new CitedQuote(q, s.ref), s.position));
        }
        s.names.sort(Comparator.comparingInt((NamedEntity n) -> -n.name().length()).thenComparing(NamedEntity::name));
        s.dates = dated(s);
        s.spoken = spoken(s);
    }

    /**
     * The article's dated sentences with the entities each names: as the last build found them when it can
     * ({@link TimelineMemo}), else searched.
     */
    List<TimelineBuilder.Dated> dated(Linked s) {
        if (timelineMemo != null) {
            return timelineMemo.dated(s.article.article(), s.record, s.names, s.named, s.actorEntities, s.placeEntities);
        }
        TimelineBuilder own = new TimelineBuilder();
        own.add(s.record, new NameFinder(s.names));
        return own.dated();
    }

    /** An article's quotes as the speakers pass gathers them ({@link SpokenQuotes}). */
    List<Spoken> spoken(Linked s) {
        return SpokenQuotes.of(s, keys, repeatsMemo);
    }
}
