package newsgen.extract;

import java.util.Set;

/**
 * What "he" or "she" inside a sentence stands for when the sentence itself says: the subject of its main clause
 * ("Roe went after Doe, when he called …") or of the clause opening it ("While Roe …, he"), not the last person
 * named. {@link Descriptions} falls back to the last compatible person when these find none.
 */
final class Antecedents {
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;
    private final SentenceSubjects sentences;

    Antecedents(ArticleMentions mentions, Referents refs, Subjects subjects, SentenceSubjects sentences) {
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
        this.sentences = sentences;
    }

    /** Words that open a clause inside a sentence ("…, when he called …"). */
    private static final Set<String> SUBORDINATORS = WordSet.of("when", "as", "after", "because", "while", "before",
            "since", "although", "though", "until", "once", "where", "that");

    /**
     * "Roe went after Doe at the debate, when he called the businessman “unhinged”": "he" or "she" (token {@code k})
     * opening a clause inside a sentence whose subject is a person it may stand for is that person, not the last one
     * named (Doe). Rule "described main subject": so is the person a description opening the main clause stands for
     * ("The president also told correspondent Jane Roe that he believes …" is the president's, not Roe's). Null when
     * the sentence opens with the clause, or its subject is not such a person.
     */
    Speaker mainClauseSubject(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k == 0 || !SUBORDINATORS.contains(t.get(k - 1).key())) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        int conj = t.get(k - 1).start();
        if (r.sentenceStart(conj) >= conj || r.markBetween(r.sentenceStart(conj), conj)) {
            return null;
        }
        ActorFinder.Mention m = sentences.sentenceSubjectBefore(p, conj);
        if (m != null) {
            return m.actor().isPerson() && refs.mayBe(m.actor(), t.get(k).key()) ? Speaker.of(m) : null;
        }
        // "“…,” Roe said at a rally, adding that he believed …": the subject of the cue verb before, named
        int start = r.sentenceStart(conj);
        for (int v = k - 2; v >= 0 && t.get(v).start() >= start && k - v <= CLAUSE_REACH; v--) {
            if (r.isCueVerb(v) && !t.get(v).key().endsWith("ing")) {
                Speaker who = subjects.subjectBefore(p, v);
                if (who.named() && mentions.isPerson(who.id())) {
                    for (ActorFinder.Mention n : mentions.actors(p.index(), start, t.get(v).start())) {
                        if (n.actor().id().equals(who.id())) {
                            return refs.mayBe(n.actor(), t.get(k).key()) ? Speaker.of(n) : null;
                        }
                    }
                    // rule "described main subject": a definite description opening the sentence named the person
                    newsgen.model.Actor a = mentions.actor(who.id());
                    return t.get(r.tokenAt(start)).key().equals("the") && a != null && refs.mayBe(a, t.get(k).key()) ? who : null;
                }
                return null;
            }
        }
        return null;
    }

    /** Words opening a clause before the main one whose subject "he" or "she" then goes on with ("While Roe …, he"). */
    static final Set<String> LEADING_SUBORDINATORS = WordSet.of("while", "when", "after", "although", "though",
            "as", "because", "since", "before", "once", "whereas");

    /**
     * "While Spade affirmed that he likes Lund, he also stated …": "he" or "she" (token {@code k}) right after the
     * comma that closes a clause opening the sentence with "while", "after" …, whose subject is a person known to be
     * what the pronoun says (named right after that word): that person, not the last one named (Lund). Null otherwise.
     */
    ActorFinder.Mention subordinateSubject(ArticleText.Para p, int k) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(t.get(k).start()));
        if (first + 1 >= k || !LEADING_SUBORDINATORS.contains(t.get(first).key()) || r.charBefore(t.get(k).start()) != ','
                || !r.joined(first) || r.markBetween(t.get(first).start(), t.get(k).start())) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(first + 1).start(), t.get(k).start())) {
            if (!m.actor().isPerson() || Subjects.isPossessive(p, m) || r.wordsBetween(t.get(first).end(), m.start()) > 1) {
                return null; // "After the senator's aide Jane Roe spoke, he": only a subject right after the word
            }
            // the subordinate clause often names the other person first ("When Roe accused Doe …, she said"): only
            // a person whose title or given name says he or she
            return refs.knownToBe(m.actor(), t.get(k).key()) ? m : null;
        }
        return null;
    }

    /** How many words back a clause's "he" looks for the cue verb of its sentence. */
    private static final int CLAUSE_REACH = 12;
}
