package newsgen.extract;

import newsgen.model.Actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the article names its actors and places: mentions by paragraph and offset, the paragraphs around one, and
 * an actor by the name a cue verb reads. Only look-ups of what the finders found, no judgement of who a word stands
 * for; that is {@link Referents}, which reads this index (split from one class so the rules that only look up
 * mentions, as most do, do not depend on the pronoun and title logic).
 */
final class ArticleMentions {
    private final ArticleText text;
    private final Map<Integer, List<ActorFinder.Mention>> actors;
    private final Map<Integer, List<PlaceFinder.Mention>> places;
    private final Map<Integer, Integer> position = new HashMap<>();

    ArticleMentions(ArticleText text, Map<Integer, List<ActorFinder.Mention>> actors,
                    Map<Integer, List<PlaceFinder.Mention>> places) {
        this.text = text;
        this.actors = actors;
        this.places = places;
        for (int i = 0; i < text.paras.size(); i++) {
            position.put(text.paras.get(i).index(), i);
        }
    }

    /** Actor mentions of a paragraph that start within {@code start}..{@code end}, in text order. */
    List<ActorFinder.Mention> actors(int para, int start, int end) {
        return startingWithin(actors.getOrDefault(para, List.of()), ActorFinder.Mention::start, start, end);
    }

    /** Place mentions of a paragraph that start within {@code start}..{@code end}. */
    List<PlaceFinder.Mention> places(int para, int start, int end) {
        return startingWithin(places.getOrDefault(para, List.of()), ArticleMentions::startOf, start, end);
    }

    /** The run of a list in text order whose items start within {@code start}..{@code end}: found by halving. */
    private static <T> List<T> startingWithin(List<T> all, java.util.function.ToIntFunction<T> startOf, int start, int end) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf.applyAsInt(all.get(mid)) < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < all.size() && startOf.applyAsInt(all.get(to)) < end) {
            to++;
        }
        return all.subList(lo, to);
    }

    private static int startOf(PlaceFinder.Mention m) {
        return m.para().tokens().get(m.match().from()).start();
    }

    /** Every actor mention of paragraph {@code para}, in text order. */
    List<ActorFinder.Mention> actorsOf(int para) {
        return actors.getOrDefault(para, List.of());
    }

    /** The actor mentions of the article, one list per paragraph (in no order). */
    Collection<List<ActorFinder.Mention>> byParagraph() {
        return actors.values();
    }

    /** The paragraph before {@code p}, or null. */
    ArticleText.Para previous(ArticleText.Para p) {
        int pos = position.getOrDefault(p.index(), -1);
        return pos > 0 ? text.paras.get(pos - 1) : null;
    }


    /** Paragraph {@code p}'s position in the article, or -1. */
    int position(ArticleText.Para p) {
        return position(p.index());
    }

    /** The position in the article of the paragraph with index {@code para}, or -1. */
    int position(int para) {
        return position.getOrDefault(para, -1);
    }

    List<ArticleText.Para> paragraphs() {
        return text.paras;
    }

    /** The paragraph after {@code p}, or null. */
    ArticleText.Para next(ArticleText.Para p) {
        int pos = position.getOrDefault(p.index(), -1);
        return pos >= 0 && pos + 1 < text.paras.size() ? text.paras.get(pos + 1) : null;
    }

    /** Whether the actor with this id is a person. */
    boolean isPerson(String id) {
        Actor a = actor(id);
        return a != null && a.isPerson();
    }

    /** The actor with this id, or null when no mention names it. */
    Actor actor(String id) {
        if (byId == null) {
            byId = new HashMap<>();
            for (List<ActorFinder.Mention> list : actors.values()) {
                for (ActorFinder.Mention m : list) {
                    byId.putIfAbsent(m.actor().id(), m.actor());
                }
            }
        }
        return byId.get(id);
    }

    /** The actors by id; made on first use. */
    private Map<String, Actor> byId;

    /**
     * The mention the possessive {@code w} ends ("Roe's claim", "the Times' report"), looking from offset {@code from}
     * on; null when no actor's name ends there.
     */
    ActorFinder.Mention possessor(ArticleText.Para p, int from, Token w) {
        for (ActorFinder.Mention m : actors(p.index(), from, w.end())) {
            if (m.end() >= w.end() - 2 && m.end() <= w.end()) {
                return m;
            }
        }
        return null;
    }


    /**
     * The actor whose name, one of whose aliases or (for a person) whose surname is {@code name} (folded), when only
     * one is: "Ashby" read as
     * a name by a cue verb where no rule made a mention is Kirsten Ashby, named in full elsewhere; else null.
     */
    Actor actorNamed(String name) {
        if (byName == null) {
            byName = new HashMap<>();
            for (List<ActorFinder.Mention> list : actors.values()) {
                for (ActorFinder.Mention m : list) {
                    Actor a = m.actor();
                    byName.merge(Slugs.fold(a.name()), a, (x, y) -> x.id().equals(y.id()) ? x : AMBIGUOUS);
                    for (String alias : a.aliases()) {
                        byName.merge(Slugs.fold(alias), a, (x, y) -> x.id().equals(y.id()) ? x : AMBIGUOUS);
                    }
                    int space = a.name().lastIndexOf(' ');
                    if (a.isPerson() && space > 0) {
                        // "Okonjo" for Ada Okonjo: a surname, as the people rules alias it
                        byName.merge(Slugs.fold(a.name().substring(space + 1)), a,
                                (x, y) -> x.id().equals(y.id()) ? x : AMBIGUOUS);
                    }
                }
            }
        }
        Actor a = byName.get(Slugs.fold(name));
        return a == AMBIGUOUS ? null : a;
    }

    /** Actors by folded name and alias; made on first use. */
    private Map<String, Actor> byName;
    /** Stands for a name two actors share. */
    private static final Actor AMBIGUOUS = new Actor("", "", Actor.PERSON, List.of(), List.of(), null, 0);

}
