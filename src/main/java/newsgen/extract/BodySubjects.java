package newsgen.extract;

import java.util.Set;

/**
 * A cue verb's subject that is a body rather than a person named before it: a person named right before the body
 * he or she speaks from ("Jane Roe of the Brookings Institution said"), or a country speaking as its government
 * ("Japan has warned"). Part of {@link Subjects}, whose {@link Subjects#subjectBefore} asks it.
 */
final class BodySubjects {
    private final ArticleMentions mentions;

    BodySubjects(ArticleMentions mentions) {
        this.mentions = mentions;
    }

    /** Words joining a person to the body he or she speaks from ("Jane Roe of the Brookings Institution"). */
    private static final Set<String> MEMBER_LINKS = WordSet.of("of", "at", "from", "with");

    /**
     * "Jane Roe of the Brookings Institution said": the person named right before "of", "at", "from" or "with" (and
     * "the") and the organisation {@code org}, who speaks from it; null when no person stands there.
     */
    ActorFinder.Mention memberOf(ArticleText.Para p, TokenReader r, ActorFinder.Mention org) {
        int k = r.tokenAt(org.start()) - 1;
        if (k >= 0 && r.token(k).key().equals("the") && !r.token(k).cap()) {
            k--;
        }
        if (k < 1 || !MEMBER_LINKS.contains(r.token(k).key()) || r.token(k).cap() || !r.joined(k - 1) || !r.joined(k)) {
            return null;
        }
        Token last = r.token(k - 1);
        for (ActorFinder.Mention m : mentions.actors(p.index(), Math.max(0, last.start() - 60), last.end())) {
            if (m.end() == last.end() && m.actor().isPerson() && !Subjects.isPossessive(p, m)) {
                return m;
            }
        }
        return null;
    }

    /** Words before a country that make it no subject ("in Russia said", "of China"). */
    private static final Set<String> PLACE_LINKS = WordSet.of("in", "of", "from", "to", "with", "for", "against", "on", "at",
            "by", "into", "across", "about", "than", "like", "and", "or", "nor");

    /**
     * "Russia insisted that …", "Japan has warned": one country right before the cue verb (an auxiliary or adverb
     * between at most), as the subject of its sentence's clause, speaks as its government; else null.
     */
    Speaker countryBefore(ArticleText.Para p, int verb) {
        var t = p.tokens();
        int k = verb - 1;
        if (k >= 0 && !t.get(k).cap() && (SubjectWords.AUXILIARIES.contains(t.get(k).key()) || t.get(k).key().endsWith("ly")
                || t.get(k).key().equals("has") || t.get(k).key().equals("have") || t.get(k).key().equals("had"))) {
            k--;
        }
        if (k < 0 || !t.get(k).cap() || t.get(k).possessive() || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1))) {
            return null;
        }
        for (PlaceFinder.Mention m : mentions.places(p.index(), t.get(Math.max(0, k - 3)).start(), t.get(k).end())) {
            if (m.match().to() - 1 != k || !m.place().type().equals("country")) {
                continue;
            }
            int before = m.match().from() - 1;
            if (before >= 0 && (PLACE_LINKS.contains(t.get(before).key()) || t.get(before).cap() || t.get(before).possessive())) {
                return null;
            }
            String name = p.surface(m.match().from(), m.match().to());
            return Speaker.named(name);
        }
        return null;
    }
}
