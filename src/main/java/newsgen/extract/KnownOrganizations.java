package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisations of one article read again once all are found: a name joining two bodies the gazetteer knows
 * ("Washington Post-ABC News poll") is those two, and a pollster glued to one before "poll" is a body of its own
 * ({@link PollPartners}); two it knows as one are one; an acronym or a paper's short name that only one other
 * organisation of the article can stand for is that organisation.
 */
final class KnownOrganizations {
    private KnownOrganizations() {
    }

    /** Runs the five rules over the article's organisations, keyed by folded name as {@link ActorsFound#orgs} keeps them. */
    static void apply(ActorsFound f, ArticleText text) {
        if (f.orgs.isEmpty()) {
            return;
        }
        jointNames(f, text);
        PollPartners.apply(f, text); // rule "pollster joined to a known body"
        oneByKnownNames(f);
        acronymsOfNamedBodies(f);
        newspapersByShortName(f);
    }

    /**
     * Rule "the paper's short name, once all are found": "The Post responded" in an article that names "The Washington
     * Post" (or its poll, "Washington Post-ABC News") is that paper: a newspaper named "The X" by its last word alone
     * ({@link OrganizationNames#newspaperByShortName}) is the one other organisation of the article whose name or alias
     * ends in "X"; with two ("The New York Times", "Financial Times") it stays as written.
     */
    static void newspapersByShortName(ActorsFound f) {
        intoTheOnly(f, a -> {
            int space = a.name.indexOf(' ');
            return a.name.startsWith("The ") && a.name.indexOf(' ', space + 1) < 0
                    && OrganizationNames.NEWSPAPER_WORDS.contains(Slugs.fold(a.name.substring(space + 1)));
        }, (a, o) -> {
            String end = a.name.substring(a.name.indexOf(' '));
            return o.name.endsWith(end) || o.aliases.stream().anyMatch(x -> x.endsWith(end));
        });
    }

    /**
     * Merges each organisation that {@code isShort} accepts into the one other organisation of the article that
     * {@code standsFor} says it may name, when there is exactly one.
     */
    private static void intoTheOnly(ActorsFound f, java.util.function.Predicate<ActorDraft> isShort,
            java.util.function.BiPredicate<ActorDraft, ActorDraft> standsFor) {
        if (f.orgs.size() < 2) {
            return;
        }
        List<ActorDraft[]> pairs = null;
        for (ActorDraft a : f.orgs.values()) {
            if (!isShort.test(a)) {
                continue;
            }
            ActorDraft named = null;
            int found = 0;
            for (ActorDraft o : f.orgs.values()) {
                if (o != a && standsFor.test(a, o)) {
                    named = o;
                    found++;
                }
            }
            if (found == 1) {
                pairs = pairs == null ? new ArrayList<>() : pairs;
                pairs.add(new ActorDraft[] {a, named});
            }
        }
        if (pairs != null) {
            for (ActorDraft[] p : pairs) {
                moveInto(f, p[0], p[1]);
            }
        }
    }

    /**
     * Rule "acronym of a body named in full": "the American Federation of Teachers … the AFT", "New York University …
     * N.Y.U.": an organisation named by an acronym alone (three letters or more) whose letters are the initials of
     * exactly one other organisation of the article, named in two words or more, is that organisation, though the
     * article never defines it in brackets.
     */
    static void acronymsOfNamedBodies(ActorsFound f) {
        intoTheOnly(f, a -> {
            String letters = a.name.replace(".", "");
            return letters.length() >= 3 && letters.length() <= 6 && AcronymRules.capitalsOnly(letters);
        }, (a, o) -> o.name.indexOf(' ') > 0 && AcronymRules.spells(o.name, a.name.replace(".", "")));
    }

    /**
     * Rule "one organisation by its known names": "a Washington Post editorial" made by a rule beside "The Washington
     * Post" the gazetteer found, "GOP" beside "Republican Party": organisations the gazetteer knows as one entry are
     * one; the one named as the gazetteer names it (else the first) keeps the others' mentions and takes their names
     * as aliases.
     */
    static void oneByKnownNames(ActorsFound f) {
        if (f.orgs.size() < 2) {
            return;
        }
        Gazetteer gaz = Gazetteer.get();
        Map<String, List<ActorDraft>> byEntry = null;
        for (ActorDraft o : f.orgs.values()) {
            Gazetteer.Entry e = gaz.lookup(o.name);
            if (e != null && e.kind() == Gazetteer.Kind.ORGANIZATION) {
                byEntry = byEntry == null ? new HashMap<>() : byEntry;
                byEntry.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(o);
            }
        }
        if (byEntry == null) {
            return;
        }
        for (Map.Entry<String, List<ActorDraft>> e : byEntry.entrySet()) {
            List<ActorDraft> same = e.getValue();
            if (same.size() < 2) {
                continue;
            }
            ActorDraft keep = same.stream().filter(d -> d.name.equals(e.getKey())).findFirst().orElse(same.get(0));
            for (ActorDraft d : same) {
                if (d != keep) {
                    moveInto(f, d, keep);
                }
            }
        }
    }

    /**
     * Rule "joint name of two known bodies": "a Washington Post-ABC News poll", "the NBC/Wall Street Journal survey":
     * a name that a hyphen or a slash splits into two names the gazetteer knows as organisations is those two, each
     * with its own words of the mention; not a name the gazetteer knows whole ("Metro-Goldwyn-Mayer").
     */
    static void jointNames(ActorsFound f, ArticleText text) {
        Gazetteer gaz = Gazetteer.get();
        for (ActorDraft o : List.copyOf(f.orgs.values())) {
            int cut = joint(o.name);
            if (cut < 0 || gaz.lookup(o.name) != null) {
                continue;
            }
            Gazetteer.Entry first = gaz.lookup(o.name.substring(0, cut));
            Gazetteer.Entry second = gaz.lookup(o.name.substring(cut + 1));
            if (first == null || second == null || first.kind() != Gazetteer.Kind.ORGANIZATION
                    || second.kind() != Gazetteer.Kind.ORGANIZATION || !o.aliases.isEmpty()) {
                continue;
            }
            List<int[]> spans = o.spans;
            for (int[] s : spans) {
                if (!OrganizationNames.paragraphText(text, s[0]).startsWith(o.name, s[1])) {
                    spans = null; // a mention written otherwise ("… News's poll"): the name is left as it is
                    break;
                }
            }
            if (spans == null) {
                continue;
            }
            ActorDraft a = ActorDraft.org(f.orgs, f.orgByAlias, first.name());
            ActorDraft b = ActorDraft.org(f.orgs, f.orgByAlias, second.name());
            ActorDraft.alias(a, o.name.substring(0, cut));
            ActorDraft.alias(b, o.name.substring(cut + 1));
            for (int[] s : spans) {
                a.spans.add(new int[] {s[0], s[1], s[1] + cut});
                b.spans.add(new int[] {s[0], s[1] + cut + 1, s[1] + o.name.length()});
            }
            OrganizationNames.sortSpans(a);
            OrganizationNames.sortSpans(b);
            f.orgs.values().removeIf(d -> d == o);
            OrganizationNames.forget(f, o);
        }
    }

    /** Where the one hyphen or slash between two capitalised words of a name is, or -1. */
    private static int joint(String name) {
        int cut = -1;
        for (int i = 1; i + 1 < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '/') {
                if (cut >= 0 || !Character.isLetterOrDigit(name.charAt(i - 1)) || !Character.isUpperCase(name.charAt(i + 1))) {
                    return -1;
                }
                cut = i;
            }
        }
        return cut;
    }

    static void moveInto(ActorsFound f, ActorDraft from, ActorDraft into) {
        ActorDraft.alias(into, from.name);
        for (String a : from.aliases) {
            ActorDraft.alias(into, a);
        }
        into.spans.addAll(from.spans);
        OrganizationNames.sortSpans(into);
        // the merged one's names find the one kept from now on
        f.orgByAlias.replaceAll((k, d) -> d == from ? into : d);
        f.orgByShortName.replaceAll((k, d) -> d == from ? into : d);
        f.orgs.values().removeIf(o -> o == from);
    }
}
