package newsgen.extract;

import newsgen.model.Actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a word that names no one stands for: "he" and "she" (the last person of that gender, or the last who spoke),
 * "it" and "they", "his"/"her", "the senator" (a person titled so), "the charter" and "the ministry" (a named
 * document or organisation of the article); who wrote "the email" is {@link DocumentAuthors}'. Keeps what the sieve has decided so far (who spoke
 * each quotation) and what quotations cover, since both change what a pronoun may stand for; reads the article's
 * mentions from {@link ArticleMentions}, which holds no such state.
 */
final class Referents {
    private final ArticleMentions mentions;
    private final List<ArticleText.Para> paras;
    private final Map<String, Speaker> documents = new HashMap<>();
    private final Map<String, java.util.Optional<Speaker>> organizations = new HashMap<>();
    /** Spaces and dots between the words of a role ("Mrs.", "spokeswoman"). */
    private static final java.util.regex.Pattern ROLE_WORDS = java.util.regex.Pattern.compile("[\\s.]+");
    /** How many paragraphs before its own a pronoun may look for the person it stands for. */
    private static final int PARAGRAPHS_BACK = 3;
    /** How many mentions back a pronoun may look. */
    private static final int LOOK_BACK = 50;

    Referents(ArticleMentions mentions) {
        this.mentions = mentions;
        this.paras = mentions.paragraphs();
    }

    /** Per paragraph index, the offsets (open, close pairs) that quotations cover there. */
    private final Map<Integer, int[]> quoted = new HashMap<>();

    /** Notes what the quotations of the article cover: a pronoun never stands for someone named only inside one. */
    void noteQuotations(List<QuoteFinder.Span> spans) {
        Map<Integer, List<Integer>> ranges = new HashMap<>();
        for (QuoteFinder.Span q : spans) {
            int from = mentions.position(q.start().index());
            int to = mentions.position(q.end().index());
            for (int i = from; i >= 0 && i <= to; i++) {
                List<Integer> r = ranges.computeIfAbsent(paras.get(i).index(), k -> new java.util.ArrayList<>());
                r.add(i == from ? q.open() : 0);
                r.add(i == to ? q.close() : Integer.MAX_VALUE);
            }
        }
        ranges.forEach((para, r) -> quoted.put(para, r.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Whether a mention lies inside a quotation. */
    boolean insideQuotation(ActorFinder.Mention m) {
        int[] r = quoted.get(m.para());
        for (int i = 0; r != null && i < r.length; i += 2) {
            if (m.start() > r[i] && m.start() < r[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Role words that say a person is a woman or a man, so "she" skips a "spokesman" and "he" a "Mrs". */
    private static final java.util.Set<String> FEMALE = WordSet.of("mrs", "ms", "miss", "madam", "lady", "dame",
            "queen", "princess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress", "sister",
            "mother", "wife", "daughter");
    private static final java.util.Set<String> MALE = WordSet.of("mr", "sir", "lord", "king", "prince",
            "spokesman", "chairman", "congressman", "businessman", "brother", "father", "husband", "son");

    /** "he"/"she": the last person of that gender (or of none known) named before {@code offset}, here or in the paragraph before. */
    Speaker lastPerson(ArticleText.Para p, int offset, String pronoun) {
        Speaker opening = sentenceOpener(p, offset, pronoun);
        if (opening != null) {
            return opening;
        }
        java.util.Set<String> other = pronoun.equals("she") ? MALE : FEMALE;
        Hit h = lastHit(p, offset, true, other);
        if (h == null) {
            return lastSpeaker(p);
        }
        Speaker chained = chained(h, pronoun);
        return chained != null ? chained : Speaker.of(h.mention().actor());
    }

    /** Follows rule "pronoun chain" ({@link PronounChains}). */
    private final PronounChains chains = new PronounChains();

    /**
     * Rule "pronoun chain": when the last person named before the pronoun stands after the same pronoun opening
     * its sentence ("She is survived by her sister, Jane Roe."), whom that opening pronoun stands for, when named,
     * someone else and not ruled out; null otherwise.
     */
    private Speaker chained(Hit h, String pronoun) {
        int at = PronounChains.openingPronoun(h.para(), h.mention(), pronoun);
        if (at < 0 || !chains.enter()) {
            return null;
        }
        try {
            Speaker s = lastPerson(h.para(), at, pronoun);
            Actor a = s.named() ? mentions.actor(s.id()) : null;
            return a != null && a.isPerson() && !s.id().equals(h.mention().actor().id()) && mayBe(a, pronoun) ? s : null;
        } finally {
            chains.leave();
        }
    }

    /**
     * Rule "pronoun opening a sentence" ({@link SentenceOpeners}): the person who opened the sentence before, when title
     * and given name allow; null otherwise.
     */
    private Speaker sentenceOpener(ArticleText.Para p, int offset, String pronoun) {
        if (openers == null) {
            openers = new SentenceOpeners(mentions, this);
        }
        ActorFinder.Mention m = openers.openerFor(p, offset, pronoun);
        return m != null && agreement(m.actor(), pronoun.equals("she") ? MALE : FEMALE) >= 0 ? Speaker.of(m) : null;
    }

    /** Reads who opens a sentence; made on first use. */
    private SentenceOpeners openers;

    /** The last person named before {@code offset} (or who last spoke), whatever the gender. */
    Speaker lastAnyPerson(ArticleText.Para p, int offset) {
        Speaker s = last(p, offset, true, java.util.Set.of());
        return s.named() ? s : lastSpeaker(p);
    }

    /**
     * Rule "description fits person" ({@link DescriptionFit}): the last person named before {@code offset} (or who
     * last spoke) when the description of folded words {@code words} may describe that person; null when it may not.
     * (Looking further back for one who fits was tried: "the Ohio governor" passed over a senator to land on another
     * candidate, a guess; the description stays a role instead.)
     */
    Speaker lastPersonFitting(ArticleText.Para p, int offset, List<String> words) {
        Speaker s = lastAnyPerson(p, offset);
        Actor a = s.named() ? mentions.actor(s.id()) : null;
        return a != null && !DescriptionFit.fits(words, a, sexOf(a)) ? null : s;
    }

    /**
     * Rule "description fits person" for the person a sentence opens with or is about ("Sen. John Roe met donors.
     * “…,” the Ohio governor said"): that person when the description of folded words {@code words} may describe
     * them, else null.
     */
    Speaker fitting(ActorFinder.Mention m, List<String> words) {
        Actor a = m.actor();
        return DescriptionFit.fits(words, a, sexOf(a)) ? Speaker.of(m) : null;
    }

    /** 'M' or 'F' when a person's given name or the honorific the article writes says so, else 0. */
    private char sexOf(Actor a) {
        char sex = GivenNameSex.of(a.name());
        return sex != 0 ? sex : honorificSex(a.id());
    }

    /** A quotation's speaker, noted in text order as the sieve decides it. */
    private record Spoken(int para, Speaker speaker) {
    }

    private final List<Spoken> spoken = new java.util.ArrayList<>();

    /** The last organisation or document that spoke a quotation, and where: "it added" may go on with it. */
    private Spoken spokenBody;

    /** Where each quotation a named speaker was found for opens (paragraph index, offset), and who spoke it. */
    private record Opened(int para, int open, Speaker speaker) {
    }

    private final List<Opened> opened = new java.util.ArrayList<>();

    /** Notes who spoke quotation {@code q}, for pronouns and documents after it. */
    void noteSpeaker(QuoteFinder.Span q, Speaker speaker, boolean person) {
        if (speaker.named()) {
            opened.add(new Opened(q.start().index(), q.open(), speaker));
        }
        noteSpeaker(q.end(), speaker, person);
    }

    /**
     * The named speaker of a quotation (decided so far) that opens in paragraph {@code p} from {@code from} to
     * {@code to}: "In a statement, the business mogul announced that “…”" gives who wrote the statement; null when none.
     */
    Speaker speakerOpeningWithin(ArticleText.Para p, int from, int to) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            Opened o = opened.get(i);
            if (o.para() == p.index() && o.open() >= from && o.open() < to) {
                return o.speaker();
            }
        }
        return null;
    }

    /** Notes who spoke a quotation ending in paragraph {@code para}, for pronouns after it. */
    private void noteSpeaker(ArticleText.Para para, Speaker speaker, boolean person) {
        if (speaker.named() && person) {
            spoken.add(new Spoken(para.index(), speaker));
        } else if (speaker.named()) {
            spokenBody = new Spoken(para.index(), speaker);
        }
    }

    /**
     * "“…,” Dunmore said. … “…,” he added": with no person named before the pronoun, the last person who spoke a
     * quotation in this paragraph or the few before (a name no rule made an actor still speaks on).
     */
    private Speaker lastSpeaker(ArticleText.Para p) {
        return lastSpeakerWithin(p, PARAGRAPHS_BACK);
    }

    /** "his campaign", "her claim": the named person the pronoun {@code w} ("his" or "her") stands for, or null. */
    Speaker personOfPronoun(ArticleText.Para p, Token w) {
        Speaker who = lastPerson(p, w.start(), w.key().equals("his") ? "he" : "she");
        return who.named() ? who : null;
    }
    /** The last person who spoke a quotation, in this paragraph or the one before; NONE when none did. */
    Speaker lastSpeakerNear(ArticleText.Para p) {
        return lastSpeakerWithin(p, 1);
    }

    /** The speaker of the article's last quotation so far when it stands at most {@code back} paragraphs before. */
    private Speaker lastSpeakerWithin(ArticleText.Para p, int back) {
        if (spoken.isEmpty()) {
            return Speaker.NONE;
        }
        int pos = Math.max(0, mentions.position(p));
        Spoken last = spoken.get(spoken.size() - 1);
        int lastPos = mentions.position(last.para());
        return lastPos <= pos && pos - lastPos <= back ? last.speaker() : Speaker.NONE;
    }

    /**
     * "they"/"it": the last organisation named before, in this paragraph or the one before; else the organisation or
     * document that spoke the last quotation there ("“…,” the newspaper admitted." then "“…” it added.").
     */
    Speaker lastOrganization(ArticleText.Para p, int offset) {
        Speaker s = last(p, offset, false, java.util.Set.of());
        if (s.named() || spokenBody == null) {
            return s;
        }
        int pos = Math.max(0, mentions.position(p));
        int at = mentions.position(spokenBody.para());
        return at >= 0 && at <= pos && pos - at <= 1 ? spokenBody.speaker() : s;
    }

    /**
     * The last organisation named before {@code offset}, in this paragraph or up to {@code back} before, that
     * {@code which} accepts; null when none.
     */
    Speaker lastOrganizationWhere(ArticleText.Para p, int offset, int back, java.util.function.Predicate<Actor> which) {
        int pos = Math.max(0, mentions.position(p));
        for (int b = 0; b <= back && pos - b >= 0; b++) {
            List<ActorFinder.Mention> list = b == 0 ? mentions.actors(p.index(), 0, offset) : mentions.actorsOf(paras.get(pos - b).index());
            for (int i = list.size() - 1; i >= 0; i--) {
                Actor a = list.get(i).actor();
                if (!a.isPerson() && which.test(a)) {
                    return Speaker.of(a);
                }
            }
        }
        return null;
    }

    /** Whether title and given name leave person {@code a} possible for "he" or "she". */
    boolean mayBe(Actor a, String pronoun) {
        return agreement(a, pronoun.equals("she") ? MALE : FEMALE) >= 0;
    }

    /** Whether title or given name say that person {@code a} is the one "he" or "she" may stand for. */
    boolean knownToBe(Actor a, String pronoun) {
        return agreement(a, pronoun.equals("she") ? MALE : FEMALE) > 0;
    }

    /**
     * How an actor agrees with a pronoun whose other gender's role words are given: -1 ruled out (by a role word such
     * as "Mrs" or "spokesman", or a given name), 1 known to agree, 0 unknown.
     */
    private int agreement(Actor a, java.util.Set<String> otherGender) {
        if (otherGender.isEmpty()) {
            return 0;
        }
        boolean she = otherGender == MALE;
        char sex = a.isPerson() ? GivenNameSex.of(a.name()) : 0;
        if (sex == 0 && a.isPerson()) {
            sex = honorificSex(a.id());
        }
        if (hasRole(a, otherGender) || sex == (she ? 'M' : 'F')) {
            return -1;
        }
        return hasRole(a, she ? FEMALE : MALE) || sex == (she ? 'F' : 'M') ? 1 : 0;
    }

    /**
     * The last person (or organisation) named before {@code offset}, in this paragraph or a few before; for "he" or
     * "she", the last one not ruled out by title or given name. (Preferring one known to agree was tried: it skips
     * the many men whose given names the list does not hold, "Lenny", "Emeka".)
     */
    private Speaker last(ArticleText.Para p, int offset, boolean person, java.util.Set<String> otherGender) {
        Hit h = lastHit(p, offset, person, otherGender);
        return h == null ? Speaker.NONE : Speaker.of(h.mention().actor());
    }

    /** A mention {@link #lastHit} found, with its paragraph. */
    private record Hit(ArticleText.Para para, ActorFinder.Mention mention) {
    }

    /** The mention {@link #last} finds, or null. */
    private Hit lastHit(ArticleText.Para p, int offset, boolean person, java.util.Set<String> otherGender) {
        int pos = Math.max(0, mentions.position(p));
        Hit listed = null;
        // "he" may open a paragraph or two after the one that named him, never further back
        for (int back = 0; back <= (person ? PARAGRAPHS_BACK : 1) && pos - back >= 0; back++) {
            ArticleText.Para q = back == 0 ? p : paras.get(pos - back);
            List<ActorFinder.Mention> list = back == 0 ? mentions.actors(p.index(), 0, offset) : mentions.actorsOf(q.index());
            // a pronoun refers back a few names at most: the bound keeps huge paragraphs linear
            for (int i = list.size() - 1; i >= 0 && i >= list.size() - LOOK_BACK; i--) {
                Actor a = list.get(i).actor();
                // "“… fewer votes than Al Dunphy,” he said" is not Dunphy's: a name inside a quotation is talked about
                if (a.isPerson() == person && agreement(a, otherGender) >= 0 && !(person && insideQuotation(list.get(i)))
                        && !(person && NotSubjects.nameAsModifier(q.text(), list.get(i)))) {
                    // rule "listed person": "he"/"she" passes over people named only in a list, to the one before
                    if (person && !otherGender.isEmpty() && PronounChains.listed(q, list.get(i), mentions)) {
                        if (listed == null) {
                            listed = new Hit(q, list.get(i));
                        }
                        continue;
                    }
                    return new Hit(q, list.get(i));
                }
            }
        }
        return listed;
    }


    /** Honorifics that say a person's sex where the article writes them before the name ("Mr. Okafor", "Ms. Larkspur"). */
    private static final Map<String, Character> HONORIFIC_SEX = Map.of("mr", 'M', "mrs", 'F', "ms", 'F', "miss", 'F');

    /**
     * 'M' or 'F' when the article writes a person with "Mr." or "Mrs.", "Ms.", "Miss" before the name, and only one
     * of them; else 0. Made on first use, one pass over the mentions.
     */
    private char honorificSex(String id) {
        if (honorifics == null) {
            honorifics = new HashMap<>();
            for (ArticleText.Para p : paras) {
                String s = p.text();
                for (ActorFinder.Mention m : mentions.actorsOf(p.index())) {
                    if (!m.actor().isPerson()) {
                        continue;
                    }
                    Character sex = HONORIFIC_SEX.get(honorificBefore(s, m.start()));
                    if (sex == null) {
                        sex = HONORIFIC_SEX.get(honorificBefore(s, Math.min(s.length(), m.start() + 5)));
                    }
                    if (sex != null) {
                        honorifics.merge(m.actor().id(), sex, (x, y) -> x.equals(y) ? x : '?');
                    }
                }
            }
        }
        char sex = honorifics.getOrDefault(id, '?');
        return sex == '?' ? 0 : sex;
    }

    /** Sex by honorific, by person id ('?' for both); made on first use. */
    private Map<String, Character> honorifics;

    /** The word, folded, that ends right before {@code at} (a dot and spaces between at most): "mr" in "Mr. Roe". */
    private static String honorificBefore(String s, int at) {
        int end = at;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start <= 4 && (start == 0 || !Character.isLetter(s.charAt(start - 1)))
                ? s.substring(start, end).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /**
     * "the judge": the person named last in this sentence or the one before (which may close the paragraph before)
     * whose roles hold that word ("U.S. District Judge"), else null.
     */
    Speaker personWithTitle(ArticleText.Para p, int offset, String title) {
        int s = p.sentenceIndex(offset);
        List<ActorFinder.Mention> window = new java.util.ArrayList<>();
        int pos = Math.max(0, mentions.position(p));
        if (s == 0 && pos > 0) {
            ArticleText.Para prev = paras.get(pos - 1);
            window.addAll(mentions.actors(prev.index(), prev.sentences().get(prev.sentences().size() - 1).start(), Integer.MAX_VALUE));
        }
        window.addAll(mentions.actors(p.index(), p.sentences().get(Math.max(0, s - 1)).start(), offset));
        for (int i = window.size() - 1; i >= 0; i--) {
            Actor a = window.get(i).actor();
            if (a.isPerson() && roleWords(a).contains(title)) {
                return Speaker.of(a);
            }
        }
        return null;
    }

    /** "the senator", paragraphs after "Sen. Jane Doe": the last person whose roles hold that word, anywhere before. */
    Speaker personWithTitleBefore(ArticleText.Para p, int offset, String title) {
        int pos = Math.max(0, mentions.position(p));
        List<ActorFinder.Mention> earlier = new java.util.ArrayList<>(mentions.actors(p.index(), 0, offset));
        for (int back = pos - 1; back >= 0 && pos - back <= TITLE_PARAGRAPHS_BACK; back--) {
            earlier.addAll(0, mentions.actorsOf(paras.get(back).index()));
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Actor a = earlier.get(i).actor();
            if (a.isPerson() && roleWords(a).contains(title)) {
                return Speaker.of(a);
            }
        }
        return null;
    }

    /**
     * "Judge Richard Roe" thirty paragraphs before "the judge exclaimed" in a long excerpt: the one person the article
     * titled so anywhere before paragraph {@code p}'s last {@link #TITLE_PARAGRAPHS_BACK}, when there is only one.
     */
    Speaker onlyPersonTitledLongBefore(ArticleText.Para p, String title) {
        int pos = Math.max(0, mentions.position(p));
        Actor only = null;
        for (int back = pos - TITLE_PARAGRAPHS_BACK - 1; back >= 0; back--) {
            for (ActorFinder.Mention m : mentions.actorsOf(paras.get(back).index())) {
                Actor a = m.actor();
                if (a.isPerson() && roleWords(a).contains(title)) {
                    if (only != null && !only.id().equals(a.id())) {
                        return null;
                    }
                    only = a;
                }
            }
        }
        return only == null ? null : Speaker.of(only);
    }

    /**
     * Rule "place of a description": "the Ohio governor", "the Texan", "the former Florida governor": the one person the
     * article titles with that place ("Ohio Gov. Jane Roe", "Vermont Sen. John Doe"), named before paragraph {@code p}
     * ends; null when none or more than one is.
     */
    Speaker onlyPersonOfPlace(ArticleText.Para p, String place, String title) {
        String folded = " " + Slugs.fold(place) + " ";
        int pos = Math.max(0, mentions.position(p));
        Actor only = null;
        for (int back = pos; back >= 0; back--) {
            for (ActorFinder.Mention m : mentions.actorsOf(paras.get(back).index())) {
                Actor a = m.actor();
                if (a.isPerson() && (only == null || !only.id().equals(a.id())) && titledWithPlace(a, folded, title)) {
                    if (only != null) {
                        return null;
                    }
                    only = a;
                }
            }
        }
        return only == null ? null : Speaker.of(only);
    }

    /**
     * Whether one of a person's roles holds the folded words {@code folded} (spaces around: a place, a body) and, unless
     * null, the title or its short form ("Florida Sen." for "the Florida senator", not "former Florida Gov.").
     */
    static boolean titledWithPlace(Actor a, String folded, String title) {
        // "Lithuanian President Jane Roe": the demonym went to her affiliation, out of the role's words
        boolean ofPlace = a.affiliation() != null && folded.equals(" " + Slugs.fold(a.affiliation()) + " ");
        if (ofPlace && title == null) {
            return true;
        }
        for (String role : a.roles()) {
            String r = " " + Slugs.fold(role) + " ";
            if ((ofPlace || r.contains(folded)) && (title == null || r.contains(" " + title + " ")
                    || r.contains(" " + SHORT_TITLES.getOrDefault(title, title) + " "))) {
                return true;
            }
        }
        return false;
    }

    /** Titles and the short forms a role may write them in ("Sen.", "Gov."), folded. */
    private static final Map<String, String> SHORT_TITLES = Map.of("senator", "sen", "governor", "gov",
            "representative", "rep", "congressman", "rep", "congresswoman", "rep", "lieutenant", "lt", "general", "gen",
            "attorney", "atty", "president", "pres");

    /** How far back "the senator" may look for Sen. Jane Doe. */
    private static final int TITLE_PARAGRAPHS_BACK = 12;

    /** "the charter": a named document of the article with that head noun ("Liptako-Gourma charter"), else the noun. */
    Speaker document(String head) {
        return documents.computeIfAbsent(head, h -> {
            Gazetteer gaz = Gazetteer.get();
            for (ArticleText.Para p : paras) {
                var t = p.tokens();
                for (int k = 1; k < t.size(); k++) {
                    if (!t.get(k).key().equals(h) || !t.get(k - 1).cap()
                            || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
                        continue;
                    }
                    int from = k - 1;
                    while (from > 0 && t.get(from - 1).cap() && Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from))) {
                        from--;
                    }
                    while (from < k && gaz.nonNames.contains(t.get(from).text())) {
                        from++;
                    }
                    // a party's "convention" is its national convention, a body that adopts a platform
                    if (from < k && (h.equals("convention") || !demonymOnly(p, from, k))) {
                        String name = p.surface(from, k + 1);
                        return Speaker.named(name);
                    }
                }
            }
            // an unnamed charter or treaty speaks for itself, but under no name: "the resolution" is a role, not a
            // speaker "resolution" for the archive's list of speakers; "the statement" or "the report" is someone's
            return Speaker.role("the " + h);
        });
    }

    /**
     * Whether the capitalised words {@code from}..{@code to} before a document's head noun are only a nationality or
     * party ("American law", "the Republican resolution"): a description, not a document's name.
     */
    static boolean demonymOnly(ArticleText.Para p, int from, int to) {
        Gazetteer.Match m = p.matchAt(from);
        return m != null && m.to() == to && m.entry().kind() == Gazetteer.Kind.DEMONYM;
    }

    /** "the ministry": the one organisation of the article whose name has that head word, else null. */
    Speaker organizationWithHead(String head) {
        return organizations.computeIfAbsent(head, h -> java.util.Optional.ofNullable(findOrganizationWithHead(h))).orElse(null);
    }

    private Speaker findOrganizationWithHead(String head) {
        Actor found = null;
        for (List<ActorFinder.Mention> list : mentions.byParagraph()) {
            for (ActorFinder.Mention m : list) {
                Actor a = m.actor();
                if (!a.isPerson() && (" " + Slugs.fold(a.name()) + " ").contains(" " + head + " ")) {
                    if (found != null && !found.id().equals(a.id())) {
                        return null;
                    }
                    found = a;
                }
            }
        }
        return found == null ? null : Speaker.of(found);
    }

    private boolean hasRole(Actor a, java.util.Set<String> words) {
        for (String w : roleWords(a)) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Per actor, the folded words of its roles: split once per article, not at every title or pronoun look-up. */
    private final Map<Actor, java.util.Set<String>> roleWords = new java.util.IdentityHashMap<>();

    private java.util.Set<String> roleWords(Actor a) {
        return roleWords.computeIfAbsent(a, x -> {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (String role : x.roles()) {
                for (String w : ROLE_WORDS.split(role)) {
                    words.add(Slugs.fold(w));
                }
            }
            return words;
        });
    }
}
