package newsgen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisations of one article read again once all are found: a name joining two bodies the gazetteer knows
 * ("Washington Post-ABC News poll") is those two, and a pollster glued to one before "poll" is a body of its own; two it
 * knows as one are one; an acronym or a paper's short name
 * that only one other organisation of the article can stand for is that organisation.
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
        pollPartners(f, text);
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

    /** A partner glued to a name by a hyphen or a slash, then a poll's noun: "-GfK poll", "/Bloomberg Politics survey". */
    private static final java.util.regex.Pattern POLL_PARTNER = java.util.regex.Pattern.compile(
            "[-/](\\p{Lu}[\\p{L}\\p{N}&]*(?: \\p{Lu}[\\p{L}\\p{N}&]*){0,2}) (?:(?:national|tracking|new|latest|online) )*"
            + "(?:poll|polls|polling|survey)\\b");

    /** The capitalised words (one to four) right before a position: "Associated Press" of "an Associated Press-GfK". */
    private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}&.])(?:\\p{Lu}[\\p{L}\\p{N}&.]* ){0,3}\\p{Lu}[\\p{L}\\p{N}&.]*$");

    /**
     * Rule "pollster joined to a known body": "an Associated Press-GfK poll", "a YouGov/Economist survey": one to three
     * capitalised words glued by a hyphen or a slash to the name of an organisation (one of the article's, or one the
     * gazetteer knows), before "poll", "survey" or "polling", are the pollster that ran the poll with that body: both
     * are organisations, each with its own words of the mention. Not words a rule has read as a name already ("CNN/ORC"
     * where ORC was found); both known whole are the rule "joint name of two known bodies".
     */
    static void pollPartners(ActorsFound f, ArticleText text) {
        // where a hyphen or slash may glue a partner: right after an organisation's mention, or inside a run no rule
        // named ("Associated Press-GfK" is one run when the gazetteer's name is written glued); looked for there only,
        // not over every paragraph's text (a scan of each paragraph for "poll" was most of the rule's time)
        java.util.TreeMap<Integer, java.util.TreeSet<Integer>> cuts = new java.util.TreeMap<>();
        java.util.Map<Integer, ArticleText.Para> paras = new java.util.HashMap<>();
        for (ActorDraft o : f.orgs.values()) {
            for (int[] s : o.spans) {
                cuts.computeIfAbsent(s[0], k -> new java.util.TreeSet<>()).add(s[2]);
            }
        }
        for (RunAt u : f.unresolved) {
            ArticleText.Para p = u.para();
            paras.put(p.index(), p);
            String para = p.text();
            for (int c = p.tokens().get(u.run().from()).start(); c < p.tokens().get(u.run().to() - 1).end(); c++) {
                if (para.charAt(c) == '-' || para.charAt(c) == '/') {
                    cuts.computeIfAbsent(p.index(), k -> new java.util.TreeSet<>()).add(c);
                }
            }
        }
        if (cuts.isEmpty()) {
            return;
        }
        for (ArticleText.Para p : text.paras) {
            paras.putIfAbsent(p.index(), p);
        }
        Gazetteer gaz = Gazetteer.get();
        for (Map.Entry<Integer, java.util.TreeSet<Integer>> at : cuts.entrySet()) {
            ArticleText.Para p = paras.get(at.getKey());
            String para = p.text();
            java.util.regex.Matcher m = null;
            for (int cut : at.getValue()) {
                if (cut < 1 || cut + 1 >= para.length() || para.charAt(cut) != '-' && para.charAt(cut) != '/'
                        || !Character.isUpperCase(para.charAt(cut + 1))
                        || !(Character.isLetter(para.charAt(cut - 1)) || para.charAt(cut - 1) == '.')) {
                    continue;
                }
                m = m == null ? POLL_PARTNER.matcher(para) : m;
                if (!m.region(cut, para.length()).lookingAt() || named(f, p, m.start(1), m.end(1))) {
                    continue;
                }
                // the body before: an organisation of the article whose mention ends at the cut, or a known name there
                ActorDraft body = orgEndingAt(f, p.index(), cut);
                if (body == null) {
                    java.util.regex.Matcher n = NAME_BEFORE.matcher(para).region(Math.max(0, cut - 60), cut).useTransparentBounds(true);
                    String words = n.find() ? n.group() : "";
                    // the longest known name of those words that ends at the cut: "Associated Press", not "Press"
                    for (int i = -1; body == null && !words.isEmpty(); i = words.indexOf(' ', i + 1)) {
                        String name = words.substring(i + 1);
                        Gazetteer.Entry e = gaz.lookup(name);
                        if (e != null && e.kind() == Gazetteer.Kind.ORGANIZATION && !named(f, p, cut - name.length(), cut)) {
                            body = mention(f, p, e.name(), name, cut - name.length(), cut);
                        }
                        if (words.indexOf(' ', i + 1) < 0) {
                            break;
                        }
                    }
                }
                if (body == null) {
                    continue;
                }
                String partner = m.group(1);
                Gazetteer.Entry known = gaz.lookup(partner);
                if (known == null) {
                    known = gaz.lookup("The " + partner);
                }
                boolean org = known != null && known.kind() == Gazetteer.Kind.ORGANIZATION;
                if (known != null && !org) {
                    continue; // a place: "a Boston Globe/Suffolk poll" leaves Suffolk to the place rules
                }
                mention(f, p, org ? known.name() : partner, partner, m.start(1), m.end(1));
            }
        }
    }

    /** The organisation whose mention in paragraph {@code index} ends at {@code end}, or null. */
    private static ActorDraft orgEndingAt(ActorsFound f, int index, int end) {
        for (ActorDraft o : f.orgs.values()) {
            for (int[] s : o.spans) {
                if (s[0] == index && s[2] == end) {
                    return o;
                }
            }
        }
        return null;
    }

    /** A mention of the organisation {@code name}, written {@code surface} at characters from–to, its tokens marked. */
    private static ActorDraft mention(ActorsFound f, ArticleText.Para p, String name, String surface, int from, int to) {
        ActorDraft d = ActorDraft.org(f.orgs, f.orgByAlias, name);
        ActorDraft.alias(d, surface);
        d.spans.add(new int[] {p.index(), from, to});
        OrganizationNames.sortSpans(d);
        for (int k = 0; k < p.tokens().size(); k++) {
            Token t = p.tokens().get(k);
            if (t.start() < to && t.end() > from) {
                f.nameTokens.add(((long) p.index() << 32) | k);
            }
        }
        return d;
    }

    /** Whether a rule read a name on the characters from–to: a person's token, or an organisation's mention there. */
    private static boolean named(ActorsFound f, ArticleText.Para p, int from, int to) {
        for (int k = 0; k < p.tokens().size(); k++) {
            Token t = p.tokens().get(k);
            if (t.start() < to && t.end() > from && f.nameTokens.contains(((long) p.index() << 32) | k)
                    && !(t.start() < from || t.end() > to)) {
                return true;
            }
        }
        for (ActorDraft o : f.orgs.values()) {
            for (int[] s : o.spans) {
                if (s[0] == p.index() && s[1] < to && from < s[2]) {
                    return true;
                }
            }
        }
        return false;
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

    private static void moveInto(ActorsFound f, ActorDraft from, ActorDraft into) {
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
