package newsgen.extract;

import java.util.ArrayList;
import java.util.List;

import static newsgen.extract.DescriptionWords.*;

/**
 * Who a noun phrase by a cue verb names: a person, an organisation, a group of countries, a pronoun (through
 * {@link Antecedents}, else the last compatible person named), a description of someone named before ("the retired
 * neurosurgeon", "the 46-year-old") or a role only ("the judge", "a spokesman"). What speaks for someone else (a
 * document as its author, "Doe's campaign" as Doe) is {@link ProxySpeakers}'s to read.
 */
final class Descriptions {
    private final Gazetteer gaz = Gazetteer.get();
    private final ArticleMentions mentions;
    private final Referents refs;
    private final SentenceSubjects sentences;
    private final Antecedents antecedents;
    private final BareDescriptions bare;
    private final ProxySpeakers proxies;
    private final DescriptionEchoes echoes;

    Descriptions(ArticleMentions mentions, Referents refs, SentenceSubjects sentences, Antecedents antecedents) {
        this.mentions = mentions;
        this.refs = refs;
        this.sentences = sentences;
        this.antecedents = antecedents;
        this.bare = new BareDescriptions(mentions, refs, sentences);
        this.echoes = new DescriptionEchoes(mentions);
        this.proxies = new ProxySpeakers(mentions, refs);
    }

    /**
     * Whether the role {@code role} ("the Ohio governor", "a spokesman", "the RNC member") describes one person whom
     * "he" or "she" ({@code pronoun}) may stand for: its last word a singular title or noun for a person of that sex,
     * not a document, a body or a group ("the statement", "the company", "the senators").
     */
    boolean personFor(String role, String pronoun) {
        List<String> words = List.of(Slugs.fold(role).split(" "));
        String head = words.get(words.size() - 1);
        boolean person = gaz.titles.contains(head) || speaksForHimself(head) || UNNAMED_SOURCES.contains(head);
        return person && !(head.endsWith("s") && !head.endsWith("ss")) && DescriptionFit.mayBe(words, pronoun);
    }

    /** Who the words from token {@code from} to {@code to} (offsets {@code start}..{@code end}), a cue verb's subject, name. */
    Speaker subject(ArticleText.Para p, int start, int end, int from, int to) {
        return subject(p, start, end, from, to, true);
    }

    /**
     * Whether only one to three lowercase words, the last a title or a word of standing by someone ("spokesman",
     * "campaign manager", "ally"), stand between the person {@code owner} and the mention {@code m}: "Halvorsen ally
     * James Carvell", "Halvorsen campaign manager Robby Mookie", whose holder is the later name.
     */
    private boolean roleAfter(ArticleText.Para p, ActorFinder.Mention owner, ActorFinder.Mention m) {
        if (m.start() <= owner.end() || m.start() - owner.end() > 40) {
            return false;
        }
        String gap = p.text().substring(owner.end(), m.start());
        if (gap.isEmpty() || gap.charAt(0) != ' ' || gap.charAt(gap.length() - 1) != ' ') {
            return false;
        }
        String[] words = gap.strip().split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return gaz.titles.contains(last) || STANDING_BY.contains(last);
    }

    /**
     * As above; {@code ofCue} says whether a cue verb follows, where a description no list holds ("the investor said")
     * may stand for the person the sentence before is about ({@link BareDescriptions}).
     */
    private Speaker subject(ArticleText.Para p, int start, int end, int from, int to, boolean ofCue) {
        ActorFinder.Mention person = null;
        ActorFinder.Mention org = null;
        ActorFinder.Mention modifier = null; // "GOP" of "the GOP front-runner"
        for (ActorFinder.Mention m : mentions.actors(p.index(), start, end)) {
            if (m.end() <= end && !NotSubjects.insideDashes(p, m, p.sentenceOf(m.start()).start())) {
                if (m.actor().isPerson()) {
                    // "Hollis's campaign manager, Jon Cutler, said": the owner before a role is not its holder
                    // rule "owner before a role": "said Halvorsen ally James Carvell" is Carvell's, as "Halvorsen's ally"
                    person = person == null || (Subjects.isPossessive(p, person) || roleAfter(p, person, m))
                            && !Subjects.isPossessive(p, m) ? m : person;
                } else if (NotSubjects.bodyBeforePersonNoun(p, m)) {
                    modifier = modifier == null ? m : modifier;
                } else if (!NotSubjects.channel(p, m) && !Subjects.isPossessive(p, m)) {
                    // rule "owner is no subject": not "the Labour Party's platform …, reported the Lagos Herald"
                    org = org == null ? m : org;
                }
            }
        }
        if (person == null && org == null) {
            Speaker known = KnownAsNames.name(p, mentions, from, to); // rule "known as": "the base chief known as Bob"
            if (known != null) {
                return known;
            }
        }
        Speaker circle = OwnersCircle.role(p, person, to);
        if (circle == null && person == null) {
            circle = OwnersCircle.describedOwnerRole(p, from, to); // "the activist's mother said": not the activist
            int owner = circle == null && ofCue ? OwnersCircle.describedBodyOwner(p, from, to) : -1;
            if (owner > from) {
                // rule "described owner's body": "the former vice president's spokeswoman told reporters": the
                // person the possessive describes speaks through his own body, as "Roe's spokeswoman" does
                var tk = p.tokens();
                Speaker who = subject(p, tk.get(from).start(), tk.get(owner).end(), from, owner + 1, true);
                newsgen.model.Actor a = who.named() && who.id() != null ? mentions.actor(who.id()) : null;
                if (a != null && a.isPerson()) {
                    return who;
                }
            }
        }
        if (circle != null) {
            return circle; // "Roe's family said": not Roe
        }
        var tk = p.tokens();
        // "a source familiar with Roe's thinking said": an unnamed person, whatever person the phrase owns
        for (int i = from; i < to && i < tk.size() && IndefiniteSources.mayPass(p, person, i); i++) {
            if (!INDEFINITE.contains(tk.get(i).key())) {
                continue;
            }
            // "said another PF lawmaker, who asked not to be named", "a ministry spokesman said": an unnamed person
            for (int k = i + 1; k < to && k < tk.size() && k - i <= 4; k++) {
                if (p.text().substring(tk.get(i).end(), tk.get(k).start()).indexOf(',') >= 0) {
                    break; // "In a later tweet, the candidate boasted": the indefinite opens another phrase
                }
                if ((gaz.titles.contains(tk.get(k).key()) || UNNAMED_SOURCES.contains(tk.get(k).key()))
                        && (org == null || tk.get(k).start() > org.start()) && IndefiniteSources.notThePerson(p, person, k)) {
                    return Speaker.role(DescriptionShapes.roleBefore(p, i, k));
                }
                if (partyMember(p, i, k, Math.min(to, tk.size())) && (person == null || Subjects.isPossessive(p, person))) {
                    // rule "party member unnamed": "said a Nevada Democrat", "one senior Republican said": someone
                    // of the party, not the party itself (whose mention the capitalised word may make)
                    return Speaker.role(DescriptionShapes.roleBefore(p, i, k));
                }
            }
            break;
        }
        ActorFinder.Mention m = person != null ? person : org;
        if (m != null) {
            return Speaker.of(m);
        }
        Speaker group = group(p, start, end, false);
        if (group != null) {
            return group;
        }
        var t = p.tokens();
        for (int k = from; k < to && k < t.size(); k++) {
            String w = t.get(k).key();
            if (worldRank(t, k, to) || parentOfNumber(t, k, to)) {
                // rule "world ranking": "the world number one said" describes a player as "the player" does; rule
                // "parent of a number": "the father of three said" describes the person named before the same way
                w = "player";
            }
            if (Subjects.HE_SHE.contains(w)) {
                Speaker main = antecedents.mainClauseSubject(p, k);
                if (main == null) {
                    ActorFinder.Mention opening = antecedents.subordinateSubject(p, k);
                    main = opening == null ? null : Speaker.of(opening);
                }
                return main != null ? main : refs.lastPerson(p, t.get(k).start(), w);
            }
            if (w.equals("it")) {
                Speaker it = proxies.it(p, t.get(k).start(), k == from);
                if (it != null) {
                    return it;
                }
            }
            if (Subjects.THEY_IT.contains(w)) {
                return refs.lastOrganization(p, t.get(k).start());
            }
            if (w.equals("editorial") && k + 1 < to && k + 1 < t.size() && NEWS_BODIES.contains(t.get(k + 1).key())) {
                // "the editorial board wrote": the newspaper last named
                Speaker paper = proxies.lastNewspaper(p, t.get(k).start());
                return paper != null ? paper : Speaker.role(DescriptionShapes.roleBefore(p, from, k + 1));
            }
            Speaker doc = proxies.document(p, from, k, to);
            if (doc != null) {
                return doc;
            }
            Speaker owner = proxies.ownedBody(p, from, k);
            if (owner != null) {
                return owner;
            }
            if (NEWS_BODIES.contains(w) && !t.get(k).cap() && definite(t, from, k)) {
                Speaker last = refs.lastOrganization(p, t.get(k).start());
                if (last.named()) {
                    return last;
                }
            }
            if ((gaz.orgHeads.contains(w) || GENERIC_ORGS.contains(w)) && !t.get(k).cap() && ofCue) {
                // rule "body's people": "senior club officials said", "union members said", "officials at the ministry
                // said": the body's word only qualifies the plural noun for its people, or says where they work; they
                // speak as a group, not the body ("senior club", "the ministry")
                Speaker people = UnnamedGroups.role(p, from, to);
                if (people != null) {
                    return people;
                }
            }
            if ((gaz.orgHeads.contains(w) || GENERIC_ORGS.contains(w)) && !t.get(k).cap() && bodyBeforeTitle(p, k, to)) {
                // rule "body before a title": "the union leader said", "the commission chairman said" after "union
                // leader Jane Roe" or "Jane Roe, chairman of the electoral commission": the person whose role holds
                // both words, not the body; else the body as before
                Speaker holder = describedPerson(p, t, from, k + 1, t.get(k + 1).key());
                if (holder != null && holder.named() && titledWith(holder, t.get(k).text())
                        && !namedInQuotationBefore(p, holder, t.get(from).start())) {
                    return holder;
                }
            }
            if ((gaz.orgHeads.contains(w) || GENERIC_ORGS.contains(w)) && !t.get(k).cap()) {
                Speaker named = refs.organizationWithHead(w);
                if (named == null && k > 0 && t.get(k - 1).key().equals("the") && k - 1 >= from
                        && (GENERIC_ORGS.contains(w) || k - 1 == from)) {
                    // "the company said", "the union wrote": the organisation last named, here or in the paragraph
                    // before; a head that is no generic organisation word only where it opens the subject, not in
                    // "an official, not authorised to talk to the media, said"
                    named = refs.lastOrganization(p, t.get(k).start());
                    named = named.id() == null ? null : named;
                }
                if (named == null) {
                    named = DescriptionShapes.ownedByCountry(p, k);
                }
                if (named == null && bodyBeforeTitle(p, k, to)) {
                    // rule "title of no named body": "the conference speaker says", "the police chief said" where no
                    // such body is named: the person titled so before ("motivational speaker Jan Roe"), else the
                    // description with its title, not the body's word alone ("the conference")
                    Speaker holder = refs.personWithTitleBefore(p, t.get(k + 1).start(), t.get(k + 1).key());
                    return holder != null && holder.named() && !namedInQuotationBefore(p, holder, t.get(from).start())
                            ? holder : Speaker.role(DescriptionShapes.roleBefore(p, from, k + 1));
                }
                return named != null ? named : Speaker.role(DescriptionShapes.roleBefore(p, from, k));
            }
            if (k > from && (t.get(k - 1).key().equals("the") || k - 1 > from && t.get(k - 2).key().equals("the")
                    && (t.get(k - 1).cap() || DescriptionShapes.AGE.matcher(t.get(k - 1).key()).matches())
                    && DescriptionShapes.isDemonym(p, k)) && (DescriptionShapes.AGE.matcher(w).matches() || DescriptionShapes.isDemonym(p, k))
                    && (k + 1 >= to || k + 1 >= t.size() || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1))
                    || DescriptionShapes.AGE.matcher(w).matches() && !t.get(k + 1).cap() && (k + 2 >= to || k + 2 >= t.size()
                    || !PersonRules.punctuationFree(p.text(), t.get(k + 1), t.get(k + 2))))) {
                // "said the 46-year-old", "the 45-year-old father of two told", "the Texan said": a person described by
                // age or by state or party, the person so described before or the last one named (rule "age and
                // demonym": "the 21-year-old Chinese said" as "the Chinese said")
                Speaker described = refs.personWithTitleBefore(p, t.get(k).start(), w);
                String place = described == null ? DescriptionShapes.placeIn(p, k, k + 1) : null;
                if (place != null) {
                    // "the Texan said": the one person titled with Texas ("Texas Gov. Jane Roe")
                    described = refs.onlyPersonOfPlace(p, place, null);
                }
                if (described == null) {
                    // "Speaker Paul Morgan says …. In an interview, the Wisconsin Republican criticized …": the person
                    // the sentence before is about, else the one named last
                    ActorFinder.Mention before = sentences.previousSentenceSubject(p, t.get(from).start());
                    // (rule "description fits person": "the Wisconsin Republican" is not a Democrat opening it)
                    described = before != null && before.actor().isPerson() ? refs.fitting(before, DescriptionShapes.words(t, from, k))
                            : refs.lastPersonFitting(p, t.get(k).start(), DescriptionShapes.words(t, from, k));
                }
                if (described != null && described.named() && k + 1 < Math.min(to, t.size()) && !t.get(k + 1).cap()
                        && officeHolderIsNot(described, t.get(k + 1).key())) {
                    // rule "office holder is no commoner": "President Jane Roe addressed parliament. “…,” the
                    // 23-year-old student said" is not the president's
                    described = null;
                }
                if (described != null && described.named() && place != null && ofOtherCountry(described, place)) {
                    // rule "nationality fits": "Blessing Roe won, beating American Tasha Doe. “…,” the Nigerian said"
                    // is not the American's
                    described = null;
                }
                if (described == null) {
                    return Speaker.role(DescriptionShapes.roleBefore(p, from, k)); // the person named last is not who it describes
                }
                return described.named() ? described : Speaker.role(DescriptionShapes.roleBefore(p, from, k));
            }
            if ((gaz.titles.contains(w) || PERSON_NOUNS.contains(w) && definite(t, from, k)) && !t.get(k).cap()
                    && !titleModifies(p, k, to)) {
                if (definite(t, from, k)) {
                    if (modifier != null) {
                        // "the GOP front-runner", "the Senate minority leader": only the person the sentence before
                        // is about, or someone the article titles with that body too; else the role, not the
                        // "Democratic front-runner" named last
                        ActorFinder.Mention before = sentences.previousSentenceSubject(p, t.get(from).start());
                        if (before != null && before.actor().isPerson() && !titledOtherwise(before.actor())
                                && refs.fitting(before, DescriptionShapes.words(t, from, k)) != null) {
                            return Speaker.of(before);
                        }
                        Speaker titled = describedPerson(p, t, from, k, w);
                        String body = p.text().substring(modifier.start(), modifier.end());
                        return titled != null && titledWith(titled, body) ? titled : Speaker.role(DescriptionShapes.roleBefore(p, from, k));
                    }
                    Speaker titled = describedPerson(p, t, from, k, w);
                    if (titled != null) {
                        return titled;
                    }
                    // "the investor said": a title no rule above ties to anyone, ending the phrase
                    titled = ofCue && !PRINCIPALS.contains(w) && (k + 1 >= Math.min(to, t.size())
                            || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1))) ? bare.described(p, from, k + 1, true) : null;
                    if (titled != null) {
                        return titled;
                    }
                }
                return Speaker.role(DescriptionShapes.roleBefore(p, from, k));
            }
        }
        Speaker demonym = ofCue ? demonymDescribed(p, from, to) : null;
        if (demonym != null) {
            return demonym;
        }
        Speaker winner = ofCue ? bare.winner(p, from, to) : null;
        if (winner != null) {
            return winner;
        }
        Speaker described = ofCue ? bare.described(p, from, to, false) : null;
        if (described == null && ofCue) {
            described = UnnamedGroups.role(p, from, to); // "“…,” prosecutors alleged": no one named before
        }
        return described != null ? described : Speaker.NONE;
    }

    /**
     * The named person a definite description with head {@code w} (token {@code k}) stands for: "the judge" right after
     * "Judge Jane Doe", "the minority leader" after "Senate Minority Leader Jane Roe", "the retired neurosurgeon", the
     * person the sentence before is about ("The longtime senator said …"); null when none.
     */
    private Speaker describedPerson(ArticleText.Para p, List<Token> t, int from, int k, String w) {
        Speaker winner = bare.winner(p, from, k + 1);
        if (winner != null) {
            return winner;
        }
        // "the judge wrote", right after a sentence naming Judge Jane Doe: her, and only if her title says so
        String place = DescriptionShapes.placeIn(p, from, k);
        Speaker titled = place == null ? null : refs.onlyPersonOfPlace(p, place, w);
        if (titled != null) {
            return titled; // "the Ohio governor": the one person titled with Ohio ("Ohio Gov. Jane Roe")
        }
        titled = echoes.echoed(p, t.get(from).start(), DescriptionShapes.words(t, from, k));
        if (titled != null) {
            return titled; // "Karin Roe … as the Democratic nominee" before "said the Democratic nominee"
        }
        titled = place == null ? null : refs.onlyPersonOfPlace(p, place, "counterpart");
        if (titled != null) {
            // rule "counterpart of the country": "Minister Priya Roe met her Japanese counterpart, Kenji Doe. “…,” the
            // Japanese minister said": the counterpart holds the title the other side's minister does
            return titled;
        }
        titled = refs.personWithTitle(p, t.get(k).start(), w);
        if (titled == null && gaz.titles.contains(w)) {
            // "the minority leader said", paragraphs after "Senate Minority Leader Jane Roe"
            titled = refs.personWithTitleBefore(p, t.get(k).start(), w);
            if (titled == null && !t.get(k).possessive()) {
                titled = refs.onlyPersonTitledLongBefore(p, w);
            }
        }
        if (titled == null && PERSON_NOUNS.contains(w)) {
            // "the retired neurosurgeon told": a description of the person so described
            titled = refs.personWithTitleBefore(p, t.get(k).start(), w);
        }
        if (titled == null && (PRINCIPALS.contains(w) || DescriptionShapes.demonymBefore(p, from, k)) && DescriptionShapes.describedAsTitle(t, from, k)) {
            // "“…,” McKellan said. The longtime senator said …": the person the sentence before is about
            // (not a person titled otherwise: "Mayor Roe ordered …. “…,” the judge wrote" is no mayor's);
            // "Spade said Friday it would have been cool had Halvorsen …. “…,” the Republican nominee said":
            // him, not the last one named
            ActorFinder.Mention before = sentences.previousSentenceSubject(p, DescriptionShapes.anchor(p, t.get(from).start()));
            // (rule "a justice is a judge": "Justice Jane Roe wrote for the majority. “…,” the judge wrote" is hers)
            titled = before == null || titledOtherwise(before.actor())
                    && !DescriptionFit.holdsOffice(DescriptionShapes.words(t, from, k), before.actor()) ? null
                    : refs.fitting(before, DescriptionShapes.words(t, from, k));
        }
        boolean holder = titled != null && titled.named() && titled.id() != null && formerOffice(t, from, k)
                && holdsNow(mentions.actor(titled.id()), w) && !namedFormer(titled.id());
        if ((titled == null || holder) && formerOffice(t, from, k)) {
            // rule "former office": "Opposition leader Kwaku Roe conceded defeat. “…,” the 61-year-old former finance
            // minister said": the person the sentence before is about, whose title today is another one, unless
            // he holds that office now (then "the former" one is someone else: "Finance Minister Ama Roe presented
            // the budget. “…,” the former finance minister said" is not hers)
            ActorFinder.Mention before = sentences.previousSentenceSubject(p, DescriptionShapes.anchor(p, t.get(from).start()));
            titled = before == null || !before.actor().isPerson() || holdsNow(before.actor(), w)
                    && !namedFormer(before.actor().id()) ? null : refs.fitting(before, DescriptionShapes.words(t, from, k));
            if (titled == null && holder) {
                return Speaker.role(DescriptionShapes.roleBefore(p, from, k));
            }
        }
        if (titled == null && PERSON_NOUNS.contains(w)) {
            // "On Thursday, Roe announced that Doe would …. In a statement, the business mogul said": the person
            // opening the sentence before, else the person named last
            // (a quotation the description attributes is the speaker's words: the last person named before it)
            int at = DescriptionShapes.anchor(p, t.get(from).start());
            ActorFinder.Mention opening = bare.openingSubjectBefore(p, t.get(from).start());
            // (rule "description fits person": "Sen. John Roe met donors. “…,” the Ohio governor said" is not Roe's)
            titled = opening != null ? refs.fitting(opening, DescriptionShapes.words(t, from, k))
                    : refs.lastPersonFitting(p, at == t.get(from).start() ? t.get(k).start() : at, DescriptionShapes.words(t, from, k));
            if (titled == null && opening != null) {
                titled = subjectBeforeMisfit(p, opening, DescriptionShapes.words(t, from, k));
            }
            titled = OfficeHolders.prefer(mentions, titled, p, at, DescriptionShapes.words(t, from, k), DescriptionShapes.placeIn(p, from, k));
            if (titled == null) {
                // "the Ohio governor said" when the person named last is "Sen. Jane Roe": the role, no later guess
                return Speaker.role(DescriptionShapes.roleBefore(p, from, k));
            }
            titled = titled.named() ? titled : null;
        }
        newsgen.model.Actor chief = titled != null && titled.named() && titled.id() != null ? mentions.actor(titled.id()) : null;
        if (chief != null && DescriptionFit.chiefOfOtherField(t, from, k, chief)) {
            // rule "which chief": "chief executive Sofia Roe … “…,” the finance chief said" is another chief's
            return Speaker.role(DescriptionShapes.roleBefore(p, from, k));
        }
        if (titled != null && titled.named() && place != null && ofOtherCountry(titled, place)) {
            // rule "nationality fits": "Kiprop pulled away from American Josh Doe. “…,” the Kenyan runner said"
            // is not the American's; rule "nationality narrows": the one other person of the sentence before
            Speaker other = onlyOtherOfCountry(p, t.get(from).start(), place);
            return other != null ? other : Speaker.role(DescriptionShapes.roleBefore(p, from, k));
        }
        return titled;
    }

    /**
     * "the former finance minister", "the 61-year-old former president": "the", an age or none, "former", at most two
     * lowercase words, then the title at {@code head}.
     */
    private static boolean formerOffice(List<Token> t, int from, int head) {
        int k = from;
        if (k >= head || !t.get(k).key().equals("the")) {
            return false;
        }
        k++;
        if (k < head && DescriptionShapes.AGE.matcher(t.get(k).key()).matches()) {
            k++;
        }
        if (k >= head || !t.get(k).key().equals("former") || head - k > 3) {
            return false;
        }
        for (int j = k + 1; j <= head; j++) {
            if (t.get(j).cap()) {
                return false;
            }
        }
        return true;
    }

    /** How many characters before a name "former" may stand to title it ("Former Vice President Al Roe"). */
    private static final int FORMER_REACH = 40;

    /**
     * Whether the article writes "former" in the title before a name of the person {@code id} ("Former Vice President
     * Al Roe"): the roles keep the title without it, so the text says whether the office is held now.
     */
    private boolean namedFormer(String id) {
        for (ArticleText.Para in : mentions.paragraphs()) {
            for (ActorFinder.Mention m : mentions.actors(in.index(), 0, Integer.MAX_VALUE)) {
                if (m.actor().id().equals(id)) {
                    String before = in.text().substring(Math.max(0, m.start() - FORMER_REACH), m.start());
                    int stop = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')));
                    if (before.substring(stop + 1).toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bformer\\b.*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a role of {@code a} holds the office {@code head} without "former" (he holds that office now). */
    private static boolean holdsNow(newsgen.model.Actor a, String head) {
        if (!PRINCIPALS.contains(head)) {
            return false; // "Doe pollster Jon Roe" may be a former one: only an office is held or not
        }
        for (String role : a.roles()) {
            String r = role.toLowerCase(java.util.Locale.ROOT);
            if (java.util.Arrays.asList(r.split("[^\\p{L}-]+")).contains(head) && !r.contains("former")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "subject before the misfit": "Roe called on Mayor Jon Doe to act. Doe disbanded the unit in 2014. “…,” the
     * Republican presidential candidate said": the person opening the sentence before cannot be what the description
     * says, so the person opening the sentence before that one, when that person can; else null.
     */
    private Speaker subjectBeforeMisfit(ArticleText.Para p, ActorFinder.Mention misfit, List<String> words) {
        ArticleText.Para in = misfit.para() == p.index() ? p : mentions.previous(p);
        ActorFinder.Mention earlier = in == null ? null : bare.openingSubjectBefore(in, misfit.start());
        return earlier == null || earlier.actor().id().equals(misfit.actor().id()) ? null : refs.fitting(earlier, words);
    }

    /**
     * Rule "demonym description": "the Japanese driver said", "the Kenyan runner told reporters": "the", a demonym
     * and a lowercase noun for a person no list holds, ending the subject: the one person the article ties to that
     * country, else the person the sentence before is about, when not of another country; else the description as
     * a role. Null when the words are not of that shape.
     */
    private Speaker demonymDescribed(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        int head = Math.min(to, t.size()) - 1;
        if (head <= from || t.get(head).cap() || !BareDescriptions.personNoun(t.get(head).key())
                || !definite(t, from, head) || !DescriptionShapes.demonymBefore(p, from, head)
                || !DescriptionShapes.describedAsTitle(t, from, head)) {
            return null;
        }
        String country = DescriptionShapes.placeIn(p, from, head);
        if (country == null) {
            return null;
        }
        Speaker found = refs.onlyPersonOfPlace(p, country, null);
        if (found == null) {
            ActorFinder.Mention before = sentences.previousSentenceSubject(p, DescriptionShapes.anchor(p, t.get(from).start()));
            found = before == null || !before.actor().isPerson() ? null : refs.fitting(before, DescriptionShapes.words(t, from, head));
        }
        if (found != null && found.named() && !ofOtherCountry(found, country)) {
            return found;
        }
        Speaker other = onlyOtherOfCountry(p, t.get(from).start(), country);
        return other != null ? other : Speaker.role(DescriptionShapes.roleBefore(p, from, head));
    }

    /**
     * Rule "nationality narrows": "American Josh Doe led for 30 kilometres before Daniel Roe pulled away. “…,” the
     * Kenyan runner said": when the sentence before names someone of another country than {@code country}, the one
     * person it names who is not (the winner a match report sets against a foreign rival); null when none or more.
     */
    private Speaker onlyOtherOfCountry(ArticleText.Para p, int offset, String country) {
        Speaker only = null;
        boolean foreign = false;
        for (ActorFinder.Mention m : sentences.previousSentencePeople(p, DescriptionShapes.anchor(p, offset))) {
            Speaker s = Speaker.of(m);
            if (ofOtherCountry(s, country)) {
                foreign = true;
            } else if (only == null || only.id().equals(s.id())) {
                only = s;
            } else {
                return null;
            }
        }
        return foreign && only != null && only.named() ? only : null;
    }

    /** Whether the named speaker {@code who} holds a public office that the noun {@code head} does not describe. */
    private boolean officeHolderIsNot(Speaker who, String head) {
        newsgen.model.Actor a = who.id() == null ? null : mentions.actor(who.id());
        return a != null && DescriptionFit.officeHolderIsNot(head, a);
    }

    /** Whether the named speaker {@code who} is a person of another country than {@code country}. */
    private boolean ofOtherCountry(Speaker who, String country) {
        newsgen.model.Actor a = who.id() == null ? null : mentions.actor(who.id());
        return a != null && DescriptionFit.ofOtherCountry(a, country);
    }

    /** Whether a person's roles hold the words {@code body} ("Senate" of "Senate Minority Leader"). */
    private boolean titledWith(Speaker who, String body) {
        newsgen.model.Actor a = who.id() == null ? null : mentions.actor(who.id());
        return a != null && Referents.titledWithPlace(a, " " + Slugs.fold(body) + " ", null);
    }

    /**
     * Whether {@code who} is named inside a quotation closing right before {@code offset} ("“My dear Jon Doe,” the
     * conference speaker says"): someone the speaker talks to or about, not the speaker.
     */
    private boolean namedInQuotationBefore(ArticleText.Para p, Speaker who, int offset) {
        int at = DescriptionShapes.anchor(p, offset);
        for (ActorFinder.Mention m : at < offset ? mentions.actors(p.index(), at, offset) : List.<ActorFinder.Mention>of()) {
            if (m.actor().id().equals(who.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "title as a modifier": "the veteran diplomat", "the senior economist": a title word right before the
     * phrase's last word, a lowercase noun for a person that is no title itself, only qualifies that noun, which is
     * the head to read.
     */
    private boolean titleModifies(ArticleText.Para p, int k, int to) {
        var t = p.tokens();
        int next = k + 1;
        if (next >= Math.min(to, t.size()) || next + 1 < Math.min(to, t.size()) || t.get(next).cap()
                || !PersonRules.punctuationFree(p.text(), t.get(k), t.get(next))) {
            return false;
        }
        String n = t.get(next).key();
        if (t.get(k).possessive()) {
            return true; // rule "owner's title": "the minister's spokeswoman" is a spokeswoman, the minister her owner
        }
        if (RANK_WORDS.contains(t.get(k).key()) && gaz.titles.contains(n)) {
            return true; // "the veteran economist", "the senior diplomat": a rank of the title after, which is the head
        }
        return !gaz.titles.contains(n) && (PERSON_NOUNS.contains(n) || MODIFIED_NOUN.matcher(n).matches());
    }

    /** Title words that, before another title, only rank it ("the veteran economist", "the senior official"). */
    private static final java.util.Set<String> RANK_WORDS = WordSet.of("veteran", "senior", "longtime", "top");

    /**
     * Endings of a noun for a person that a title word may qualify ("diplomat", "economist", "historian",
     * "engineer", "consultant"); not "-er" or "-or", which adverbs share ("the director further stated").
     */
    private static final java.util.regex.Pattern MODIFIED_NOUN = java.util.regex.Pattern.compile(
            "[a-z-]{3,}(?:ist|at|ian|eer|man|woman|ant|ent)");

    /** Whether a body's word at token {@code k} stands right before a person's title ending the phrase ("union leader"). */
    private boolean bodyBeforeTitle(ArticleText.Para p, int k, int to) {
        var t = p.tokens();
        int next = k + 1;
        return next < to && next < t.size() && next + 1 >= Math.min(to, t.size()) && !t.get(next).cap()
                && PersonRules.punctuationFree(p.text(), t.get(k), t.get(next))
                && (gaz.titles.contains(t.get(next).key()) || PRINCIPALS.contains(t.get(next).key()));
    }

    /** Two or more countries joined by "and" or commas, nothing else: "Mali and Burkina Faso warned". */
    Speaker group(ArticleText.Para p, int start, int end, boolean adjacent) {
        List<PlaceFinder.Mention> in = new ArrayList<>();
        for (PlaceFinder.Mention m : mentions.places(p.index(), start, end)) {
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
        if (adjacent && new TokenReader(p).wordsBetween(t.get(to - 1).end(), end) > Subjects.SUBJECT_GAP) {
            return null;
        }
        String name = p.surface(from, to);
        return Speaker.named(name);
    }

    /** See {@link ProxySpeakers#ownBodyOpening}; here so that the subject rules read one class. */
    Speaker ownBodyOpening(ArticleText.Para p, int first, int verb) {
        return proxies.ownBodyOpening(p, first, verb);
    }

    /** How many lowercase words a description opening a sentence may have ("the famously gruff senator"). */
    private static final int DESCRIPTION_WORDS = 5;

    /**
     * "The retired neurosurgeon addressed his concerns …", "In three interviews, the justice sounded off …": the
     * named person a definite description opening the clause before {@code offset} stands for (a title or a noun
     * of {@link DescriptionWords#PERSON_NOUNS}, as {@link #subject} reads them); NONE when the clause opens otherwise.
     */
    Speaker descriptionSubject(ArticleText.Para p, int offset) {
        return descriptionSubject(p, offset, false);
    }

    /**
     * As {@link #descriptionSubject(ArticleText.Para, int)}; with {@code roles}, capitalised words may stand in the
     * description and one that names no one is given as its role ("The Ohio governor fended off a challenge …"), for
     * "he" after it to stand for.
     */
    Speaker descriptionSubject(ArticleText.Para p, int offset, boolean roles) {
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
                && r.wordsBetween(clause, comma) <= SentenceSubjects.OPENING_PHRASE && mentions.actors(p.index(), clause, comma).isEmpty()
                && !r.markBetween(clause, comma) && !saysSomething(r, first, r.tokenAt(comma))) {
            first = r.tokenAt(comma); // "In three separate interviews, the justice …"
        }
        if (first + 1 >= open || !t.get(first).key().equals("the")) {
            return Speaker.NONE;
        }
        int end = first + 1;
        while (end < open && end - first <= DESCRIPTION_WORDS && (!t.get(end).cap() || roles) && r.joined(end - 1)) {
            end++;
        }
        Speaker s = subject(p, t.get(first).start(), t.get(end - 1).end(), first, end, false);
        return s.named() && mentions.isPerson(s.id()) || roles && s.role() != null ? s : Speaker.NONE;
    }

}
