package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Entity;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.NameFinder;
import newsgen.model.Place;
import newsgen.model.Quote;
import newsgen.model.SpeakerQuotes;
import newsgen.model.Story;
import newsgen.model.StoryRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the records of all articles into one archive, in named passes over one {@link Linked} slot per article
 * (the way a static-site library inserts pages, then fills backlinks, then sections):
 * <ol>
 * <li>{@link Run#index}: merge every article's actors and places into archive entities ({@link EntityIndex});</li>
 * <li>{@link Run#link}: tie each article's actors, places and dated sentences to those entities;</li>
 * <li>{@link Run#companions}: count who is named with whom;</li>
 * <li>{@link Run#stories}: cluster articles on one event and lay them side by side;</li>
 * <li>{@link Run#speakers}: gather quotes by speaker;</li>
 * <li>{@link Run#entities}: turn the gathered drafts into entities, most mentioned first.</li>
 * </ol>
 */
public final class ArchiveBuilder {
    /** Newest first; undated articles last; then by title so the order never depends on input order. */
    static final Comparator<ArchivedArticle> NEWEST_FIRST = Comparator
            .comparing((ArchivedArticle a) -> a.record().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> a.record().title())
            .thenComparing(a -> a.record().slug());
    /** How many companions an entity page lists. */
    static final int COMPANIONS = EntityDraft.COMPANIONS;
    /** Most mentioned first, then by name. */
    private static final Comparator<Entity> MOST_MENTIONED = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparing(Entity::name).thenComparing(Entity::id);

    private long storyComparisons;

    /** How many article pairs story clustering scored in the last build: grows with the articles, not their pairs. */
    public long storyComparisons() {
        return storyComparisons;
    }

    public Archive build(List<ArchivedArticle> input) {
        Run run = new Run(input);
        run.index();
        run.link();
        run.companions();
        run.stories();
        run.speakers();
        return run.entities();
    }

    /** What the passes learn about one article. */
    static final class Linked {
        final int position;
        final ArchivedArticle article;
        final ArticleRecord record;
        final ArticleRef ref;
        final Map<String, EntityRef> actors = new HashMap<>();
        final Map<String, EntityRef> places = new HashMap<>();
        final List<NamedEntity> names = new ArrayList<>();
        /** Every entity the article names, in record order. */
        final Set<EntityRef> named = new LinkedHashSet<>();
        final List<QuoteMatcher.Candidate> quotes = new ArrayList<>();
        List<TimelineBuilder.Dated> dates = List.of();
        String story;

        Linked(int position, ArchivedArticle article) {
            this.position = position;
            this.article = article;
            this.record = article.record();
            this.ref = ArticleRef.of(record);
        }

        ArticleLinks links() {
            return new ArticleLinks(actors, places, names, story);
        }
    }

    /** One build: the slots and drafts the passes fill in turn. */
    private final class Run {
        final List<ArchivedArticle> articles;
        final List<Linked> slots = new ArrayList<>();
        final Map<String, EntityDraft> drafts = new HashMap<>();
        final TimelineBuilder timeline = new TimelineBuilder();
        EntityIndex index;
        List<Story> stories = List.of();
        List<SpeakerQuotes> speakers = List.of();
        List<CitedQuote> unattributed = List.of();

        Run(List<ArchivedArticle> input) {
            articles = new ArrayList<>(input);
            articles.sort(NEWEST_FIRST);
            for (int i = 0; i < articles.size(); i++) {
                slots.add(new Linked(i, articles.get(i)));
            }
        }

        void index() {
            index = EntityIndex.build(slots.stream().map(s -> s.record).toList());
            for (EntityIndex.Group group : index.groups()) {
                EntityDraft draft = new EntityDraft(group.ref());
                draft.undecided = group.undecided();
                drafts.put(group.ref().key(), draft);
            }
        }

        void link() {
            for (Linked s : slots) {
                for (Actor a : s.record.actors()) {
                    EntityRef e = index.entityOf(s.position, EntityKind.of(a), a.id());
                    if (e != null) {
                        s.actors.putIfAbsent(String.valueOf(a.id()), e);
                        s.names.add(new NamedEntity(a.name(), e));
                        a.aliases().forEach(alias -> s.names.add(new NamedEntity(alias, e)));
                        s.named.add(e);
                        drafts.get(e.key()).addActor(a, s.ref);
                    }
                }
                for (Place p : s.record.places()) {
                    EntityRef e = index.entityOf(s.position, EntityKind.PLACE, p.id());
                    if (e != null) {
                        s.places.putIfAbsent(String.valueOf(p.id()), e);
                        s.names.add(new NamedEntity(p.name(), e));
                        s.named.add(e);
                        drafts.get(e.key()).addPlace(p, s.ref);
                    }
                }
                s.names.sort(Comparator.comparingInt((NamedEntity n) -> -n.name().length()).thenComparing(NamedEntity::name));
                TimelineBuilder own = new TimelineBuilder();
                own.add(s.record, new NameFinder(s.names));
                s.dates = own.dated();
                timeline.addAll(s.dates);
            }
        }

        /** For each entity, the people and organisations named in most articles with it. */
        void companions() {
            for (Linked s : slots) {
                List<EntityRef> actors = s.named.stream().filter(e -> e.entityKind() != EntityKind.PLACE).toList();
                for (EntityRef e : s.named) {
                    EntityDraft d = drafts.get(e.key());
                    for (EntityRef other : actors) {
                        if (!other.equals(e)) {
                            d.companions.merge(other, 1, Integer::sum);
                        }
                    }
                }
            }
        }

        /** Stories: clustered through an index, then laid side by side. */
        void stories() {
            for (Linked s : slots) {
                for (Quote q : s.record.quotes()) {
                    EntityRef speaker = q.speaker() == null ? null : index.actorOf(s.position, q.speaker());
                    s.quotes.add(new QuoteMatcher.Candidate(speaker, new CitedQuote(q, s.ref), s.position));
                }
            }
            StoryClusterer clusterer = new StoryClusterer();
            List<StoryClusterer.Features> features = new ArrayList<>();
            for (Linked s : slots) {
                Set<String> actorKeys = new LinkedHashSet<>();
                Set<String> placeKeys = new LinkedHashSet<>();
                for (EntityRef e : s.named) {
                    (e.entityKind() == EntityKind.PLACE ? placeKeys : actorKeys).add(e.key());
                }
                features.add(new StoryClusterer.Features(s.record.slug(), date(s.record.date()), actorKeys, placeKeys,
                        Wording.of(s.article.article())));
            }
            List<List<Integer>> clusters = clusterer.cluster(features);
            storyComparisons = clusterer.comparisons();
            StoryAssembler assembler = new StoryAssembler();
            List<Story> out = new ArrayList<>();
            for (List<Integer> cluster : clusters) {
                List<StoryAssembler.Member> members = new ArrayList<>();
                for (int i : cluster) {
                    Linked s = slots.get(i);
                    members.add(new StoryAssembler.Member(s.ref, s.named, s.quotes, s.dates));
                }
                Story story = assembler.assemble(members);
                out.add(story);
                StoryRef sref = StoryRef.of(story);
                Set<String> entityKeys = new LinkedHashSet<>();
                for (int i : cluster) {
                    slots.get(i).story = story.id();
                    slots.get(i).named.forEach(e -> entityKeys.add(e.key()));
                }
                entityKeys.forEach(k -> drafts.get(k).stories.add(sref));
            }
            out.sort(Comparator.comparing(Story::lastDate, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(s -> -s.articles().size()).thenComparing(Story::id));
            stories = out;
        }

        /** Quotes by speaker: an entity's on its page, a named speaker without one by name, the rest apart. */
        void speakers() {
            Map<String, List<CitedQuote>> bySpeaker = new LinkedHashMap<>();
            Map<String, SpeakerQuotes> speakerOf = new HashMap<>();
            List<CitedQuote> none = new ArrayList<>();
            for (Linked s : slots) {
                for (QuoteMatcher.Candidate c : s.quotes) {
                    Quote q = c.quote().quote();
                    EntityRef speaker = c.speaker();
                    String speakerKey;
                    if (speaker != null) {
                        drafts.get(speaker.key()).quotes.add(c.quote());
                        speakerKey = speaker.key();
                        speakerOf.putIfAbsent(speakerKey, new SpeakerQuotes(speaker, speaker.name(), List.of()));
                    } else if (q.speakerName() != null && !NameKey.of(q.speakerName()).isEmpty()) {
                        speakerKey = "name:" + NameKey.of(q.speakerName());
                        speakerOf.putIfAbsent(speakerKey, new SpeakerQuotes(null, q.speakerName(), List.of()));
                    } else {
                        none.add(c.quote());
                        continue;
                    }
                    bySpeaker.computeIfAbsent(speakerKey, k -> new ArrayList<>()).add(c.quote());
                }
            }
            List<SpeakerQuotes> out = new ArrayList<>();
            bySpeaker.forEach((k, list) -> out.add(new SpeakerQuotes(speakerOf.get(k).speaker(), speakerOf.get(k).name(), list)));
            out.sort(Comparator.comparingInt((SpeakerQuotes q) -> -q.quotes().size())
                    .thenComparing(SpeakerQuotes::name).thenComparing(q -> q.speaker() == null ? "" : q.speaker().id()));
            speakers = out;
            unattributed = none;
        }

        Archive entities() {
            Map<EntityKind, List<Entity>> byKind = new EnumMap<>(EntityKind.class);
            for (EntityKind kind : EntityKind.values()) {
                byKind.put(kind, new ArrayList<>());
            }
            for (EntityIndex.Group group : index.groups()) {
                byKind.get(group.ref().entityKind()).add(drafts.get(group.ref().key()).toEntity());
            }
            byKind.values().forEach(list -> list.sort(MOST_MENTIONED));
            Map<String, ArticleLinks> links = new HashMap<>();
            slots.forEach(s -> links.put(s.record.slug(), s.links()));
            return new Archive(articles, byKind.get(EntityKind.PERSON), byKind.get(EntityKind.ORGANIZATION),
                    byKind.get(EntityKind.PLACE), stories, timeline.build(), speakers, unattributed, links);
        }
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
