package newsgen.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule "listed with organisations": "groups including MoveOn, Emerge USA, Bend the Arc and the Sierra Club": a name that
 * nothing else explains, in a list right beside an organisation already found (a comma, "and" or "or" between them),
 * is an organisation too; not a word the gazetteer knows, a given name or a title opening it, a plural word ("the
 * Kurds"), the title line or a title-case line, nor plain English words only ("Brexit and the EU" keeps Brexit a
 * thing). Laws named beside bodies ("the rules of Nafta and the WTO") are taken too: the one known cost.
 */
final class ListedOrganizations {
    static final String RULE = "listed with organisations";

    /** A list's joint before a name: ", ", " and ", ", and the ", " or ". */
    private static final Pattern JOINT_BEFORE = Pattern.compile("(?:,|,? and|,? or)\\s+(?:the\\s+)?$");
    /** A list's joint after a name. */
    private static final Pattern JOINT_AFTER = Pattern.compile("^(?:,|,? and|,? or)\\s+(?:the\\s+)?");

    private ListedOrganizations() {
    }

    /** Makes organisations of the runs in {@code leftovers} listed beside one; a newly made one lets its neighbours in. */
    static void add(ActorsFound f, List<RunAt> leftovers, OrganizationRules orgRules, List<ActorDraft> people) {
        if (leftovers.isEmpty() || f.orgs.isEmpty()) {
            return; // no organisation to be listed beside: nothing to make (the checks below cost ~1% of extraction)
        }
        Set<String> surnames = null; // made for the first eligible run only: most articles have none
        List<RunAt> left = new ArrayList<>();
        for (RunAt u : leftovers) {
            if (!eligible(u, orgRules)) {
                continue;
            }
            if (surnames == null) {
                surnames = new HashSet<>();
                for (ActorDraft d : people) {
                    surnames.addAll(java.util.Arrays.asList(d.surnames()));
                }
            }
            // "the state's DOJ, AG Pellham, and …": a word before a person's surname is a title the lists do not know
            if (!surnames.contains(u.para().tokens().get(u.run().to() - 1).key())) {
                left.add(u);
            }
        }
        boolean more = !left.isEmpty();
        while (more) {
            Set<Long> ends = new HashSet<>();
            Set<Long> starts = new HashSet<>();
            for (ActorDraft d : f.orgs.values()) {
                for (int[] s : d.spans) {
                    starts.add(((long) s[0] << 32) | s[1]);
                    ends.add(((long) s[0] << 32) | s[2]);
                }
            }
            more = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                RunAt u = it.next();
                if (besideOrganisation(u, starts, ends)) {
                    ActorDraft org = listedOrganisation(f, u.para().surface(u.run().from(), u.run().to()));
                    ActorDraft.addSpan(org, u.para(), u.run().from(), u.run().to());
                    ActorDraft.mark(f.nameTokens, u.para(), u.run().from(), u.run().to());
                    it.remove();
                    more = true;
                }
            }
        }
    }

    /**
     * The organisation a listed name makes: one already found under a spelling with the same slug ("Hewlett Packard,
     * Coca-Cola and Microsoft" after "Hewlett-Packard"), with the list's spelling as an alias, so that a record never
     * holds two actors with one id; else a new one.
     */
    private static ActorDraft listedOrganisation(ActorsFound f, String surface) {
        String slug = Slugs.slug(surface);
        for (ActorDraft d : f.orgs.values()) {
            if (Slugs.slug(d.name).equals(slug)) {
                ActorDraft.alias(d, surface);
                f.orgByAlias.putIfAbsent(Slugs.fold(surface), d);
                return d;
            }
        }
        return ActorDraft.org(f.orgs, f.orgByAlias, surface);
    }

    private static boolean eligible(RunAt u, OrganizationRules orgRules) {
        ArticleText.Para p = u.para();
        var t = p.tokens();
        Token first = t.get(u.run().from());
        Gazetteer gaz = Gazetteer.get();
        if (p.index() == 0 || NameRuns.headline(p) || orgRules.titleCase(p) || gaz.givenName.test(first) || first.upper() && u.run().size() == 1
                || gaz.nonName.test(first) || CalendarWords.DAYS_AND_MONTHS.contains(first.key())) {
            return false;
        }
        if (u.run().size() == 1 && first.key().endsWith("s") && !first.possessive()) {
            return false; // "Saudis", "PACs": a people or a kind, as plurals
        }
        boolean plain = true;
        for (int k = u.run().from(); k < u.run().to(); k++) {
            if (p.matchAt(k) != null || gaz.title.test(t.get(k)) || CalendarWords.DAYS_AND_MONTHS.contains(t.get(k).key())) {
                return false;
            }
            plain = plain && (EnglishWords.KEY.test(t.get(k)) || NameRuns.CONNECTOR.test(t.get(k)));
        }
        return !plain;
    }

    /**
     * An organisation right beside the run in a list: joined by "and" or "or"; or by a comma alone where the list goes
     * on at the run's other side too ("In a memo to Congress, Saudis insist" and "Unfortunately, the Democrats" are a
     * sentence's commas, no list).
     */
    private static boolean besideOrganisation(RunAt u, Set<Long> starts, Set<Long> ends) {
        ArticleText.Para p = u.para();
        String text = p.text();
        long para = (long) p.index() << 32;
        int start = p.tokens().get(u.run().from()).start();
        int end = p.tokens().get(u.run().to() - 1).end();
        int from = Math.max(0, start - 12);
        Matcher before = JOINT_BEFORE.matcher(text.substring(from, start));
        Matcher after = JOINT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12)));
        boolean hasBefore = before.find();
        boolean hasAfter = after.find();
        boolean orgBefore = hasBefore && ends.contains(para | (from + before.start()));
        boolean orgAfter = hasAfter && starts.contains(para | (end + after.end()));
        return orgBefore && (hasAfter || !before.group().startsWith(",") || before.group().contains(" and") || before.group().contains(" or"))
                || orgAfter && (hasBefore || after.group().contains("and") || after.group().contains("or"));
    }
}
