package newsgen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the subject of a cue verb is, once a rule has found the verb: the words before it ("Jane Doe, the firm's
 * chief executive, said"), after it ("said Mr. Doe"), or between a quotation and its verb. A subject is a person, an
 * organisation, a group of countries, a pronoun (the last compatible person named), a document ("the charter" → a
 * named charter of the article) or a role only ("the judge", "a spokesman").
 */
final class Subjects {
    static final Set<String> HE_SHE = WordSet.of("he", "she");
    static final Set<String> THEY_IT = WordSet.of("they", "it");
    /** Words before a verb that make its clause a question or a relative one ("whom he told"). */
    private static final Set<String> QUESTION_WORDS = WordSet.of("whom", "which", "what");
    /** Articles and possessives that open a noun phrase. */
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their");
    /** Words that make a noun phrase someone not yet named, or someone's: "a spokesman", "his aide". */
    private static final Set<String> INDEFINITE_OR_OWNED = WordSet.of("a", "an", "another", "one", "some", "his", "her", "its", "their");
    /** Words that leave who spoke unnamed: "a senior official", "another lawmaker". */
    private static final Set<String> INDEFINITE = WordSet.of("a", "an", "another", "one", "some");
    /** Nouns that stand for the organisation just named ("the company said"). */
    private static final Set<String> GENERIC_ORGS = WordSet.of("company", "firm", "group", "club", "team", "organisation",
            "organization", "carrier", "lender", "insurer", "retailer", "automaker", "carmaker", "airline", "agency", "body",
            "watchdog", "regulator", "charity", "institution");
    /** News bodies named by a noun after "the" ("the newspaper admitted", "the network said"): the last organisation. */
    private static final Set<String> NEWS_BODIES = WordSet.of("newspaper", "paper", "network", "channel", "broadcaster",
            "magazine", "outlet", "station", "publication", "board", "panel");
    /** What a person has speak for them ("Jane Doe's campaign said", "Doe's office said"): the person speaks. */
    private static final Set<String> OWN_BODIES = WordSet.of("campaign", "office", "team", "spokesman", "spokeswoman",
            "spokesperson", "aides", "aide", "camp", "lawyer", "lawyers", "attorney", "attorneys", "representative",
            "representatives", "staff", "press", "administration", "foundation");
    /** Documents that speak as their author ("the email said", "the lawsuit says"), besides the gazetteer's. */
    private static final Set<String> DOCUMENTS = WordSet.of("email", "e-mail", "editorial", "lawsuit", "petition", "suit",
            "complaint", "filing", "memo", "tweet", "post", "ad", "advertisement", "release", "book", "op-ed",
            "column", "transcript", "indictment", "brief", "motion", "opinion", "order", "poll", "survey", "study");
    /** Nouns that describe a person named before ("the retired neurosurgeon", "the billionaire"), besides titles. */
    private static final Set<String> PERSON_NOUNS = WordSet.of("candidate", "nominee", "front-runner", "frontrunner",
            "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "developer", "neurosurgeon", "surgeon",
            "doctor", "actor", "actress", "star", "host", "anchor", "hopeful", "contender", "challenger", "incumbent",
            "populist", "socialist", "democrat", "republican", "independent", "contestant", "magnate",
            "congressman", "congresswoman", "lawmaker", "senator", "governor", "speaker", "economist", "professor");
    /** Cue verbs whose next name is their object, never an inverted subject ("…, X told CNN", "thanked Obama"). */
    static final Set<String> TAKES_OBJECT = WordSet.of("told", "tells", "tell", "telling", "thanked", "accused", "accuses",
            "called", "calls", "praised", "blamed", "urged", "urges", "slammed", "blasted", "mocked", "denounced",
            "condemned", "rejected", "welcomed", "hailed", "credited", "branded", "labeled", "labelled", "dubbed",
            "criticized", "criticised", "asked", "asks", "assured", "reminded", "warned", "informed", "answered");
    /**
     * "with Sen. Jane Roe calling it “a menu”", "Roe privately saying": an actor right before the participle (an
     * adverb between at most) is its own subject.
     */
    private boolean namedRightBefore(ArticleText.Para p, int verb) {
        var t = p.tokens();
        int k = verb - 1;
        if (k > 0 && t.get(k).key().endsWith("ly") && !t.get(k).cap()) {
            k--;
        }
        int end = t.get(k).end();
        for (ActorFinder.Mention m : ctx.actors(p.index(), Math.max(0, end - 80), end + 1)) {
            if (m.end() == end) {
                return !channel(p, m);
            }
        }
        return t.get(k).cap() && !t.get(k).initial();
    }

    /** Adverbs that may stand between "but"/"and" and a second verb of the same subject ("but now said"). */
    private static final Set<String> CONJ_ADVERBS = Set.of("now", "then", "also", "later", "still", "soon", "since",
            "again", "once", "instead");

    /** Adverbs that may stand between a pronoun and its cue verb besides those in -ly ("he often says"). */
    private static final Set<String> PRONOUN_ADVERBS = WordSet.of("often", "never", "always", "repeatedly", "even",
            "just", "first", "previously", "already", "ultimately", "eventually", "simply", "flatly");

    /** Words before a progressive "-ing" ("is saying"); after any other word an "-ing" cue is a participle. */
    private static final Set<String> AUXILIARIES = WordSet.of("is", "was", "are", "were", "be", "been", "being", "am",
            "he", "she", "they", "it", "we", "i", "you", "keeps", "kept", "started", "began", "continued", "stop", "stopped");
    /** How many words a subject may stand from its verb ("Jane Doe, announced"; "X has also said"). */
    static final int SUBJECT_GAP = 3;

    private final Gazetteer gaz = Gazetteer.get();
    private final SpeakerContext ctx;

    Subjects(SpeakerContext ctx) {
        this.ctx = ctx;
    }

    SpeakerContext context() {
        return ctx;
    }

    /** "…,” said Jane Doe" / "says the minister": the subject follows the verb. */
    Speaker subjectAfterVerb(ArticleText.Para p, int verb) {
        var t = p.tokens();
        if (verb + 1 >= t.size()) {
            return Speaker.NONE;
        }
        int end = verb + 1;
        TokenReader r = new TokenReader(p);
        while (end + 1 < t.size() && end - verb < 8 && !r.endsClause(end)) {
            end++;
        }
        return subject(p, t.get(verb + 1).start(), t.get(end).end(), verb + 1, end + 1);
    }

    /** "…,” the head of Peru's central bank, Jane Doe, posted": the subject lies between quotation and verb. */
    Speaker subjectBetween(ArticleText.Para p, int close, int verb) {
        int first = TokenReader.firstTokenAt(p.tokens(), close + 1);
        return subject(p, close + 1, p.tokens().get(verb).start(), first, verb);
    }

    /** "X said in May last year that …": the subject stands just before the verb. */
    Speaker subjectBefore(ArticleText.Para p, int verb) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        if (verb > 2 && t.get(verb - 1).key().equals("to") && r.joined(verb - 1) && r.joined(verb - 2)
                && !t.get(verb - 2).cap() && r.isCueVerb(verb - 2) && !t.get(verb - 2).key().endsWith("ing")) {
            // "Roe, who signed the laws as governor, interjected to say: “…”": the subject of the verb before "to"
            return subjectBefore(p, verb - 2);
        }
        int sentenceStart = p.sentences().get(Sentences.indexOf(p.sentences(), t.get(verb).start())).start();
        int from = verb;
        while (from > 0 && verb - from < 12 && t.get(from - 1).start() >= sentenceStart
                && !r.markBetween(t.get(from - 1).end(), t.get(from).start())) {
            from--;
        }
        int verbStart = t.get(verb).start();
        int conj = verb - 1;
        if (conj > 0 && (CONJ_ADVERBS.contains(t.get(conj).key()) || t.get(conj).key().endsWith("ly"))
                && !t.get(conj).cap()) {
            conj--; // "…, but now said", "and later told": an adverb between the conjunction and the verb
        }
        if (conj > 0 && t.get(conj).key().equals("who") && (r.charBefore(t.get(conj).start()) == ','
                || t.get(conj - 1).cap() && r.joined(conj - 1))) {
            ActorFinder.Mention head = relativeHead(p, r, t.get(conj).start(), sentenceStart);
            if (head != null) {
                return of(head);
            }
        }
        if (conj >= 0 && (t.get(conj).key().equals("but") || t.get(conj).key().equals("and")) && r.joined(conj)
                && !t.get(verb).key().endsWith("ing")) {
            // "Clinton, who …, did not mention Trump by name, but told city leaders": the first verb's subject
            ActorFinder.Mention m = sentenceSubject(p, verb);
            if (m == null) {
                // "When Roe later referred to the massacre and said he would “protect …,” the crowd applauded": the
                // subject of the opening clause the verb stands in
                m = openingClauseSubject(p, r, verb);
            }
            if (m != null) {
                return of(m);
            }
        }
        if (t.get(verb).key().endsWith("ing") && (r.charBefore(verbStart) == ','
                || verb > 0 && !AUXILIARIES.contains(t.get(verb - 1).key()) && r.joined(verb - 1)
                && !namedRightBefore(p, verb))) {
            // "Jane Doe went after John Roe, calling him “a stiff”": a participle's subject is the sentence's,
            // never the name before its comma
            return participleSubject(p, verb);
        }
        int pronoun = verb - 1;
        // "she jokingly tells audiences", "he also stated": an adverb or two between the pronoun and its verb
        while (pronoun > 0 && verb - pronoun <= 2 && !t.get(pronoun).cap() && r.joined(pronoun)
                && (CONJ_ADVERBS.contains(t.get(pronoun).key()) || PRONOUN_ADVERBS.contains(t.get(pronoun).key())
                || t.get(pronoun).key().endsWith("ly"))) {
            pronoun--;
        }
        if (pronoun >= 0 && (HE_SHE.contains(t.get(pronoun).key()) || THEY_IT.contains(t.get(pronoun).key()))
                && (pronoun == verb - 1 || r.joined(pronoun))) {
            // "Speaking outside Downing Street, he said": the pronoun, not the name before it, is the subject
            if (pronoun > 0 && HE_SHE.contains(t.get(pronoun).key())
                    && QUESTION_WORDS.contains(t.get(pronoun - 1).key())) {
                // "… of Trump, whom he called a “con artist”": "he" is not the name the relative clause hangs on
                ActorFinder.Mention m = sentenceSubject(p, pronoun - 1);
                if (m != null && m.actor().isPerson()) {
                    return of(m);
                }
            }
            return subject(p, t.get(pronoun).start(), verbStart, pronoun, verb);
        }
        if (r.charBefore(verbStart) == ',') {
            // "Jane Roe, a consultant who once tried to organise an anti-Doe campaign, said"; "Of Doe, Roe, who gave
            // money to Smith, said": the person opening the sentence before a comma, not a name inside the apposition
            ActorFinder.Mention subject = sentenceSubject(p, verb);
            if (subject != null && subject.actor().isPerson() && subject.end() < verbStart
                    && (r.charAfter(subject.end()) == ',' || r.charAfter(subject.end()) == '(')) {
                return of(subject);
            }
        }
        ActorFinder.Mention nearest = null;
        ActorFinder.Mention person = null;
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(from).start(), verbStart)) {
            if (m.end() > verbStart || isPossessive(p, m) || m.start() > 0 && p.text().charAt(m.start() - 1) == '-') {
                continue; // "noting Sanders's following, said", "a pro-Clinton super PAC, said": no subject
            }
            int gap = r.wordsBetween(m.end(), verbStart);
            // "Kent Walker, Google's general counsel, said": the name before an apposition is the subject
            // "Now Jane Roe, the most unconventional candidate in modern times, is promising": an auxiliary after it
            int auxStart = verb > 0 && AUXILIARIES.contains(t.get(verb - 1).key()) ? t.get(verb - 1).start() : verbStart;
            char open = PersonRules.firstCharAfter(p.text(), m.end());
            boolean apposition = gap <= 12 && (open == ',' || isDash(open) && m.actor().isPerson())
                    && (PersonRules.lastCharBefore(p.text(), verbStart) == open
                    || PersonRules.lastCharBefore(p.text(), auxStart) == open && m.actor().isPerson());
            int comma = p.text().indexOf(',', m.end());
            boolean adjacent = gap <= SUBJECT_GAP && (comma < 0 || comma >= verbStart);
            if (adjacent || apposition) {
                // "Jane Doe, who is close to John Roe, said": the name opening the apposition, not one inside it
                boolean inside = !adjacent && nearest != null;
                if (!inside) {
                    nearest = m;
                }
                if (m.actor().isPerson() && (person == null || !inside)) {
                    person = m;
                }
            }
        }
        nearest = person != null ? person : nearest;
        if (nearest != null) {
            return new Speaker(nearest.actor().id(), nearest.actor().name(), null);
        }
        Speaker group = group(p, t.get(from).start(), verbStart, true);
        if (group != null) {
            return group;
        }
        Speaker country = countryBefore(p, verb);
        if (country != null) {
            return country;
        }
        int subjectFrom = Math.max(from, verb - SUBJECT_GAP - 2);
        Speaker near = subject(p, t.get(subjectFrom).start(), verbStart, subjectFrom, verb);
        if (near.id() != null) {
            return near;
        }
        Speaker first = coordinated(p, from, verb);
        return first.id() != null ? first : near;
    }

    /**
     * "X admitted the room was flat but insisted: “…”": a second verb joined by "but" or "and" to a first cue verb
     * shares its subject; only a named one, and only when no other name stands between the two verbs.
     */
    Speaker coordinated(ArticleText.Para p, int from, int verb) {
        var t = p.tokens();
        boolean joined = false;
        for (int k = verb - 1; k > from; k--) {
            Token w = t.get(k);
            joined |= w.key().equals("but") || w.key().equals("and");
            if (w.cap() && !w.initial()) {
                return Speaker.NONE;
            }
            if (joined && gaz.cueVerbs.contains(w.key()) && !w.key().endsWith("ing")) {
                if (!ctx.actors(p.index(), w.end(), t.get(verb).start()).isEmpty()) {
                    return Speaker.NONE;
                }
                Speaker first = subjectBefore(p, k);
                return first.id() != null ? first : Speaker.NONE;
            }
        }
        return Speaker.NONE;
    }

    /** Who the words from token {@code from} to {@code to} (offsets {@code start}..{@code end}) name. */
    Speaker subject(ArticleText.Para p, int start, int end, int from, int to) {
        ActorFinder.Mention person = null;
        ActorFinder.Mention org = null;
        for (ActorFinder.Mention m : ctx.actors(p.index(), start, end)) {
            if (m.end() <= end) {
                if (m.actor().isPerson()) {
                    // "Sanders's campaign manager, Jeff Weaver, said": the owner before a role is not its holder
                    person = person == null || isPossessive(p, person) && !isPossessive(p, m) ? m : person;
                } else if (!channel(p, m)) {
                    org = org == null ? m : org;
                }
            }
        }
        var tk = p.tokens();
        for (int i = from; i < to && i < tk.size() && person == null; i++) {
            if (!INDEFINITE.contains(tk.get(i).key())) {
                continue;
            }
            // "said another PF lawmaker, who asked not to be named", "a ministry spokesman said": an unnamed person
            for (int k = i + 1; k < to && k < tk.size() && k - i <= 4; k++) {
                if (gaz.titles.contains(tk.get(k).key()) && (org == null || tk.get(k).start() > org.start())) {
                    return new Speaker(null, null, roleBefore(p, i, k));
                }
            }
            break;
        }
        ActorFinder.Mention m = person != null ? person : org;
        if (m != null) {
            return new Speaker(m.actor().id(), m.actor().name(), null);
        }
        Speaker group = group(p, start, end, false);
        if (group != null) {
            return group;
        }
        var t = p.tokens();
        for (int k = from; k < to && k < t.size(); k++) {
            String w = t.get(k).key();
            if (HE_SHE.contains(w)) {
                ActorFinder.Mention main = mainClauseSubject(p, k);
                if (main == null) {
                    main = subordinateSubject(p, k);
                }
                return main != null ? of(main) : ctx.lastPerson(p, t.get(k).start(), w);
            }
            if (w.equals("it") && k == from) {
                Speaker doc = documentBefore(p, t.get(k).start());
                if (doc != null) {
                    return doc;
                }
            }
            if (THEY_IT.contains(w)) {
                return ctx.lastOrganization(p, t.get(k).start());
            }
            if ((gaz.docHeads.contains(w) || DOCUMENTS.contains(w) && definite(t, from, k)) && !t.get(k).cap()) {
                Speaker doc = gaz.docHeads.contains(w) ? ctx.document(w) : new Speaker(null, null, "the " + w);
                if (!doc.named() && k > 0 && t.get(k - 1).key().equals("the")) {
                    // "the email said": its author, named where the email first came up
                    Speaker author = ctx.documentAuthor(p, t.get(k).start(), w);
                    return author != null ? author : doc;
                }
                return doc;
            }
            if (OWN_BODIES.contains(w) && !t.get(k).cap()) {
                Speaker owner = owner(p, from, k);
                if (owner != null) {
                    return owner;
                }
            }
            if (NEWS_BODIES.contains(w) && !t.get(k).cap() && definite(t, from, k)) {
                Speaker last = ctx.lastOrganization(p, t.get(k).start());
                if (last.named()) {
                    return last;
                }
            }
            if ((gaz.orgHeads.contains(w) || GENERIC_ORGS.contains(w)) && !t.get(k).cap()) {
                Speaker named = ctx.organizationWithHead(w);
                if (named == null && k > 0 && t.get(k - 1).key().equals("the") && k - 1 >= from
                        && (GENERIC_ORGS.contains(w) || k - 1 == from)) {
                    // "the company said", "the union wrote": the organisation last named, here or in the paragraph
                    // before; a head that is no generic organisation word only where it opens the subject, not in
                    // "an official, not authorised to talk to the media, said"
                    named = ctx.lastOrganization(p, t.get(k).start());
                    named = named.id() == null ? null : named;
                }
                if (named == null) {
                    named = ownedByCountry(p, k);
                }
                return named != null ? named : new Speaker(null, null, roleBefore(p, from, k));
            }
            if (k > from && (t.get(k - 1).key().equals("the") || k - 1 > from && t.get(k - 2).key().equals("the")
                    && t.get(k - 1).cap() && isDemonym(p, k)) && (AGE.matcher(w).matches() || isDemonym(p, k))
                    && (k + 1 >= to || k + 1 >= t.size() || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1)))) {
                // "said the 46-year-old", "the Texan said": a person described by age or by state or party, the
                // person so described before or the last one named
                Speaker described = ctx.personWithTitleBefore(p, t.get(k).start(), w);
                if (described == null) {
                    // "Speaker Paul Ryan says …. In an interview, the Wisconsin Republican criticized …": the person
                    // the sentence before is about, else the one named last
                    ActorFinder.Mention before = previousSentenceSubject(p, t.get(from).start());
                    described = before != null && before.actor().isPerson() ? of(before) : ctx.lastAnyPerson(p, t.get(k).start());
                }
                return described.named() ? described : new Speaker(null, null, roleBefore(p, from, k));
            }
            if ((gaz.titles.contains(w) || PERSON_NOUNS.contains(w) && definite(t, from, k)) && !t.get(k).cap()) {
                if (definite(t, from, k)) {
                    // "the judge wrote", right after a sentence naming Judge Jane Doe: her, and only if her title says so
                    Speaker titled = ctx.personWithTitle(p, t.get(k).start(), w);
                    if (titled == null && gaz.titles.contains(w)) {
                        // "the minority leader said", paragraphs after "Senate Minority Leader Jane Roe"
                        titled = ctx.personWithTitleBefore(p, t.get(k).start(), w);
                    }
                    if (titled == null && PERSON_NOUNS.contains(w)) {
                        // "the retired neurosurgeon told": a description of the person so described
                        titled = ctx.personWithTitleBefore(p, t.get(k).start(), w);
                    }
                    if (titled == null && PRINCIPALS.contains(w) && describedAsTitle(t, from, k)) {
                        // "“…,” McCain said. The longtime senator said …": the person the sentence before is about
                        // (not a person titled otherwise: "Mayor Roe ordered …. “…,” the judge wrote" is no mayor's);
                        // "Trump said Friday it would have been cool had Clinton …. “…,” the Republican nominee said":
                        // him, not the last one named
                        ActorFinder.Mention before = previousSentenceSubject(p, t.get(from).start());
                        titled = before == null || titledOtherwise(before.actor()) ? null : of(before);
                    }
                    if (titled == null && PERSON_NOUNS.contains(w)) {
                        // else the person named last
                        titled = ctx.lastAnyPerson(p, t.get(k).start());
                        titled = titled.named() ? titled : null;
                    }
                    if (titled != null) {
                        return titled;
                    }
                }
                return new Speaker(null, null, roleBefore(p, from, k));
            }
        }
        return Speaker.NONE;
    }

    /**
     * "Taiwan's foreign ministry": an organisation noun after a country's possessive (and at most two lowercase
     * words) names that country's body, which speaks under that name; else null.
     */
    static Speaker ownedByCountry(ArticleText.Para p, int head) {
        var t = p.tokens();
        for (int k = head - 1; k >= 0 && head - k <= 3; k--) {
            Token w = t.get(k);
            if (!Gazetteer.joinable(p.text(), w, t.get(k + 1)) && !w.possessive()) {
                return null;
            }
            if (w.possessive()) {
                Gazetteer.Match m = p.matchAt(k);
                if (m == null || m.entry().kind() != Gazetteer.Kind.COUNTRY) {
                    return null;
                }
                String name = p.text().substring(t.get(m.from()).start(), t.get(head).end());
                return new Speaker(Slugs.slug(name), name, null);
            }
            if (w.cap()) {
                return null;
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
    private Speaker countryBefore(ArticleText.Para p, int verb) {
        var t = p.tokens();
        int k = verb - 1;
        if (k >= 0 && !t.get(k).cap() && (AUXILIARIES.contains(t.get(k).key()) || t.get(k).key().endsWith("ly")
                || t.get(k).key().equals("has") || t.get(k).key().equals("have") || t.get(k).key().equals("had"))) {
            k--;
        }
        if (k < 0 || !t.get(k).cap() || t.get(k).possessive() || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1))) {
            return null;
        }
        for (PlaceFinder.Mention m : ctx.places(p.index(), t.get(Math.max(0, k - 3)).start(), t.get(k).end())) {
            if (m.match().to() - 1 != k || !m.place().type().equals("country")) {
                continue;
            }
            int before = m.match().from() - 1;
            if (before >= 0 && (PLACE_LINKS.contains(t.get(before).key()) || t.get(before).cap() || t.get(before).possessive())) {
                return null;
            }
            String name = p.surface(m.match().from(), m.match().to());
            return new Speaker(Slugs.slug(name), name, null);
        }
        return null;
    }

    /** Two or more countries joined by "and" or commas, nothing else: "Mali and Burkina Faso warned". */
    Speaker group(ArticleText.Para p, int start, int end, boolean adjacent) {
        List<PlaceFinder.Mention> in = new ArrayList<>();
        for (PlaceFinder.Mention m : ctx.places(p.index(), start, end)) {
            int ms = p.tokens().get(m.match().from()).start();
            if (ms >= start && p.tokens().get(m.match().to() - 1).end() <= end && m.place().type().equals("country")) {
                in.add(m);
            }
        }
        if (in.size() < 2) {
            return null;
        }
        var t = p.tokens();
        int from = in.get(0).match().from();
        int to = in.get(in.size() - 1).match().to();
        for (int k = from; k < to; k++) {
            Gazetteer.Match gm = p.matchAt(k);
            if (gm == null && !t.get(k).key().equals("and")) {
                return null;
            }
        }
        if (adjacent && new TokenReader(p).wordsBetween(t.get(to - 1).end(), end) > SUBJECT_GAP) {
            return null;
        }
        String name = p.surface(from, to);
        return new Speaker(Slugs.slug(name), name, null);
    }

    /** "the judge", "a company spokesman": the role words ending at token {@code head}, none before {@code from}. */
    private static String roleBefore(ArticleText.Para p, int from, int head) {
        var t = p.tokens();
        int k = head;
        while (k > from && head - k < 3 && PersonRules.punctuationFree(p.text(), t.get(k - 1), t.get(k))) {
            k--;
            if (DETERMINERS.contains(t.get(k).key())) {
                break;
            }
        }
        return p.text().substring(t.get(k).start(), t.get(head).end());
    }

    /** Words that open a sentence with a phrase before its subject ("After X spoke, Y said"; "In the book, Z states"). */
    private static final Set<String> OPENERS = WordSet.of("after", "when", "while", "as", "although", "though", "if",
            "because", "since", "before", "once", "until", "unless", "whereas", "in", "at", "on", "during", "following",
            "despite", "with", "without", "asked", "speaking", "earlier", "later", "still", "yet", "but", "and", "so",
            "instead", "meanwhile", "however", "for", "by", "from", "over", "last", "this", "then", "now", "today", "of",
            "like", "unlike", "besides", "beyond", "amid", "among", "against", "under", "within", "through", "throughout");
    /** How many words a phrase before a sentence's subject may have ("Here in Columbia,"). */
    private static final int OPENING_PHRASE = 6;
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
                return null;
            }
            clause = laterPhrases(p, r, comma + 1, verbStart);
        } else if (comma > 0 && comma < verbStart && r.wordsBetween(clause, comma) <= OPENING_PHRASE
                && ctx.actors(p.index(), clause, comma).isEmpty() && !r.markBetween(clause, comma)) {
            // "Here in Columbia, Sanders stepped up …", "Reached by POLITICO, Roe denied …": a phrase naming nobody
            // opens the sentence before its subject
            clause = comma + 1;
        }
        if (verb > 0 && t.get(verb - 1).key().equals("who")) {
            // "…, Jane Doe, who chairs the panel, said" is hers; "met Jane Doe, who said" too
            int who = t.get(verb - 1).start();
            if (r.charBefore(who) == ',') {
                List<ActorFinder.Mention> before = ctx.actors(p.index(), clause, who);
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
        // "Carson shared a syllabus called “Perception” on his page, writing": a quotation after the subject is no
        // bar, but the subject stands before the first one
        int mark = firstMark(p.text(), clause, verbStart);
        if (mark >= 0 && !r.wordBetween(clause, mark)) {
            return null;
        }
        int limit = mark >= 0 ? mark : verbStart;
        List<ActorFinder.Mention> mentions = ctx.actors(p.index(), clause, limit);
        for (int i = 0; i < mentions.size(); i++) {
            ActorFinder.Mention m = mentions.get(i);
            if (m.end() > limit) {
                break;
            }
            if (isPossessive(p, m)) {
                continue; // "Trump's rival Sen. Jane Doe said": the rival, not Trump
            }
            if (i + 1 < mentions.size() && titleOf(p, r, m, mentions.get(i + 1))) {
                continue; // "Senate Minority Leader Jane Roe", "FBI Director Jane Roe": the office holder
            }
            if (m.start() > 0 && p.text().charAt(m.start() - 1) == '(' && m.end() < p.text().length()
                    && p.text().charAt(m.end()) == ')') {
                continue; // "Washington (AFP) – Democrat Jane Roe has …": the wire service of a dateline
            }
            // only words of a title may stand before the subject ("Democratic presidential candidate Sen. X")
            for (int k = r.tokenAt(clause); k < r.tokenAt(m.start()); k++) {
                Token w = t.get(k);
                if (!w.cap() && !w.possessive() && !gaz.titles.contains(w.key()) && !TITLE_ADJECTIVES.contains(w.key())) {
                    return null;
                }
            }
            return r.wordsBetween(m.end(), verbStart) <= SUBJECT_REACH ? m : null;
        }
        return null;
    }

    /**
     * Whether organisation {@code m} opens the title of the person {@code next} names: only capitalised words between
     * them, no punctuation ("Senate Minority Leader Jane Roe", "FBI Director Jane Roe").
     */
    private static boolean titleOf(ArticleText.Para p, TokenReader r, ActorFinder.Mention m, ActorFinder.Mention next) {
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
            if (k >= from && !t.get(k).cap() || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1))) {
                return false;
            }
        }
        return true;
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
                    || HE_SHE.contains(t.get(k).key()) || THEY_IT.contains(t.get(k).key())) {
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

    /** How many lowercase words a description opening a sentence may have ("the famously gruff senator"). */
    private static final int DESCRIPTION_WORDS = 5;

    /**
     * "The retired neurosurgeon addressed his concerns …", "In three interviews, the justice sounded off …": the
     * named person a definite description opening the clause before {@code offset} stands for (a title or a noun
     * of {@link #PERSON_NOUNS}, as {@link #subject} reads them); NONE when the clause opens otherwise.
     */
    Speaker descriptionSubject(ArticleText.Para p, int offset) {
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int clause = r.sentenceStart(offset);
        int first = r.tokenAt(clause);
        int open = r.tokenAt(offset);
        if (first >= open) {
            return Speaker.NONE;
        }
        int comma = p.text().indexOf(',', t.get(first).end());
        if (!t.get(first).key().equals("the") && comma > 0 && comma < offset
                && r.wordsBetween(clause, comma) <= OPENING_PHRASE && ctx.actors(p.index(), clause, comma).isEmpty()
                && !r.markBetween(clause, comma) && !saysSomething(r, first, r.tokenAt(comma))) {
            first = r.tokenAt(comma); // "In three separate interviews, the justice …"
        }
        if (first + 1 >= open || !t.get(first).key().equals("the")) {
            return Speaker.NONE;
        }
        int end = first + 1;
        while (end < open && end - first <= DESCRIPTION_WORDS && !t.get(end).cap() && r.joined(end - 1)) {
            end++;
        }
        Speaker s = subject(p, t.get(first).start(), t.get(end - 1).end(), first, end);
        return s.named() && ctx.isPerson(s.id()) ? s : Speaker.NONE;
    }

    /** Whether a cue verb stands among tokens {@code from}..{@code to} ("According to his physician, …"). */
    private static boolean saysSomething(TokenReader r, int from, int to) {
        for (int k = from; k < to; k++) {
            if (r.isCueVerb(k) || r.token(k).key().equals(Cues.ACCORDING)) {
                return true;
            }
        }
        return false;
    }

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

    /** Lowercase words that describe a person before the name ("presidential candidate", "former governor"). */
    private static final Set<String> TITLE_ADJECTIVES = WordSet.of("former", "presidential", "candidate", "hopeful",
            "nominee", "front-runner", "rival", "then", "retired", "late", "state", "federal", "top", "chief", "senior",
            "primary", "party", "the", "a", "an", "republican", "democratic", "longtime", "veteran", "outgoing",
            "incoming", "acting", "deputy", "assistant", "executive", "national", "campaign", "spokesman", "spokeswoman",
            "aide", "adviser", "advisor", "strategist", "pollster", "director", "manager", "chairman", "chairwoman",
            "businessman", "billionaire", "delegate", "activist", "author", "host", "commentator", "analyst",
            "vice-presidential", "presumptive", "gubernatorial", "senatorial", "congressional", "mayoral");

    /**
     * Titles of people who speak for themselves ("the senator", "the minority leader", "the candidate"), unlike those
     * who speak for someone else or stay unnamed ("the spokesman", "the aide", "the official").
     */
    private static final Set<String> PRINCIPALS = WordSet.of("president", "vice-president", "president-elect", "minister",
            "premier", "chancellor", "leader", "secretary", "governor", "mayor", "senator", "congressman",
            "congresswoman", "lawmaker", "judge", "justice", "king", "queen", "pope", "candidate", "nominee", "hopeful",
            "speaker", "billionaire", "mogul", "tycoon", "businessman", "businesswoman",
            "frontrunner", "front-runner", "challenger", "incumbent", "contender", "chairman", "chairwoman", "founder",
            "ambassador", "legislator", "dictator", "ruler", "monarch", "prosecutor", "sheriff");

    /**
     * "the minority leader", "the former secretary", "the Florida senator": between "the" and the title at
     * {@code head} only words of a title or capitalised ones, never another noun ("the band leader").
     */
    private static boolean describedAsTitle(List<Token> t, int from, int head) {
        int k = head - 1;
        while (k >= from && !t.get(k).key().equals("the")) {
            Token w = t.get(k);
            if (!w.cap() && !TITLE_ADJECTIVES.contains(w.key()) && !SIDES.contains(w.key())) {
                return false;
            }
            k--;
        }
        return k >= from;
    }

    /** Whether a person's roles hold a title of someone who speaks for himself ("Mayor", "Senator"). */
    private static boolean titledOtherwise(newsgen.model.Actor a) {
        for (String role : a.roles()) {
            for (String w : role.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}.-]+")) {
                if (PRINCIPALS.contains(w) || w.equals("sen.") || w.equals("gov.") || w.equals("rep.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words naming a side that may stand before a title ("the minority leader"). */
    private static final Set<String> SIDES = WordSet.of("minority", "majority", "house", "senate", "vice", "lead");

    /**
     * The person opening the sentence before the one at {@code offset} (the last sentence of the paragraph before,
     * for a paragraph's first sentence), or null when no person opens it.
     */
    ActorFinder.Mention previousSentenceSubject(ArticleText.Para p, int offset) {
        int s = Sentences.indexOf(p.sentences(), offset);
        ArticleText.Para in = p;
        Sentences.Span before;
        if (s > 0) {
            before = p.sentences().get(s - 1);
        } else {
            in = ctx.previous(p);
            if (in == null || in.sentences().isEmpty()) {
                return null;
            }
            before = in.sentences().get(in.sentences().size() - 1);
        }
        TokenReader r = new TokenReader(in);
        int last = r.tokenAt(before.end()) - 1;
        if (last <= r.tokenAt(before.start())) {
            return null;
        }
        ActorFinder.Mention m = sentenceSubjectBefore(in, r.token(last).start());
        return m == null || !m.actor().isPerson() || isPossessive(in, m) ? null : m;
    }

    /** Words that open a clause inside a sentence ("…, when he called …"). */
    private static final Set<String> SUBORDINATORS = WordSet.of("when", "as", "after", "because", "while", "before",
            "since", "although", "though", "until", "once", "where", "that");

    /**
     * "Roe went after Doe at the debate, when he called the businessman “unhinged”": "he" or "she" (token {@code k})
     * opening a clause inside a sentence whose subject is a person it may stand for is that person, not the last one
     * named (Doe). Null when the sentence opens with the clause, or its subject is not such a person.
     */
    private ActorFinder.Mention mainClauseSubject(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k == 0 || !SUBORDINATORS.contains(t.get(k - 1).key())) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        int conj = t.get(k - 1).start();
        if (r.sentenceStart(conj) >= conj || r.markBetween(r.sentenceStart(conj), conj)) {
            return null;
        }
        ActorFinder.Mention m = sentenceSubjectBefore(p, conj);
        if (m != null) {
            return m.actor().isPerson() && ctx.mayBe(m.actor(), t.get(k).key()) ? m : null;
        }
        // "“…,” Roe said at a rally, adding that he believed …": the subject of the cue verb before, named
        int start = r.sentenceStart(conj);
        for (int v = k - 2; v >= 0 && t.get(v).start() >= start && k - v <= CLAUSE_REACH; v--) {
            if (r.isCueVerb(v) && !t.get(v).key().endsWith("ing")) {
                Speaker who = subjectBefore(p, v);
                if (who.named() && ctx.isPerson(who.id())) {
                    for (ActorFinder.Mention n : ctx.actors(p.index(), start, t.get(v).start())) {
                        if (n.actor().id().equals(who.id())) {
                            return ctx.mayBe(n.actor(), t.get(k).key()) ? n : null;
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Words opening a clause before the main one whose subject "he" or "she" then goes on with ("While Roe …, he"). */
    private static final Set<String> LEADING_SUBORDINATORS = WordSet.of("while", "when", "after", "although", "though",
            "as", "because", "since", "before", "once", "whereas");

    /**
     * "While Trump affirmed that he likes Cruz, he also stated …": "he" or "she" (token {@code k}) right after the
     * comma that closes a clause opening the sentence with "while", "after" …, whose subject is a person known to be
     * what the pronoun says (named right after that word): that person, not the last one named (Cruz). Null otherwise.
     */
    private ActorFinder.Mention subordinateSubject(ArticleText.Para p, int k) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(t.get(k).start()));
        if (first + 1 >= k || !LEADING_SUBORDINATORS.contains(t.get(first).key()) || r.charBefore(t.get(k).start()) != ','
                || !r.joined(first) || r.markBetween(t.get(first).start(), t.get(k).start())) {
            return null;
        }
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(first + 1).start(), t.get(k).start())) {
            if (!m.actor().isPerson() || isPossessive(p, m) || r.wordsBetween(t.get(first).end(), m.start()) > 1) {
                return null; // "After the senator's aide Jane Roe spoke, he": only a subject right after the word
            }
            // the subordinate clause often names the other person first ("When Roe accused Doe …, she said"): only
            // a person whose title or given name says he or she
            return ctx.knownToBe(m.actor(), t.get(k).key()) ? m : null;
        }
        return null;
    }

    /**
     * The person named right after the "when", "as", "after" … opening the sentence of token {@code verb}, with no
     * comma between that clause's start and the verb (the verb stands in the opening clause); else null.
     */
    private ActorFinder.Mention openingClauseSubject(ArticleText.Para p, TokenReader r, int verb) {
        var t = p.tokens();
        int first = r.tokenAt(r.sentenceStart(t.get(verb).start()));
        if (first < verb && CONJUNCTIONS.contains(t.get(first).key()) && r.joined(first)) {
            first++; // "But as Roe denounced …"
        }
        if (first + 1 >= verb || !LEADING_SUBORDINATORS.contains(t.get(first).key()) || !r.joined(first)
                || p.text().substring(t.get(first).start(), t.get(verb).start()).indexOf(',') >= 0
                || r.markBetween(t.get(first).start(), t.get(verb).start())) {
            return null;
        }
        for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(first).end(), t.get(verb).start())) {
            return m.actor().isPerson() && !isPossessive(p, m) && r.wordsBetween(t.get(first).end(), m.start()) <= 1
                    ? m : null;
        }
        return null;
    }

    /** How many words back a clause's "he" looks for the cue verb of its sentence. */
    private static final int CLAUSE_REACH = 12;

    /** Prepositions whose object is where or to whom something was said ("on Twitter", "to Wired", "via Facebook"). */
    private static final Set<String> CHANNEL_PREPOSITIONS = WordSet.of("on", "to", "via");

    /**
     * "Roe responded on Facebook writing, “…”"; "Roe wrote in a statement to Wired explaining …": an organisation
     * after "on", "to" or "via" is the channel or the listener, never the subject of the verb after it.
     */
    private static boolean channel(ArticleText.Para p, ActorFinder.Mention m) {
        if (m.actor().isPerson()) {
            return false;
        }
        var t = p.tokens();
        int k = TokenReader.firstTokenAt(t, m.start()) - 1;
        if (k >= 0 && k < t.size() && t.get(k).end() <= m.start() && CHANNEL_PREPOSITIONS.contains(t.get(k).key())) {
            return k == 0 || !t.get(k - 1).key().equals(Cues.ACCORDING);
        }
        // "said on his official Twitter feed that he was referring to …": up to two lowercase words after "on"/"via"
        for (int words = 0; k > 0 && k < t.size() && words < 2 && !t.get(k).cap()
                && PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1)); k--, words++) {
            String w = t.get(k - 1).key();
            if ((w.equals("on") || w.equals("via")) && !t.get(k - 1).cap()
                    && PersonRules.punctuationFree(p.text(), t.get(k - 1), t.get(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPossessive(ArticleText.Para p, ActorFinder.Mention m) {
        String s = p.text();
        return m.end() >= 2 && m.end() <= s.length() && (s.charAt(m.end() - 1) == 's' || s.charAt(m.end() - 1) == 'S')
                && (s.charAt(m.end() - 2) == '\'' || s.charAt(m.end() - 2) == '\u2019')
                || m.end() < s.length() && (s.charAt(m.end()) == '\'' || s.charAt(m.end()) == '\u2019')
                && (m.end() + 1 >= s.length() || !Character.isLetter(s.charAt(m.end() + 1)));
    }

    /** Words that leave a subject unnamed ("a", "another", "one"): nothing after them is a name of the speaker. */
    static boolean unnamed(String key) {
        return INDEFINITE.contains(key) || key.equals("the");
    }

    static Speaker of(ActorFinder.Mention m) {
        return new Speaker(m.actor().id(), m.actor().name(), null);
    }

    /**
     * A capitalised name right by a cue verb that no rule made an actor ("“…,” Kasich said", "said Sen. Robert P.
     * Roe Jr."): tokens {@code from}..{@code to}, titles in front dropped. A word that only opens a sentence is no
     * name unless the article also writes it capitalised inside a sentence ("Officials said" is nobody).
     */
    Speaker unlistedName(ArticleText.Para p, int from, int to, java.util.function.Predicate<String> capitalisedInside) {
        var t = p.tokens();
        // titles and honorifics are no part of the name: "Sen. Roe", "Dr. Ruth A. Roe" are Roe, Ruth A. Roe
        while (from < to && (gaz.titles.contains(t.get(from).key())
                || t.get(from).text().length() > 1 && Abbreviations.inName(t.get(from).text()))) {
            from++;
        }
        if (from >= to || to - from > 4) {
            return Speaker.NONE;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean initial = k > from && w.text().length() == 1 && w.end() < p.text().length() && p.text().charAt(w.end()) == '.';
            if (!w.cap() || !initial && gaz.nonNames.contains(w.text()) || HE_SHE.contains(w.key()) || THEY_IT.contains(w.key())
                    || w.text().chars().anyMatch(Character::isDigit)) {
                return Speaker.NONE;
            }
            if (k < to - 1 && w.possessive()) {
                return Speaker.NONE;
            }
        }
        Token last = t.get(to - 1);
        if (to - from == 1 && (last.initial() || last.upper() && last.text().length() > 5)
                && !capitalisedInside.test(last.key())) {
            return Speaker.NONE;
        }
        if (last.possessive() || p.matchAt(from) != null && p.matchAt(from).entry().kind() == Gazetteer.Kind.DEMONYM
                && (to - from > 1 || last.key().endsWith("s") || from > 0 && INDEFINITE.contains(t.get(from - 1).key())
                || from > 0 && t.get(from - 1).key().equals("the"))) {
            return Speaker.NONE; // "Cuban said" may be Mr. Cuban; "Cubans said", "the Cuban said" are nobody named
        }
        String name = p.surface(from, to);
        newsgen.model.Actor known = ctx.actorNamed(name);
        return known != null ? new Speaker(known.id(), known.name(), null) : new Speaker(Slugs.slug(name), name, null);
    }

    /** The subject of a participle after a comma: the sentence's named subject, or its opening pronoun. */
    private Speaker participleSubject(ArticleText.Para p, int verb) {
        int finite = earlierCue(p, verb);
        if (finite >= 0) {
            // "“…,” Jane Roe said, adding that …": the participle shares the subject of the verb before it
            Speaker s = subjectBefore(p, finite);
            if (s.named() || verb - finite <= NEAR_CUE) {
                return s;
            }
        }
        ActorFinder.Mention m = sentenceSubject(p, verb);
        if (m != null) {
            return of(m);
        }
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(p.tokens().get(verb).start()));
        String w = first < verb ? p.tokens().get(first).key() : "";
        if (HE_SHE.contains(w)) {
            return ctx.lastPerson(p, p.tokens().get(first).start(), w);
        }
        Speaker owner = ownBodyOpening(p, first, verb);
        if (owner != null) {
            return owner;
        }
        // "Chile's foreign ministry welcomed the vote, saying …": an unnamed body opening the sentence
        int to = Math.min(verb, first + OPENING_WORDS);
        if (to > first && ctx.actors(p.index(), p.tokens().get(first).start(), p.tokens().get(to - 1).end()).isEmpty()) {
            Speaker s = subject(p, p.tokens().get(first).start(), p.tokens().get(to - 1).end(), first, to);
            return s.named() ? s : Speaker.NONE;
        }
        return Speaker.NONE;
    }

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
            Speaker who = ctx.lastPerson(p, w.start(), w.key().equals("his") ? "he" : "she");
            return who.named() ? who : null;
        }
        if (!w.possessive()) {
            return null;
        }
        for (ActorFinder.Mention m : ctx.actors(p.index(), Math.max(0, w.start() - 60), w.end())) {
            if (m.end() >= w.end() - 2 && m.end() <= w.end() && m.actor().isPerson()) {
                return of(m);
            }
        }
        return null;
    }

    /**
     * "said Scott Roe, the chamber's chief strategist, who added that …": the person a ", who" after an apposition
     * hangs on, the last person named before it whom a comma follows, within {@link #RELATIVE_HEAD_REACH} words; null
     * when there is none (the clause's role is then no speaker's either).
     */
    private ActorFinder.Mention relativeHead(ArticleText.Para p, TokenReader r, int who, int sentenceStart) {
        List<ActorFinder.Mention> before = ctx.actors(p.index(), sentenceStart, who);
        for (int i = before.size() - 1; i >= 0; i--) {
            ActorFinder.Mention m = before.get(i);
            if (r.wordsBetween(m.end(), who) > RELATIVE_HEAD_REACH || r.markBetween(m.end(), who)) {
                return null;
            }
            if (m.actor().isPerson() && !isPossessive(p, m)
                    && (r.charAfter(m.end()) == ',' || r.wordsBetween(m.end(), who) == 0)) {
                return m; // "Jane Roe, who …, said"; "a tweet from Jane Roe who tweeted, “…”"
            }
        }
        return null;
    }

    /** How many words an apposition between a name and its ", who" may have. */
    private static final int RELATIVE_HEAD_REACH = 10;

    /** How many capitalised words (a title, a name) may stand before an owner's possessive. */
    private static final int OWNER_WORDS = 4;

    /** How many words open a sentence before its verb, at most, when its subject is a body with no name. */
    private static final int OPENING_WORDS = 4;

    /** Within this many words, the cue verb before a participle decides its subject even when it names none. */
    private static final int NEAR_CUE = 6;

    /** How many words back a participle looks for the cue verb it goes with ("said at a rally in San Diego, adding"). */
    private static final int EARLIER_CUE_REACH = 10;

    /**
     * For a participle after a comma ("…, adding"): a cue verb of the same sentence right before that comma
     * ("Jane Roe said, adding"; "Roe told reporters Friday, adding"), within a few words; else -1.
     */
    int earlierCue(ArticleText.Para p, int verb) {
        TokenReader r = new TokenReader(p);
        int start = r.sentenceStart(p.tokens().get(verb).start());
        for (int k = verb - 1; k >= 0 && verb - k <= EARLIER_CUE_REACH && p.tokens().get(k).start() >= start; k--) {
            if (r.markBetween(p.tokens().get(k).end(), p.tokens().get(k + 1).start())) {
                return -1;
            }
            if (r.isCueVerb(k) && !p.tokens().get(k).key().endsWith("ing")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Ayotte has tangled with him, saying …": the capitalised words opening the sentence of token {@code verb},
     * followed by a lowercase word, as a name no rule made an actor; NONE when the sentence opens otherwise.
     */
    Speaker openingName(ArticleText.Para p, int verb, java.util.function.Predicate<String> capitalisedInside) {
        TokenReader r = new TokenReader(p);
        var t = p.tokens();
        int first = r.tokenAt(r.sentenceStart(t.get(verb).start()));
        int to = first;
        while (to < verb && t.get(to).cap() && (to == first || Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to)))) {
            to++;
        }
        boolean apposition = to - first >= 2 && to < verb && r.charAfter(t.get(to - 1).end()) == ','
                && r.charBefore(t.get(verb).start()) == ',';
        if (to == first || to >= verb || t.get(to).cap() && !apposition
                || !apposition && !PersonRules.punctuationFree(p.text(), t.get(to - 1), t.get(to))
                || r.markBetween(t.get(first).start(), t.get(verb).start())) {
            return Speaker.NONE; // "Jane Roe, who is reviled by progressives, said" is the one apposition taken
        }
        return unlistedName(p, first, to, capitalisedInside);
    }

    /**
     * "“…,” the email read. It stated that …": "it" opening a sentence right after one whose cue verb has a document
     * ("the email", "the lawsuit") for subject stands for that document, and speaks as its author; else null.
     */
    private Speaker documentBefore(ArticleText.Para p, int offset) {
        int s = Sentences.indexOf(p.sentences(), offset);
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
                Speaker doc = gaz.docHeads.contains(w) ? ctx.document(w) : new Speaker(null, null, "the " + w);
                if (!doc.named()) {
                    Speaker author = ctx.documentAuthor(p, t.get(k).start(), w);
                    return author != null ? author : doc;
                }
                return doc;
            }
        }
        return null;
    }

    /** "Jane Roe — a teacher from Mount Pleasant — says": a dash opening and closing an apposition. */
    private static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2015';
    }

    /** How many sentences opening "It said" may follow the one naming the document. */
    private static final int IT_CHAIN = 4;

    /** An age standing for a person: "46-year-old", "70-year-old". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** Whether token {@code k} is a demonym or party word alone ("Texan", "Republican"), not part of a longer name. */
    private static boolean isDemonym(ArticleText.Para p, int k) {
        Gazetteer.Match m = p.matchAt(k);
        return p.tokens().get(k).cap() && m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM && m.from() == k
                && m.to() == k + 1;
    }

    /** "the senator", "the retired neurosurgeon", "the former secretary of state": a definite description. */
    private static boolean definite(List<Token> t, int from, int head) {
        for (int k = head - 1; k >= from && head - k <= 4; k--) {
            if (t.get(k).key().equals("the")) {
                return true;
            }
            if (INDEFINITE_OR_OWNED.contains(t.get(k).key())) {
                return false;
            }
        }
        return false;
    }

    /** "Jane Doe's campaign", "Doe's press office": the actor named by the possessive right before the noun at {@code head}. */
    private Speaker owner(ArticleText.Para p, int from, int head) {
        var t = p.tokens();
        for (int k = head - 1; k >= from && head - k <= 3; k--) {
            if (t.get(k).possessive()) {
                for (ActorFinder.Mention m : ctx.actors(p.index(), t.get(from).start(), t.get(k).end() + 1)) {
                    if (m.end() >= t.get(k).end() - 2 && m.end() <= t.get(k).end()) {
                        return of(m);
                    }
                }
                return null;
            }
            if (t.get(k).cap()) {
                return null;
            }
        }
        return null;
    }
}
