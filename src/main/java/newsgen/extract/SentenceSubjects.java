package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * The subject opening a sentence: the first actor of its opening clause, past opening phrases, conjunctions and
 * titles ("Before the convention, Democratic candidate Jane Doe …"), of this sentence or of the one before.
 */
final class SentenceSubjects {
    private final Gazetteer gaz = Gazetteer.get();
    private final ArticleMentions mentions;

    SentenceSubjects(ArticleMentions mentions) {
        this.mentions = mentions;
    }

    /** Words that open a sentence with a phrase before its subject ("After X spoke, Y said"; "In the book, Z states"). */
    private static final Set<String> OPENERS = WordSet.of("after", "when", "while", "as", "although", "though", "if",
            "because", "since", "before", "once", "until", "unless", "whereas", "in", "at", "on", "during", "following",
            "despite", "with", "without", "asked", "speaking", "earlier", "later", "still", "yet", "but", "and", "so",
            "instead", "meanwhile", "however", "for", "by", "from", "over", "last", "this", "then", "now", "today", "of",
            "like", "unlike", "besides", "beyond", "amid", "among", "against", "under", "within", "through", "throughout");
    /** How many words a phrase before a sentence's subject may have ("Here in Columbia,"). */
    static final int OPENING_PHRASE = 6;
    /** How far (in words) a sentence's subject may stand from its verb ("X, who …, said"). */
    private static final int SUBJECT_REACH = 40;

    /**
     * The subject of the sentence holding token {@code verb}: the first actor named in its opening clause ("Rabbi
     * Jane Doe, president of the union which represents 900 congregations, said"; "Calvin Roe lobbied to …,
     * saying"), past an opening phrase and its comma ("Before the convention, X …"), skipping a possessive ("X's
     * rival Y said"). A relative "who" right before the verb takes the name before it. Null when none.
     */
    ActorFinder.Mention sentenceSubject(ArticleText.Para p, int verb) {
        return sentenceSubjectBefore(p, p.tokens().get(verb).start());
    }

    /** As {@link #sentenceSubject}, for the words before offset {@code verbStart}. */
    ActorFinder.Mention sentenceSubjectBefore(ArticleText.Para p, int verbStart) {
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int verb = r.tokenAt(verbStart);
        int clause = r.sentenceStart(verbStart);
        int first = r.tokenAt(clause);
        if (first >= verb) {
            return null;
        }
        int comma = p.text().indexOf(',', t.get(first).end());
        int named = afterConjunctions(r, t, first, verb);
        if (named > first) {
            // "And then Roe went fully on the attack, saying …": a conjunction, then the subject, no comma between
            clause = t.get(named).start();
        } else if (OPENERS.contains(t.get(first).key()) || t.get(first).key().endsWith("ed") && t.get(first).key().length() > 4) {
            if (comma < 0 || comma >= verbStart) {
                // "Retired Army Col. Jane Roe started the rant …": with no comma before the verb, a word in -ed
                // before a capitalised one describes the subject; it opens no participle phrase
                if (OPENERS.contains(t.get(first).key()) || first + 1 >= t.size() || !t.get(first + 1).cap()
                        || !r.joined(first)) {
                    return null;
                }
            } else {
                clause = laterPhrases(p, r, comma + 1, verbStart);
            }
        } else if (comma > 0 && comma < verbStart && r.wordsBetween(clause, comma) <= OPENING_PHRASE
                && mentions.actors(p.index(), clause, comma).isEmpty() && !r.markBetween(clause, comma)) {
            // "Here in Columbia, Hollis stepped up …", "Reached by POLITICO, Roe denied …": a phrase naming nobody
            // opens the sentence before its subject
            clause = comma + 1;
        }
        if (verb > 0 && t.get(verb - 1).key().equals("who")) {
            // "…, Jane Doe, who chairs the panel, said" is hers; "met Jane Doe, who said" too
            int who = t.get(verb - 1).start();
            if (r.charBefore(who) == ',') {
                List<ActorFinder.Mention> before = mentions.actors(p.index(), clause, who);
                for (int i = before.size() - 1; i >= 0; i--) {
                    if (r.wordsBetween(before.get(i).end(), who) == 0) {
                        return before.get(i);
                    }
                }
            }
            return null;
        }
        if (p.text().substring(clause, verbStart).indexOf(';') >= 0) {
            return null;
        }
        // "Garrity shared a syllabus called “Perception” on his page, writing": a quotation after the subject is no
        // bar, but the subject stands before the first one
        int mark = firstMark(p.text(), clause, verbStart);
        if (mark >= 0 && !r.wordBetween(clause, mark)) {
            return null;
        }
        int limit = mark >= 0 ? mark : verbStart;
        List<ActorFinder.Mention> found = mentions.actors(p.index(), clause, limit);
        for (int i = 0; i < found.size(); i++) {
            ActorFinder.Mention m = found.get(i);
            if (m.end() > limit) {
                break;
            }
            if (Subjects.isPossessive(p, m)) {
                continue; // "Spade's rival Sen. Jane Doe said": the rival, not Spade
            }
            if (i + 1 < found.size() && titleOf(p, r, m, found.get(i + 1))) {
                continue; // "Senate Minority Leader Jane Roe", "FBI Director Jane Roe": the office holder
            }
            if (m.start() > 0 && p.text().charAt(m.start() - 1) == '(' && m.end() < p.text().length()
                    && p.text().charAt(m.end()) == ')') {
                continue; // "Washington (AFP) – Democrat Jane Roe has …": the wire service of a dateline
            }
            if (NotSubjects.bodyBeforePersonNoun(p, m)) {
                return null; // "The GOP nominee has staked …": a description of a person, not the party
            }
            // only words of a title may stand before the subject ("Democratic presidential candidate Sen. X")
            for (int k = r.tokenAt(clause); k < r.tokenAt(m.start()); k++) {
                Token w = t.get(k);
                if (!w.cap() && !w.possessive() && !gaz.titles.contains(w.key()) && !TITLE_ADJECTIVES.contains(w.key())
                        && !AGE.matcher(w.key()).matches() && !RANKS.contains(w.key())) {
                    return null;
                }
            }
            return r.wordsBetween(m.end(), verbStart) <= SUBJECT_REACH ? m : null;
        }
        return null;
    }

    /**
     * Whether organisation {@code m} opens the title of the person {@code next} names: only capitalised words or
     * lowercase title words between them, no punctuation ("Senate Minority Leader Jane Roe", "FBI Director Jane Roe",
     * "Washington Post columnist Jane Roe").
     */
    private boolean titleOf(ArticleText.Para p, TokenReader r, ActorFinder.Mention m, ActorFinder.Mention next) {
        if (m.actor().isPerson() || !next.actor().isPerson()) {
            return false;
        }
        var t = p.tokens();
        int from = r.tokenAt(m.end());
        int to = r.tokenAt(next.start());
        if (to - from > 3 || from < 1 || from > to) {
            return false;
        }
        for (int k = from - 1; k < to; k++) {
            if (k >= from && !t.get(k).cap() && !gaz.titles.contains(t.get(k).key())
                    || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1)) && !abbreviated(p.text(), t.get(k), t.get(k + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only the dot of an abbreviation in names ("Col." of "Army Col. Jane Roe") and spaces part two tokens. */
    private static boolean abbreviated(String text, Token a, Token b) {
        return a.end() < b.start() && text.charAt(a.end()) == '.' && Abbreviations.inName(a.text())
                && text.substring(a.end() + 1, b.start()).isBlank();
    }

    /** Words that join a sentence to the one before and may open it with no comma ("And then Roe went …"). */
    private static final Set<String> CONJUNCTIONS = WordSet.of("and", "but", "so", "yet", "then", "still", "now");

    /**
     * The token after the conjunctions opening a sentence ("And then"), when it is capitalised and no comma follows
     * them; else {@code first}.
     */
    private static int afterConjunctions(TokenReader r, List<Token> t, int first, int verb) {
        int k = first;
        while (k < verb && k - first < 2 && CONJUNCTIONS.contains(t.get(k).key()) && r.charAfter(t.get(k).end()) != ',') {
            k++;
        }
        return k > first && k < verb && t.get(k).cap() && !t.get(k).initial() ? k : first;
    }

    /**
     * "On Thursday, after remaining neutral throughout the primary, Roe endorsed …"; "In a wide-ranging, in-prison
     * interview with journalist Jane Doe last year, Roe said …": past an opening phrase, more phrases that open with a
     * lowercase word and close with a comma come before the subject too (at most {@value #MORE_PHRASES}).
     */
    private int laterPhrases(ArticleText.Para p, TokenReader r, int clause, int verbStart) {
        var t = p.tokens();
        for (int n = 0; n < MORE_PHRASES; n++) {
            int k = r.tokenAt(clause);
            if (k >= t.size() || t.get(k).start() >= verbStart || t.get(k).cap() || t.get(k).possessive()
                    || gaz.titles.contains(t.get(k).key()) || TITLE_ADJECTIVES.contains(t.get(k).key())
                    || Subjects.HE_SHE.contains(t.get(k).key()) || Subjects.THEY_IT.contains(t.get(k).key())) {
                return clause;
            }
            int comma = p.text().indexOf(',', t.get(k).end());
            if (comma < 0 || comma >= verbStart || r.markBetween(clause, comma)) {
                return clause;
            }
            clause = comma + 1;
        }
        return clause;
    }

    /** How many phrases after the first may open a sentence before its subject. */
    private static final int MORE_PHRASES = 2;

    /** Offset of the first quotation mark (no apostrophe inside a word) between two offsets, or -1. */
    private static int firstMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (QuoteMarks.isMark(text.charAt(i)) && !QuoteMarks.isInWord(text, i)
                    && !(text.charAt(i) == '\u2019' || text.charAt(i) == '\'') ) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Rule "rank before a name": a sport's ranking words describe the player they stand before ("Second seed Ivana
     * Roe beat …", "World number one Jan Doe", "Defending champion Ana Roe"), as a title does.
     */
    private static final Set<String> RANKS = WordSet.of("seed", "unseeded", "number", "no.", "one", "defending",
            "reigning", "champion", "world");

    /** An age before a name ("76-year-old Jane Roe, founder of …, said"). */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d+-year-old");

    /** Lowercase words that describe a person before the name ("presidential candidate", "former governor"). */
    static final Set<String> TITLE_ADJECTIVES = WordSet.of("former", "presidential", "candidate", "hopeful",
            "nominee", "front-runner", "rival", "then", "retired", "late", "state", "federal", "top", "chief", "senior",
            "primary", "party", "the", "a", "an", "republican", "democratic", "longtime", "veteran", "outgoing",
            "incoming", "acting", "deputy", "assistant", "executive", "national", "campaign", "spokesman", "spokeswoman",
            "aide", "adviser", "advisor", "strategist", "pollster", "director", "manager", "chairman", "chairwoman",
            "businessman", "billionaire", "delegate", "activist", "author", "host", "commentator", "analyst",
            "vice-presidential", "presumptive", "gubernatorial", "senatorial", "congressional", "mayoral");

    /**
     * The person opening the sentence before the one at {@code offset} (the last sentence of the paragraph before,
     * for a paragraph's first sentence), or null when no person opens it.
     */
    ActorFinder.Mention previousSentenceSubject(ArticleText.Para p, int offset) {
        Sentences.Span before = previousSentence(p, offset);
        if (before == null) {
            return null;
        }
        ArticleText.Para in = p.sentenceIndex(offset) > 0 ? p : mentions.previous(p);
        TokenReader r = new TokenReader(in);
        int last = r.tokenAt(before.end()) - 1;
        if (last <= r.tokenAt(before.start())) {
            return null;
        }
        ActorFinder.Mention m = sentenceSubjectBefore(in, r.token(last).start());
        return m == null || !m.actor().isPerson() || Subjects.isPossessive(in, m) ? null : m;
    }

    /**
     * The people named in the sentence before the one at {@code offset} (the last sentence of the paragraph before,
     * for a paragraph's first sentence), possessives left out, in text order.
     */
    List<ActorFinder.Mention> previousSentencePeople(ArticleText.Para p, int offset) {
        Sentences.Span before = previousSentence(p, offset);
        if (before == null) {
            return List.of();
        }
        ArticleText.Para in = p.sentenceIndex(offset) > 0 ? p : mentions.previous(p);
        List<ActorFinder.Mention> people = new java.util.ArrayList<>();
        for (ActorFinder.Mention m : mentions.actors(in.index(), before.start(), before.end())) {
            if (m.actor().isPerson() && !Subjects.isPossessive(in, m)) {
                people.add(m);
            }
        }
        return people;
    }

    /** The sentence before the one at {@code offset}, in its paragraph or last of the paragraph before; or null. */
    private Sentences.Span previousSentence(ArticleText.Para p, int offset) {
        int s = p.sentenceIndex(offset);
        if (s > 0) {
            return p.sentences().get(s - 1);
        }
        ArticleText.Para in = mentions.previous(p);
        return in == null || in.sentences().isEmpty() ? null : in.sentences().get(in.sentences().size() - 1);
    }

    /**
     * The person named right after the "when", "as", "after" … opening the sentence of token {@code verb}, with no
     * comma between that clause's start and the verb (the verb stands in the opening clause); else null.
     */
    ActorFinder.Mention openingClauseSubject(ArticleText.Para p, TokenReader r, int verb) {
        var t = p.tokens();
        int first = r.tokenAt(r.sentenceStart(t.get(verb).start()));
        if (first < verb && CONJUNCTIONS.contains(t.get(first).key()) && r.joined(first)) {
            first++; // "But as Roe denounced …"
        }
        if (first < verb && !Antecedents.LEADING_SUBORDINATORS.contains(t.get(first).key())) {
            // "There were pointed references, such as when Roe knocked Doe and called him a “moderate”": the
            // clause a subordinator opens inside the sentence, no comma between it and the verb
            for (int k = verb - 1; k > first && !p.text().substring(t.get(k).end(), t.get(k + 1).start()).contains(","); k--) {
                if (Antecedents.LEADING_SUBORDINATORS.contains(t.get(k).key()) && !t.get(k).cap()) {
                    first = k;
                    break;
                }
            }
        }
        if (first + 1 >= verb || !Antecedents.LEADING_SUBORDINATORS.contains(t.get(first).key()) || !r.joined(first)
                || p.text().substring(t.get(first).start(), t.get(verb).start()).indexOf(',') >= 0
                || r.markBetween(t.get(first).start(), t.get(verb).start())) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(first).end(), t.get(verb).start())) {
            return m.actor().isPerson() && !Subjects.isPossessive(p, m) && r.wordsBetween(t.get(first).end(), m.start()) <= 1
                    ? m : null;
        }
        return null;
    }
}
