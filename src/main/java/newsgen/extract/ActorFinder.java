package newsgen.extract;

import newsgen.model.Actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** An actor while it is being gathered. */
    private static final class Draft {
        final String type;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        String affiliation;
        final List<int[]> spans = new ArrayList<>();
        /** Made by a rule from one word ("the Sanders movement"), so a person of that surname takes it back. */
        boolean oneWordByRule;
        Actor actor;

        Draft(String type, String name) {
            this.type = type;
            this.name = name;
        }

        String surname() {
            int sp = name.lastIndexOf(' ');
            return Slugs.fold(sp < 0 ? name : name.substring(sp + 1));
        }

        /**
         * Every surname a person may be called by alone: the last word; for three words also the middle one and the
         * last two ("Ricardo Benítez Acosta" is "Benítez", "Helena Sarmento Vaz" is "Sarmento Vaz"); for a family name
         * written first before a hyphenated given name ("Han Seung-woo"), the first word.
         */
        String[] surnames() {
            String[] w = name.split(" ");
            if (w.length == 2 && FAMILY_FIRST.matcher(w[1]).matches()) {
                return new String[] {Slugs.fold(w[0]), surname()};
            }
            if (w.length == 2 && Gazetteer.get().familyFirst.contains(Slugs.fold(w[0]))) {
                return new String[] {surname(), Slugs.fold(w[0])}; // "Wang Yi" may be "Wang" later
            }
            if (w.length >= 3 && !Character.isLowerCase(w[w.length - 1].charAt(0))) { // not "… al-Sudani"
                // "Ricardo Benítez Acosta" is "Benítez", "Luiz Inacio Lula da Silva" is "Lula" or "da Silva"
                List<String> keys = new ArrayList<>();
                keys.add(surname());
                for (int i = 1; i < w.length - 1; i++) {
                    if (!NameRuns.CONNECTORS.contains(Slugs.fold(w[i])) && w[i].length() > 1 && !w[i].endsWith(".")) {
                        keys.add(Slugs.fold(w[i]));
                    }
                }
                keys.add(Slugs.fold(w[w.length - 2] + " " + w[w.length - 1]));
                return keys.toArray(new String[0]);
            }
            return new String[] {surname()};
        }
    }

    /** A given name of two syllables joined by a hyphen, the second in lower case ("Seung-woo"): the family name came first. */
    private static final java.util.regex.Pattern FAMILY_FIRST = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

    private final Gazetteer gaz = Gazetteer.get();
    private final PersonRules personRules = new PersonRules();
    private final OrganizationRules orgRules = new OrganizationRules();

    /** A run of capitalised words in its paragraph. */
    private record RunAt(ArticleText.Para para, NameRuns.Run run, String[] folded) {
        RunAt(ArticleText.Para para, NameRuns.Run run) {
            this(para, run, new String[1]);
        }

        /** The run's words folded, made on first use and kept: the passes over the runs ask it again and again. */
        String key() {
            String k = folded[0];
            if (k == null) {
                k = Slugs.fold(para.surface(run.from(), run.to()));
                folded[0] = k;
            }
            return k;
        }
    }

    /** What the first pass over the paragraphs gathers. */
    private static final class Found {
        final Map<String, Draft> orgs = new LinkedHashMap<>();
        final Map<String, Draft> orgByAlias = new HashMap<>();
        /** First words of company names ("Nimbus" of "Nimbus AI Ltd"): what the text calls the company later. */
        final Map<String, Draft> orgByShortName = new HashMap<>();
        final List<PersonRules.Candidate> candidates = new ArrayList<>();
        /** Runs nothing named yet: surnames, acronyms used alone, or nothing. */
        final List<RunAt> unresolved = new ArrayList<>();
        /** One-word runs the gazetteer calls a city or region: maybe a person's surname ("Santos said"). */
        final List<RunAt> placeNamed = new ArrayList<>();
        /** One-word runs before a cue verb ("Carson said"): a person of their own if nothing else explains them. */
        final Set<Long> cueSurnames = new HashSet<>();
        /** Words inside people's and rule-found organisations' names, as (paragraph index << 32 | token). */
        final Set<Long> nameTokens = new HashSet<>();
        /** "CNN's Wolf Blitzer": names after an outlet's possessive, people if every word is only ever a name. */
        final List<PersonRules.Candidate> outletNames = new ArrayList<>();
    }

    Result find(ArticleText text) {
        Found f = new Found();
        for (ArticleText.Para p : text.paras) {
            scan(p, f);
        }
        // read only when some "Carson said" or "CNN's Wolf Blitzer" waits for it: most articles never need it
        Set<String> proper = f.cueSurnames.isEmpty() && f.outletNames.isEmpty() ? Set.of() : properNouns(text);
        outletPeople(f, proper);
        NameIndex<Draft> index = new NameIndex<>();
        List<Draft> people = mergePeople(f.candidates, index);
        echoedNames(f, index, people, text);
        listedNames(f, index, people);
        surnamesCalledGroups(f, index);
        cueSurnamePeople(f, index, people, proper);
        listedSurnamePeople(f, index, people, text);
        for (RunAt u : f.unresolved) {
            Draft org = f.orgByAlias.get(u.key());
            Draft person = org == null ? index.find(u.key(), u.run().size() == 1) : null;
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
                person = new Draft(Actor.PERSON, u.para().surface(u.run().from(), u.run().to()));
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
        List<Draft> all = new ArrayList<>(people);
        all.addAll(f.orgs.values());
        all.sort((a, b) -> Long.compare(firstSpan(a), firstSpan(b)));
        List<Actor> actors = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Draft d : all) {
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
    private void outletPeople(Found f, Set<String> proper) {
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
    private void cueSurnamePeople(Found f, NameIndex<Draft> index, List<Draft> people, Set<String> proper) {
        for (RunAt u : f.unresolved) {
            if (u.run().size() != 1 || !f.cueSurnames.contains(at(u.para(), u.run().from())) || !proper.contains(u.key())
                    || f.orgByAlias.get(u.key()) != null || index.find(u.key(), true) != null
                    || f.orgByShortName.get(u.key()) != null || byGivenName(people, u) != null || shortName(f, u) != null
                    || orgRules.unknownAcronym(u.para(), u.run()) || inOrganizationName(f, u.key())) {
                continue;
            }
            Draft person = new Draft(Actor.PERSON, u.para().surface(u.run().from(), u.run().to()));
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
    private void listedSurnamePeople(Found f, NameIndex<Draft> index, List<Draft> people, ArticleText text) {
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
                Draft person = new Draft(Actor.PERSON, p.surface(k, k + 1));
                people.add(person);
                index.add(person, Slugs.fold(person.name), person.surnames());
            }
        }
    }

    /** A word of letters only: no "R-Texas", "July20". */
    private static final java.util.regex.Pattern LETTERS_ONLY = java.util.regex.Pattern.compile("\\p{L}+");

    /**
     * The token across a list gap from token {@code k} ({@code dir} -1: before, 1: after): "X, k", "X and k",
     * "X, and k"; -1 when there is none.
     */
    private static int listNeighbour(ArticleText.Para p, int k, int dir) {
        var t = p.tokens();
        int j = k + dir;
        if (j >= 0 && j < t.size() && t.get(j).key().equals("and") && !t.get(j).cap()) {
            j += dir;
        }
        if (j < 0 || j >= t.size() || j == k + dir && t.get(j).key().equals("and")) {
            return -1;
        }
        int a = Math.min(j, k);
        int b = Math.max(j, k);
        String gap = p.text().substring(t.get(a).end(), t.get(b).start()).strip();
        // "and" only: after a comma come a person's home town, party and state ("Jane Roe, R-Texas,") as often as names
        return t.get(j).cap() && (gap.equals("and") || gap.equals(", and")) ? j : -1;
    }

    /** Token {@code j} is one capitalised word standing alone that is the surname of a person already found. */
    private static boolean knownSurname(ArticleText.Para p, int j, NameIndex<Draft> index) {
        var t = p.tokens();
        boolean alone = (j == 0 || !t.get(j - 1).cap() || !Gazetteer.joinable(p.text(), t.get(j - 1), t.get(j)))
                && (j + 1 >= t.size() || !t.get(j + 1).cap() || !Gazetteer.joinable(p.text(), t.get(j), t.get(j + 1)));
        return alone && !t.get(j).upper() && index.find(t.get(j).key(), true, false) != null;
    }

    /** Whether a word is one of an organisation's name ("Fox" of Fox News): the text order decides it, as before. */
    private static boolean inOrganizationName(Found f, String key) {
        for (Draft o : f.orgs.values()) {
            if ((" " + Slugs.fold(o.name) + " ").contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /** A run that names a person already found (surname, typo): one more mention of that person. */
    private static void person(RunAt u, Draft person, NameIndex<Draft> index, Set<Long> nameTokens) {
        if (person != null) {
            addSpan(person, u.para(), u.run().from(), u.run().to());
            alias(person, u.para().surface(u.run().from(), u.run().to()));
            index.addKey(person, u.key());
            mark(nameTokens, u.para(), u.run().from(), u.run().to());
        }
    }

    /** One paragraph: gazetteer organisations, then each capitalised run as a person, an organisation or unresolved. */
    private void scan(ArticleText.Para p, Found f) {
        boolean titleCase = orgRules.titleCase(p);
        List<NameRuns.Run> runs = NameRuns.runs(p);
        Set<Gazetteer.Match> inside = titleCase ? Set.of() : insideLongerNames(p, runs);
        for (Gazetteer.Match m : p.matches()) {
            if (m.entry().kind() == Gazetteer.Kind.ORGANIZATION && !inside.contains(m)) {
                Draft d = org(f.orgs, f.orgByAlias, m.entry().name());
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
            Draft defined = null;
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
                        Draft d = org(f.orgs, f.orgByAlias, p.surface(body.from(), body.to()));
                        addSpan(d, p, body.from(), body.to());
                        mark(f.nameTokens, p, body.from(), body.to());
                    }
                    NameRuns.Run employer = titleCase ? null : orgRules.employerOfPerson(p, run, c.to());
                    if (employer != null) {
                        Draft d = org(f.orgs, f.orgByAlias, p.surface(employer.from(), employer.to()));
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
                    Draft d = org(f.orgs, f.orgByAlias, p.surface(run.from(), run.from() + 1));
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
    private void echoedNames(Found f, NameIndex<Draft> index, List<Draft> people, ArticleText text) {
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
                Draft d = new Draft(Actor.PERSON, p.surface(r.from(), r.to()));
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
    private boolean wordBeforeKnownSurname(ArticleText.Para p, NameRuns.Run r, NameIndex<Draft> index, ArticleText text) {
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
     * Whether the article writes this word somewhere as {@code written} says: in lower case ("absent" beside "Absent
     * Sanders"), or other than in capitals ("VIDEO" beside "video", "RAMOS" beside "Ramos": a word or name set in
     * capitals, not an acronym; "CNN" is never written "Cnn").
     */
    private static boolean writtenAs(ArticleText text, String key, java.util.function.Predicate<Token> written) {
        for (ArticleText.Para p : text.paras) {
            for (Token t : p.tokens()) {
                if (written.test(t) && t.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Hillary Clinton … Hillary said": a given name alone is the one person of the article named in full with it;
     * with two such people it names neither.
     */
    private Draft byGivenName(List<Draft> people, RunAt u) {
        String key = u.para().tokens().get(u.run().from()).key();
        if (!gaz.givenNames.contains(key)) {
            return null;
        }
        Draft found = null;
        for (Draft d : people) {
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
    private Draft shortName(Found f, RunAt u) {
        var t = u.para().tokens();
        int k = u.run().from();
        if (k == 0 || !t.get(k - 1).key().equals("the") || !gaz.orgHeads.contains(t.get(k).key())) {
            return null;
        }
        Draft found = null;
        for (Draft o : f.orgs.values()) {
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

    /** Last words of newspapers' names that name one alone after "the": "The Times reported", "told the Observer". */
    private static final Set<String> NEWSPAPER_WORDS = WordSet.of("times", "post", "journal", "tribune", "herald",
            "gazette", "chronicle", "examiner", "inquirer", "telegraph", "observer", "guardian", "courier", "enquirer",
            "sentinel", "economist");

    /**
     * Rule "newspaper by its short name": "The Times reported", "The Post's Jane Roe", "in a statement to the
     * Observer": a newspaper's last word standing alone after "the", capitalised, where no organisation of the article
     * ends with it ({@link #shortName} takes those), names that newspaper.
     */
    private static boolean newspaperByShortName(RunAt u) {
        var t = u.para().tokens();
        int k = u.run().from();
        return k > 0 && t.get(k - 1).key().equals("the") && NEWSPAPER_WORDS.contains(t.get(k).key()) && !t.get(k).upper()
                && u.para().kind() == newsgen.model.ParagraphKind.BODY
                && Gazetteer.joinable(u.para().text(), t.get(k - 1), t.get(k));
    }

    /**
     * "the Sanders movement", "the Trump group": a one-word name the rules made an organisation from the noun after
     * it is the person of that surname when the article names one.
     */
    private static void surnamesCalledGroups(Found f, NameIndex<Draft> index) {
        for (var it = f.orgs.values().iterator(); it.hasNext(); ) {
            Draft o = it.next();
            if (!o.oneWordByRule || o.name.indexOf(' ') >= 0) {
                continue;
            }
            Draft person = index.find(Slugs.fold(o.name), true, false);
            if (person != null) {
                person.spans.addAll(o.spans);
                alias(person, o.name);
                it.remove();
                f.orgByAlias.values().removeIf(d -> d == o);
                f.orgByShortName.values().removeIf(d -> d == o);
            }
        }
    }

    /**
     * "Donald Trump, Ben Carson and Carly Fiorina": a pair or triple of plain capitalised words in a list with a person
     * (a comma or "and" between) is a person too. Two passes, so a list of three is found from either end.
     */
    private void listedNames(Found f, NameIndex<Draft> index, List<Draft> people) {
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
                    Draft d = new Draft(Actor.PERSON, p.surface(r.from(), r.to()));
                    people.add(d);
                    index.add(d, Slugs.fold(d.name), d.surnames());
                    starts.add(at(p, r.from()));
                    ends.add(at(p, r.to()));
                    taken.add(at(p, r.from()));
                }
            }
        }
    }

    private static long at(ArticleText.Para p, int token) {
        return ((long) p.index() << 32) | token;
    }

    /** What may stand between two names of a list: ", ", " and ", ", and ". */
    private static boolean listGap(String text, int from, int to) {
        String gap = text.substring(from, to).strip();
        return gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals(",and");
    }

    /**
     * Of several people with one surname, the one named last before the surname alone ("Mahamadou Issoufou's party
     * … Issoufou's minister"); else {@code fallback}.
     */
    private static Draft nearestBefore(List<Draft> same, RunAt u, Draft fallback) {
        if (same.size() < 2) {
            return fallback;
        }
        long at = ((long) u.para().index() << 32) | u.para().tokens().get(u.run().from()).start();
        Draft best = null;
        long bestAt = Long.MIN_VALUE;
        for (Draft d : same) {
            for (int[] span : d.spans) {
                long s = ((long) span[0] << 32) | span[1];
                if (s < at && s > bestAt) {
                    bestAt = s;
                    best = d;
                }
            }
        }
        return best != null ? best : fallback;
    }

    /** Family words that introduce a relative of the person just named: "her late husband, Edward,". */
    private static final Set<String> RELATIVES = WordSet.of("husband", "wife", "son", "daughter", "brother", "sister",
            "father", "mother", "widow", "widower", "niece", "nephew", "grandson", "granddaughter", "stepson",
            "stepdaughter", "cousin", "uncle", "aunt", "fiance", "fiancee", "fiancé", "fiancée");

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

    /** A lowercase word that may stand between "her" and a family word: "her late husband", "his eldest son". */
    private static boolean isAdjectiveSlot(Token w) {
        return !w.cap() && w.text().length() > 2;
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

    /**
     * Words the article writes as proper nouns: capitalised inside a sentence at least once and never in lower case.
     * "Carson said" names a person only where "Carson" is one; "Aides said" does not, as "aides" comes back in lower case.
     */
    private static Set<String> properNouns(ArticleText text) {
        Set<String> capitalised = new HashSet<>();
        for (ArticleText.Para p : text.paras) {
            if (p.kind() == newsgen.model.ParagraphKind.BODY) {
                for (Token t : p.tokens()) {
                    if (t.cap() && !t.initial()) {
                        capitalised.add(t.key());
                    }
                }
            }
        }
        // then without those also written in lower case: removed one by one, not gathered into a set of every
        // lowercase word first (most words of the text: ~4% of gen extract's CPU, JFR)
        for (ArticleText.Para p : text.paras) {
            if (p.kind() == newsgen.model.ParagraphKind.BODY && !capitalised.isEmpty()) {
                for (Token t : p.tokens()) {
                    if (!t.cap()) {
                        capitalised.remove(t.key());
                    }
                }
            }
        }
        return capitalised;
    }

    /** Full names first, then surnames and typos onto them; people seen only in captions or headlines are dropped. */
    private List<Draft> mergePeople(List<PersonRules.Candidate> candidates, NameIndex<Draft> index) {
        List<Draft> people = new ArrayList<>();
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
                    Draft known = index.find(last.key(), true, false);
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
                Draft d = index.find(Slugs.fold(c.name()), !full);
                if (d == null && full && c.role() == null) {
                    // "Sarmento Vaz told journalists": a two-word surname of someone named in full before
                    d = index.find(Slugs.fold(c.name()), true, false);
                }
                boolean weak = c.para().kind() != newsgen.model.ParagraphKind.BODY;
                if (d == null && weak) {
                    continue;
                }
                if (d == null) {
                    d = new Draft(Actor.PERSON, c.name());
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

    /** A middle initial: "J.", "H.W.", "R". */
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.?){1,3}");

    /**
     * The name without its middle initials ("Donald J. Trump" → "Donald Trump", "George H.W. Bush" → "George Bush"),
     * or null when it has none: the same person as the name written without them.
     */
    static String withoutInitials(String name) {
        String[] w = name.split(" ");
        if (w.length < 3) {
            return null;
        }
        StringBuilder out = new StringBuilder(w[0]);
        boolean dropped = false;
        for (int i = 1; i < w.length - 1; i++) {
            if (MIDDLE_INITIAL.matcher(w[i]).matches()) {
                dropped = true;
            } else {
                out.append(' ').append(w[i]);
            }
        }
        out.append(' ').append(w[w.length - 1]);
        return dropped ? out.toString() : null;
    }

    /** Generational suffixes that may end a person's name: "Jr", "Sr", "III". */
    private static final Set<String> SUFFIXES = WordSet.of("jr", "sr", "ii", "iii", "iv");

    /** The name without its generational suffix ("Joseph R. Biden Jr" → "Joseph R. Biden"), or null when it has none. */
    private static String withoutSuffix(String name) {
        int sp = name.lastIndexOf(' ');
        if (sp < 0 || name.indexOf(' ') == sp || !SUFFIXES.contains(Slugs.fold(name.substring(sp + 1)).replace(".", ""))) {
            return null;
        }
        String bare = name.substring(0, sp);
        return bare.endsWith(",") ? bare.substring(0, bare.length() - 1) : bare;
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

    private static Draft org(Map<String, Draft> orgs, Map<String, Draft> byAlias, String name) {
        String key = Slugs.fold(name);
        Draft d = byAlias.get(key);
        if (d == null) {
            d = new Draft(Actor.ORGANIZATION, name);
            orgs.put(key, d);
            byAlias.put(key, d);
        }
        return d;
    }

    private static void alias(Draft d, String surface) {
        if (!surface.equals(d.name)) {
            d.aliases.add(surface);
        }
    }

    private static void addSpan(Draft d, ArticleText.Para p, int from, int to) {
        d.spans.add(new int[] {p.index(), p.tokens().get(from).start(), p.tokens().get(to - 1).end()});
    }

    private static void mark(Set<Long> tokens, ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            tokens.add(((long) p.index() << 32) | k);
        }
    }

    private static long firstSpan(Draft d) {
        int[] s = d.spans.get(0);
        return ((long) s[0] << 32) | s[1];
    }
}
