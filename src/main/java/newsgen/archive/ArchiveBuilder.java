package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Entity;
import newsgen.model.Place;
import newsgen.model.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Links the records of all articles into one archive: one entity per person, organisation and place. */
public final class ArchiveBuilder {
    /** Newest first; undated articles last; then by title so the order never depends on input order. */
    static final Comparator<ArchivedArticle> NEWEST_FIRST = Comparator
            .comparing((ArchivedArticle a) -> a.record().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> a.record().title())
            .thenComparing(a -> a.record().slug());

    public Archive build(List<ArchivedArticle> input) {
        List<ArchivedArticle> articles = new ArrayList<>(input);
        articles.sort(NEWEST_FIRST);
        Map<String, EntityDraft> people = new LinkedHashMap<>();
        Map<String, EntityDraft> organizations = new LinkedHashMap<>();
        Map<String, EntityDraft> places = new LinkedHashMap<>();
        for (ArchivedArticle article : articles) {
            ArticleRef ref = ArticleRef.of(article.record());
            for (Actor actor : article.record().actors()) {
                var drafts = actor.isPerson() ? people : organizations;
                drafts.computeIfAbsent(actor.id(), id -> new EntityDraft(id, actor.isPerson() ? Entity.PERSON : Entity.ORGANIZATION, actor.name()))
                        .addActor(actor, ref);
            }
            for (Place place : article.record().places()) {
                places.computeIfAbsent(place.id(), id -> new EntityDraft(id, Entity.PLACE, place.name())).addPlace(place, ref);
            }
            for (Quote quote : article.record().quotes()) {
                if (quote.speaker() == null) {
                    continue;
                }
                EntityDraft speaker = people.containsKey(quote.speaker()) ? people.get(quote.speaker()) : organizations.get(quote.speaker());
                if (speaker != null) {
                    speaker.quotes.add(new CitedQuote(quote, ref));
                }
            }
        }
        return new Archive(articles, finish(people), finish(organizations), finish(places));
    }

    private static List<Entity> finish(Map<String, EntityDraft> drafts) {
        return drafts.values().stream().map(EntityDraft::toEntity)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name))
                .toList();
    }

    /** An entity being gathered from the articles that name it. */
    private static final class EntityDraft {
        final String id;
        final String kind;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> affiliations = new LinkedHashSet<>();
        final Set<ArticleRef> articles = new LinkedHashSet<>();
        final List<CitedQuote> quotes = new ArrayList<>();
        String placeType;
        String country;
        int mentions;

        EntityDraft(String id, String kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        void addActor(Actor actor, ArticleRef ref) {
            if (!actor.name().equals(name)) {
                aliases.add(actor.name());
            }
            aliases.addAll(actor.aliases());
            roles.addAll(actor.roles());
            if (actor.affiliation() != null) {
                affiliations.add(actor.affiliation());
            }
            mentions += actor.mentions();
            articles.add(ref);
        }

        void addPlace(Place place, ArticleRef ref) {
            placeType = placeType == null ? place.type() : placeType;
            country = country == null ? place.country() : country;
            mentions += place.mentions();
            articles.add(ref);
        }

        Entity toEntity() {
            aliases.remove(name);
            return new Entity(id, kind, name, List.copyOf(aliases), List.copyOf(roles), List.copyOf(affiliations),
                    placeType, country, mentions, List.copyOf(articles), quotes);
        }
    }
}
