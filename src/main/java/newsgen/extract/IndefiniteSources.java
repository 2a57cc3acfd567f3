package newsgen.extract;

import java.util.Set;

/**
 * Rule "indefinite source": "a senior Harlan adviser said", "one source who identified Harlan said", "one Harlan
 * confidant told": a noun phrase opened by "a", "an", "another" or "one" whose head is a title or a word for a
 * source describes someone not named, even when a person's name stands in it as a modifier or after the head; the
 * phrase is the role, not that person. Unlike a body or person that speaks for its owner ("a Harlan campaign
 * spokesman", "one Harlan aide": {@link ProxySpeakers}), which speaks as that owner, or a name after the head that
 * is the source's own ("another critic, Jane Roe,", "a spokesman for Harlan").
 */
final class IndefiniteSources {
    private IndefiniteSources() {
    }

    /** Whether the person {@code person} may still leave the indefinite at token {@code i} unnamed: it stands after it. */
    static boolean mayPass(ArticleText.Para p, ActorFinder.Mention person, int i) {
        return person == null || Subjects.isPossessive(p, person) || person.start() > p.tokens().get(i).start();
    }

    /**
     * Whether the source with head token {@code k} is not the person {@code person} the phrase names: there is none,
     * or it is a possessive, or a modifier before a head that does not speak for him, or stands after the head
     * past a relative pronoun or a word of nearness.
     */
    static boolean notThePerson(ArticleText.Para p, ActorFinder.Mention person, int k) {
        var t = p.tokens();
        if (person == null || Subjects.isPossessive(p, person)) {
            return true;
        }
        if (ProxySpeakers.isOwnBody(t.get(k).key())) {
            return false;
        }
        if (person.end() <= t.get(k).start()) {
            return true; // "a senior Harlan adviser"
        }
        if (person.start() < t.get(k).end()) {
            return false;
        }
        // after the head only past a relative or a word of nearness: "one source who identified Harlan", "a source
        // close to Harlan"; not the name of an apposition ("another critic, Jane Roe,", "a delegate on the slate,
        // Jim Roe,")
        for (int j = k + 1; j < t.size() && t.get(j).start() < person.start(); j++) {
            if (NOT_HIM.contains(t.get(j).key()) && !t.get(j).cap()) {
                return true;
            }
        }
        return false;
    }

    /** Words after a source's head that set the person named later apart from the source. */
    private static final Set<String> NOT_HIM = WordSet.of("who", "whom", "that", "which", "familiar", "close", "near",
            "involved", "briefed");
}
