package newsgen.extract;

import newsgen.model.Actor;

import java.util.List;
import java.util.Map;

/**
 * Who wrote a document the article names only by its noun ("the email said", "the lawsuit says"): the actor named
 * where the document came up ("Jane Doe's campaign sent out an email", "a lawsuit has been filed by Jane Doe"), its
 * owner ("her statement") or sender ("a letter from the party", "an email was sent from the club's director, Jane
 * Doe,"), or whoever sued or emailed. Apart from {@link Referents}, which says who a pronoun or title stands for,
 * because this reads back through the sentences where the document came up.
 */
final class DocumentAuthors {
    private final ArticleMentions mentions;
    private final Referents refs;
    private final List<ArticleText.Para> paras;

    DocumentAuthors(ArticleMentions mentions, Referents refs) {
        this.mentions = mentions;
        this.refs = refs;
        this.paras = mentions.paragraphs();
    }

    /**
     * "the email said" after "Jane Doe's campaign sent out an email": who wrote a document named only by its noun,
     * the first actor named in the last sentence before that mentions one ("an email", "emails"); null when none.
     */
    Speaker authorOf(ArticleText.Para p, int offset, String head) {
        return authorOf(p, offset, List.of(head));
    }

    /**
     * As {@link #authorOf(ArticleText.Para, int, String)} for a document any of several nouns may name ("the ad",
     * "the spot"): the author of the one mentioned last; null when that one names no author.
     */
    Speaker authorOf(ArticleText.Para p, int offset, List<String> heads) {
        int pos = Math.max(0, mentions.position(p));
        java.util.Set<String> nouns = new java.util.HashSet<>();
        java.util.Set<String> making = new java.util.HashSet<>();
        boolean suit = false;
        for (String head : heads) {
            nouns.add(head);
            nouns.add(head + "s");
            making.addAll(OWN_VERBS.getOrDefault(head, java.util.Set.of()));
            making.addAll(MAKING_VERBS.getOrDefault(head, java.util.Set.of()));
            suit |= SUITS.contains(head);
        }
        for (int back = 0; back <= DOCUMENT_PARAGRAPHS_BACK && pos - back >= 0; back++) {
            ArticleText.Para q = paras.get(pos - back);
            int limit = back == 0 ? q.sentenceOf(offset).start() : q.text().length();
            var t = q.tokens();
            for (int k = TokenReader.firstTokenAt(t, limit) - 1; k >= 0; k--) {
                Token w = t.get(k);
                if (!w.cap() && making.contains(w.key())) {
                    // "Jane Roe emailed supporters, telling them …" ⏎ "The email goes on to say: …": who sent it
                    Sentences.Span sentence = q.sentenceOf(w.start());
                    return firstActor(q, sentence.start(), w.start());
                }
                if (w.cap() || !(nouns.contains(w.key()) || suit && SUITS.contains(w.key()))) {
                    continue;
                }
                Sentences.Span sentence = q.sentenceOf(w.start());
                Speaker maker = namedMaker(q, k);
                if (maker != null) {
                    return maker;
                }
                Speaker first = firstActor(q, sentence.start(), w.start());
                if (first != null) {
                    return first;
                }
                Speaker author = ownerOrSender(q, k, sentence);
                if (author == null && k > 0 && k + 1 < t.size() && t.get(k - 1).key().equals("the")
                        && new TokenReader(q).isCueVerb(k + 1)) { // the noun may end its paragraph: "given the release."
                    // rule "document spoke before": "“…,” the release said. ⏎ “…,” the release added": the same
                    // document already spoke there, as whoever the sieve found for that sentence's quotation
                    author = refs.speakerOpeningWithin(q, sentence.start(), sentence.end());
                }
                if (author != null || k == 0 || !t.get(k - 1).key().equals("the")) {
                    return author; // "their Friday editorial", "an email": where the document came up, no one before
                }
                // "The lawsuit, which will be filed on Friday, focuses on …", "The email said, …" name no one: where
                // the document came up first, or someone sued, may stand before
            }
        }
        return null;
    }

    private static final int DOCUMENT_PARAGRAPHS_BACK = 4;

    /**
     * Rule "named document's maker": "a Times article hailed Roe …", "an Okafor memo": the capitalised words right
     * between a determiner and the document's noun name the actor who made it, when they are the name, an alias or
     * the surname of exactly one actor of the article; else null. The name stands there as a modifier, so no mention
     * covers it.
     */
    private Speaker namedMaker(ArticleText.Para q, int noun) {
        var t = q.tokens();
        int from = noun;
        while (from > 0 && noun - from < MAKER_WORDS && t.get(from - 1).cap() && !t.get(from - 1).possessive()
                && Gazetteer.joinable(q.text(), t.get(from - 1), t.get(from))) {
            from--;
        }
        if (from == noun || from == 0 || !MAKER_DETERMINERS.contains(t.get(from - 1).key())
                || !Gazetteer.joinable(q.text(), t.get(from - 1), t.get(from))) {
            return null;
        }
        Actor a = mentions.actorNamed(q.surface(from, noun));
        return a == null ? null : Speaker.of(a);
    }

    /** How many capitalised words may name a document's maker before its noun ("a New York Times article"). */
    private static final int MAKER_WORDS = 4;
    /** Determiners before a maker's name and its document ("a Times article", "the Okafor memo"). */
    private static final java.util.Set<String> MAKER_DETERMINERS = WordSet.of("a", "an", "the", "that", "this");

    /**
     * Verbs whose subject makes a document with that head noun, besides the noun's own verb in -ed ("emailed"): "the
     * lawsuit says" after "Jane Roe's campaign will sue the state", "the complaint alleged" after "Roe sued the party".
     */
    private static final java.util.Set<String> SUING = WordSet.of("sue", "sues", "sued", "suing");
    /**
     * Each document noun's own verb in -ed, where that verb makes the document ("emailed" an email, "tweeted" a tweet).
     * Only real verb forms of that sense: "book" gives no "booked" (a flight), "brief" no "briefed" (reporters),
     * "motion" no "motioned" (a gesture), "bill" no "billed", "act" no
     * "acted", "suit" no "suited", which would name the author of a book, brief or motion wrongly.
     */
    private static final Map<String, java.util.Set<String>> OWN_VERBS = Map.of("email", WordSet.of("emailed"),
            "e-mail", WordSet.of("e-mailed"), "tweet", WordSet.of("tweeted"), "post", WordSet.of("posted"),
            "petition", WordSet.of("petitioned"), "poll", WordSet.of("polled"), "survey", WordSet.of("surveyed"),
            "order", WordSet.of("ordered"), "report", WordSet.of("reported"), "video", WordSet.of("videoed"));

    private static final Map<String, java.util.Set<String>> MAKING_VERBS = Map.of("lawsuit", SUING, "suit", SUING,
            "complaint", SUING);
    /** The nouns of one suit: "a lawsuit has been filed by Jane Roe … the suit reads". */
    private static final java.util.Set<String> SUITS = WordSet.of("lawsuit", "suit", "complaint");

    /**
     * The first actor named from {@code from} to {@code to} in a paragraph, past one a source's "according to" brings
     * in ("According to The Guardian, an email was sent from …" is not the Guardian's email) or one quoted; null when
     * none.
     */
    private Speaker firstActor(ArticleText.Para q, int from, int to) {
        for (ActorFinder.Mention m : mentions.actors(q.index(), from, to)) {
            String before = q.text().substring(Math.max(from, m.start() - 14), m.start()).toLowerCase(java.util.Locale.ROOT);
            // "“… at the Roe house …,” says the ad's narrator": a name inside the quotation is the document's words
            if (!before.endsWith("according to ") && !refs.insideQuotation(m)) {
                return Speaker.of(m);
            }
        }
        return null;
    }

    /** How many lowercase words may stand between an owner's "his", "her" or "its" and the document. */
    private static final int OWNER_REACH = 6;

    /**
     * A document mentioned with no actor before it in its sentence: "In her 2003 book, …" is the woman's named last,
     * "its statement" the last organisation's; "a statement from the party", "a letter by Jane Doe" the actor right
     * after "from" or "by"; else null.
     */
    private Speaker ownerOrSender(ArticleText.Para q, int noun, Sentences.Span sentence) {
        var t = q.tokens();
        // "her statement", "its report"; "his campaign sent out a fundraising email": lowercase words back to the owner
        for (int k = noun - 1; k >= 0 && noun - k <= OWNER_REACH && t.get(k).start() >= sentence.start() && !t.get(k).cap()
                && Gazetteer.joinable(q.text(), t.get(k), t.get(k + 1)); k--) {
            String w = t.get(k).key();
            if (w.equals("his") || w.equals("her")) {
                return refs.personOfPronoun(q, t.get(k));
            }
            if (w.equals("its")) {
                Speaker body = refs.lastOrganization(q, t.get(k).start());
                return body.named() ? body : null;
            }
        }
        int by = noun + 1;
        // "an email was sent from the club's director, Jane Roe", "a lawsuit has been filed by Jane Roe": past a
        // passive verb to its agent
        while (by + 1 < t.size() && by - noun <= PASSIVE_WORDS && !t.get(by).cap() && t.get(by).start() < sentence.end()
                && (PASSIVE_AUXILIARIES.contains(t.get(by).key()) || by > noun + 1 && t.get(by).key().endsWith("ed")
                || by > noun + 1 && IRREGULAR_PARTICIPLES.contains(t.get(by).key()))
                && Gazetteer.joinable(q.text(), t.get(by - 1), t.get(by))) {
            by++;
        }
        if (by > noun + 1 && !(t.get(by - 1).key().endsWith("ed") || IRREGULAR_PARTICIPLES.contains(t.get(by - 1).key()))) {
            by = noun + 1;
        }
        boolean passive = by > noun + 1;
        if (by + 1 < t.size() && (t.get(by).key().equals("from") || t.get(by).key().equals("by"))
                && t.get(by + 1).end() <= sentence.end()) {
            for (ActorFinder.Mention m : mentions.actors(q.index(), t.get(by).end(), t.get(Math.min(t.size() - 1, by + 3)).end())) {
                return Speaker.of(m);
            }
            // "sent from the club's executive director, Jane Roe, to …": a description, then the name it is in apposition
            int comma = q.text().indexOf(',', t.get(by).end());
            if (passive && comma > 0 && comma < sentence.end() && TokenReader.firstTokenAt(t, comma) - by <= APPOSITION_REACH
                    && !new TokenReader(q).markBetween(t.get(by).end(), comma)) {
                int name = TokenReader.firstTokenAt(t, comma + 1);
                for (ActorFinder.Mention m : mentions.actors(q.index(), comma + 1, t.get(Math.min(t.size() - 1, name + 3)).end())) {
                    return m.start() == t.get(name).start() && m.actor().isPerson() ? Speaker.of(m) : null;
                }
            }
        }
        // "In a statement released Thursday, Jane Roe said …": the subject of the clause after the phrase's comma
        int comma = q.text().indexOf(',', t.get(noun).end());
        if (comma > 0 && comma < sentence.end() && noun >= 2 && OPENING_PREPOSITIONS.contains(t.get(noun - 2).key())
                && t.get(noun - 2).start() == sentence.start()) {
            int k = TokenReader.firstTokenAt(t, comma + 1);
            for (ActorFinder.Mention m : mentions.actors(q.index(), comma + 1, sentence.end())) {
                int next = TokenReader.firstTokenAt(t, m.end());
                if (k < t.size() && m.start() == t.get(k).start()) {
                    return next < t.size() && !t.get(next).cap() && !isPossessiveEnd(q.text(), m.end()) ? Speaker.of(m) : null;
                }
                break;
            }
            // rule "statement's quoted author": "In a statement, the business mogul announced that “…”", no name right
            // after the comma: whoever the sieve found spoke the quotation of that sentence wrote the statement
            return refs.speakerOpeningWithin(q, comma, sentence.end());
        }
        return null;
    }

    /** How many words a description of the agent may have before the comma of its name ("the club's executive director"). */
    private static final int APPOSITION_REACH = 6;

    /** How many words a passive verb may take after a document's noun ("has been filed"). */
    private static final int PASSIVE_WORDS = 3;
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = WordSet.of("was", "were", "is", "are", "has",
            "have", "had", "been", "being");
    /** Participles of making or sending a document that do not end in -ed ("written by", "sent from"). */
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = WordSet.of("sent", "written", "brought");

    /** Prepositions opening a phrase that names a document before the clause of its author ("In a statement, …"). */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = WordSet.of("in", "through");

    /** Whether the name ending at {@code end} is a possessive ("Roe's"). */
    private static boolean isPossessiveEnd(String s, int end) {
        return end >= 2 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
                && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '\u2019')
                || end < s.length() && (s.charAt(end) == '\'' || s.charAt(end) == '\u2019');
    }
}
