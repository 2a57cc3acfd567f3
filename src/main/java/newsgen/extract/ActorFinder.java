package newsgen.extract;

import newsgen.model.Actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static newsgen.extract.ActorDraft.*;
import static newsgen.extract.OrganizationNames.*;
import static newsgen.extract.PersonNames.*;
import static newsgen.extract.WrittenAs.*;

/**
 * Finds the people and organisations of an article and merges their spellings: a surname alone, an acronym,
 * a one-letter typo of a name already seen. People need evidence ({@link PersonRules}); organisations come from
 * the gazetteer, from head words ("… Alliance", "Ministry of …") and from acronyms defined in the text.
 */
final class ActorFinder {
    /** Where an actor is named: paragraph index and character offsets. */
    record Mention(int para, int start, int end, Actor actor) {
    }

    /** What was found: the actors in order of first mention, where each is named, and the words of names found by rule. */
    record Result(List<Actor> actors, List<Mention> mentions, Set<Long> nameTokens) {
    }

    private final Gazetteer gaz = Gazetteer.get();
    private final PersonRules personRules = new PersonRules();
    private final OrganizationRules orgRules = new OrganizationRules();

    Result find(ArticleText text) {
        ActorsFound f = new ActorsFound();
        for (ArticleText.Para p : text.paras) {
            scan(p, f);
        }
        // read only when some "Carson said" or "CNN's Wolf Blitzer" waits for it: most articles never need it
        Set<String> proper = f.cueSurnames.isEmpty() && f.outletNames.isEmpty() ? Set.of() : properNouns(text);
        outletPeople(f, proper);
        NameIndex<ActorDraft> index = new NameIndex<>();
        List<ActorDraft> people = mergePeople(f.candidates, index);
        echoedNames(f, index, people, text);
        listedNames(f, index, people);
        surnamesCalledGroups(f, index);
        cueSurnamePeople(f, index, people, proper);
        listedSurnamePeople(f, index, people, text);
        for (RunAt u : f.unresolved) {
            ActorDraft org = f.orgByAlias.get(u.key());
            ActorDraft person = org == null ? index.find(u.key(), u.run().size() == 1) : null;
            if (person != null && u.run().size() == 1) {
                person = nearestBefore(index.allWithSurname(u.key()), u, person);
            }
            if (org == null && person == null && u.run().size() == 1) {
                org = f.orgByShortName.get(u.key());
                if (org != null) {
                    alias(org, u.para().surface(u.run().from(), u.run().to()));
                }
            }
            if (org == null && person == null && u.run().size() == 1) {
                person = byGivenName(people, u);
            }
            if (org == null && person == null && u.run().size() == 1) {
                org = shortName(f, u);
            }
            if (org == null && person == null && u.run().size() == 1 && newspaperByShortName(u)) {
                org = org(f.orgs, f.orgByAlias, "The " + u.para().tokens().get(u.run().from()).text());
                alias(org, u.para().tokens().get(u.run().from()).text());
            }
            if (org == null && person == null && orgRules.employerAfterJob(u.para(), u.run())
                    && !(u.run().size() == 1 && writtenAs(text, u.key(), t -> !t.cap()))) { // not "secretary of Education"
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && orgRules.employerBeforeJob(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && orgRules.accordingTo(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, orgRules.withDomain(u.para(), u.run()));
            }
            if (org == null && person == null && orgRules.armedService(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && orgRules.camelCaseBrand(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && orgRules.unknownAcronym(u.para(), u.run())
                    && !writtenAs(text, u.key(), t -> !t.upper())) {
                // "MSNBC reported", "the NAACP": an acronym nothing else explains names an organisation
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && f.cueSurnames.contains(at(u.para(), u.run().from()))
                    && proper.contains(u.key())) {
                person = new ActorDraft(Actor.PERSON, u.para().surface(u.run().from(), u.run().to()));
                people.add(person);
                index.add(person, Slugs.fold(person.name), person.surnames());
            }
            if (org != null) {
                addSpan(org, u.para(), u.run().from(), u.run().to());
            } else {
                person(u, person, index, f.nameTokens);
            }
        }
        for (RunAt u : f.placeNamed) {
            person(u, index.find(u.key(), true, false), index, f.nameTokens);
        }
        for (PersonRules.Candidate c : f.candidates) {
            mark(f.nameTokens, c.para(), c.from(), c.to());
        }
        List<ActorDraft> all = new ArrayList<>(people);
        all.addAll(f.orgs.values());
        all.sort((a, b) -> Long.compare(firstSpan(a), firstSpan(b)));
        List<Actor> actors = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (ActorDraft d : all) {
            d.aliases.remove(d.name);
            d.actor = new Actor(Slugs.slug(d.name), d.name, d.type, List.copyOf(d.aliases), List.copyOf(d.roles),
                    d.affiliation, d.spans.size());
            actors.add(d.actor);
            for (int[] s : d.spans) {
                mentions.add(new Mention(s[0], s[1], s[2], d.actor));
            }
        }
        mentions.sort((a, b) -> a.para() != b.para() ? Integer.compare(a.para(), b.para()) : Integer.compare(a.start(), b.start()));
        return new Result(List.copyOf(actors), List.copyOf(mentions), f.nameTokens);
    }

    /**
     * Rule "name after an outlet's possessive": "CNN's Wolf Blitzer", "Fox News' Megyn Kelly" (see
     * {@link PersonRules#outletsName}) are one of its people when every word of the name is only ever written with
     * a capital in the article; its programmes' and units' names ("CNN's Election Buzz", "the FBI's National
     * Security Division") have words the text also writes in lower case.
     */
    private void outletPeople(ActorsFound f, Set<String> proper) {
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
     * "Trump gestured …" in paragraph 13, "Trump said" in paragraph 26: a surname that is a person only by its cue verb
     * is made one before the runs are resolved in text order, so that its mentions before the cue are his too. Only
     * where the run would be made a person anyway: nothing else (an organisation, a person named in full, a given
     * name, an acronym) explains it.
     */
    private void cueSurnamePeople(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people, Set<String> proper) {
        for (RunAt u : f.unresolved) {
            if (u.run().size() != 1 || !f.cueSurnames.contains(at(u.para(), u.run().from())) || !proper.contains(u.key())
                    || f.orgByAlias.get(u.key()) != null || index.find(u.key(), true) != null
                    || f.orgByShortName.get(u.key()) != null || byGivenName(people, u) != null || shortName(f, u) != null
                    || orgRules.unknownAcronym(u.para(), u.run()) || inOrganizationName(f, u.key())) {
                continue;
            }
            ActorDraft person = new ActorDraft(Actor.PERSON, u.para().surface(u.run().from(), u.run().to()));
            people.add(person);
            index.add(person, Slugs.fold(person.name), person.surnames());
        }
    }

    /**
     * Rule "surname listed with a person": "Obama and Clinton created …", "Bush and Jane Roe": one plain word nothing
     * else explains (a proper noun of the article, shaped like a surname, no town) joined by "and" to a person's name
     * is a person's surname too. Made before the runs are resolved, so that its other
     * mentions are his.
     */
    private void listedSurnamePeople(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people, ArticleText text) {
        Set<Long> ends = null;
        Set<Long> starts = null;
        Set<String> proper = null;
        for (RunAt u : f.unresolved) {
            ArticleText.Para p = u.para();
            var t = p.tokens();
            int k = u.run().from();
            if (u.run().size() != 1 || p.kind() != newsgen.model.ParagraphKind.BODY || t.get(k).initial()
                    || t.get(k).possessive() || !personRules.surnameLike(t.get(k), false)
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
                    && !personRules.quotedTitle(p, before, k + 1)
                    || after >= 0 && (starts.contains(at(p, after)) || knownSurname(p, after, index))
                    && !personRules.quotedTitle(p, k, after + 1); // not 'Fox and Friends,'
            if (k > 0 && Character.isDigit(t.get(k - 1).text().charAt(0))) {
                continue; // "98 Degrees": a number before is no name's
            }
            if (!listed || f.orgByAlias.get(u.key()) != null || index.find(u.key(), true) != null
                    || f.orgByShortName.get(u.key()) != null || byGivenName(people, u) != null || shortName(f, u) != null
                    || orgRules.unknownAcronym(p, u.run()) || inOrganizationName(f, u.key())) {
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

    /** One paragraph: gazetteer organisations, then each capitalised run as a person, an organisation or unresolved. */
    private void scan(ArticleText.Para p, ActorsFound f) {
        boolean titleCase = orgRules.titleCase(p);
        List<NameRuns.Run> runs = NameRuns.runs(p);
        Set<Gazetteer.Match> inside = titleCase ? Set.of() : insideLongerNames(p, runs);
        for (Gazetteer.Match m : p.matches()) {
            if (m.entry().kind() == Gazetteer.Kind.ORGANIZATION && !inside.contains(m)) {
                ActorDraft d = org(f.orgs, f.orgByAlias, m.entry().name());
                addSpan(d, p, m.from(), m.to());
                alias(d, p.surface(m.from(), m.to()));
            }
        }
        int definition = -1;
        for (NameRuns.Run run : runs) {
            if (run.from() == definition) {
                continue; // the "(AES)" of "Alliance of Sahel States (AES)" is part of that mention
            }
            Gazetteer.Match m = p.matchAt(run.from());
            boolean covered = m != null && m.from() <= run.from() && m.to() >= run.to();
            ActorDraft defined = null;
            if (covered) {
                Gazetteer.Kind kind = m.entry().kind();
                defined = kind == Gazetteer.Kind.ORGANIZATION ? f.orgByAlias.get(Slugs.fold(m.entry().name())) : null;
                if (run.size() == 1 && (kind == Gazetteer.Kind.CITY || kind == Gazetteer.Kind.REGION)) {
                    f.placeNamed.add(new RunAt(p, run));
                }
            } else {
                PersonRules.Candidate c = personRules.person(p, run);
                if (c == null) {
                    c = relative(p, run, f.candidates);
                }
                if (c == null && personRules.outletsName(p, run)) {
                    f.outletNames.add(new PersonRules.Candidate(p, run.from(), run.to(), p.surface(run.from(), run.to()), null, null));
                }
                if (c != null && personRules.byCueAlone(c)) {
                    // "Carson said": decided once the whole article is read, after full names and organisations
                    f.cueSurnames.add(at(p, run.from()));
                    f.unresolved.add(new RunAt(p, run));
                    continue;
                }
                if (c != null) {
                    f.candidates.add(c);
                    NameRuns.Run body = titleCase ? null : orgRules.orgBeforeTitle(p, run, c.from());
                    if (body != null) {
                        ActorDraft d = org(f.orgs, f.orgByAlias, p.surface(body.from(), body.to()));
                        addSpan(d, p, body.from(), body.to());
                        mark(f.nameTokens, p, body.from(), body.to());
                    }
                    NameRuns.Run employer = titleCase ? null : orgRules.employerOfPerson(p, run, c.to());
                    if (employer != null) {
                        ActorDraft d = org(f.orgs, f.orgByAlias, p.surface(employer.from(), employer.to()));
                        addSpan(d, p, employer.from(), employer.to());
                        mark(f.nameTokens, p, employer.from(), employer.to());
                    }
                    continue;
                }
                run = orgRules.withoutOpener(p, run);
                m = p.matchAt(run.from());
                if (!titleCase && (orgRules.isOrgName(p, run) || orgRules.namedByNoun(p, run))) {
                    Gazetteer.Match known = m != null && m.from() == run.from()
                            && m.entry().kind() == Gazetteer.Kind.ORGANIZATION ? m : null;
                    if (known != null && orgRules.onlyHeads(p, known.to(), run.to())) {
                        // "Apple Inc.": a known organisation with a company suffix is that organisation
                        defined = f.orgByAlias.get(Slugs.fold(known.entry().name()));
                        alias(defined, p.surface(run.from(), run.to()));
                    } else {
                        defined = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.to()));
                        defined.oneWordByRule = run.size() == 1 && defined.spans.isEmpty();
                        addSpan(defined, p, run.from(), run.to());
                        mark(f.nameTokens, p, run.from(), run.to());
                        Token first = p.tokens().get(run.from());
                        if (run.size() >= 2 && orgRules.companyName(p, run)) {
                            f.orgByShortName.putIfAbsent(first.key(), defined);
                        }
                        if (run.size() >= 2 && first.upper() && first.text().indexOf('.') < 0 // not "D.E. Shaw"
                                && !f.orgByAlias.containsKey(first.key())
                                && p.matchAt(run.from()) == null) {
                            // "TAP Air Portugal": the acronym it opens with is its short name
                            alias(defined, first.text());
                            f.orgByAlias.put(first.key(), defined);
                        }
                    }
                }
            }
            String acronym = orgRules.acronymAfter(p, run);
            if (acronym != null) {
                definition = run.to();
                if (defined == null && !covered && orgRules.initialsMatch(p, run, acronym)) {
                    defined = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.to()));
                    addSpan(defined, p, run.from(), run.to());
                }
                int start = defined == null && !covered ? orgRules.acronymStart(p, run, acronym) : -1;
                if (start >= 0) {
                    // "Alliance to Reclaim Our Schools (AROS)": the name began before the run
                    defined = org(f.orgs, f.orgByAlias, p.surface(start, run.to()));
                    addSpan(defined, p, start, run.to());
                    mark(f.nameTokens, p, start, run.to());
                }
            }
            String shortName = acronym == null && defined != null ? orgRules.shortNameAfter(p, run) : null;
            if (shortName != null && !f.orgByAlias.containsKey(Slugs.fold(shortName))) {
                definition = run.to(); // "(Caltrans)" after its full name is that organisation's short name
                alias(defined, shortName);
                f.orgByAlias.put(Slugs.fold(shortName), defined);
            }
            if (acronym != null && defined != null && !f.orgByAlias.containsKey(Slugs.fold(acronym))) {
                alias(defined, acronym);
                f.orgByAlias.put(Slugs.fold(acronym), defined);
            } else if (!covered && defined == null) {
                int chamber = titleCase ? -1 : orgRules.legislature(p, run);
                if (chamber > 0) {
                    // "the Senate", "Congress", "House Republicans": the chamber is named
                    ActorDraft d = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.from() + 1));
                    addSpan(d, p, run.from(), run.from() + 1);
                    mark(f.nameTokens, p, run.from(), run.from() + 1);
                    if (chamber == 1) {
                        continue;
                    }
                    run = new NameRuns.Run(run.from() + 1, run.to());
                }
                f.unresolved.add(new RunAt(p, run));
            }
        }
    }

    /**
     * "Mikel Arrieta’s cross … Arrieta had fouled": a pair or triple of capitalised words nothing else explains whose
     * last word comes back alone later in the text, not opening a sentence, is a person named in full then by surname.
     */
    private void echoedNames(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people, ArticleText text) {
        Set<String> alone = new HashSet<>();
        for (RunAt u : f.unresolved) {
            var t = u.para().tokens();
            int after = u.run().to();
            boolean cue = after < t.size() && gaz.cueVerbs.contains(t.get(after).key()) && !t.get(after).cap();
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
                    || wordBeforeKnownSurname(p, r, index, text)
                    || !personRules.validName(p, r.from(), r.to())) {
                continue;
            }
            boolean plain = true;
            for (int k = r.from(); k < r.to() && plain; k++) {
                plain = p.matchAt(k) == null && !NameRuns.CONNECTORS.contains(p.tokens().get(k).key());
            }
            if (plain) {
                ActorDraft d = new ActorDraft(Actor.PERSON, p.surface(r.from(), r.to()));
                people.add(d);
                index.add(d, Slugs.fold(d.name), d.surnames());
            }
        }
    }

    /**
     * "Absent Sanders' plan …", "Had Sanders won …", "Top Sanders strategists …": a sentence's capitalised opening
     * word before the surname of someone the article already names in full is that person with a word before him, when
     * the opening word reads as a word: one of the non-names, a word ending in -ing, -ed or -ly, or a word the article
     * also writes in lower case. A given name, or a word that is only ever a name here, makes a relative ("Rakeyia
     * Scott" beside "Keith Scott").
     */
    private boolean wordBeforeKnownSurname(ArticleText.Para p, NameRuns.Run r, NameIndex<ActorDraft> index, ArticleText text) {
        var t = p.tokens();
        Token first = t.get(r.from());
        String word = first.key();
        if (r.size() != 2 || !first.initial() || gaz.givenNames.contains(word)
                || index.allWithSurname(t.get(r.to() - 1).key()).isEmpty()) {
            return false;
        }
        return gaz.nonNames.contains(first.text()) || word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly")
                || writtenAs(text, word, w -> !w.cap());
    }

    /**
     * "Hillary Clinton … Hillary said": a given name alone is the one person of the article named in full with it;
     * with two such people it names neither.
     */
    private ActorDraft byGivenName(List<ActorDraft> people, RunAt u) {
        String key = u.para().tokens().get(u.run().from()).key();
        if (!gaz.givenNames.contains(key)) {
            return null;
        }
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
    private ActorDraft shortName(ActorsFound f, RunAt u) {
        var t = u.para().tokens();
        int k = u.run().from();
        if (k == 0 || !t.get(k - 1).key().equals("the") || !gaz.orgHeads.contains(t.get(k).key())) {
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
     * "Donald Trump, Ben Carson and Carly Fiorina": a pair or triple of plain capitalised words in a list with a person
     * (a comma or "and" between) is a person too. Two passes, so a list of three is found from either end.
     */
    private void listedNames(ActorsFound f, NameIndex<ActorDraft> index, List<ActorDraft> people) {
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
                        || !personRules.validName(p, r.from(), r.to())) {
                    continue;
                }
                boolean plain = true;
                for (int k = r.from(); k < r.to() && plain; k++) {
                    plain = p.matchAt(k) == null && !NameRuns.CONNECTORS.contains(p.tokens().get(k).key());
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
                if (plain && (before || after)) {
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

    /**
     * "Jane Roe … said her late husband, Edward, had …", "Mr. Roe's daughter Ivana": a known given name alone after
     * a family word (in commas or not), the family word after "her"/"his" (at most one word between) or after a
     * capitalised possessive, is that relative: with the surname of the person last named in the paragraph, or
     * the possessive's. The given name as written stays an alias.
     */
    private PersonRules.Candidate relative(ArticleText.Para p, NameRuns.Run run, List<PersonRules.Candidate> found) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() != 1 || k < 2 || !gaz.givenNames.contains(t.get(k).key()) || t.get(k).upper()
                || !RELATIVES.contains(t.get(k - 1).key()) || t.get(k - 1).cap()) {
            return null;
        }
        char before = PersonRules.lastCharBefore(p.text(), t.get(k).start());
        char after = PersonRules.firstCharAfter(p.text(), t.get(k).end());
        boolean commas = before == ',' && (after == ',' || after == '.' || after == ';' || after == '\0'); // "his wife, Melania."
        if (!commas && !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))) {
            return null;
        }
        String surname = null;
        boolean owned = false;
        for (int j = k - 2; j >= Math.max(0, k - 3) && surname == null; j--) {
            Token w = t.get(j);
            if (w.key().equals("her") || w.key().equals("his")) {
                owned = true;
                for (int i = found.size() - 1; i >= 0 && surname == null; i--) {
                    if (found.get(i).para() == p && found.get(i).to() - found.get(i).from() >= 2) {
                        String full = found.get(i).name();
                        surname = full.substring(full.lastIndexOf(' ') + 1);
                    }
                }
                break;
            }
            if (w.possessive() && w.cap() && !w.upper() && p.matchAt(j) == null && !gaz.givenNames.contains(w.key())
                    && !gaz.titles.contains(w.key())) {
                surname = w.text(); // "Mr. Roe's daughter Ivana"
            }
            if (j == k - 2 && !(w.possessive() || w.key().equals("her") || w.key().equals("his")) && (w.cap() || !isAdjectiveSlot(w))) {
                break; // one word may stand between: "her late husband", not "a report by the son"
            }
        }
        if (surname == null) {
            // rule "relative by given name": "his daughter Tiffany" with no full name in the paragraph to lend a
            // surname is the relative named by the given name alone (no surname guessed from elsewhere), or the one
            // named in full earlier in the article by that given name
            if (!owned) {
                return null;
            }
            String given = t.get(k).text();
            for (int i = found.size() - 1; i >= 0; i--) {
                String full = found.get(i).name();
                if (full.startsWith(given + " ") && found.get(i).to() - found.get(i).from() >= 2) {
                    return new PersonRules.Candidate(p, k, k + 1, full, t.get(k - 1).text(), null);
                }
            }
            return new PersonRules.Candidate(p, k, k + 1, given, t.get(k - 1).text(), null);
        }
        String name = t.get(k).text() + " " + surname;
        return new PersonRules.Candidate(p, k, k + 1, name, t.get(k - 1).text(), null);
    }

    /** In {@link #insideLongerNames}: whether a run names an organisation is not asked yet. */
    private static final int UNASKED = -2;

    /**
     * Gazetteer organisations inside a longer name the rules make an organisation: the "Democratic Party" of
     * "Social Democratic Party" is no organisation of its own.
     */
    private Set<Gazetteer.Match> insideLongerNames(ArticleText.Para p, List<NameRuns.Run> runs) {
        Set<Gazetteer.Match> out = new HashSet<>();
        for (NameRuns.Run run : runs) {
            Gazetteer.Match lead = p.matchAt(run.from());
            if (run.size() < 2 || lead != null && lead.to() >= run.to()) {
                continue;
            }
            Gazetteer.Match last = p.matchAt(run.to() - 1);
            if (last != null && last.from() == run.to() - 1 && last.entry().kind() == Gazetteer.Kind.ORGANIZATION
                    && gaz.givenNames.contains(p.tokens().get(run.from()).key())) {
                PersonRules.Candidate c = personRules.person(p, run);
                if (c != null && c.to() == run.to() && c.from() < last.from()) {
                    out.add(last); // "Michael Bloomberg": the organisation's one word is a person's surname here
                    continue;
                }
            }
            // whether the run is an organisation's name, and where that starts: asked once per run, not once per
            // organisation inside it (each answer reads the whole run: 8,000 "ABC" in a row took 2.5 CPU-s, now 0.04)
            int orgFrom = UNASKED; // then the start of the organisation's name, or -1 when the run is none
            for (int k = run.from() + 1; k < run.to(); k++) {
                Gazetteer.Match m = p.matchAt(k);
                if (m != null && m.from() == k && m.entry().kind() == Gazetteer.Kind.ORGANIZATION) {
                    if (orgFrom == UNASKED) {
                        NameRuns.Run name = orgRules.withoutOpener(p, run);
                        orgFrom = personRules.person(p, run) == null && orgRules.isOrgName(p, name) ? name.from() : -1;
                    }
                    if (orgFrom >= 0 && orgFrom < m.from()) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** Full names first, then surnames and typos onto them; people seen only in captions or headlines are dropped. */
    private List<ActorDraft> mergePeople(List<PersonRules.Candidate> candidates, NameIndex<ActorDraft> index) {
        List<ActorDraft> people = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            for (PersonRules.Candidate c : candidates) {
                boolean full = c.to() - c.from() > 1;
                boolean opener = full && openerPair(c);
                if ((pass == 0) != (full && !opener) || (pass == 1) != opener) {
                    continue;
                }
                if (opener) {
                    // "Neither Cruz nor …", "See Trump's …": the sentence's first word before a surname already known
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
                if (d == null && full && c.role() == null) {
                    // "Sarmento Vaz told journalists": a two-word surname of someone named in full before
                    d = index.find(Slugs.fold(c.name()), true, false);
                }
                boolean weak = c.para().kind() != newsgen.model.ParagraphKind.BODY;
                if (d == null && weak) {
                    continue;
                }
                if (d == null) {
                    d = new ActorDraft(Actor.PERSON, c.name());
                    people.add(d);
                    index.add(d, Slugs.fold(d.name), d.surnames());
                    String plain = full ? withoutInitials(c.name()) : null; // only for a new person
                    if (plain != null) {
                        index.addKey(d, Slugs.fold(plain)); // "Donald Trump" after "Donald J. Trump"
                    }
                    String bare = withoutSuffix(c.name());
                    if (bare != null) {
                        // "Joseph R. Biden Jr." is also "Joseph R. Biden"
                        alias(d, bare);
                        index.addKey(d, Slugs.fold(bare));
                    }
                }
                alias(d, c.name());
                alias(d, c.para().surface(c.from(), c.to())); // "Ivana" of "his daughter Ivana"
                index.addKey(d, Slugs.fold(c.name()));
                addSpan(d, c.para(), c.from(), c.to());
                if (c.role() != null) {
                    d.roles.add(c.role());
                }
                if (d.affiliation == null) {
                    d.affiliation = c.affiliation();
                }
            }
        }
        return people;
    }

    /**
     * A pair whose first word opens the sentence, is no given name and has no title or role with it ("Neither Cruz",
     * "Besides Centerview"): its capital may be the sentence's, so it is read after the certain full names.
     */
    private boolean openerPair(PersonRules.Candidate c) {
        var t = c.para().tokens();
        Token first = t.get(c.from());
        boolean opens = first.initial() || c.from() == 0
                || !PersonRules.punctuationFree(c.para().text(), t.get(c.from() - 1), first); // "5) Can Sanders …"
        return c.to() - c.from() == 2 && c.role() == null && opens && !gaz.givenNames.contains(first.key())
                && !gaz.titles.contains(first.key()) && c.name().indexOf('.') < 0;
    }

}
