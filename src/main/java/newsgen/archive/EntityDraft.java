package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleRef;
import newsgen.model.CitedQuote;
import newsgen.model.Companion;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.Place;
import newsgen.model.RoleForms;
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
    /** Spellings by how many articles use them, so the page can list the usual ones first. */
    final Map<String, Integer> aliases = new LinkedHashMap<>();
    /** Roles by how many articles give them, so the page can list the most frequent. */
    final Map<String, Integer> roles = new LinkedHashMap<>();
    final Set<String> affiliations = new LinkedHashSet<>();
    final Set<ArticleRef> articles = new LinkedHashSet<>();
    final List<CitedQuote> quotes = new ArrayList<>();
    final Map<EntityRef, Integer> companions = new HashMap<>();
    final List<StoryRef> stories = new ArrayList<>();
    List<EntityRef> undecided = List.of();
    EntityIndex.Editor editor = EntityIndex.Editor.NONE;
    String placeType;
    String country;
    int mentions;

    EntityDraft(EntityRef ref) {
        this.ref = ref;
    }

    void addActor(Actor actor, ArticleRef ref) {
        String name = actor.name().strip();
        if (actor.aliases().isEmpty()) { // most actors: no set needed to count each spelling once
            aliases.merge(name, 1, Integer::sum);
        } else {
            Set<String> here = new LinkedHashSet<>();
            here.add(name);
            actor.aliases().forEach(a -> here.add(a.strip()));
            here.forEach(a -> aliases.merge(a, 1, Integer::sum));
        }
        actor.roles().forEach(r -> roles.merge(r.strip(), 1, Integer::sum));
        if (actor.affiliation() != null) {
            affiliations.add(actor.affiliation());
        }
        mentions += actor.mentions();
        articles.add(ref);
    }

    void addPlace(Place place, ArticleRef ref) {
        aliases.merge(place.name().strip(), 1, Integer::sum);
        // the article's own spellings ("Calif.", "Kiev"): the page lists them, and search finds the place by them
        place.aliases().forEach(a -> aliases.merge(a.strip(), 1, Integer::sum));
        placeType = placeType == null ? place.type() : placeType;
        country = country == null ? place.country() : country;
        mentions += place.mentions();
        articles.add(ref);
    }

    Entity toEntity() {
        editor.aliases().forEach(a -> aliases.merge(a, Integer.MAX_VALUE / 2, Integer::sum));
        aliases.remove(ref.name());
        List<String> usual = new ArrayList<>(aliases.keySet());
        usual.sort(Comparator.comparingInt((String a) -> -aliases.get(a)));
        List<Companion> top = top(companions).entrySet().stream()
                .map(e -> new Companion(e.getKey(), e.getValue())).toList();
        List<StoryRef> newest = stories.stream()
                .sorted(Comparator.comparing(StoryRef::firstDate, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(StoryRef::id))
                .toList();
        return new Entity(ref.id(), ref.kind(), ref.name(), usual, RoleForms.ordered(roles), dedupe(affiliations),
                placeType, country, mentions, List.copyOf(articles), quotes, top, newest, undecided, editor.description(), editor.link());
    }

    /**
     * The companions an entity page lists, most articles first, then by kind and name ({@code BY_KIND_AND_NAME} is a
     * total order, so the same counts always give the same top, whatever the map's order).
     */
    static Map<EntityRef, Integer> top(Map<EntityRef, Integer> counts) {
        Top top = new Top();
        for (Map.Entry<EntityRef, Integer> e : counts.entrySet()) {
            top.offer(e.getKey(), e.getValue());
        }
        return top.map();
    }

    /**
     * The first {@link #COMPANIONS} companions in {@link #top}'s order, kept as they are offered, in a sorted array,
     * instead of every entry sorted: a much-named entity has thousands of companions, and sorting them all was a fifth
     * of counting the companions (JFR, 10,164 articles). The order is total over distinct references, so whatever
     * order they are offered in, this keeps the same ones, in order; the companions pass offers each entity's counts
     * straight from its count array, without a map of them per entity ({@link CompanionMemo#full}).
     */
    static final class Top {
        private final EntityRef[] refs = new EntityRef[COMPANIONS];
        private final int[] values = new int[COMPANIONS];
        private int n;

        /** One companion and its count; each reference offered once. */
        void offer(EntityRef ref, int value) {
            if (n == COMPANIONS && !before(value, ref, values[n - 1], refs[n - 1])) {
                return;
            }
            int at = n == COMPANIONS ? n - 1 : n++;
            while (at > 0 && before(value, ref, values[at - 1], refs[at - 1])) {
                refs[at] = refs[at - 1];
                values[at] = values[at - 1];
                at--;
            }
            refs[at] = ref;
            values[at] = value;
        }

        /** The companions kept, in order. */
        Map<EntityRef, Integer> map() {
            Map<EntityRef, Integer> top = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                top.put(refs[i], values[i]);
            }
            return top;
        }
    }

    /** True when a companion counted this often comes before one counted that often: more articles first, then by kind and name. */
    private static boolean before(int value, EntityRef ref, int otherValue, EntityRef other) {
        return value != otherValue ? value > otherValue : StoryAssembler.BY_KIND_AND_NAME.compare(ref, other) < 0;
    }

    /** Drops case-only variants ("Defence Minister" / "defence minister"), keeping the first seen. */
    private static List<String> dedupe(Set<String> values) {
        Map<String, String> seen = new LinkedHashMap<>();
        values.forEach(v -> seen.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
        return List.copyOf(seen.values());
    }
}
