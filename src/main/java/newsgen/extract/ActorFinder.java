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
        Actor actor;

        Draft(String type, String name) {
            this.type = type;
            this.name = name;
        }

        String surname() {
            int sp = name.lastIndexOf(' ');
            return Slugs.fold(sp < 0 ? name : name.substring(sp + 1));
        }
    }

    private final Gazetteer gaz = Gazetteer.get();
    private final PersonRules personRules = new PersonRules();

    Result find(ArticleText text) {
        Map<String, Draft> orgs = new LinkedHashMap<>();
        Map<String, Draft> orgByAlias = new HashMap<>();
        List<PersonRules.Candidate> candidates = new ArrayList<>();
        List<Object[]> unresolved = new ArrayList<>();
        Set<Long> orgTokens = new HashSet<>();
        List<Object[]> placeNamed = new ArrayList<>();
        for (ArticleText.Para p : text.paras) {
            boolean titleCase = titleCase(p);
            for (Gazetteer.Match m : p.matches()) {
                if (m.entry().kind() == Gazetteer.Kind.ORGANIZATION) {
                    Draft d = org(orgs, orgByAlias, m.entry().name());
                    addSpan(d, p, m.from(), m.to());
                    alias(d, p.surface(m.from(), m.to()));
                }
            }
            int definition = -1;
            for (NameRuns.Run run : NameRuns.runs(p)) {
                if (run.from() == definition) {
                    continue; // the "(AES)" of "Alliance of Sahel States (AES)" is part of that mention
                }
                Gazetteer.Match m = p.matchAt(run.from());
                boolean covered = m != null && m.from() <= run.from() && m.to() >= run.to();
                Draft defined = null;
                if (covered) {
                    defined = m.entry().kind() == Gazetteer.Kind.ORGANIZATION ? orgByAlias.get(Slugs.fold(m.entry().name())) : null;
                    if (run.size() == 1 && (m.entry().kind() == Gazetteer.Kind.CITY || m.entry().kind() == Gazetteer.Kind.REGION)) {
                        placeNamed.add(new Object[] {p, run}); // "Santos said": maybe a person's surname, not the city
                    }
                } else {
                    PersonRules.Candidate c = personRules.person(p, run);
                    if (c != null) {
                        candidates.add(c);
                        continue;
                    }
                    run = withoutOpener(p, run);
                    m = p.matchAt(run.from());
                    if (!titleCase && isOrgName(p, run)) {
                        Gazetteer.Match known = m != null && m.from() == run.from()
                                && m.entry().kind() == Gazetteer.Kind.ORGANIZATION ? m : null;
                        if (known != null && onlyHeads(p, known.to(), run.to())) {
                            // "Apple Inc.": a known organisation with a company suffix is that organisation
                            defined = orgByAlias.get(Slugs.fold(known.entry().name()));
                            alias(defined, p.surface(run.from(), run.to()));
                        } else {
                            defined = org(orgs, orgByAlias, p.surface(run.from(), run.to()));
                            addSpan(defined, p, run.from(), run.to());
                            mark(orgTokens, p, run.from(), run.to());
                        }
                    }
                }
                String acronym = acronymAfter(p, run);
                if (acronym != null) {
                    definition = run.to();
                }
                if (acronym != null && defined == null && !covered && initialsMatch(p, run, acronym)) {
                    defined = org(orgs, orgByAlias, p.surface(run.from(), run.to()));
                    addSpan(defined, p, run.from(), run.to());
                }
                if (acronym != null && defined != null && !orgByAlias.containsKey(Slugs.fold(acronym))) {
                    alias(defined, acronym);
                    orgByAlias.put(Slugs.fold(acronym), defined);
                } else if (!covered && defined == null) {
                    unresolved.add(new Object[] {p, run});
                }
            }
        }
        NameIndex<Draft> index = new NameIndex<>();
        List<Draft> people = mergePeople(candidates, index);
        Set<Long> personTokens = orgTokens;
        for (Object[] u : unresolved) {
            ArticleText.Para p = (ArticleText.Para) u[0];
            NameRuns.Run run = (NameRuns.Run) u[1];
            String key = Slugs.fold(p.surface(run.from(), run.to()));
            Draft org = orgByAlias.get(key);
            if (org != null) {
                addSpan(org, p, run.from(), run.to());
                continue;
            }
            Draft person = index.find(key, run.size() == 1);
            if (person != null) {
                addSpan(person, p, run.from(), run.to());
                alias(person, p.surface(run.from(), run.to()));
                index.addKey(person, key);
                mark(personTokens, p, run.from(), run.to());
            }
        }
        for (Object[] u : placeNamed) {
            ArticleText.Para p = (ArticleText.Para) u[0];
            NameRuns.Run run = (NameRuns.Run) u[1];
            Draft person = index.find(Slugs.fold(p.surface(run.from(), run.to())), true, false);
            if (person != null) {
                addSpan(person, p, run.from(), run.to());
                alias(person, p.surface(run.from(), run.to()));
                mark(personTokens, p, run.from(), run.to());
            }
        }
        for (PersonRules.Candidate c : candidates) {
            mark(personTokens, c.para(), c.from(), c.to());
        }
        List<Draft> all = new ArrayList<>(people);
        all.addAll(orgs.values());
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
        return new Result(List.copyOf(actors), List.copyOf(mentions), personTokens);
    }

    /** Full names first, then surnames and typos onto them; people seen only in captions or headlines are dropped. */
    private List<Draft> mergePeople(List<PersonRules.Candidate> candidates, NameIndex<Draft> index) {
        List<Draft> people = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (PersonRules.Candidate c : candidates) {
                boolean full = c.to() - c.from() > 1;
                if (full != (pass == 0)) {
                    continue;
                }
                Draft d = index.find(Slugs.fold(c.name()), !full);
                boolean weak = c.para().kind() != newsgen.model.ParagraphKind.BODY;
                if (d == null && weak) {
                    continue;
                }
                if (d == null) {
                    d = new Draft(Actor.PERSON, c.name());
                    people.add(d);
                    index.add(d, Slugs.fold(d.name), d.surname());
                }
                alias(d, c.name());
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

    private boolean isOrgName(ArticleText.Para p, NameRuns.Run run) {
        if (run.size() < 2) {
            return false;
        }
        var t = p.tokens();
        if (gaz.titles.contains(t.get(run.from()).key())) {
            return false;
        }
        if (gaz.orgHeads.contains(t.get(run.to() - 1).key())) {
            return true;
        }
        // "Ministry of Health", "High Court of Kenya": a head word followed by "of" or "for"
        for (int k = run.from(); k + 2 < run.to(); k++) {
            if (gaz.orgHeads.contains(t.get(k).key()) && NameRuns.ORG_CONNECTORS.contains(t.get(k + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** A headline or subhead in title case ("Protesters Clash With Police"): its capitals say nothing about names. */
    private static boolean titleCase(ArticleText.Para p) {
        if (p.kind() != newsgen.model.ParagraphKind.HEADLINE && p.kind() != newsgen.model.ParagraphKind.SUBHEAD) {
            return false;
        }
        int caps = 0;
        for (Token t : p.tokens()) {
            caps += t.cap() ? 1 : 0;
        }
        return caps * 5 >= p.tokens().size() * 3;
    }

    /** "Shares of Alphabet Inc" opening a sentence: the words up to "of" are the sentence's, not the name's. */
    private NameRuns.Run withoutOpener(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token first = t.get(run.from());
        if (!first.initial() || gaz.orgHeads.contains(first.key()) || p.matchAt(run.from()) != null) {
            return run;
        }
        for (int k = run.from() + 1; k + 1 < run.to(); k++) {
            if (NameRuns.ORG_CONNECTORS.contains(t.get(k).key())) {
                NameRuns.Run rest = new NameRuns.Run(k + 1, run.to());
                return isOrgName(p, rest) ? rest : run;
            }
        }
        return run;
    }

    private boolean onlyHeads(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!gaz.orgHeads.contains(p.tokens().get(k).key())) {
                return false;
            }
        }
        return from < to;
    }

    /** "Alliance of Sahel States (AES)": the acronym in brackets right after a run, or null. */
    private static String acronymAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.to() >= t.size()) {
            return null;
        }
        Token a = t.get(run.to());
        String gap = p.text().substring(t.get(run.to() - 1).end(), a.start()).strip();
        boolean closed = a.end() < p.text().length() && p.text().charAt(a.end()) == ')';
        return gap.equals("(") && closed && a.upper() && a.text().length() <= 8 ? a.text() : null;
    }

    /** The acronym's letters are the initials of the run's capitalised words, in order. */
    private static boolean initialsMatch(ArticleText.Para p, NameRuns.Run run, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int k = run.from(); k < run.to(); k++) {
            Token w = p.tokens().get(k);
            if (w.cap()) {
                initials.append(Character.toUpperCase(w.text().charAt(0)));
            }
        }
        return initials.toString().equals(acronym.replace(".", ""));
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
