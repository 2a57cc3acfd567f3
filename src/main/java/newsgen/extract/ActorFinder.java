package newsgen.extract;

import newsgen.model.Actor;
import newsgen.model.ParagraphKind;

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
    private final NameEvidenceRules nameEvidence = new NameEvidenceRules();
    private final OrganizationRules orgRules = new OrganizationRules();
    private final EmployerRules employerRules = new EmployerRules();
    private final AcronymRules acronymRules = new AcronymRules();
    private final ChamberRules chamberRules = new ChamberRules();
    private final Nicknames nicknames = new Nicknames();
    private final NamingNounRules namingNounRules = new NamingNounRules();
    /** The passes after the scan that make and merge people; they share this finder's rules. */
    private final PersonPasses passes = new PersonPasses(orgRules);

    /** The article's headline as written, or "" when its first paragraph is none. */
    private static String headline(ArticleText text) {
        return !text.paras.isEmpty() && text.paras.get(0).kind() == ParagraphKind.HEADLINE ? text.paras.get(0).text() : "";
    }

    Result find(ArticleText text) {
        ActorsFound f = new ActorsFound();
        for (ArticleText.Para p : text.paras) {
            scan(p, f);
        }
        // read only when some "Garrity said" or "CNN's Wolf Brannigan" waits for it: most articles never need it
        Set<String> proper = f.cueSurnames.isEmpty() && f.outletNames.isEmpty() ? Set.of() : properNouns(text);
        passes.outletPeople(f, proper);
        NameIndex<ActorDraft> index = new NameIndex<>();
        List<ActorDraft> people = passes.mergePeople(f.candidates, f.nicknames, index);
        passes.echoedNames(f, index, people, text);
        passes.listedNames(f, index, people);
        surnamesCalledGroups(f, index, text);
        bodiesWithoutTheirCountry(f);
        passes.cueSurnamePeople(f, index, people, proper, text);
        passes.listedSurnamePeople(f, index, people, text);
        List<RunAt> leftovers = new ArrayList<>();
        for (RunAt u : f.unresolved) {
            ActorDraft org = f.orgByAlias.get(u.key());
            if (org == null && FamilyPlurals.names(u, index)) {
                continue; // "the Roes", "according to The Roes: Three Generations": a family, no person, no body
            }
            ActorDraft person = org == null ? index.find(u.key(), u.run().size() == 1) : null;
            if (person != null && u.run().size() == 1) {
                person = nearestBefore(index.allWithSurname(u.key()), u, person, headline(text));
            }
            if (org == null && person == null && u.run().size() == 1) {
                org = f.orgByShortName.get(u.key());
                if (org != null) {
                    alias(org, u.para().surface(u.run().from(), u.run().to()));
                }
            }
            if (org == null && person == null && u.run().size() == 1) {
                person = passes.byGivenName(people, u);
            }
            if (org == null && person == null && u.run().size() == 1) {
                org = passes.shortName(f, u);
            }
            if (org == null && person == null && u.run().size() == 1 && newspaperByShortName(u)) {
                org = org(f.orgs, f.orgByAlias, "The " + u.para().tokens().get(u.run().from()).text());
                alias(org, u.para().tokens().get(u.run().from()).text());
            }
            int orgTo = u.run().to();
            NameRuns.Run employer = org == null && person == null ? employerRules.employerAfterJobRun(u.para(), u.run()) : null;
            if (employer != null && !(u.run().size() == 1 && writtenAs(text, u.key(), t -> !t.cap()))) { // not "secretary of Education"
                org = org(f.orgs, f.orgByAlias, u.para().surface(employer.from(), employer.to()));
                orgTo = employer.to(); // "director of Harbour Paths to Peace"
            }
            if (org == null && person == null && employerRules.employerBeforeJob(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && employerRules.accordingTo(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, employerRules.withDomain(u.para(), u.run()));
            }
            int orgFrom = u.run().from();
            if (org == null && person == null && (u.run().from() >= 2 && NamingNounRules.kindSuchAs(u.para(), u.run())
                    || namingNounRules.appositionNoun(u.para(), u.run()))) { // "Zentrix, a London-based firm, said …"
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to())); // "firms like McKenna"
            }
            if (org == null && person == null && (orgFrom = NamingNounRules.tradedOrSpokenFor(u.para(), u.run())) >= 0) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(orgFrom, u.run().to())); // "shares of Quorrel"
            } else {
                orgFrom = u.run().from();
            }
            if (org == null && person == null && orgRules.armedService(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && orgRules.camelCaseBrand(u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && StatementBodies.statementBy(text, u.para(), u.run())) {
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to())); // "Apex said in a statement"
            }
            if (org == null && person == null && TranscriptLabels.label(text, u.para(), u.run())) {
                // rule "transcript speaker label": "TAPPER: Do you think …" is a person's surname
                String name = TranscriptLabels.asName(u.para().tokens().get(u.run().from()).text());
                person = index.find(Slugs.fold(name), true);
                if (person == null) {
                    person = new ActorDraft(Actor.PERSON, name);
                    people.add(person);
                    index.add(person, Slugs.fold(person.name), person.surnames());
                }
            }
            if (org == null && person == null && (acronymRules.callSign(u.para(), u.run())
                    || acronymRules.channelName(u.para(), u.run()))) { // "he told TVN24"
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to())); // "KQRL-TV reported"
            }
            Gazetteer.Entry dotted = org == null && person == null ? acronymRules.dotted(u.para(), u.run()) : null;
            if (dotted != null && dotted.kind() == Gazetteer.Kind.ORGANIZATION) {
                org = org(f.orgs, f.orgByAlias, dotted.name()); // rule "acronym written with dots": "the F.B.I."
                alias(org, AcronymRules.withLastDot(u.para(), u.run()));
            }
            if (org == null && person == null && dotted == null && acronymRules.unknownAcronym(u.para(), u.run())
                    && !AcronymRules.datelineTown(u.para(), u.run())
                    && !writtenAs(text, u.key(), t -> !t.upper()) && !acronymRules.wordInCapitals(text, u.para(), u.run())) {
                // "MSNBC reported", "the NAACP": an acronym nothing else explains names an organisation
                org = org(f.orgs, f.orgByAlias, u.para().surface(u.run().from(), u.run().to()));
            }
            if (org == null && person == null && f.cueSurnames.contains(at(u.para(), u.run().from()))
                    && proper.contains(u.key()) && !CommonWordNames.notAName(text, u.key())
                    && !CommonWordNames.modifierOnly(text, u.key())) {
                person = new ActorDraft(Actor.PERSON, u.para().surface(u.run().from(), u.run().to()));
                people.add(person);
                index.add(person, Slugs.fold(person.name), person.surnames());
            }
            if (org != null) {
                addSpan(org, u.para(), orgFrom, orgTo);
            } else {
                person(u, person, index, f.nameTokens);
            }
            if (org == null && person == null) {
                leftovers.add(u);
            }
        }
        ListedOrganizations.add(f, leftovers, orgRules, people); // rule "listed with organisations"
        for (RunAt u : f.placeNamed) {
            ActorDraft spelled = AcronymRules.spelledOutBy(u, f.orgs.values());
            if (spelled != null) { // "the VA hotline" after "Department of Veterans Affairs": no Virginia
                alias(spelled, u.para().surface(u.run().from(), u.run().to()));
                addSpan(spelled, u.para(), u.run().from(), u.run().to());
                mark(f.nameTokens, u.para(), u.run().from(), u.run().to());
                continue;
            }
            person(u, index.find(u.key(), true, false), index, f.nameTokens);
        }
        for (PersonRules.Candidate c : f.candidates) {
            mark(f.nameTokens, c.para(), c.from(), c.to());
        }
        people.removeIf(d -> SponsorLaws.lawsShortName(text, d.name)); // rule "law named for its sponsors"
        List<ActorDraft> named = List.copyOf(people);
        people.removeIf(d -> SurnameAndWord.surnameAndWord(d, named)); // rule "known surname and a word"
        // the live list: a person SurnameAndWord removed is no one to move mentions to
        people.removeIf(d -> DemonymSurnames.moved(d, people, text)); // rule "nationality before a surname"
        people.removeIf(d -> PartyMembers.moved(d, f.orgs, text)); // rule "members of a named party"
        people.removeIf(d -> TitleCaseAcronyms.moved(d, f.orgs.values())); // rule "acronym in title case"
        KnownOrganizations.apply(f, text); // rules "one organisation by its known names", "joint name of two known bodies"
        CountryPrefixes.merge(f.orgs); // rule "country before an organisation's name"
        PartiesByMembers.merge(f); // rule "party by its members"
        GivenNameAliases.add(text, people, f.nameTokens); // rule "given name alone"
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

    /** One paragraph: gazetteer organisations, then each capitalised run as a person, an organisation or unresolved. */
    private void scan(ArticleText.Para p, ActorsFound f) {
        boolean titleCase = orgRules.titleCase(p);
        List<NameRuns.Run> runs = p.runs();
        Set<Gazetteer.Match> inside = titleCase ? Set.of() : insideLongerNames(p, runs);
        for (Gazetteer.Match m : p.matches()) {
            if (m.entry().kind() == Gazetteer.Kind.ORGANIZATION && !inside.contains(m)) {
                ActorDraft d = org(f.orgs, f.orgByAlias, m.entry().name());
                addSpan(d, p, m.from(), m.to());
                alias(d, p.surface(m.from(), m.to()));
                // rule "first word of a known company": "Monmouth University" … "the Monmouth poll"
                if (m.to() - m.from() >= 2 && !titleCase && orgRules.companyName(p, new NameRuns.Run(m.from(), m.to()))) {
                    f.orgByShortName.putIfAbsent(p.tokens().get(m.from()).key(), d);
                }
            }
        }
        int definition = -1;
        int named = -1;
        for (NameRuns.Run run : runs) {
            if (run.from() == definition || run.from() < named) {
                continue; // the "(AES)" of "Alliance of Sahel States (AES)" is part of that mention; so are a nickname and surname
            }
            Gazetteer.Match m = p.matchAt(run.from());
            boolean covered = m != null && m.from() <= run.from() && m.to() >= run.to();
            ActorDraft defined = null;
            if (!titleCase && (!covered || m.entry().kind() == Gazetteer.Kind.CITY) && ScoreLines.team(p, run)) {
                // rule "score line": "Liverpool 0 Everton 0", "Arsenal beat Chelsea 2-1" name teams, no city, no person
                ActorDraft team = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.to()));
                addSpan(team, p, run.from(), run.to());
                mark(f.nameTokens, p, run.from(), run.to());
                continue;
            }
            if (covered) {
                Gazetteer.Kind kind = m.entry().kind();
                defined = kind == Gazetteer.Kind.ORGANIZATION ? f.orgByAlias.get(Slugs.fold(m.entry().name())) : null;
                if (run.size() == 1 && (kind == Gazetteer.Kind.CITY || kind == Gazetteer.Kind.REGION)) {
                    f.placeNamed.add(new RunAt(p, run));
                }
            } else {
                PersonRules.Candidate c = personRules.person(p, run);
                Nicknames.Named nick = titleCase ? null : nicknames.around(p, run, c);
                if (nick != null) {
                    c = nick.candidate();
                    f.nicknames.put(c, nick.nicknamed());
                    named = c.to();
                }
                if (c == null) {
                    c = relative(p, run, f.candidates);
                }
                if (c == null && nameEvidence.outletsName(p, run)) {
                    f.outletNames.add(new PersonRules.Candidate(p, run.from(), run.to(), p.surface(run.from(), run.to()), null, null));
                }
                if (c != null && personRules.byCueAlone(c)) {
                    // "Garrity said": decided once the whole article is read, after full names and organisations
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
                    NameRuns.Run employer = titleCase ? null : employerRules.employerOfPerson(p, run, c.to());
                    if (employer != null) {
                        ActorDraft d = org(f.orgs, f.orgByAlias, p.surface(employer.from(), employer.to()));
                        addSpan(d, p, employer.from(), employer.to());
                        mark(f.nameTokens, p, employer.from(), employer.to());
                    }
                    continue;
                }
                if (m != null && m.from() == run.from() && PlaceMatchRules.venueEnd(p, m) == run.to()) {
                    continue; // a venue named for a company: a place (PlaceFinder)
                }
                run = orgRules.withoutOpener(p, run);
                run = nameBeforeItsAcronym(p, run);
                m = p.matchAt(run.from());
                Gazetteer.Match body = countryBeforeKnownBody(p, run, m);
                if (body != null) {
                    ActorDraft d = org(f.orgs, f.orgByAlias, body.entry().name());
                    addSpan(d, p, body.from(), body.to());
                    mark(f.nameTokens, p, body.from(), body.to());
                    continue;
                }
                if (!titleCase && (orgRules.isOrgName(p, run) || namingNounRules.namedByNoun(p, run))) {
                    Gazetteer.Match known = m != null && m.from() == run.from()
                            && m.entry().kind() == Gazetteer.Kind.ORGANIZATION ? m : null;
                    if (known != null && orgRules.onlyHeads(p, known.to(), run.to())) {
                        // "Apple Inc.": a known organisation with a company suffix is that organisation
                        defined = f.orgByAlias.get(Slugs.fold(known.entry().name()));
                        alias(defined, p.surface(run.from(), run.to()));
                    } else {
                        defined = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.to()));
                        if (defined.name.startsWith(p.surface(run.from(), run.to()) + " ")) {
                            alias(defined, p.surface(run.from(), run.to())); // "Banco Meridional" after "… S.A." (below)
                        }
                        defined.oneWordByRule = run.size() == 1 && defined.spans.isEmpty();
                        addSpan(defined, p, run.from(), run.to());
                        mark(f.nameTokens, p, run.from(), run.to());
                        Token first = p.tokens().get(run.from());
                        if (run.size() >= 2 && orgRules.companyName(p, run)) {
                            f.orgByShortName.putIfAbsent(first.key(), defined);
                        }
                        if (run.size() >= 3 && OrganizationRules.legalForm(p.tokens().get(run.to() - 1))) {
                            // rule "name without its legal form": "Banco Meridional S.A." … "Banco Meridional" is one bank
                            f.orgByAlias.putIfAbsent(Slugs.fold(p.surface(run.from(), run.to() - 1)), defined);
                        }
                        if (run.size() >= 2 && TeamNames.cityTeam(p, run)) {
                            // rule "team without its city": "the Cleveland Cavaliers … the Cavaliers" is that team
                            f.orgByShortName.putIfAbsent(p.tokens().get(run.to() - 1).key(), defined);
                        }
                        if (run.size() >= 2 && first.upper() && first.text().indexOf('.') < 0 // not "D.E. Shaw"
                                && !f.orgByAlias.containsKey(first.key())
                                && p.matchAt(run.from()) == null
                                && !BodyPublications.publicationOfBody(p, run)) { // the UCLA forecast is not "UCLA"
                            // "TAP Air Portugal": the acronym it opens with is its short name
                            alias(defined, first.text());
                            f.orgByAlias.put(first.key(), defined);
                        }
                    }
                }
            }
            String acronym = acronymRules.acronymAfter(p, run);
            if (acronym != null) {
                definition = run.to();
                if (defined == null && !covered && acronymRules.initialsMatch(p, run, acronym)) {
                    defined = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.to()));
                    addSpan(defined, p, run.from(), run.to());
                }
                int start = defined == null && !covered ? acronymRules.acronymStart(p, run, acronym) : -1;
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
                int chamber = titleCase ? -1 : chamberRules.legislature(p, run);
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

    /** {@link PersonNames#RELATIVES} as a {@link WordFact}, answered once per distinct word. */
    private static final WordFact RELATIVE = WordFact.keyIn(RELATIVES);

    /**
     * "Jane Roe … said her late husband, Edward, had …", "Mr. Roe's daughter Ivana": a known given name alone after
     * a family word (in commas or not), the family word after "her"/"his" (at most one word between) or after a
     * capitalised possessive, is that relative: with the surname of the person last named in the paragraph, or
     * the possessive's. The given name as written stays an alias.
     */
    private PersonRules.Candidate relative(ArticleText.Para p, NameRuns.Run run, List<PersonRules.Candidate> found) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() != 1 || k < 2 || !gaz.givenName.test(t.get(k)) || t.get(k).upper()
                || !RELATIVE.test(t.get(k - 1)) || t.get(k - 1).cap()) {
            return null;
        }
        char before = PersonRules.lastCharBefore(p.text(), t.get(k).start());
        char after = PersonRules.firstCharAfter(p.text(), t.get(k).end());
        boolean commas = before == ',' && (after == ',' || after == '.' || after == ';' || after == '\0'); // "his wife, Rosalind."
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
            if (w.possessive() && w.cap() && !w.upper() && p.matchAt(j) == null && !gaz.givenName.test(w)
                    && !gaz.title.test(w)) {
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
            if (lead != null && lead.from() == run.from() && PlaceMatchRules.venueEnd(p, lead) == run.to()) {
                out.add(lead); // "the Wells Fargo Center" is a place named for the bank, not the bank
                continue;
            }
            Gazetteer.Match last = p.matchAt(run.to() - 1);
            // "Atlantic City Mayor Dale Guardian": the given name may come after a title
            if (last != null && last.from() == run.to() - 1 && last.entry().kind() == Gazetteer.Kind.ORGANIZATION
                    && (gaz.givenName.test(p.tokens().get(run.from()))
                    || gaz.givenName.test(p.tokens().get(last.from() - 1)))) {
                PersonRules.Candidate c = personRules.person(p, run);
                if (c != null && c.to() == run.to() && c.from() < last.from()) {
                    out.add(last); // "Michael Gallup": the organisation's one word is a person's surname here
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


    /**
     * Rule "country before a known body": "the U.S. Centers for Disease Control and Prevention reported": a country,
     * then a body the gazetteer knows whose name runs past the run ("and" cut it): the run is no name of its own; the
     * country stays a place and the body is the gazetteer's, with all its words. Returns that body's match, or null.
     */
    private static Gazetteer.Match countryBeforeKnownBody(ArticleText.Para p, NameRuns.Run run, Gazetteer.Match m) {
        if (m == null || m.from() != run.from() || m.entry().kind() != Gazetteer.Kind.COUNTRY || m.to() >= run.to()) {
            return null;
        }
        Gazetteer.Match body = p.matchAt(m.to());
        return body != null && body.from() == m.to() && body.entry().kind() == Gazetteer.Kind.ORGANIZATION
                && body.to() > run.to() ? body : null;
    }

    /**
     * Rule "name through its place before its acronym": "the Board of Control for Cricket in India (BCCI)": a run, then
     * "in" or "of" and a place the gazetteer knows, then an acronym in brackets whose letters are the initials of them
     * all, is one name ending with the place (a word of the name, as California is of "University of California",
     * so no mention of the place); the run as it was otherwise.
     */
    private NameRuns.Run nameThroughItsPlace(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        if (k + 2 >= t.size() || t.get(k).cap() || !PLACE_LINKS.contains(t.get(k).key())) {
            return run;
        }
        Gazetteer.Match m = p.matchAt(k + 1);
        if (m == null || m.from() != k + 1 || !m.entry().isPlace()) {
            return run;
        }
        NameRuns.Run longer = new NameRuns.Run(run.from(), m.to());
        String acronym = acronymRules.acronymAfter(p, longer);
        return acronym != null && acronymRules.initialsMatch(p, longer, acronym) ? longer : run;
    }

    private static final Set<String> PLACE_LINKS = WordSet.of("in", "of");

    /**
     * Rule "name before its acronym": "the Energy and Petroleum Regulatory Authority (EPRA)": the run an "and" cut
     * ("Petroleum Regulatory Authority") opens where the initials of the acronym in brackets after it begin, when its
     * own initials are not the acronym's; the run as it was otherwise.
     */
    private NameRuns.Run nameBeforeItsAcronym(ArticleText.Para p, NameRuns.Run run) {
        String acronym = acronymRules.acronymAfter(p, run);
        if (acronym == null) {
            return nameThroughItsPlace(p, run);
        }
        if (acronymRules.initialsMatch(p, run, acronym)) {
            return run;
        }
        int start = acronymRules.acronymStart(p, run, acronym);
        return start >= 0 ? new NameRuns.Run(start, run.to()) : run;
    }
}
