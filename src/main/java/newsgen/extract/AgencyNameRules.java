package newsgen.extract;

/**
 * Organisation rules for names the head-word rules of {@link OrganizationRules#isOrgName} would miss: an agency's name
 * opening with a word that is also a title ("General Services Administration") and an association named for its
 * members in a country ("Gun Owners of America"). Split from {@link OrganizationRules}, which asks them.
 */
final class AgencyNameRules {
    private final Gazetteer gaz = Gazetteer.get();

    /**
     * Rule "title opening an organisation's name": "General Services Administration", "Justice Ministry", "General
     * Accounting Office": a title word opening a run that ends with an organisation's head word, no given name and no
     * other title and no acronym inside, is the organisation's first word, not someone's title (the person rules,
     * asked first, found no name in it).
     */
    boolean titleOpensOrgName(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 2 || !gaz.orgHeads.contains(t.get(run.to() - 1).key()) || t.get(run.from()).upper()
                || NameRuns.CONNECTORS.contains(t.get(run.from() + 1).key())) {
            return false; // "Member of House panel": a title and its office
        }
        for (int k = run.from() + 1; k < run.to(); k++) {
            Token w = t.get(k);
            if (gaz.givenNames.contains(w.key()) || gaz.titles.contains(w.key()) || w.upper() && w.text().length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised plurals that are a country's people, not a group's members: no organisation of a country. */
    private static final java.util.Set<String> NOT_MEMBERS = WordSet.of("states", "people", "peoples", "citizens",
            "nations", "islands", "emirates", "provinces", "territories");

    /**
     * Rule "members of a country": "Gun Owners of America", "Girl Scouts of America", "Communications Workers of
     * America": two or three capitalised words ending in a plural of members, then "of" and a country, name an
     * association (not "United States of America": the plural is the country's own word).
     */
    boolean pluralsOfCountry(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = run.from() + 1; k + 1 < run.to() && k - run.from() <= 3; k++) {
            if (!t.get(k + 1).key().equals("of") || k + 2 >= run.to()) {
                continue;
            }
            Gazetteer.Match c = p.matchAt(k + 2);
            Token plural = t.get(k);
            return c != null && c.from() == k + 2 && c.to() == run.to() && c.entry().kind() == Gazetteer.Kind.COUNTRY
                    && plural.key().length() > 3 && plural.key().endsWith("s") && !plural.key().endsWith("ss")
                    && !plural.upper() && !NOT_MEMBERS.contains(plural.key()) && p.matchAt(run.from()) == null
                    && p.matchAt(k) == null;
        }
        return false;
    }
}
