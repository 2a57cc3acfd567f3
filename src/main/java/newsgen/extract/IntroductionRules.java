package newsgen.extract;

/**
 * The rules for a quotation that a colon (or a comma or dash closing a clause) introduces ("Jane Roe: “…”", "Roe's
 * response was: “…”", "Tunde Adeyemi: “…”"), and a paragraph ending in a colon that introduces the quotation after
 * it: colon-introduction, paragraph-introduction, excerpt-introduction. A phrase of saying ("as Roe put it") is
 * {@link SayingPhraseRules}'.
 * Part of {@link Sieve}; {@link SpeakerRule} runs the rules in order.
 */
final class IntroductionRules {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Referents refs;
    private final Subjects subjects;

    IntroductionRules(Sieve sieve, ArticleMentions mentions, Referents refs, Subjects subjects) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.refs = refs;
        this.subjects = subjects;
    }

    /**
     * "Halvorsen: Spade's view of the world is ‘dangerously wrong’": a sentence opening with a name and a colon, as
     * headlines write who says what; that name speaks the quotations of the sentence.
     */
    private SpeakerRule.Found headlineSpeaker(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int first = r.tokenAt(r.sentenceStart(q.open()));
        int to = first;
        while (to < t.size() && to - first < 4 && t.get(to).cap()
                && (to == first || Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)))) {
            to++;
        }
        if (to == first || to >= t.size() || t.get(to).start() >= q.open()) {
            return null;
        }
        int colon = t.get(to - 1).end();
        if (colon >= p.text().length() || p.text().charAt(colon) != ':') {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(first).start(), colon)) {
            return new SpeakerRule.Found(Speaker.of(m), null);
        }
        Speaker s = subjects.unlistedName(p, first, to, sieve.shape::capitalisedInside);
        return s.found() ? new SpeakerRule.Found(s, null) : null;
    }

    /**
     * A quotation opening a paragraph after one that ends in a colon ("Jane Doe, 81, said that given the choice:",
     * "Stated Doe:", "The foundation describes itself this way:"): who the colon's sentence names, as
     * {@link #colonIntroduction} reads a colon in the same paragraph; null otherwise.
     */
    SpeakerRule.Found paragraphIntroduction(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (new TokenReader(p).wordBetween(0, q.open())) {
            return null;
        }
        ArticleText.Para prev = mentions.previous(p);
        if (prev == null) {
            return null;
        }
        String text = prev.text().stripTrailing();
        if (text.isEmpty() || text.charAt(text.length() - 1) != ':') {
            return null;
        }
        return introducedBy(prev, text.length() - 1);
    }

    /**
     * A quotation inside a paragraph of someone's words set off without quotation marks, right after a paragraph that
     * ends in a colon after a cue verb or "according to" ("In the text accompanying the video post, Roe wrote:" ⏎ "I
     * think … But what we should ask is “who has God anointed?”"): who the colon's sentence names. Only for quotations
     * no other rule read, in a paragraph that speaks in the first person before it; not for one opening its paragraph,
     * which {@link #paragraphIntroduction} reads.
     */
    SpeakerRule.Found excerptIntroduction(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        ArticleText.Para prev = mentions.previous(p);
        if (prev == null || !new TokenReader(p).wordBetween(0, q.open()) || !firstPersonBefore(p, q.open())) {
            return null;
        }
        String text = prev.text().stripTrailing();
        if (text.isEmpty() || text.charAt(text.length() - 1) != ':' || !saysBefore(prev, text.length() - 1)) {
            return null;
        }
        SpeakerRule.Found f = introducedBy(prev, text.length() - 1);
        return f != null && f.speaker().named() ? f : null;
    }

    /**
     * Whether the words before {@code offset} speak in the first person ("I think …", "we want …"): an excerpt in its
     * writer's voice, not the article's own prose after a colon whose excerpt (a tweet, a picture) is gone.
     */
    private static boolean firstPersonBefore(ArticleText.Para p, int offset) {
        for (Token w : p.tokens()) {
            if (w.start() >= offset) {
                return false;
            }
            if (w.text().equals("I") || !w.cap() && FIRST_PERSON.contains(w.key())) {
                return true;
            }
        }
        return false;
    }

    /** Words of the first person, lowercase ("I" is matched as written). */
    private static final java.util.Set<String> FIRST_PERSON = WordSet.of("we", "my", "our", "me", "us");

    /** Whether the clause before the colon at {@code colon} holds a cue verb or "according to". */
    private static boolean saysBefore(ArticleText.Para p, int colon) {
        TokenReader r = new TokenReader(p);
        int end = r.tokenAt(colon);
        for (int k = r.tokenAt(r.sentenceStart(colon)); k < end; k++) {
            if (r.isCueVerb(k) || r.token(k).key().equals("according")) {
                return true;
            }
        }
        return false;
    }

    /** The speaker a colon at {@code colon} introduces: the first actor of its clause, or a name after a cue verb. */
    private SpeakerRule.Found introducedBy(ArticleText.Para p, int colon) {
        TokenReader r = new TokenReader(p);
        int clause = r.sentenceStart(colon);
        if (r.markBetween(clause, colon)) {
            return null; // "“…,” she said, adding:" is the quotation's own clause, read by the rules before
        }
        ActorFinder.Mention first = null;
        ActorFinder.Mention main = mainClausePerson(p, r, clause, colon);
        if (main != null) {
            return new SpeakerRule.Found(Speaker.of(main), null);
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), clause, colon)) {
            // "Jane Doe's letter makes the case:" is hers; "when the network's moderators …, Jane Doe called them on it:"
            // is the person's, not the organisation's
            if (m.end() <= colon && (!Subjects.isPossessive(p, m) || speechNounAfter(p, m)) && !NotSubjects.channel(p, m)
                    && !NotSubjects.toldListener(p, m)) {
                // ("Then, later that month on CNN: “…”": the channel is no speaker; "…, told the BBC:" the listener)
                if (m.actor().isPerson()) {
                    return new SpeakerRule.Found(Speaker.of(m), null);
                }
                first = first == null ? m : first;
            }
        }
        if (first != null) {
            return new SpeakerRule.Found(Speaker.of(first), null);
        }
        int firstToken = r.tokenAt(clause);
        int end = r.tokenAt(colon);
        for (int k = firstToken; k < end; k++) {
            if (r.isCueVerb(k)) {
                if (k > firstToken && Subjects.HE_SHE.contains(r.token(k - 1).key()) && r.joined(k - 1)) {
                    // "In a 1963 speech, he declared:": the person the pronoun stands for
                    Speaker who = refs.lastPerson(p, r.token(k - 1).start(), r.token(k - 1).key());
                    return who.named() ? new SpeakerRule.Found(who, null) : null;
                }
                // "Stated Doe:": the name right after the verb
                NamesByVerb.NameByVerb near = sieve.names.nameByVerb(p, k, true);
                if (near != null) {
                    return new SpeakerRule.Found(near.speaker(), null);
                }
                Speaker named = subjects.openingName(p, k, sieve.shape::capitalisedInside);
                return named.found() ? new SpeakerRule.Found(named, null) : null;
            }
        }
        return null;
    }

    /**
     * "When Roe died in 1998, President Doe released the following statement:": a clause opening the sentence with
     * "when", "after" … names who the sentence is about, not who speaks; the first person of the main clause after its
     * comma introduces the quotation (Doe, not Roe). Null when the sentence opens otherwise or the main clause names
     * no person before the colon (then the whole clause is read as before).
     */
    private ActorFinder.Mention mainClausePerson(ArticleText.Para p, TokenReader r, int clause, int colon) {
        int first = r.tokenAt(clause);
        if (first >= p.tokens().size() || !Antecedents.LEADING_SUBORDINATORS.contains(p.tokens().get(first).key())) {
            return null;
        }
        String s = p.text();
        int comma = s.indexOf(',', p.tokens().get(first).end());
        if (comma < 0 || comma >= colon) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), comma, colon)) {
            if (m.actor().isPerson() && !Subjects.isPossessive(p, m)) {
                return m;
            }
        }
        return null;
    }

    /** Nouns of what a person says or writes: "Jane Doe's response was: “…”", "Doe's letter makes the case: “…”". */
    private static final java.util.Set<String> SPEECH_NOUNS = WordSet.of("response", "reply", "answer", "letter",
            "statement", "message", "tweet", "email", "e-mail", "note", "words", "remarks", "comment", "comments",
            "speech", "post", "retort", "explanation", "argument", "case", "view", "position", "pitch", "plea", "warning");

    /** Whether a noun of saying follows the possessive mention, a describing word or two (or a platform) between. */
    private boolean speechNounAfter(ArticleText.Para p, ActorFinder.Mention m) {
        var t = p.tokens();
        int k = TokenReader.firstTokenAt(t, m.end());
        for (int i = k; i < t.size() && i - k < 3; i++) {
            if (SPEECH_NOUNS.contains(t.get(i).key())) {
                return true;
            }
            if (t.get(i).cap() && i > k) {
                return false; // one capitalised word may name where it was said: "From Roe's Facebook post:"
            }
        }
        return false;
    }

    /** "Rep. Jane Doe (R-S.C.): “…”"; "The timing does not surprise pollster John Roe: “…”": the name before a colon. */
    /**
     * "“…,” said Jane Roe. Doe resisted: “…”"; "Roe: “…” Doe: “…”": the quotation's own sentence introduces it with a
     * colon after a name other than {@code speaker}'s.
     */
    boolean colonNamesAnother(QuoteFinder.Span q, Speaker speaker) {
        if (new TokenReader(q.start()).charBefore(q.open()) != ':') {
            return false;
        }
        SpeakerRule.Found f = colonIntroduction(q);
        return f != null && f.speaker().named() && !f.speaker().id().equals(speaker.id());
    }

    SpeakerRule.Found colonIntroduction(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        TokenReader r = new TokenReader(p);
        char before = r.charBefore(q.open());
        if (before == ',') {
            // ("As Jane Roe put it, “…”" is the as-put-it rule's, which runs first)
            // "Earlier this week, Jane Roe shared her worry with donors, “I do not know …”": the sentence's subject
            ActorFinder.Mention m = subjects.sentences.sentenceSubjectBefore(p, p.text().lastIndexOf(',', q.open()));
            return m == null ? null : new SpeakerRule.Found(Speaker.of(m), null);
        }
        if (before == '-' || before == '\u2014' || before == '\u2013') {
            // "Roe also embraced harsh interrogation techniques -- “I think waterboarding is …”": the subject of the
            // clause the dash closes, a person
            int dash = p.text().lastIndexOf(before, q.open());
            boolean spaced = dash > 0 && p.text().charAt(dash - 1) == ' ' || dash > 1 && p.text().charAt(dash - 2) == ' ';
            ActorFinder.Mention m = spaced ? subjects.sentences.sentenceSubjectBefore(p, dash) : null;
            return m != null && m.actor().isPerson() && !Subjects.isPossessive(p, m)
                    ? new SpeakerRule.Found(Speaker.of(m), null) : null;
        }
        if (before != ':') {
            return headlineSpeaker(q);
        }
        int colon = p.text().lastIndexOf(':', q.open());
        if (SubjectWords.writerClause(p, r, colon)) {
            return null;
        }
        int clause = r.sentenceStart(colon);
        if (mentions.previous(p) == null && r.tokenAt(colon) > 1) {
            // a headline "Ashby on Marta Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’":
            // the name opening it, before a lowercase word, is who speaks, not the first actor after it
            Speaker opening = subjects.openingName(p, r.tokenAt(colon) - 1, sieve.shape::capitalisedInside);
            if (opening.named()) {
                return new SpeakerRule.Found(opening, null);
            }
        }
        ActorFinder.Mention subject = subjects.sentences.sentenceSubjectBefore(p, colon);
        if (subject != null && subject.actor().isPerson() && subject.end() <= colon) {
            // "With Democrats worried about a lack of passion for Jane Roe, President Doe is rolling out a message:":
            // the subject after the opening phrase, not the first name of the sentence
            return new SpeakerRule.Found(Speaker.of(subject), null);
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), clause, colon)) {
            if (m.end() <= colon && (!Subjects.isPossessive(p, m) || speechNounAfter(p, m)) && !NotSubjects.channel(p, m)
                    && !NotSubjects.toldListener(p, m)) {
                // ("Then, later that month on CNN: “…”": the channel is no speaker; "…, told the BBC:" the listener)
                Speaker holder = m.actor().isPerson() ? null : titleHolder(p, m, colon);
                return new SpeakerRule.Found(holder != null ? holder : Speaker.of(m), null);
            }
        }
        // "Roe gestured as if to stop the ruckus, then leaned in and boomed:": a name opening the clause, then its verb
        int last = r.tokenAt(colon) - 1;
        Speaker named = last > 0 ? subjects.openingName(p, last, sieve.shape::capitalisedInside) : Speaker.NONE;
        if (!named.found()) {
            named = nameLabel(p, r, colon);
        }
        return named.found() ? new SpeakerRule.Found(named, null) : null;
    }

    /**
     * Rule "body's title holder": "Unilever Chief On Prices: ‘We Will Not Raise Them’" over a story of "Unilever Chief
     * Anita Varga": an organisation followed by a title before the colon names the one person of the article titled so
     * (a role holding both the body's name and the title), not the body. Null unless exactly one person is.
     */
    private Speaker titleHolder(ArticleText.Para p, ActorFinder.Mention m, int colon) {
        TokenReader r = new TokenReader(p);
        int next = r.tokenAt(m.end());
        if (next >= r.size() || r.token(next).start() >= colon || !r.joined(next - 1)
                || !Gazetteer.get().titles.contains(r.token(next).key())) {
            return null;
        }
        String body = Slugs.fold(p.text().substring(m.start(), m.end()));
        String title = r.token(next).key();
        newsgen.model.Actor found = null;
        for (java.util.List<ActorFinder.Mention> in : mentions.byParagraph()) {
            for (ActorFinder.Mention o : in) {
                newsgen.model.Actor a = o.actor();
                if (!a.isPerson() || a == found) {
                    continue;
                }
                for (String role : a.roles()) {
                    String folded = Slugs.fold(role);
                    // the body's words as whole words of the role: "AP" is not inside "chaplain" or "apparel"
                    if ((" " + folded + " ").contains(" " + body + " ") && java.util.List.of(folded.split(" ")).contains(title)) {
                        if (found != null && !found.id().equals(a.id())) {
                            return null;
                        }
                        found = a;
                    }
                }
            }
        }
        return found == null ? null : Speaker.of(found);
    }

    /**
     * Rule "name label": "Tunde Adeyemi: “…”", "12:35 Halloran: “…”": a paragraph that opens (after a live page's
     * time stamp) with nothing but a name and the colon before the quotation, as interviews and live pages label who
     * speaks. One to four capitalised words; a single word must be a name by {@link NameShapeRules#unknownWord}'s
     * test ("Update:", "Breaking:" are English words), and "Key quote:" has a lowercase word.
     */
    private Speaker nameLabel(ArticleText.Para p, TokenReader r, int colon) {
        var t = p.tokens();
        int first = 0;
        while (first < t.size() && (Character.isDigit(t.get(first).text().charAt(0)) || CLOCK_WORDS.contains(t.get(first).key()))) {
            first++;
        }
        int to = r.tokenAt(colon);
        if (first >= to || to - first > 4 || first < t.size() && t.get(first).start() > colon
                || !p.text().substring(first == 0 ? 0 : t.get(first - 1).end(), t.get(first).start()).strip()
                        .chars().allMatch(c -> c == '-' || c == '\u2013' || c == '\u2014' || c == '.' || c == ',')) {
            return Speaker.NONE;
        }
        for (int k = first; k < to; k++) {
            if (!t.get(k).cap() || k > first && !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
                return Speaker.NONE;
            }
        }
        if ((p.kind() == newsgen.model.ParagraphKind.HEADLINE || mentions.previous(p) == null) && (to - first > 3 || !Gazetteer.get().givenNames.contains(t.get(first).key()))) {
            return Speaker.NONE; // a headline in title case: "Roe Addresses Munich Attack: “…”" is no name; "Jane Roe: “…”" is
        }
        return subjects.unlistedName(p, first, to, to - first == 1 ? sieve.shape::unknownWord : sieve.shape::capitalisedInside);
    }

    /** Words of a live page's time stamp before a label: "10.42am", "12:35 GMT". */
    private static final java.util.Set<String> CLOCK_WORDS = WordSet.of("am", "pm", "gmt", "bst", "cet", "cest", "utc",
            "local", "time", "et", "edt", "est");

    /** Whether a colon stands right before the quotation's opening mark ("… in its findings: “…”"). */
    boolean colonBefore(QuoteFinder.Span q) {
        return new TokenReader(q.start()).charBefore(q.open()) == ':';
    }
}
