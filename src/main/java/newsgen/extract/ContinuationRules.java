package newsgen.extract;

import java.util.List;

/**
 * The rules that carry a speaker across quotations and paragraphs: the speaker who goes on in the next paragraph,
 * a pulled-out quote's next paragraph, a headline quotation echoed later in the article.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class ContinuationRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Subjects subjects;
    private final Gazetteer gaz;

    ContinuationRules(Sieve sieve, ArticleMentions mentions, Subjects subjects, Gazetteer gaz) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.subjects = subjects;
        this.gaz = gaz;
    }

    /**
     * A quotation in the headline (a headline or subhead paragraph, or the article's first) takes the named speaker
     * of the first later quotation whose words hold all of its words in order; null otherwise.
     */
    SpeakerRule.Found headlineEcho(Attribution a) {
        QuoteFinder.Span q = a.span();
        ArticleText.Para p = q.start();
        boolean head = p.kind() == newsgen.model.ParagraphKind.HEADLINE || p.kind() == newsgen.model.ParagraphKind.SUBHEAD
                || mentions.previous(p) == null;
        if (!head) {
            return null; // before the quotation's words are made: most quotations are in no headline
        }
        String words = echoWords(q.text());
        if (words.isEmpty()) {
            return null;
        }
        for (Attribution later : sieve.done) {
            if (later != a && later.span().start() != p && later.speaker().named()
                    && (" " + echoWords(later.span().text()) + " ").contains(" " + words + " ")) {
                return new SpeakerRule.Found(later.speaker(), null);
            }
        }
        return null;
    }

    /** Letters and digits of a quotation, lower case, one space between words: what {@link #headlineEcho} compares. */
    private static String echoWords(String text) {
        return String.join(" ", NON_WORD.split(Slugs.fold(text).strip())).strip();
    }

    /** Runs of characters that are no letter or digit. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A quotation that is its paragraph, marks and all: a pulled-out quote or a subhead. */
    boolean wholeParagraph(QuoteFinder.Span q) {
        String s = q.start().text();
        return q.start() == q.end() && s.substring(0, q.open()).isBlank()
                && (q.close() >= s.length() - 1 || s.substring(q.close() + 1).isBlank());
    }

    /**
     * ‘We are not a monopoly’ as a subhead, then "Jane Doe, the firm's chief executive, rejected …": the named subject
     * of a cue verb in the first sentence of the next paragraph; only a person, else nobody.
     */
    SpeakerRule.Found nextParagraphSubject(ArticleText.Para p) {
        ArticleText.Para next = mentions.next(p);
        if (next == null || next.sentences().isEmpty()) {
            return null;
        }
        String opening = next.text().strip();
        if (opening.isEmpty() || QuoteMarks.isMark(opening.charAt(0))) {
            return null; // the next paragraph quotes someone itself
        }
        var t = next.tokens();
        Sentences.Span first = next.sentences().get(0);
        SpeakerRule.Found message = messageFrom(next, first);
        if (message != null) {
            return message;
        }
        for (int k = 0; k < t.size() && t.get(k).start() < first.end(); k++) {
            Token w = t.get(k);
            if (!w.cap() && gaz.cueVerbs.contains(w.key()) && !w.key().endsWith("ing")) {
                Speaker who = subjects.subjectBefore(next, k);
                return who.named() && mentions.isPerson(who.id()) ? new SpeakerRule.Found(who, null) : null;
            }
        }
        return null;
    }

    /**
     * "Jane Roe stated:" ⏎ "\"The law is no longer about “equal justice.” It is about …" ⏎ "\"The latest example …": a
     * paragraph that opens a quotation and never closes it runs on into the next, which opens with a mark again (how
     * print sets a quotation of several paragraphs); the speaker of the quotation the paragraph before opened speaks
     * this one too, whoever the quotation itself names. A quotation after the first of its paragraph only when that
     * paragraph runs on as well (a quotation nested in the run-on one).
     */
    SpeakerRule.Found runOnQuotation(Attribution a) {
        QuoteFinder.Span q = a.span();
        ArticleText.Para p = q.start();
        ArticleText.Para prev = mentions.previous(p);
        if (prev == null || openingMark(p) < 0 || !runsOn(prev)
                || new TokenReader(p).wordBetween(0, q.open()) && !runsOn(p) || quotesSomeone(p)) {
            return null;
        }
        for (Attribution before : sieve.done) {
            if (before == a) {
                return null;
            }
            if (before.span().start().index() <= prev.index() && before.span().end().index() >= prev.index()) {
                return before.speaker().found() ? new SpeakerRule.Found(before.speaker(), null) : null;
            }
        }
        return null;
    }

    /**
     * "\"CNN's Jane Roe ridiculed that as “a syndrome” and said, “He felt …”": a cue verb right before a quotation
     * nested in the paragraph, as an excerpt of another article reports someone: the paragraph is no one speaker's.
     */
    private static boolean quotesSomeone(ArticleText.Para p) {
        TokenReader r = new TokenReader(p);
        String s = p.text();
        for (int k = 0; k < r.size(); k++) {
            if (r.isCueVerb(k)) {
                int i = r.token(k).end();
                while (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ':' || Character.isWhitespace(s.charAt(i)))) {
                    i++;
                }
                if (i < s.length() && QuoteMarks.isMark(s.charAt(i)) && QuoteMarks.isOpening(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Offset of the quotation mark a paragraph opens with (spaces before it at most), or -1. */
    private static int openingMark(ArticleText.Para p) {
        String s = p.text();
        int k = 0;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k < s.length() && (s.charAt(k) == '"' || s.charAt(k) == '\u201c') ? k : -1;
    }

    /**
     * Whether a paragraph opens with a double quotation mark that it never closes: an odd number of straight marks,
     * or more curly opening marks than closing ones.
     */
    private static boolean runsOn(ArticleText.Para p) {
        int k = openingMark(p);
        if (k < 0) {
            return false;
        }
        String s = p.text();
        int straight = 0;
        int opening = 0;
        int closing = 0;
        for (int i = k; i < s.length(); i++) {
            char c = s.charAt(i);
            straight += c == '"' ? 1 : 0;
            opening += c == '\u201c' ? 1 : 0;
            closing += c == '\u201d' ? 1 : 0;
        }
        return s.charAt(k) == '"' ? straight % 2 == 1 : opening > closing;
    }

    /** Nouns for what was said that "That was the … from X" names ("the message", "the warning", "the verdict"). */
    private static final java.util.Set<String> MESSAGE_NOUNS = WordSet.of("message", "warning", "verdict", "view",
            "assessment", "reaction", "response", "plea", "promise", "word", "words", "advice", "call", "claim", "pledge",
            "vow", "reply", "answer", "assurance", "prediction", "appeal");

    /**
     * "That was the message from Prime Minister Jane Roe on Monday, as …": a first sentence "That (or this) was the
     * message (warning, verdict …) from (or of) X" after a pulled-out quotation names its speaker, a person; else null.
     */
    private SpeakerRule.Found messageFrom(ArticleText.Para next, Sentences.Span first) {
        TokenReader r = new TokenReader(next);
        if (r.size() < 6 || !DEMONSTRATIVES.contains(r.token(0).key()) || !COPULAS.contains(r.token(1).key())) {
            return null;
        }
        int k = 1;
        k++;
        if (!r.token(k).key().equals("the")) {
            return null;
        }
        k++;
        while (k < r.size() - 2 && k < 6 && !MESSAGE_NOUNS.contains(r.token(k).key()) && !r.token(k).cap()) {
            k++; // "That was the stark warning from …"
        }
        if (!MESSAGE_NOUNS.contains(r.token(k).key())
                || !(r.token(k + 1).key().equals("from") || r.token(k + 1).key().equals("of"))) {
            return null;
        }
        int after = r.token(k + 1).end();
        for (ActorFinder.Mention m : mentions.actors(next.index(), after, first.end())) {
            return m.actor().isPerson() && r.wordsBetween(after, m.start()) <= TITLE_WORDS && !Subjects.isPossessive(next, m)
                    ? new SpeakerRule.Found(Speaker.of(m), null) : null;
        }
        return null;
    }

    /** Words opening "That was the message from …", "Those were the words of …". */
    private static final java.util.Set<String> DEMONSTRATIVES = WordSet.of("that", "this", "those", "these", "such");
    private static final java.util.Set<String> COPULAS = WordSet.of("was", "is", "were", "are", "'s");

    /** How many words of a title may stand between "from" and the name ("from Prime Minister Jane Roe"). */
    private static final int TITLE_WORDS = 3;

    /** Rules whose speaker stands by a cue verb right after the quotation, as the next-in-sentence rule reads them. */
    private static final java.util.Set<SpeakerRule> CUE_AFTER = java.util.EnumSet.of(SpeakerRule.CUE_VERB_THEN_SUBJECT,
            SpeakerRule.SUBJECT_THEN_CUE_VERB, SpeakerRule.TRIGRAM);

    /**
     * "The “opt out” movement is about “people telling leaders …,” Roe said." / "From Doe's “nasty effusion” to his call
     * for a “deportation force,” Roe described …": a fragment with no cue verb of its own, then in the same sentence
     * (no cue verb and no name between) a quotation whose cue verb right after it names its speaker: that speaker.
     */
    SpeakerRule.Found nextInSentence(Attribution a) {
        return a.span().partial() ? nextSpeakerInSentence(a) : null;
    }

    /**
     * See {@link SpeakerRule#NAMED_WORK_IN_SENTENCE}: a whole quotation with no stop of its own ("“All that Glitters
     * Is Not Gold” was to be a “cautionary tale,” said Jane Roe"), a title, is the next quotation's speaker's.
     */
    SpeakerRule.Found namedWorkInSentence(Attribution a) {
        String text = a.span().text();
        return !a.span().partial() && !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                ? nextSpeakerInSentence(a) : null;
    }

    private SpeakerRule.Found nextSpeakerInSentence(Attribution a) {
        Attribution n = sieve.next(a);
        if (n == null || !CUE_AFTER.contains(n.rule()) || !n.speaker().named() || !sieve.sameSentence(a, n)) {
            return null;
        }
        ArticleText.Para p = a.span().end();
        TokenReader r = new TokenReader(p);
        if (r.charBefore(a.span().open()) == '=' || !mentions.actors(p.index(), a.span().close(), n.span().open()).isEmpty()) {
            // an attribute of markup (author="@roe"); "“Fox & Friends,” Rep. Jane Roe said" or "…, as Jane Roe did, or
            // “…,” as Doe said": a name between the two is the first one's subject or topic, not the second's speaker
            return null;
        }
        for (int k = r.tokenAt(a.span().close()); k < r.size() && r.token(k).start() < n.span().open(); k++) {
            if (r.token(k).start() > a.span().close() && (r.isCueVerb(k) || Subjects.HE_SHE.contains(r.token(k).key()))) {
                return null; // "the four “loopholes” he cited are “…,” the paper reported": his word, not the paper's
            }
        }
        return new SpeakerRule.Found(n.speaker(), null);
    }

    /**
     * A paragraph that opens with a quotation and names no one: the speaker of the last quotation of the paragraph
     * before goes on talking, unless someone else is named after that quotation.
     */
    SpeakerRule.Found continuingSpeaker(Attribution a) {
        QuoteFinder.Span q = a.span();
        ArticleText.Para p = q.start();
        if (new TokenReader(p).wordBetween(0, q.open()) || namesSomeoneOutside(q)) {
            return null;
        }
        ArticleText.Para following = mentions.next(p);
        if (wholeParagraph(q) && following != null && !following.sentences().isEmpty()
                && messageFrom(following, following.sentences().get(0)) != null) {
            return null; // "“…”" ⏎ "Those were the words of X": next-paragraph-subject's
        }
        if (Character.isLetterOrDigit(q.text().charAt(q.text().length() - 1)) && (!runsOn(p) || quotesSomeone(p))) {
            // "‘We are not a monopoly’" with no stop of its own is a subhead, not speech going on; a quotation cut
            // short by a nested one in a paragraph that runs on is speech
            return null;
        }
        ArticleText.Para prev = mentions.previous(p);
        Attribution last = sieve.previous(a);
        if (prev == null) {
            return null;
        }
        if (last == null || last.span().end() != prev) {
            SpeakerRule.Found aside = pronounAside(prev, last);
            if (aside != null) {
                return aside;
            }
            // "Jane Roe said that for decades critics had been wrong." then "“That is because …”": she goes on
            return reportedSpeech(prev);
        }
        if (!last.speaker().found()) {
            return null;
        }
        List<ActorFinder.Mention> after = mentions.actors(prev.index(), last.span().close(), Integer.MAX_VALUE);
        for (int i = 0; i < after.size(); i++) {
            ActorFinder.Mention m = after.get(i);
            // a role ("said a party strategist") goes on only while no one else is named after it; the owner of the
            // speaker's role ("said Halvorsen's top aide Jack Dorrance") is no one else
            // nor is a possessive in a sentence that still reports the speaker ("Rather, he said, continued struggles
            // by Spade's campaign will …"): an owner named is not someone speaking
            if (m.actor().isPerson() && !m.actor().id().equals(last.speaker().id()) && !ownerOfNext(prev, after, i, last)
                    && !objectOfAttribution(prev, last.span().close(), m)
                    && !(Subjects.isPossessive(prev, m) && pronounCueIn(prev, m.start()))) {
                return null;
            }
        }
        return new SpeakerRule.Found(last.speaker(), null);
    }

    /**
     * "“…,” he said, paraphrasing Halvorsen's remarks." / "“…,” Roe said of Doe.": a person named in the attribution's
     * own sentence after the quotation, as an owner or after a lowercase word (an object), takes over no quotation.
     */
    private static boolean objectOfAttribution(ArticleText.Para p, int close, ActorFinder.Mention m) {
        TokenReader r = new TokenReader(p);
        if (r.sentenceStart(m.start()) > r.sentenceStart(Math.min(close + 1, p.text().length() - 1))
                || r.markBetween(close + 1, m.start())) {
            return false;
        }
        int k = r.tokenAt(m.start());
        Token before = r.tokenOrNull(k - 1);
        return Subjects.isPossessive(p, m) || before != null && !before.cap() && r.joined(k - 1)
                && !before.key().equals("and") && !before.key().equals("or");
    }

    /**
     * "“…,” Miller said. “…”" ⏎ "She pauses." ⏎ "“Well, thank you so much.”": a one-sentence paragraph opening with he or
     * she that names no one, between the speaker's quotation and this one, is about the speaker, who goes on.
     */
    private SpeakerRule.Found pronounAside(ArticleText.Para prev, Attribution last) {
        if (last == null || !last.speaker().named() || !mentions.isPerson(last.speaker().id())
                || last.span().end() != mentions.previous(prev) || prev.sentences().size() != 1 || prev.tokens().isEmpty()
                || new TokenReader(prev).markBetween(0, prev.text().length())
                || !mentions.actors(prev.index(), 0, Integer.MAX_VALUE).isEmpty()) {
            return null;
        }
        String first = prev.tokens().get(0).key();
        return (first.equals("he") || first.equals("she")) && PronounCueRules.mayBe(last.speaker(), first)
                ? new SpeakerRule.Found(last.speaker(), null) : null;
    }

    /** Whether the sentence holding offset {@code at} has "he" or "she" and a cue verb ("Rather, he said, …"). */
    private static boolean pronounCueIn(ArticleText.Para p, int at) {
        TokenReader r = new TokenReader(p);
        Sentences.Span s = p.sentenceOf(at);
        for (int k = r.tokenAt(s.start()); k + 1 < r.size() && r.token(k + 1).end() <= s.end(); k++) {
            if (Subjects.HE_SHE.contains(r.token(k).key()) && r.joined(k) && r.isCueVerb(k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether mention {@code i} is a possessive right before the speaker's own name ("Halvorsen's top aide Jake Doe"). */
    private static boolean ownerOfNext(ArticleText.Para p, List<ActorFinder.Mention> mentions, int i, Attribution last) {
        if (i + 1 >= mentions.size() || !Subjects.isPossessive(p, mentions.get(i))) {
            return false;
        }
        ActorFinder.Mention next = mentions.get(i + 1);
        return next.actor().id().equals(last.speaker().id())
                && new TokenReader(p).wordsBetween(mentions.get(i).end(), next.start()) <= OWNER_REACH;
    }

    /** How many words a role may have between its owner and its holder's name. */
    private static final int OWNER_REACH = 6;

    /** Whether the quotation's paragraph names an actor outside the quotation itself. */
    private boolean namesSomeoneOutside(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        for (ActorFinder.Mention m : mentions.actors(p.index(), 0, Integer.MAX_VALUE)) {
            if (m.start() < q.open() || q.end() == p && m.start() > q.close()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph of one sentence whose cue verb has a named person as subject ("Jane Roe said that …"), or that is
     * about a named person ("Jane Roe is upbeat about her chances."), so that a quotation opening the next goes on her.
     */
    private SpeakerRule.Found reportedSpeech(ArticleText.Para prev) {
        if (prev.sentences().size() != 1 || prev.text().indexOf('\u201c') >= 0 || prev.text().indexOf('"') >= 0) {
            return null;
        }
        TokenReader r = new TokenReader(prev);
        for (int k = 0; k < r.size() && k < 12; k++) {
            if (r.isCueVerb(k) && !r.token(k).key().endsWith("ing")) {
                Speaker who = subjects.subjectBefore(prev, k);
                if (who.named() && mentions.isPerson(who.id())) {
                    return new SpeakerRule.Found(who, null);
                }
                break;
            }
        }
        // "Marchbank is upbeat about Lund's chances." then "“Not only can …”": the person the sentence is about
        ActorFinder.Mention m = subjects.sentences.sentenceSubjectBefore(prev, prev.text().length());
        if (m == null || !m.actor().isPerson() || Subjects.isPossessive(prev, m)) {
            return null;
        }
        int next = r.tokenAt(m.end());
        return next < r.size() && !r.token(next).cap() && r.charAfter(m.end()) != ','
                ? new SpeakerRule.Found(Speaker.of(m), null) : null;
    }
}
