package newsgen.extract;

/**
 * Organisation rules for legislative chambers named by one word ("the Senate", "Congress", "House passes bill") and
 * a chamber opening an officer's title ("Senate Majority Leader"). Split from {@link OrganizationRules}, whose
 * {@code orgBeforeTitle} asks {@link #chamberBeforeTitle} first.
 */
final class ChamberRules {
    private final Gazetteer gaz = Gazetteer.get();

    /** Chambers named by one capitalised word: "the Senate", "Congress", "the House", "the Legislature" (a state's), "the Cabinet". */
    static final java.util.Set<String> CHAMBERS = WordSet.of("senate", "congress", "parliament",
            "house", "legislature", "cabinet");

    /**
     * A legislature named by its one word: "Congress", "the Senate" and "the House" (after "the", as "House" alone
     * opens many names), alone (1) or before its members ("Senate Republicans": 2); else 0.
     */
    int legislature(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token first = t.get(run.from());
        if (!CHAMBERS.contains(first.key()) || first.upper() || first.possessive() && run.size() > 1) {
            return 0;
        }
        boolean afterThe = run.from() > 0 && t.get(run.from() - 1).key().equals("the");
        Gazetteer.Match m = run.size() > 1 ? p.matchAt(run.from() + 1) : null;
        boolean members = m != null && m.from() == run.from() + 1 && m.to() == run.to()
                && (m.entry().kind() == Gazetteer.Kind.DEMONYM || m.entry().kind() == Gazetteer.Kind.ORGANIZATION);
        // "House Republicans", "House members voted": the chamber's own people or business say "House" is the chamber
        boolean chamberNoun = run.size() == 1 && run.to() < t.size() && !t.get(run.to()).cap()
                && CHAMBER_NOUNS.contains(t.get(run.to()).key()) && Gazetteer.joinable(p.text(), first, t.get(run.to()));
        // "House passes bill": a verb of the chamber's business after it, the sentence's first word too
        boolean chamberVerb = run.size() == 1 && run.to() < t.size() && CHAMBER_VERBS.contains(t.get(run.to()).key())
                && Gazetteer.joinable(p.text(), first, t.get(run.to()));
        if (!first.key().equals("congress") && !afterThe && (first.initial() || first.key().equals("house"))
                && !(first.key().equals("house") && !first.initial() && (members || chamberNoun))
                && !(first.key().equals("house") && chamberVerb)) {
            return 0;
        }
        if (run.size() == 1) {
            return 1;
        }
        return members ? 2 : 0;
    }

    /** Lowercase verbs after "House" that make it the chamber, even opening a sentence: "House passes bill". */
    private static final java.util.Set<String> CHAMBER_VERBS = WordSet.of("passes", "passed", "approves",
            "approved", "rejects", "rejected", "adjourns", "adjourned", "voted");

    /** Lowercase nouns after "House" that make it the chamber: "House members", "a House vote", "the former House speaker". */
    private static final java.util.Set<String> CHAMBER_NOUNS = WordSet.of("speaker", "speakership", "ethics",
            "panel", "panels", "committee", "committees", "subcommittee", "colleagues", "members", "member", "lawmakers",
            "leaders", "leadership", "floor", "vote", "votes", "majority", "minority", "seat", "seats", "race", "races",
            "candidate", "candidates", "bill", "version", "investigators", "chamber", "rules", "hearing", "hearings",
            "passage", "negotiators", "conservatives", "moderates", "caucus", "aides", "staff", "districts", "district");

    /**
     * "House Speaker Paul Morgan", "Senate Majority Leader Angus McTavish": a chamber word opening a titled name is
     * the chamber, named with its officer's title; returns its token or -1.
     */
    int chamberBeforeTitle(ArticleText.Para p, NameRuns.Run run, int nameFrom) {
        var t = p.tokens();
        Token first = t.get(run.from());
        if (!CHAMBERS.contains(first.key()) || first.upper() || first.possessive() || nameFrom <= run.from() + 1
                || !gaz.titles.contains(t.get(run.from() + 1).key()) && !gaz.offices.contains(t.get(run.from() + 1).key())
                && !t.get(run.from() + 1).key().equals("majority") && !t.get(run.from() + 1).key().equals("minority")) {
            return -1;
        }
        return run.from();
    }
}
