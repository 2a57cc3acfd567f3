package newsgen.extract;

import newsgen.model.Actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static newsgen.extract.ActorDraft.*;
import static newsgen.extract.OrganizationNames.*;
import static newsgen.extract.PersonNames.*;
import static newsgen.extract.WrittenAs.*;

/**
 * The passes {@link ActorFinder} runs after its scan of the paragraphs, in the order it calls them: people named after
 * an outlet's possessive, full names merged with their surnames and typos, names echoed or listed with a person's,
 * surnames made people by a cue verb or a list, and the lookups by given name and short name the runs are resolved by.
 */
final class PersonPasses {
    private final Gazetteer gaz = Gazetteer.get();
    private final NameWordRules nameWords = new NameWordRules();
    private final OrganizationRules orgRules;
    private final AcronymRules acronymRules = new AcronymRules();

    PersonPasses(OrganizationRules orgRules) {
        this.orgRules = orgRules;
    }

    /**
     * Rule "name after an outlet's possessive": "CNN's Wolf Brannigan", "Fox News' Maren Nyland" (see
     * {@link NameEvidenceRules#outletsName}) are one of its people when every word of the name is only ever written with
     * a capital in the article; its programmes' and units' names ("CNN's Election Buzz", "the FBI's National
     * Security Division") have words the text also writes in lower case.
     */
    void outletPeople(ActorsFound f, Set<String> proper) {
        for (PersonRules.Candidate c : f.outletNames) {
            var t = c.para().tokens();
            boolean names = true;
            for (int k = c.from(); k < c.to() && names; k++) {
                names = proper.contains(t.get(k).key());
            }
            if (names) {
                f.candidates.add(c);
            }
        }
    }

    /**
     * "Spade gestured …" in paragraph 13, "Spade said" in paragraph 26: a surname that is a person only by its cue verb
     * is made one before the runs are resolved in text order, so that its mentions before the cue are his too. Only
     * where the run would be made a person anyway: nothing else (an organisation, a person named in full, a given
     * name, an acronym) explains it.
     */
    void cueSurnamePeople(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people, Set<String> proper,
                          ArticleText text) {
        for (RunAt u : f.unresolved) {
            if (u.run().size() != 1 || !f.cueSurnames.contains(at(u.para(), u.run().from())) || !proper.contains(u.key())
                    || f.orgByAlias.get(u.key()) != null || index.find(u.key(), true) != null
                    || f.orgByShortName.get(u.key()) != null || byGivenName(people, u) != null || shortName(f, u) != null
                    || acronymRules.unknownAcronym(u.para(), u.run()) || inOrganizationName(f, u.key())
                    || CommonWordNames.notAName(text, u.key()) || CommonWordNames.modifierOnly(text, u.key())) {
                continue;
            }
            ActorDraft person = new ActorDraft(Actor.PERSON, u.para().surface(u.run().from(), u.run().to()));
            people.add(person);
            index.add(person, Slugs.fold(person.name), person.surnames());
        }
    }

    /**
     * Rule "surname listed with a person": "Okafor and Halvorsen created …", "Hedge and Jane Roe": one plain word nothing
     * else explains (a proper noun of the article, shaped like a surname, no town) joined by "and" to a person's name
     * is a person's surname too. Made before the runs are resolved, so that its other
     * mentions are his.
     */
    void listedSurnamePeople(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people, ArticleText text) {
        Set<Long> ends = null;
        Set<Long> starts = null;
        Set<String> proper = null;
        for (RunAt u : f.unresolved) {
            ArticleText.Para p = u.para();
            var t = p.tokens();
            int k = u.run().from();
            if (u.run().size() != 1 || p.kind() != newsgen.model.ParagraphKind.BODY || t.get(k).initial()
                    || t.get(k).possessive() || !nameWords.surnameLike(t.get(k), false)
                    || !LETTERS_ONLY.matcher(t.get(k).text()).matches() || Towns.contains(t.get(k).text())
                    || t.get(k).end() < p.text().length() && p.text().charAt(t.get(k).end()) == '.'
                    && Abbreviations.keepsSentence(t.get(k).text())) { // not "Sens." of "Sens. Roe and Doe"

                continue;
            }
            if (ends == null) {
                ends = new HashSet<>();
                starts = new HashSet<>();
                for (PersonRules.Candidate c : f.candidates) {
                    ends.add(at(c.para(), c.to()));
                    starts.add(at(c.para(), c.from()));
                }
            }
            int before = listNeighbour(p, k, -1);
            int after = listNeighbour(p, k, 1);
            boolean listed = before >= 0 && (ends.contains(at(p, before + 1)) || knownSurname(p, before, index))
                    && !nameWords.quotedTitle(p, before, k + 1)
                    || after >= 0 && (starts.contains(at(p, after)) || knownSurname(p, after, index))
                    && !nameWords.quotedTitle(p, k, after + 1); // not 'Fox and Friends,'
            if (k > 0 && Character.isDigit(t.get(k - 1).text().charAt(0))) {
                continue; // "98 Degrees": a number before is no name's
            }
            if (!listed || f.orgByAlias.get(u.key()) != null || index.find(u.key(), true) != null
                    || f.orgByShortName.get(u.key()) != null || byGivenName(people, u) != null || shortName(f, u) != null
                    || acronymRules.unknownAcronym(p, u.run()) || inOrganizationName(f, u.key())) {
                continue;
            }
            if (proper == null) {
                proper = properNouns(text);
            }
            if (proper.contains(u.key())) {
                ActorDraft person = new ActorDraft(Actor.PERSON, p.surface(k, k + 1));
                people.add(person);
                index.add(person, Slugs.fold(person.name), person.surnames());
            }
        }
    }

    /**
     * "Mikel Ostolaza’s cross … Ostolaza had fouled": a pair or triple of capitalised words nothing else explains whose
     * last word comes back alone later in the text, not opening a sentence, is a person named in full then by surname.
     */
    void echoedNames(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people, ArticleText text) {
        Set<String> alone = new HashSet<>();
        for (RunAt u : f.unresolved) {
            var t = u.para().tokens();
            int after = u.run().to();
            boolean cue = after < t.size() && gaz.cueVerb.test(t.get(after)) && !t.get(after).cap();
            boolean afterThe = u.run().from() > 0 && t.get(u.run().from() - 1).key().equals("the");
            if (u.run().size() == 1 && !afterThe && (!t.get(u.run().from()).initial() || cue)) {
                alone.add(u.key()); // "… booked Vesco", "Vesco said": not a capital that only opens a sentence
            }
        }
        if (alone.isEmpty()) {
            return;
        }
        for (RunAt u : f.unresolved) {
            ArticleText.Para p = u.para();
            NameRuns.Run r = u.run();
            if (r.size() < 2 || r.size() > 3 || p.kind() != newsgen.model.ParagraphKind.BODY
                    || r.from() > 0 && p.tokens().get(r.from() - 1).key().equals("the")
                    || !alone.contains(Slugs.fold(p.tokens().get(r.to() - 1).text()))
                    || f.orgByAlias.containsKey(u.key()) || index.find(u.key(), false, false) != null
                    || wordBeforeKnownSurname(p, r, index, text, people) || namedForKnownSurname(p, r, index)
                    || !nameWords.validName(p, r.from(), r.to())) {
                continue;
            }
            boolean plain = true;
            for (int k = r.from(); k < r.to() && plain; k++) {
                plain = p.matchAt(k) == null && !NameRuns.CONNECTOR.test(p.tokens().get(k));
            }
            if (plain) {
                ActorDraft d = new ActorDraft(Actor.PERSON, p.surface(r.from(), r.to()));
                people.add(d);
                index.add(d, Slugs.fold(d.name), d.surnames());
            }
        }
    }

    /**
     * "Absent Hollis' plan …", "Had Hollis won …", "Top Hollis strategists …": a sentence's capitalised opening
     * word before the surname of someone the article already names in full is that person with a word before him, when
     * the opening word reads as a word: one of the non-names, a word ending in -ing, -ed or -ly, or a word the article
     * also writes in lower case. A given name, or a word that is only ever a name here, makes a relative ("Lakisha
     * Voss" beside "Darnell Voss").
     * Rule "word before a known name": the opening may also follow a colon, a semicolon, a dash or a quotation mark
     * ("Report: Half Halvorsen's meetings …", "… socialism; Young Hollis supporters …", "“Crooked Marta”"), the
     * name may be the given name of someone named in full ("Crooked Marta" beside "Marta Halvorsen"), and the
     * words of {@link #OPENING_WORDS} read as words too ("Six Spade supporters", "Former Ashford aide …", "Team Spade"),
     * and so does any English word of {@link EnglishWords} that no given-name list has ("Notice Spade is …", "Hail
     * Spade").
     */
    boolean wordBeforeKnownSurname(ArticleText.Para p, NameRuns.Run r, NameIndex<ActorDraft> index, ArticleText text,
                                   List<ActorDraft> people) {
        var t = p.tokens();
        Token first = t.get(r.from());
        String word = first.key();
        boolean opens = first.initial() || r.from() == 0
                || !PersonRules.punctuationFree(p.text(), t.get(r.from() - 1), first);
        // rule "epithet before a known name": inside a sentence too, an English word that no given-name list has, or
        // "Team", before a known name is a word about him ("a debate with Crazy Jane", "that Team Roe's contention")
        boolean epithet = (EnglishWords.contains(word) || OPENING_WORDS.contains(word)) && !first.upper();
        if (r.size() != 2 || !opens && !epithet || gaz.givenNames.contains(word)) {
            return false;
        }
        String last = t.get(r.to() - 1).key();
        if (index.allWithSurname(last).isEmpty() && !givenNameOfNamed(people, last)) {
            return false;
        }
        return gaz.nonName.test(first) || word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly")
                || OPENING_WORDS.contains(word) || writtenAs(text, word, w -> !w.cap()) || EnglishWords.contains(word);
    }

    /**
     * Number words, words that open a role or tell an age, and "Team" of a campaign named for its candidate ("Team
     * Spade"): before a name at a sentence's start they are the sentence's.
     */
    private static final Set<String> OPENING_WORDS = WordSet.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "dozens", "hundreds", "thousands", "first", "second", "third", "last", "former",
            "then", "ex", "late", "young", "old", "team");

    /**
     * Rule "named for a known surname": "Spade National Doral", "Spade World", "Hedge Right to Rise": a run opening with
     * the surname of someone the article names in full, that word no given name, names a thing of his (a property, a
     * circle, a committee), not another person: a relative is written given name first.
     */
    private boolean namedForKnownSurname(ArticleText.Para p, NameRuns.Run r, NameIndex<ActorDraft> index) {
        String first = p.tokens().get(r.from()).key();
        return !gaz.givenNames.contains(first) && !gaz.familyFirst.contains(first) && !index.allWithSurname(first).isEmpty();
    }

    /** Whether someone named in full has {@code key} for his given name ("Marta" of "Marta Halvorsen"). */
    private static boolean givenNameOfNamed(List<ActorDraft> people, String key) {
        for (ActorDraft d : people) {
            int sp = d.name.indexOf(' ');
            if (sp > 0 && Slugs.fold(d.name.substring(0, sp)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Marta Halvorsen … Marta said": a given name alone is the one person of the article named in full with it;
     * with two such people it names neither.
     */
    ActorDraft byGivenName(List<ActorDraft> people, RunAt u) {
        String key = u.para().tokens().get(u.run().from()).key();
        if (gaz.givenName.test(u.para().tokens().get(u.run().from()))) {
            return withGivenName(people, key);
        }
        return u.run().size() == 1 ? firstNameOfOne(u.para().tokens().get(u.run().from()), people) : null;
    }

    /**
     * Rule "first name of one named in full": "Water Minister Tesfaye Alemu … Tesfaye said", "Gudrun Einarsdottir …
     * Gudrun said": where names have no family name (Ethiopian, Eritrean, Icelandic, Burmese use) a person is called
     * by the first word of the full name, which no given-name list may hold. A word alone, no English word and no
     * listed given name (those are {@link #byGivenName}'s), is the one person named in full with it for first word.
     */
    private static ActorDraft firstNameOfOne(Token w, List<ActorDraft> people) {
        return EnglishWords.KEY.test(w) || Gazetteer.get().givenName.test(w) ? null : withGivenName(people, w.key());
    }

    /** The one person of {@code people} named in full with the given name {@code key}; null when none is, or several. */
    static ActorDraft withGivenName(List<ActorDraft> people, String key) {
        ActorDraft found = null;
        for (ActorDraft d : people) {
            int sp = d.name.indexOf(' ');
            if (sp > 0 && Slugs.fold(d.name.substring(0, sp)).equals(key)) {
                if (found != null) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /**
     * "The Washington Post … The Post said": the head word of an organisation's name after "the" is that
     * organisation when one organisation of the article ends with it.
     */
    ActorDraft shortName(ActorsFound f, RunAt u) {
        var t = u.para().tokens();
        int k = u.run().from();
        if (k == 0 || !t.get(k - 1).key().equals("the") || !gaz.orgHead.test(t.get(k))) {
            return null;
        }
        ActorDraft found = null;
        for (ActorDraft o : f.orgs.values()) {
            int sp = o.name.lastIndexOf(' ');
            if (sp > 0 && Slugs.fold(o.name.substring(sp + 1)).equals(t.get(k).key())) {
                if (found != null) {
                    return null; // two of them: "the Times" says which to a reader, not to us
                }
                found = o;
            }
        }
        if (found != null) {
            alias(found, u.para().surface(k - 1, k + 1));
            alias(found, t.get(k).text());
        }
        return found;
    }

    /**
     * "Walter Spade, Ben Garrity and Carla Finetti": a pair or triple of plain capitalised words in a list with a person
     * (a comma or "and" between) is a person too. Two passes, so a list of three is found from either end.
     */
    void listedNames(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people) {
        Set<Long> starts = new HashSet<>();
        Set<Long> ends = new HashSet<>();
        for (PersonRules.Candidate c : f.candidates) {
            starts.add(at(c.para(), c.from()));
            ends.add(at(c.para(), c.to()));
        }
        // keyed by position: a record's hash would hash its whole paragraph
        Set<Long> taken = new HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (RunAt u : f.unresolved) {
                ArticleText.Para p = u.para();
                NameRuns.Run r = u.run();
                if (taken.contains(at(p, r.from())) || r.size() < 2 || r.size() > 3 || p.kind() != newsgen.model.ParagraphKind.BODY
                        || f.orgByAlias.containsKey(u.key()) || index.find(u.key(), false, false) != null
                        || !nameWords.validName(p, r.from(), r.to())) {
                    continue;
                }
                boolean plain = true;
                for (int k = r.from(); k < r.to() && plain; k++) {
                    plain = p.matchAt(k) == null && !NameRuns.CONNECTOR.test(p.tokens().get(k));
                }
                var t = p.tokens();
                boolean before = r.from() > 0 && ends.contains(at(p, r.from()))
                        && listGap(p.text(), t.get(r.from() - 1).end(), t.get(r.from()).start());
                boolean after = r.to() < t.size() && starts.contains(at(p, r.to() + 0))
                        && listGap(p.text(), t.get(r.to() - 1).end(), t.get(r.to()).start());
                if (!after && r.to() < t.size() && t.get(r.to()).key().equals("and") && r.to() + 1 < t.size()) {
                    after = starts.contains(at(p, r.to() + 1)) && listGap(p.text(), t.get(r.to() - 1).end(), t.get(r.to() + 1).start());
                }
                if (!before && r.from() > 1 && t.get(r.from() - 1).key().equals("and")) {
                    before = ends.contains(at(p, r.from() - 1))
                            && listGap(p.text(), t.get(r.from() - 2).end(), t.get(r.from()).start());
                }
                // rule "town, not a person" here too: "the mayor of Terre Haute, Duke Barlow," lists no two people
                if (plain && (before || after) && !NamedForPeople.townNotName(p, r.from(), r.to())) {
                    ActorDraft d = new ActorDraft(Actor.PERSON, p.surface(r.from(), r.to()));
                    people.add(d);
                    index.add(d, Slugs.fold(d.name), d.surnames());
                    starts.add(at(p, r.from()));
                    ends.add(at(p, r.to()));
                    taken.add(at(p, r.from()));
                }
            }
        }
    }

    /** Full names first, then surnames and typos onto them; people seen only in captions or headlines are dropped. */
    List<ActorDraft> mergePeople(List<PersonRules.Candidate> candidates, Map<PersonRules.Candidate, String> nicknames,
                                 NameIndex<ActorDraft> index) {
        List<ActorDraft> people = new ArrayList<>();
        TitledSurnames titled = new TitledSurnames();
        HonorificSex.Couples couples = new HonorificSex.Couples();
        for (int pass = 0; pass < 3; pass++) {
            if (pass == 2) {
                titled.knowRoles(people); // the roles of the full names, which decide whose a titled surname is
            }
            for (PersonRules.Candidate c : candidates) {
                boolean full = c.to() - c.from() > 1;
                boolean opener = full && openerPair(c);
                // "Donald Jr.": a given name and a suffix is read with the surnames, after the full name it shortens
                boolean shortForm = PersonNames.givenAndSuffix(c.name()) != null && c.to() - c.from() == 2;
                if ((pass == 0) != (full && !opener && !shortForm) || (pass == 1) != opener) {
                    continue;
                }
                if (opener) {
                    // "Neither Lund nor …", "See Spade's …": the sentence's first word before a surname already known
                    Token last = c.para().tokens().get(c.to() - 1);
                    ActorDraft known = index.find(last.key(), true, false);
                    Gazetteer.Match place = c.para().matchAt(c.to() - 1);
                    if (known != null) {
                        alias(known, last.text());
                        addSpan(known, c.para(), c.to() - 1, c.to());
                        continue;
                    }
                    if (place != null && place.from() == c.to() - 1 && place.entry().isPlace()) {
                        continue; // "Say Mexico demanded …": a verb opening the sentence, then a country
                    }
                }
                ActorDraft d = index.find(Slugs.fold(c.name()), !full);
                if (d != null && !full) {
                    d = HonorificSex.personOfItsSex(c, d, index); // rule "honorific of the other sex"
                }
                if (!full) {
                    d = couples.person(c, d, people, index); // rule "couple by their honorifics"
                }
                String role = c.role();
                if (d != null && !full && role != null) {
                    ActorDraft holder = titled.holder(c, d, index); // rule "title follows its holder"
                    if (holder == null) {
                        role = null; // the office fits none or several of those who share the surname: nobody's role
                    } else {
                        d = holder;
                    }
                }
                if (d == null && full && c.role() == null) {
                    // "Sarmento Vaz told journalists": a two-word surname of someone named in full before
                    d = index.find(Slugs.fold(c.name()), true, false);
                }
                if (d == null && full && c.to() - c.from() >= 3) {
                    ActorDraft known = nameBeforeTitleCaseWord(c, index);
                    if (known != null) {
                        alias(known, c.para().surface(c.from(), c.to() - 1));
                        addSpan(known, c.para(), c.from(), c.to() - 1);
                        continue;
                    }
                }
                if (d == null && !full) {
                    d = KnightlyNames.holder(c, people); // rule "knight's given name": "Sir Keith" after "Sir Keith Roe"
                }
                if (d == null && !full) {
                    d = firstNameOfOne(c.para().tokens().get(c.from()), people);
                }
                String nickname = nicknames.get(c);
                if (d == null && nickname != null) {
                    d = index.find(Slugs.fold(nickname), false, false); // "Bobby Doe" named before "Robert C. "Bobby" Doe"
                }
                // rule "title-case first line": a first paragraph in title case is the headline even when the loader
                // kept it as body ("Gold Star Mom Corners Roe On … ‘Islamic Terrorist.’" ends like a sentence): a
                // name there that no given name opens is made by the body or not at all
                boolean weak = (c.para().kind() != newsgen.model.ParagraphKind.BODY || NameRuns.headline(c.para())
                        && !gaz.givenName.test(c.para().tokens().get(c.from())))
                        // rule "headline subject": "Sione Taufa Wins City Marathon" names him whether the body does or not
                        && !HeadlineNames.headlineSubject(c);
                if (d == null && weak) {
                    continue;
                }
                if (d == null) {
                    d = new ActorDraft(Actor.PERSON, c.name());
                    people.add(d);
                    index.add(d, Slugs.fold(d.name), d.surnames());
                    if (!full) {
                        couples.made(c, d);
                    }
                    String plain = full ? withoutInitials(c.name()) : null; // only for a new person
                    if (plain != null) {
                        index.addKey(d, Slugs.fold(plain)); // "Walter Spade" after "Walter J. Spade"
                    }
                    String bare = withoutSuffix(c.name());
                    // rule "generational suffix": "Joseph R. Lindqvist Jr." is also "Joseph R. Lindqvist", unless the text
                    // named someone else so ("Duncan Fisher … His father, Duncan Fisher Sr."): two people
                    if (bare != null && index.find(Slugs.fold(bare), false, false) == null) {
                        alias(d, bare);
                        index.addKey(d, Slugs.fold(bare));
                    }
                    String given = PersonNames.givenAndSuffix(c.name());
                    if (bare != null && given != null) {
                        index.addKey(d, Slugs.fold(given)); // "Donald Jr." after "Donald Roe Jr."
                    }
                }
                alias(d, c.name());
                if (nickname == null) {
                    alias(d, c.para().surface(c.from(), c.to())); // "Ivana" of "his daughter Ivana"
                } else {
                    alias(d, nickname); // rule "nickname in quotation marks" (Nicknames): "Bobby Doe", and "Bobby" alone
                    index.addKey(d, Slugs.fold(nickname));
                    if (nickname.endsWith(c.name().substring(c.name().lastIndexOf(' ')))) {
                        index.addKey(d, Slugs.fold(nickname.substring(0, nickname.lastIndexOf(' '))));
                    } // a byname of several words ("The Hammer") is its own key only
                }
                index.addKey(d, Slugs.fold(c.name()));
                addSpan(d, c.para(), c.from(), c.to());
                if (role != null) {
                    d.roles.add(role);
                }
                if (d.affiliation == null) {
                    d.affiliation = c.affiliation();
                }
            }
        }
        return people;
    }

    /**
     * Rule "known name before a title-case word": in a line in title case ("Jane Roe Put On The Defensive Over …", the
     * headline of a linked story), a known person's full name and then a common English word that is no given name is
     * that person followed by the line's verb, which title case capitalised: the person, or null.
     */
    private ActorDraft nameBeforeTitleCaseWord(PersonRules.Candidate c, NameIndex<ActorDraft> index) {
        Token last = c.para().tokens().get(c.to() - 1);
        if (!last.cap() || last.upper() || !EnglishWords.KEY.test(last) || gaz.givenName.test(last)
                || !NameRuns.titleCaseLine(c.para())) {
            return null;
        }
        return index.find(Slugs.fold(c.para().surface(c.from(), c.to() - 1)), false, false);
    }

    /**
     * A pair whose first word opens the sentence, is no given name and has no title or role with it ("Neither Lund",
     * "Besides Centerview"): its capital may be the sentence's, so it is read after the certain full names.
     */
    boolean openerPair(PersonRules.Candidate c) {
        var t = c.para().tokens();
        Token first = t.get(c.from());
        boolean opens = first.initial() || c.from() == 0
                || !PersonRules.punctuationFree(c.para().text(), t.get(c.from() - 1), first); // "5) Can Hollis …"
        return c.to() - c.from() == 2 && c.role() == null && opens && !gaz.givenName.test(first)
                && !gaz.title.test(first) && c.name().indexOf('.') < 0;
    }
}
