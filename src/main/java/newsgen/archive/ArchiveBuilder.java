package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.Place;
import newsgen.model.Quote;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;
import newsgen.model.StoryRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the records of all articles into one archive: one entity per person, organisation and place across
 * articles, stories of articles on the same event, a timeline of every resolved date, and the quotes by speaker.
 */
public final class ArchiveBuilder {
    /** Newest first; undated articles last; then by title so the order never depends on input order. */
    static final Comparator<ArchivedArticle> NEWEST_FIRST = Comparator
            .comparing((ArchivedArticle a) -> a.record().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> a.record().title())
            .thenComparing(a -> a.record().slug());
    /** How many companions an entity page lists. */
    static final int COMPANIONS = 10;
    /** Most mentioned first, then by name. */
    private static final Comparator<Entity> MOST_MENTIONED = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparing(Entity::name).thenComparing(Entity::id);

    private long storyComparisons;

    /** How many article pairs story clustering scored in the last build: grows with the articles, not their pairs. */
    public long storyComparisons() {
        return storyComparisons;
    }

    public Archive build(List<ArchivedArticle> input) {
        List<ArchivedArticle> articles = new ArrayList<>(input);
        articles.sort(NEWEST_FIRST);
        List<ArticleRecord> records = articles.stream().map(ArchivedArticle::record).toList();
        EntityIndex index = EntityIndex.build(records);

        Map<String, EntityDraft> drafts = new HashMap<>();
        for (EntityIndex.Group group : index.groups()) {
            drafts.put(key(group.ref()), new EntityDraft(group.ref()));
        }
        List<ArticleLinks> links = new ArrayList<>();
        List<Set<EntityRef>> named = new ArrayList<>();
        List<List<QuoteMatcher.Candidate>> quotes = new ArrayList<>();
        Map<String, List<CitedQuote>> bySpeaker = new LinkedHashMap<>();
        Map<String, SpeakerQuotes> speakerOf = new HashMap<>();
        List<CitedQuote> unattributed = new ArrayList<>();
        TimelineBuilder timeline = new TimelineBuilder();
        List<List<TimelineBuilder.Dated>> dates = new ArrayList<>();

        for (int i = 0; i < articles.size(); i++) {
            ArticleRecord r = records.get(i);
            ArticleRef ref = ArticleRef.of(r);
            Map<String, EntityRef> actors = new HashMap<>();
            Map<String, EntityRef> places = new HashMap<>();
            List<NamedEntity> names = new ArrayList<>();
            Set<EntityRef> here = new LinkedHashSet<>();
            for (Actor a : r.actors()) {
                EntityRef e = index.entityOf(i, a.isPerson() ? Entity.PERSON : Entity.ORGANIZATION, a.id());
                if (e == null) {
                    continue;
                }
                actors.putIfAbsent(String.valueOf(a.id()), e);
                names.add(new NamedEntity(a.name(), e));
                a.aliases().forEach(alias -> names.add(new NamedEntity(alias, e)));
                here.add(e);
                drafts.get(key(e)).addActor(a, ref);
            }
            for (Place p : r.places()) {
                EntityRef e = index.entityOf(i, Entity.PLACE, p.id());
                if (e == null) {
                    continue;
                }
                places.putIfAbsent(String.valueOf(p.id()), e);
                names.add(new NamedEntity(p.name(), e));
                here.add(e);
                drafts.get(key(e)).addPlace(p, ref);
            }
            names.sort(Comparator.comparingInt((NamedEntity n) -> -n.name().length()).thenComparing(NamedEntity::name));
            NameFinder finder = new NameFinder(names);
            List<QuoteMatcher.Candidate> said = new ArrayList<>();
            for (Quote q : r.quotes()) {
                CitedQuote cited = new CitedQuote(q, ref);
                EntityRef speaker = q.speaker() == null ? null : index.actorOf(i, q.speaker());
                said.add(new QuoteMatcher.Candidate(speaker, cited, i));
                String speakerKey;
                if (speaker != null) {
                    drafts.get(key(speaker)).quotes.add(cited);
                    speakerKey = key(speaker);
                    speakerOf.putIfAbsent(speakerKey, new SpeakerQuotes(speaker, speaker.name(), List.of()));
                } else if (q.speakerName() != null && !NameKey.of(q.speakerName()).isEmpty()) {
                    speakerKey = "name:" + NameKey.of(q.speakerName());
                    speakerOf.putIfAbsent(speakerKey, new SpeakerQuotes(null, q.speakerName(), List.of()));
                } else {
                    unattributed.add(cited);
                    continue;
                }
                bySpeaker.computeIfAbsent(speakerKey, k -> new ArrayList<>()).add(cited);
            }
            TimelineBuilder own = new TimelineBuilder();
            own.add(r, finder);
            timeline.addAll(own.dated());
            links.add(new ArticleLinks(actors, places, names, null));
            named.add(here);
            quotes.add(said);
            dates.add(own.dated());
        }
        addCompanions(named, drafts);

        // Stories: clustered through an index, then laid side by side.
        StoryClusterer clusterer = new StoryClusterer();
        List<StoryClusterer.Features> features = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> actorKeys = new LinkedHashSet<>();
            Set<String> placeKeys = new LinkedHashSet<>();
            for (EntityRef e : named.get(i)) {
                (Entity.PLACE.equals(e.kind()) ? placeKeys : actorKeys).add(key(e));
            }
            features.add(new StoryClusterer.Features(records.get(i).slug(), date(records.get(i).date()), actorKeys, placeKeys,
                    Wording.of(articles.get(i).article())));
        }
        List<List<Integer>> clusters = clusterer.cluster(features);
        storyComparisons = clusterer.comparisons();
        StoryAssembler assembler = new StoryAssembler();
        List<Story> stories = new ArrayList<>();
        Map<String, String> storyOfSlug = new HashMap<>();
        for (List<Integer> cluster : clusters) {
            List<StoryAssembler.Member> members = new ArrayList<>();
            for (int i : cluster) {
                members.add(new StoryAssembler.Member(ArticleRef.of(records.get(i)), named.get(i), quotes.get(i), dates.get(i)));
            }
            Story story = assembler.assemble(members);
            stories.add(story);
            StoryRef sref = StoryRef.of(story);
            Set<String> entityKeys = new LinkedHashSet<>();
            for (int i : cluster) {
                storyOfSlug.put(records.get(i).slug(), story.id());
                named.get(i).forEach(e -> entityKeys.add(key(e)));
            }
            entityKeys.forEach(k -> drafts.get(k).stories.add(sref));
        }
        stories.sort(Comparator.comparing(Story::lastDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> -s.articles().size()).thenComparing(Story::id));

        Map<String, ArticleLinks> linksBySlug = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleLinks l = links.get(i);
            linksBySlug.put(records.get(i).slug(), new ArticleLinks(l.actors(), l.places(), l.names(), storyOfSlug.get(records.get(i).slug())));
        }

        List<SpeakerQuotes> speakers = new ArrayList<>();
        bySpeaker.forEach((k, list) -> speakers.add(new SpeakerQuotes(speakerOf.get(k).speaker(), speakerOf.get(k).name(), list)));
        speakers.sort(Comparator.comparingInt((SpeakerQuotes s) -> -s.quotes().size())
                .thenComparing(SpeakerQuotes::name).thenComparing(s -> s.speaker() == null ? "" : s.speaker().id()));

        List<Entity> people = new ArrayList<>();
        List<Entity> organizations = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        for (EntityIndex.Group group : index.groups()) {
            Entity e = drafts.get(key(group.ref())).toEntity();
            switch (e.kind()) {
                case Entity.PERSON -> people.add(e);
                case Entity.ORGANIZATION -> organizations.add(e);
                default -> places.add(e);
            }
        }
        people.sort(MOST_MENTIONED);
        organizations.sort(MOST_MENTIONED);
        places.sort(MOST_MENTIONED);
        return new Archive(articles, people, organizations, places, stories, timeline.build(), speakers, unattributed, linksBySlug);
    }

    /** For each entity, the people and organisations named in most articles with it. */
    private static void addCompanions(List<Set<EntityRef>> named, Map<String, EntityDraft> drafts) {
        for (Set<EntityRef> here : named) {
            List<EntityRef> actors = here.stream().filter(e -> !Entity.PLACE.equals(e.kind())).toList();
            for (EntityRef e : here) {
                EntityDraft d = drafts.get(key(e));
                for (EntityRef other : actors) {
                    if (!other.equals(e)) {
                        d.companions.merge(other, 1, Integer::sum);
                    }
                }
            }
        }
    }

    static String key(EntityRef e) {
        return e.kind() + ":" + e.id();
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An entity being gathered from the articles that name it. */
    private static final class EntityDraft {
        final EntityRef ref;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> affiliations = new LinkedHashSet<>();
        final Set<ArticleRef> articles = new LinkedHashSet<>();
        final List<CitedQuote> quotes = new ArrayList<>();
        final Map<EntityRef, Integer> companions = new HashMap<>();
        final List<StoryRef> stories = new ArrayList<>();
        String placeType;
        String country;
        int mentions;

        EntityDraft(EntityRef ref) {
            this.ref = ref;
        }

        void addActor(Actor actor, ArticleRef ref) {
            aliases.add(actor.name().strip());
            actor.aliases().forEach(a -> aliases.add(a.strip()));
            roles.addAll(actor.roles());
            if (actor.affiliation() != null) {
                affiliations.add(actor.affiliation());
            }
            mentions += actor.mentions();
            articles.add(ref);
        }

        void addPlace(Place place, ArticleRef ref) {
            aliases.add(place.name().strip());
            placeType = placeType == null ? place.type() : placeType;
            country = country == null ? place.country() : country;
            mentions += place.mentions();
            articles.add(ref);
        }

        Entity toEntity() {
            aliases.remove(ref.name());
            List<Companion> top = companions.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<EntityRef, Integer> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey, StoryAssembler.BY_KIND_AND_NAME))
                    .limit(COMPANIONS)
                    .map(e -> new Companion(e.getKey(), e.getValue())).toList();
            List<StoryRef> newest = stories.stream()
                    .sorted(Comparator.comparing(StoryRef::firstDate, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(StoryRef::id))
                    .toList();
            return new Entity(ref.id(), ref.kind(), ref.name(), List.copyOf(aliases), dedupe(roles), dedupe(affiliations),
                    placeType, country, mentions, List.copyOf(articles), quotes, top, newest);
        }

        /** Drops case-only variants ("Defence Minister" / "defence minister"), keeping the first seen. */
        private static List<String> dedupe(Set<String> values) {
            Map<String, String> seen = new LinkedHashMap<>();
            values.forEach(v -> seen.putIfAbsent(v.toLowerCase(java.util.Locale.ROOT), v));
            return List.copyOf(seen.values());
        }
    }
}
