package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.Place;
import newsgen.model.StoryRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An archive entity being gathered from the articles that name it, pass by pass. */
final class EntityDraft {
    /** How many companions an entity page lists. */
    static final int COMPANIONS = 10;

    final EntityRef ref;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<String> affiliations = new LinkedHashSet<>();
    final Set<ArticleRef> articles = new LinkedHashSet<>();
    final List<CitedQuote> quotes = new ArrayList<>();
    final Map<EntityRef, Integer> companions = new HashMap<>();
    final List<StoryRef> stories = new ArrayList<>();
    List<EntityRef> undecided = List.of();
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
                placeType, country, mentions, List.copyOf(articles), quotes, top, newest, undecided, null, null);
    }

    /** Drops case-only variants ("Defence Minister" / "defence minister"), keeping the first seen. */
    private static List<String> dedupe(Set<String> values) {
        Map<String, String> seen = new LinkedHashMap<>();
        values.forEach(v -> seen.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        return List.copyOf(seen.values());
    }
}
