package newsgen.extract;

import java.util.Map;

/**
 * Rule "pollster joined to a known body", read once an article's organisations are found (from
 * {@link KnownOrganizations#apply}): "an Associated Press-GfK poll" names two bodies. Split from KnownOrganizations,
 * which merges names the article already has; this one adds the pollster's.
 */
final class PollPartners {
    private PollPartners() {
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
    static void apply(ActorsFound f, ArticleText text) {
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
            // read from the paragraph's characters, not by a charAt call for each character of each run (with its
            // bounds check: most news text is beyond Latin-1), ~0.8% of gen extract's CPU samples (JFR)
            char[] para = p.chars();
            for (int c = p.tokens().get(u.run().from()).start(), end = p.tokens().get(u.run().to() - 1).end(); c < end; c++) {
                if (para[c] == '-' || para[c] == '/') {
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
}
