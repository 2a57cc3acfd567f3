package newsgen.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Cuban pointed to an attack by a senator. “…,” the investor said.": a definite description whose noun no list
 * holds ("the investor", "the radioman", "the bespectacled, 71-year-old diplomat") stands for the person the sentence
 * before is about, else the person who spoke the quotation just before (in this paragraph or the one before). Not
 * when the article brought the noun in as someone unnamed first ("greeted by an organizer … the organizer told
 * them"), nor for words that name anyone ("the man", "the crowd", "the source").
 */
final class BareDescriptions {
    private final ArticleMentions mentions;
    private final Referents refs;
    private final SentenceSubjects sentences;

    BareDescriptions(ArticleMentions mentions, Referents refs, SentenceSubjects sentences) {
        this.mentions = mentions;
        this.refs = refs;
        this.sentences = sentences;
    }

    /** How many describing words may stand between "the" and the noun ("the bespectacled, 71-year-old diplomat"). */
    private static final int WORDS = 3;

    /** Endings of nouns for people: "investor", "radioman", "commentator", "historian", "strategist", "nominee". */
    private static final Pattern AGENT = Pattern.compile("[a-z-]{2,}(?:er|or|ist|man|woman|ian|ant|ent|eer|ee|ive|at)");

    /** Whether a lowercase noun names a person by its ending ("driver", "runner", "climber", "cyclist"). */
    static boolean personNoun(String w) {
        return AGENT.matcher(w).matches() && !(w.endsWith("s") && !w.endsWith("ss"));
    }

    /** Nouns for anyone at all, or for people the article never names: no one named before is meant. */
    private static final Set<String> ANYONE = WordSet.of("man", "woman", "person", "boy", "girl", "child", "kid",
            "guy", "lady", "gentleman", "crowd", "audience", "public", "source", "insider", "official", "aide",
            "voter", "protester", "protestor", "supporter", "demonstrator", "resident", "member", "user", "commenter",
            "caller", "reader", "viewer", "witness", "victim", "friend", "neighbor", "neighbour", "stranger",
            "narrator", "announcer", "moderator", "questioner", "organizer", "organiser", "volunteer", "staffer",
            "employee", "worker", "student", "teacher", "driver", "officer", "agent", "spokesman", "spokeswoman",
            "spokesperson", "representative", "other", "former", "latter", "two", "three", "first", "second");

    /**
     * The named person the description from token {@code from} to {@code to} (exclusive) stands for, or null: only
     * when it is "the", at most {@link #WORDS} lowercase words and a lowercase singular noun, nothing else;
     * {@code title} when the noun is a title, which only the sentence before may tie to someone.
     */
    Speaker described(ArticleText.Para p, int from, int to, boolean title) {
        var t = p.tokens();
        to = Math.min(to, t.size());
        int the = to - 2;
        while (the > from && to - the <= WORDS + 1 && !t.get(the).key().equals("the")) {
            the--;
        }
        if (the < from || to - the < 2 || !t.get(the).key().equals("the")
                || the > from && p.text().substring(t.get(the - 1).end(), t.get(the).start()).indexOf(',') < 0) {
            return null; // "the" opens the phrase, or follows an opening phrase's comma ("Later, the candidate")
        }
        from = the;
        String head = t.get(to - 1).key();
        if (to - from >= 3 && AUTHORS.contains(head) && t.get(from + 1).possessive() && STUDIES.contains(t.get(from + 1).key())) {
            ActorFinder.Mention leader = studyLeader(p, t.get(from).start());
            return leader == null ? null : Speaker.of(leader);
        }
        // rule "side's leader": "the Rovers boss", "the Palace manager": one capitalised word, a club's name, may
        // qualify the noun of who leads a side
        boolean side = SIDE_LEADERS.contains(head);
        for (int k = from; k < to; k++) {
            if (t.get(k).cap() && k > from && !(side && k == from + 1 && to - from == 3) || t.get(k).possessive()) {
                return null;
            }
        }
        if (!title && !AGENT.matcher(head).matches()) {
            return null; // "The hall echoed with …": a person's noun only, as its ending shows
        }
        if (head.endsWith("s") && !head.endsWith("ss") || ANYONE.contains(head) || !WORD.matcher(head).matches()) {
            return null;
        }
        ActorFinder.Mention apposed = apposedPerson(p, t.get(from).start(), head);
        if (apposed != null) {
            return Speaker.of(apposed);
        }
        if (introducedUnnamed(p, t.get(from).start(), head)) {
            return null;
        }
        String club = side && to - from == 3 ? t.get(from + 1).text() : null;
        ActorFinder.Mention before = openingSubjectBefore(p, t.get(from).start(), side);
        if (before != null) {
            // rule "office holder is no commoner": "Governor Jane Roe visited the district. “…,” the fisherman said"
            return otherSide(before.actor(), club) || DescriptionFit.officeHolderIsNot(head, before.actor()) ? null
                    : Speaker.of(before);
        }
        Speaker pronoun = club == null ? pronounSubjectBefore(p, t.get(from).start(), head) : null;
        if (pronoun != null) {
            newsgen.model.Actor a = pronoun.id() == null ? null : mentions.actor(pronoun.id());
            return a != null && DescriptionFit.officeHolderIsNot(head, a) ? null : pronoun;
        }
        // "Roe wrote: “…” ⏎ The radioman pointed out …": the one who just spoke; not for a title ("the judge"), which
        // may well be someone else in the room
        Speaker spoke = title && !side ? Speaker.NONE : refs.lastSpeakerNear(p);
        if (club != null && spoke.named()) {
            newsgen.model.Actor a = mentions.actorNamed(spoke.name());
            return a == null || otherSide(a, club) ? null : spoke;
        }
        return spoke.named() ? spoke : null;
    }

    /**
     * Whether the person leads another side than the club named: "Rovers manager Callum Roe" is not "the Palace
     * boss". Roles that name no manager or coach say nothing.
     */
    private static boolean otherSide(newsgen.model.Actor a, String club) {
        if (club == null) {
            return false;
        }
        for (String role : a.roles()) {
            String lower = role.toLowerCase(java.util.Locale.ROOT);
            for (String w : SIDE_LEADERS) {
                if (lower.contains(w) && !lower.contains(club.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The person opening the sentence before the one at {@code offset} (the paragraph before's last, for a first
     * sentence), as its main clause's subject: "On Thursday, Roe announced that Doe would …" is Roe's; null when the
     * sentence opens otherwise, or with a name that only qualifies a noun ("this Roe look-alike declared").
     */
    ActorFinder.Mention openingSubjectBefore(ArticleText.Para p, int offset) {
        return openingSubjectBefore(p, offset, false);
    }

    /**
     * Rule "pronoun opening before": "When he took office in 2011, he made climate change his focus. “…,” the
     * bespectacled, 68-year-old diplomat said": the sentence before opens its main clause with "he" or "she" (first,
     * or right after the comma closing an opening "when", "after" … clause), so the description stands for the
     * named person that pronoun stands for; null otherwise.
     */
    private Speaker pronounSubjectBefore(ArticleText.Para p, int offset, String head) {
        int s = p.sentenceIndex(offset);
        ArticleText.Para in = s > 0 ? p : mentions.previous(p);
        if (in == null || in.sentences().isEmpty()) {
            return null;
        }
        Sentences.Span before = in.sentences().get(s > 0 ? s - 1 : in.sentences().size() - 1);
        TokenReader r = new TokenReader(in);
        var t = in.tokens();
        int first = r.tokenAt(before.start());
        if (first >= t.size()) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(in.index(), before.start(), before.end())) {
            if (m.actor().isPerson()) {
                return null; // a sentence naming someone is openingSubjectBefore's to read
            }
        }
        int k = first;
        if (Antecedents.LEADING_SUBORDINATORS.contains(t.get(first).key())) {
            int comma = in.text().indexOf(',', t.get(first).end());
            k = comma < 0 || comma >= before.end() ? -1 : r.tokenAt(comma + 1);
        }
        if (k < 0 || k + 1 >= t.size() || t.get(k).start() >= before.end() || !Subjects.HE_SHE.contains(t.get(k).key())
                || t.get(k + 1).cap()) {
            return null;
        }
        if (!DescriptionFit.mayBe(List.of(head), t.get(k).key())) {
            return null; // "he" is no "chairwoman"
        }
        Speaker who = refs.lastPerson(in, t.get(k).start(), t.get(k).key());
        return who.named() ? who : null;
    }

    /** As {@link #openingSubjectBefore(ArticleText.Para, int)}; {@code side}: also the owner of a side ("Roe's side"). */
    private ActorFinder.Mention openingSubjectBefore(ArticleText.Para p, int offset, boolean side) {
        int s = p.sentenceIndex(offset);
        ArticleText.Para in = s > 0 ? p : mentions.previous(p);
        if (in == null || in.sentences().isEmpty()) {
            return null;
        }
        Sentences.Span before = in.sentences().get(s > 0 ? s - 1 : in.sentences().size() - 1);
        return openingSubject(in, before.start(), before.end(), side);
    }

    /** The person opening the words from {@code start} to {@code end} as their clause's subject, or null. */
    private ActorFinder.Mention openingSubject(ArticleText.Para in, int start, int end, boolean side) {
        TokenReader r = new TokenReader(in);
        for (ActorFinder.Mention m : mentions.actors(in.index(), start, end)) {
            int first = r.tokenAt(m.start());
            int next = r.tokenAt(m.end());
            if (side && sideOwner(in, m, next)) {
                return m; // "Callum Roe's side held on for a point. “…,” the manager said."
            }
            if (!m.actor().isPerson() || Subjects.isPossessive(in, m) || next >= in.tokens().size()
                    || first > 0 && QUALIFYING.contains(r.token(first - 1).key())) {
                return null;
            }
            ActorFinder.Mention subject = sentences.sentenceSubjectBefore(in, r.token(next).start());
            return subject != null && subject.start() == m.start() ? m : null;
        }
        return null;
    }

    /**
     * Rule "side's leader": a person's possessive opening the sentence before a side's noun ("Callum Roe's side",
     * "Jane Roe's team held on"): the manager or coach of that side is who the description after stands for.
     */
    private static boolean sideOwner(ArticleText.Para in, ActorFinder.Mention m, int next) {
        return m.actor().isPerson() && Subjects.isPossessive(in, m) && next < in.tokens().size()
                && SIDES.contains(in.tokens().get(next).key());
    }

    /**
     * Rule "study's author": "the study's lead author said" is the one person the article has lead a study before
     * {@code offset} ("Lucia Roe … led the study", "Lucia Roe, who led the research,"); null when none or several.
     */
    private ActorFinder.Mention studyLeader(ArticleText.Para p, int offset) {
        List<ArticleText.Para> paras = mentions.paragraphs();
        int pos = mentions.position(p);
        ActorFinder.Mention found = null;
        for (int i = Math.max(0, pos - APPOSITION_REACH); i <= pos && i < paras.size(); i++) {
            ArticleText.Para in = paras.get(i);
            var t = in.tokens();
            for (int k = 1; k + 2 < t.size() && (i < pos || t.get(k).start() < offset); k++) {
                if (!LED.contains(t.get(k).key()) || !STUDIES.contains(t.get(k + 2).key()) || !t.get(k + 1).key().equals("the")) {
                    continue;
                }
                ActorFinder.Mention m = sentences.sentenceSubjectBefore(in, t.get(k).start());
                if (m == null || !m.actor().isPerson()) {
                    continue;
                }
                if (found != null && found.actor() != m.actor()) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /** Nouns of who wrote a study: "the study's lead author", "the paper's senior author". */
    private static final Set<String> AUTHORS = WordSet.of("author", "co-author", "researcher", "investigator");

    /** Nouns of a piece of research. */
    private static final Set<String> STUDIES = WordSet.of("study", "research", "trial", "paper", "report", "survey", "review");

    /** Verbs of leading a study. */
    private static final Set<String> LED = WordSet.of("led", "co-led", "headed", "ran", "conducted", "designed");

    /** Nouns of a team a manager or coach leads. */
    private static final Set<String> SIDES = WordSet.of("side", "team", "squad", "men", "women", "club", "players", "xi");

    /** Nouns of who leads a side, which a club's name may qualify ("the Rovers boss"). */
    private static final Set<String> SIDE_LEADERS = WordSet.of("boss", "manager", "coach", "gaffer", "head-coach");

    /** Words before a name that make it qualify a noun: "this Roe look-alike", "a Doe supporter". */
    private static final Set<String> QUALIFYING = WordSet.of("this", "that", "the", "a", "an", "another", "one");

    /** A lowercase word of letters, hyphens inside. */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]+[a-z]");

    /** Where each noun first came as someone unnamed ("an investor"): paragraph position and offset, or none. */
    private final java.util.Map<String, int[]> firstUnnamed = new java.util.HashMap<>();

    /** "an organizer", "one investor", "another former executive" before {@code offset}: the noun's first coming. */
    private boolean introducedUnnamed(ArticleText.Para p, int offset, String head) {
        int[] first = firstUnnamed.computeIfAbsent(head, this::findUnnamed);
        int pos = mentions.position(p);
        return first.length > 0 && (first[0] < pos || first[0] == pos && first[1] < offset);
    }

    private int[] findUnnamed(String head) {
        Pattern unnamed = Pattern.compile("(?i)\\b(?:a|an|one|another)\\s+(?:[a-z][\\w-]*,?\\s+){0," + WORDS + "}"
                + Pattern.quote(head) + "\\b");
        List<ArticleText.Para> paras = mentions.paragraphs();
        for (int i = 0; i < paras.size(); i++) {
            java.util.regex.Matcher m = unnamed.matcher(paras.get(i).text());
            while (m.find()) {
                if (apposedTo(paras.get(i), m.start()) == null) {
                    return new int[] {i, m.start()};
                }
            }
        }
        return new int[0];
    }

    /**
     * Rule "description by apposition": "Lucia Roe, a neuroscientist at …, led the study. “…,” the neuroscientist
     * said": the one person before {@code offset} whom the article describes with the noun in apposition ("X, a
     * neuroscientist", "X, an analyst at …") is the one the description stands for; null when none or several are.
     * Such an apposition also brings no one in unnamed.
     */
    private ActorFinder.Mention apposedPerson(ArticleText.Para p, int offset, String head) {
        Pattern apposition = Pattern.compile("(?i),\\s+(?:a|an)\\s+(?:[a-z][\\w-]*,?\\s+){0," + WORDS + "}"
                + Pattern.quote(head) + "\\b");
        List<ArticleText.Para> paras = mentions.paragraphs();
        int pos = mentions.position(p);
        ActorFinder.Mention found = null;
        for (int i = Math.max(0, pos - APPOSITION_REACH); i <= pos && i < paras.size(); i++) {
            ArticleText.Para in = paras.get(i);
            java.util.regex.Matcher m = apposition.matcher(in.text());
            while (m.find() && (i < pos || m.start() < offset)) {
                ActorFinder.Mention who = apposedTo(in, m.start() + 1);
                if (who != null && found != null && found.actor() != who.actor()) {
                    return null;
                }
                found = who != null ? who : found;
            }
        }
        return found;
    }

    /** How many paragraphs back {@link #apposedPerson} looks. */
    private static final int APPOSITION_REACH = 12;

    /** The person whose name ends right before the comma that ends before {@code offset} ("Lucia Roe, a …"), or null. */
    private ActorFinder.Mention apposedTo(ArticleText.Para in, int offset) {
        String s = in.text();
        int comma = offset - 1;
        while (comma >= 0 && Character.isWhitespace(s.charAt(comma))) {
            comma--;
        }
        if (comma < 1 || s.charAt(comma) != ',') {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(in.index(), Math.max(0, comma - 80), comma)) {
            if (m.end() == comma && m.actor().isPerson()) {
                return m;
            }
        }
        return null;
    }

    /** What a match report calls whoever won ("the champion said"). */
    private static final Set<String> WINNERS = WordSet.of("winner", "champion", "victor");

    /** Verbs of winning right after the winner's name ("Amara Roe beat …", "Roe won the final"). */
    private static final Set<String> WIN_VERBS = WordSet.of("beat", "won", "defeated", "clinched",
            "retained", "edged", "outlasted", "overcame", "thrashed", "routed", "stunned", "upset");

    /** Words of losing before the winner's name ("lost to", "fell to", "beaten by", "a defeat by"). */
    private static final Set<String> LOSS_WORDS = WordSet.of("lost", "fell", "beaten", "defeat", "defeated", "loss",
            "losing", "succumbed", "bowed");

    /** Whether the two words before token {@code k} are a loss word and "to" or "by", with nothing between them. */
    private static boolean beatenBy(ArticleText.Para in, int k) {
        var t = in.tokens();
        if (k < 2 || k >= t.size()) {
            return false;
        }
        String by = t.get(k - 1).key();
        return (by.equals("to") || by.equals("by")) && LOSS_WORDS.contains(t.get(k - 2).key())
                && PersonRules.punctuationFree(in.text(), t.get(k - 2), t.get(k - 1))
                && PersonRules.punctuationFree(in.text(), t.get(k - 1), t.get(k));
    }

    /**
     * Rule "the winner": "Amara Roe won the title, beating Elena Doe. Doe had saved two match points. “…,” the winner
     * said": "the winner", "the champion", "the victor" (the whole subject {@code from}..{@code to}) stand for the last
     * person named right before a verb of winning or right after one of losing ("Doe lost to Roe"), in this paragraph
     * or the one before; null when none is.
     */
    Speaker winner(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        if (to != from + 2 || to > t.size() || !t.get(from).key().equals("the") || !WINNERS.contains(t.get(from + 1).key())
                || t.get(from + 1).cap()) {
            return null;
        }
        int offset = t.get(from).start();
        ArticleText.Para before = mentions.previous(p);
        for (ArticleText.Para in : before == null ? List.of(p) : List.of(p, before)) {
            List<ActorFinder.Mention> ms = mentions.actors(in.index(), 0, in == p ? offset : Integer.MAX_VALUE);
            TokenReader r = new TokenReader(in);
            for (int i = ms.size() - 1; i >= 0; i--) {
                ActorFinder.Mention m = ms.get(i);
                int next = r.tokenAt(m.end());
                if (m.actor().isPerson() && next > 0 && next < in.tokens().size() && r.joined(next - 1)
                        && WIN_VERBS.contains(r.token(next).key()) && !r.token(next).cap()) {
                    return Speaker.of(m);
                }
                if (m.actor().isPerson() && beatenBy(in, r.tokenAt(m.start()))) {
                    return Speaker.of(m); // "Elena Doe lost to Amara Roe in three sets": the one she lost to
                }
            }
        }
        return null;
    }
}
