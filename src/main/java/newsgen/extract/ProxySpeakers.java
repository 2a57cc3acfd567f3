package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * What speaks for someone else, and whom it speaks for: a document speaks as its author ("the email said", "the
 * lawsuit says", "It stated that …" after either), a person's own body as that person ("Jane Doe's campaign said",
 * "her office said"), "the editorial" as the newspaper last named. Apart from {@link Descriptions}, which reads who
 * a noun phrase names (a person, a title, an organisation, a pronoun), because these rules look past the phrase: to
 * where the document came up, to the sentence before that reported it, to the owner of a possessive.
 */
final class ProxySpeakers {
    private final Gazetteer gaz = Gazetteer.get();
    private final ArticleMentions mentions;
    private final Referents refs;

    ProxySpeakers(ArticleMentions mentions, Referents refs) {
        this.mentions = mentions;
        this.refs = refs;
        this.authors = new DocumentAuthors(mentions, refs);
    }

    /** Who wrote a document named by its noun. */
    private final DocumentAuthors authors;

    /** How many sentences opening "It said" may follow the one naming the document. */
    private static final int IT_CHAIN = 4;

    /**
     * "it" at {@code offset} in a cue verb's subject: the document of the sentence before when "it" opens the subject
     * ({@code opening}), else the own body a sentence before opened with; null when neither.
     */
    Speaker it(ArticleText.Para p, int offset, boolean opening) {
        Speaker doc = opening ? documentBefore(p, offset) : null;
        return doc != null ? doc : ownBodyBefore(p, offset);
    }

    /**
     * A document at token {@code k} of the subject {@code from}..{@code to} ("the email", "the lawsuit", a named
     * charter's head): the named document, else its author, else the document as a role; null when token {@code k}
     * names no document that speaks.
     */
    Speaker document(ArticleText.Para p, int from, int k, int to) {
        var t = p.tokens();
        String w = t.get(k).key();
        if (VOICES.contains(w) && !t.get(k).cap()) {
            Speaker maker = adMaker(p, t.get(k).start());
            if (maker != null) {
                return maker;
            }
        }
        if ((gaz.docHeads.contains(w) || DOCUMENTS.contains(w) && DescriptionWords.definite(t, from, k)) && !t.get(k).cap()
                && !objectOfVerb(p, from, k) && !titleAfter(t, k, to)) {
            Speaker doc = gaz.docHeads.contains(w) ? refs.document(w) : Speaker.role("the " + w);
            if (!doc.named() && k > 0 && POINTING.contains(t.get(k - 1).key())) {
                // "the email said": its author, named where the email first came up; "That letter, on his
                // letterhead, demanded …" too
                Speaker author = author(p, t.get(k).start(), w);
                if (author == null && w.equals("editorial")) {
                    // "the editors of The Advocate aimed their editorial at Roe. “…,” the editorial read": a
                    // newspaper's own words
                    author = lastNewspaper(p, t.get(k).start());
                }
                return author != null ? author : doc;
            }
            return doc;
        }
        return null;
    }

    /** The unseen voices of an ad, who speak its maker's words ("the narrator says", "said the announcer"). */
    private static final Set<String> VOICES = WordSet.of("narrator", "announcer", "voice-over", "voiceover");
    /** Nouns of an ad a narrator may speak in; the one mentioned last is the narrator's. */
    private static final List<String> ADS = List.of("ad", "spot", "commercial");

    /**
     * Rule "ad's voice": "Roe is also expected to unveil his second ad. ⏎ “…,” says a narrator": a narrator or
     * announcer speaks the words of whoever made the ad the article brought up before; null when no ad's maker is
     * named, and the narrator stays a role.
     */
    private Speaker adMaker(ArticleText.Para p, int offset) {
        return authors.authorOf(p, offset, ADS);
    }

    /** The author of the document with head {@code w} at {@code offset}: named where it came up, else its issuer. */
    private Speaker author(ArticleText.Para p, int offset, String w) {
        Speaker author = authors.authorOf(p, offset, w);
        if (author == null && kin(w).size() > 1) {
            author = authors.authorOf(p, offset, kin(w));
        }
        if (author == null) {
            author = issuer(p, offset);
        }
        if (author == null && COURT_DOCUMENTS.contains(w)) {
            // rule "court's ruling": "The appeals court ruled that … ⏎ “…,” said the ruling": a court's words, the
            // court named last (a named court, not the lowercase "the appeals court" that repeats it)
            author = refs.lastOrganizationWhere(p, offset, COURT_PARAGRAPHS_BACK, ProxySpeakers::isCourt);
        }
        return author;
    }

    /**
     * Rule "document's other name": the nouns one document may go by, so that "the clip says" finds "a web video by
     * the party" and "the book said" finds "Roe wrote a memoir", where the noun itself names no author: the noun's
     * family, else the noun alone.
     */
    private static List<String> kin(String w) {
        for (List<String> family : KIN) {
            if (family.contains(w)) {
                return family;
            }
        }
        return List.of(w);
    }

    private static final List<List<String>> KIN = List.of(List.of("ad", "spot", "commercial", "clip", "video"),
            List.of("book", "memoir", "autobiography"));

    /** What a court hands down and that speaks as the court ("the ruling said", "the judgment reads"). */
    private static final Set<String> COURT_DOCUMENTS = WordSet.of("ruling", "judgment", "judgement", "verdict");

    /** How many paragraphs before "the ruling" the court may have been named. */
    private static final int COURT_PARAGRAPHS_BACK = 4;

    private static boolean isCourt(newsgen.model.Actor a) {
        for (String word : a.name().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (word.equals("court") || word.equals("tribunal")) {
                return true;
            }
        }
        return false;
    }

    /** "Jane Doe's campaign said", "his office said": the owner of the body at token {@code k}; null when none. */
    Speaker ownedBody(ArticleText.Para p, int from, int k) {
        String w = p.tokens().get(k).key();
        if (COUNSEL.contains(w)) {
            return null; // rule "counsel is no body": "Salinas was sentenced. “…,” his lawyer said" is not the accused's
        }
        return OWN_BODIES.contains(w) && !p.tokens().get(k).cap() ? owner(p, from, k) : null;
    }

    /** Who argues for a client in court: a person of their own, not the client's voice. */
    private static final Set<String> COUNSEL = WordSet.of("lawyer", "lawyers", "attorney", "attorneys");

    /**
     * A title later in the phrase whose words run on from the document word: "a former U.S. law enforcement official"
     * is an official, the document word only a modifier of his.
     */
    private boolean titleAfter(List<Token> t, int k, int to) {
        for (int j = k + 1; j < to && j < t.size() && j - k <= 3 && !t.get(j).cap(); j++) {
            if (gaz.titles.contains(t.get(j).key())) {
                return true;
            }
        }
        return false;
    }

    /** What a person has speak for them ("Jane Doe's campaign said", "Doe's office said"): the person speaks. */
    /** Whether the folded word {@code key} names a body or person that speaks for its owner ("campaign", "aide"). */
    static boolean isOwnBody(String key) {
        return OWN_BODIES.contains(key);
    }

    private static final Set<String> OWN_BODIES = WordSet.of("campaign", "office", "team", "spokesman", "spokeswoman",
            "spokesperson", "aides", "aide", "camp", "lawyer", "lawyers", "attorney", "attorneys", "representative",
            "representatives", "staff", "press", "administration", "foundation");
    /** Words before a document's noun that point back to one the article brought up ("the email", "that letter"). */
    private static final Set<String> POINTING = WordSet.of("the", "that", "this");

    /** Documents that speak as their author ("the email said", "the lawsuit says"), besides the gazetteer's. */
    private static final Set<String> DOCUMENTS = WordSet.of("email", "e-mail", "editorial", "lawsuit", "petition", "suit",
            "complaint", "filing", "memo", "tweet", "post", "ad", "advertisement", "release", "book", "op-ed",
            "column", "article", "memoir", "clip", "video", "transcript", "indictment", "brief", "motion", "opinion", "order", "poll", "survey", "study");

    /**
     * "Roe's campaign shrugged off the comments, telling reporters …"; "Her campaign sent out an email stating …": a
     * sentence opening with a person's possessive (or his, her) and what speaks for a person ({@link #OWN_BODIES}),
     * a describing word between at most: that person; else null.
     */
    Speaker ownBodyOpening(ArticleText.Para p, int first, int verb) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int owner = first;
        // "Congressman Trey Roe's office": a title and a name before the possessive
        while (owner + 1 < verb && owner - first < OWNER_WORDS && t.get(owner).cap() && !t.get(owner).possessive()
                && r.joined(owner)) {
            owner++;
        }
        if (owner > first && !t.get(owner).possessive()) {
            owner = first;
        }
        first = owner;
        int body = first + 1;
        if (body + 1 < verb && !t.get(body).cap() && !OWN_BODIES.contains(t.get(body).key())) {
            body++; // "Roe's press office", "her presidential campaign"
        }
        if (body >= verb || t.get(body).cap() || !OWN_BODIES.contains(t.get(body).key()) || !r.joined(first)) {
            return null;
        }
        Token w = t.get(first);
        if (w.key().equals("his") || w.key().equals("her")) {
            return refs.personOfPronoun(p, w);
        }
        if (!w.possessive()) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), Math.max(0, w.start() - 60), w.end())) {
            if (m.end() >= w.end() - 2 && m.end() <= w.end() && m.actor().isPerson()) {
                return Speaker.of(m);
            }
        }
        return null;
    }

    /** How many capitalised words (a title, a name) may stand before an owner's possessive. */
    private static final int OWNER_WORDS = 4;

    /**
     * "“…,” the email read. It stated that …": "it" opening a sentence right after one whose cue verb has a document
     * ("the email", "the lawsuit") for subject stands for that document, and speaks as its author; else null.
     */
    private Speaker documentBefore(ArticleText.Para p, int offset) {
        int s = p.sentenceIndex(offset);
        if (s == 0 || p.sentences().get(s).start() < offset - 1 && new TokenReader(p).wordBetween(p.sentences().get(s).start(), offset)) {
            return null;
        }
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int back = s - 1;
        while (back > 0 && s - back < IT_CHAIN && r.tokenAt(p.sentences().get(back).start()) + 1 < t.size()
                && t.get(r.tokenAt(p.sentences().get(back).start())).key().equals("it")
                && r.isCueVerb(r.tokenAt(p.sentences().get(back).start()) + 1)) {
            back--; // "… the email read. It stated that …. It said that …": the second "it" is the same email
        }
        Sentences.Span before = p.sentences().get(back);
        for (int k = r.tokenAt(before.start()) + 1; k + 1 < t.size() && t.get(k + 1).start() < before.end(); k++) {
            String w = t.get(k).key();
            if ((gaz.docHeads.contains(w) || DOCUMENTS.contains(w)) && !t.get(k).cap() && t.get(k - 1).key().equals("the")
                    && r.isCueVerb(k + 1) && r.joined(k)) {
                Speaker doc = gaz.docHeads.contains(w) ? refs.document(w) : Speaker.role("the " + w);
                if (!doc.named()) {
                    Speaker author = author(p, t.get(k).start(), w);
                    return author != null ? author : doc;
                }
                return doc;
            }
        }
        return null;
    }



    /** How many words may stand between the issuer of a statement and its cue verb ("The campaign on Tuesday said"). */
    private static final int ISSUER_GAP = 3;

    /**
     * "The Roe campaign on Tuesday responded that it had moved. “…,” the statement said.": a document the article
     * never brought up before is the words of the subject right before the cue verb of the sentence just before (a
     * person, an organisation, or "X's campaign" speaking as X), of this paragraph or, when the document's sentence
     * opens it, the last of the paragraph before; null when that sentence reports no one saying anything.
     */
    private Speaker issuer(ArticleText.Para p, int offset) {
        ArticleText.Para q = p;
        int s = q.sentenceIndex(offset) - 1;
        if (s < 0) {
            q = mentions.previous(p);
            if (q == null || q.sentences().isEmpty()) {
                return null;
            }
            s = q.sentences().size() - 1;
        }
        Sentences.Span sentence = q.sentences().get(s);
        TokenReader r = new TokenReader(q);
        int first = r.tokenAt(sentence.start());
        int last = r.tokenAt(sentence.end()) - 1;
        for (int k = first + 1; k <= last; k++) {
            if (!r.isCueVerb(k) || r.token(k).key().endsWith("ing") || r.token(k).cap()) {
                continue;
            }
            if (r.markBetween(sentence.start(), r.token(k).start())) {
                return null;
            }
            Speaker owner = ownBodyOpening(q, first, k);
            if (owner != null && r.wordsBetween(r.token(first).end(), r.token(k).start()) <= ISSUER_GAP + 2) {
                return owner;
            }
            List<ActorFinder.Mention> before = mentions.actors(q.index(), sentence.start(), r.token(k).start());
            for (int i = before.size() - 1; i >= 0; i--) {
                ActorFinder.Mention m = before.get(i);
                if (!Subjects.isPossessive(q, m) && r.wordsBetween(m.end(), r.token(k).start()) <= ISSUER_GAP
                        && !r.markBetween(m.end(), r.token(k).start()) && r.charAfter(m.end()) != ',') {
                    return Speaker.of(m);
                }
            }
            return null; // the report names no one right by its verb: no guess
        }
        return null;
    }

    /**
     * "Roe's campaign is defending his tweets. It's denouncing what it calls “…”": "it" in a sentence that opens with
     * "it", right after a sentence of the paragraph that opens with a person's own body ("Roe's campaign", "her
     * office"), stands for that body, which speaks as its owner; else null.
     */
    private Speaker ownBodyBefore(ArticleText.Para p, int offset) {
        int s = p.sentenceIndex(offset);
        if (s == 0) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int opening = r.tokenAt(p.sentences().get(s).start());
        if (opening >= t.size() || !t.get(opening).key().equals("it")) {
            return null;
        }
        Sentences.Span before = p.sentences().get(s - 1);
        int first = r.tokenAt(before.start());
        int end = Math.min(r.tokenAt(before.end()), first + OWNER_WORDS + 3);
        return end > first + 1 ? ownBodyOpening(p, first, end) : null;
    }


    /** Prepositions whose object is where or when, not who speaks ("at the convention, he said"). */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("at", "in", "on", "during", "after", "before",
            "since", "until", "throughout", "inside", "outside");

    /**
     * "Roe had mocked the complaint, saying …", "Roe outlined his cybersecurity plan and vowed …": a document right
     * after a verb (a lowercase word ending in -ed or one that takes an object), past its determiner and up to two
     * describing or naming words, is what the verb acts on, not the subject that speaks; so is one after a preposition ("“…”
     * at the Democratic convention, he said"; "In his 2004 convention speech, …").
     */
    private static boolean objectOfVerb(ArticleText.Para p, int from, int head) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        for (int k = head - 1; k >= from && k > 0 && head - k <= 3; k--) {
            if (!r.joined(k)) {
                return false;
            }
            if (DescriptionWords.DETERMINERS.contains(t.get(k).key())) {
                Token verb = t.get(k - 1);
                return r.joined(k - 1) && (PLACE_PREPOSITIONS.contains(verb.key()) || !verb.cap()
                        && (verb.key().endsWith("ed") || SubjectWords.TAKES_OBJECT.contains(verb.key())));
            }
        }
        return false;
    }


    /**
     * Words of newspapers' names ("The Wall Street Journal", "The Union Leader", "The Advocate"): the short names
     * {@link OrganizationNames#NEWSPAPER_WORDS} reads alone, and words that name a paper only within a longer name.
     */
    private static final Set<String> NEWSPAPER_WORDS = newspaperWords();

    private static Set<String> newspaperWords() {
        java.util.List<String> words = new java.util.ArrayList<>(OrganizationNames.NEWSPAPER_WORDS);
        words.addAll(java.util.List.of("news", "daily", "register", "advocate", "globe", "star", "sun", "mail", "express",
                "leader", "dispatch", "press", "record", "bee", "independent", "monitor", "standard", "review", "weekly",
                "magazine", "newspaper"));
        return WordSet.copyOf(words);
    }

    /** The organisation named last before {@code offset} when its name reads as a newspaper's; else null. */
    Speaker lastNewspaper(ArticleText.Para p, int offset) {
        // "The pro-governor Union Leader has run a string of negative editorials. …, the editorial board wrote": the
        // paper named last, though other organisations came up after it
        return refs.lastOrganizationWhere(p, offset, NEWSPAPER_PARAGRAPHS_BACK, ProxySpeakers::readsAsNewspaper);
    }

    /** How many paragraphs before "the editorial board" the newspaper may have been named. */
    private static final int NEWSPAPER_PARAGRAPHS_BACK = 6;

    private static boolean readsAsNewspaper(newsgen.model.Actor a) {
        for (String word : a.name().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (NEWSPAPER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Jane Doe's campaign", "Doe's press office": the actor named by the possessive right before the noun at {@code head}. */
    private Speaker owner(ArticleText.Para p, int from, int head) {
        var t = p.tokens();
        for (int k = head - 1; k >= from && head - k <= 3; k--) {
            if ((t.get(k).key().equals("his") || t.get(k).key().equals("her")) && k == from) {
                // "“…,” his campaign said": the last person "he" may stand for
                return refs.personOfPronoun(p, t.get(k));
            }
            if (t.get(k).possessive()) {
                ActorFinder.Mention m = mentions.possessor(p, t.get(from).start(), t.get(k));
                return m == null ? null : Speaker.of(m);
            }
            if (t.get(k).cap()) {
                return null;
            }
        }
        return null;
    }
}
