package newsgen.extract;

import static newsgen.extract.AcronymRules.THING_ACRONYMS;
import static newsgen.extract.OrganizationRules.nameGoesOnAfter;

/**
 * Organisation rules that find a name by the job or source next to it: "an economist at Moody's Analytics", "Acme
 * spokesman", "according to Factcheck.org", "Quorrel, a firm that …". Split from {@link OrganizationRules}, which keeps
 * the rules that read the name itself.
 */
final class EmployerRules {
    private final Gazetteer gaz = Gazetteer.get();
    private final AcronymRules acronyms = new AcronymRules();

    /** Lowercase nouns of a job held at an organisation, besides the titles: "an economist at Moody's Analytics". */
    private static final java.util.Set<String> JOB_NOUNS = WordSet.of("fellow", "partner", "scholar", "lecturer",
            "employee", "staffer", "official", "officials", "researchers", "analysts", "economists", "executives",
            "colleague", "colleagues", "trustee", "volunteer", "intern");

    /** Titles whose "of" or "for" says what they stand for, rule or write, not who employs them: "champion for
     * Constitutional governance", "mayor of Nice", "author of Unlikeable". */
    private static final java.util.Set<String> NOT_EMPLOYED = WordSet.of("author", "champion", "candidate", "nominee",
            "hopeful", "opponent", "challenger", "contender", "incumbent", "frontrunner", "front-runner", "star",
            "mayor", "governor", "senator", "sheriff", "resident", "veteran", "king", "queen", "prince", "princess",
            "emir", "sultan", "ruler", "monarch", "dictator", "strongman", "warlord", "regent", "host", "co-host",
            "producer", "novelist", "poet", "singer", "actor", "actress", "rapper", "filmmaker", "president-elect");

    /** Prepositions that join a job to its employer: "analyst at", "director of", "adviser for", "partner with". */
    private static final java.util.Set<String> EMPLOYER_PREPOSITIONS = WordSet.of("at", "of", "for", "with");

    /**
     * Rule "employer after a job": a capitalised run right after a lowercase job noun and "at", "of", "for" or "with"
     * ("a senior analyst at Jefferies", "executive director of Muslim Advocates", "research director for IHS Life
     * Sciences") names the organisation the person works for; not a place the gazetteer knows ("mayor of Springfield"
     * is the caller's to decide: a known place starting the run), a title, a given name, nor a run with a place word
     * at its end ("director of Burke County"). Returns the organisation's run, or null.
     * <p>
     * Rule "employer named with the": "the
     * executive director of the Quorrel Partnership for Civic Principles": "the" may stand between the preposition and
     * a name of two words or more. Rule "employer's name goes on with to": "director of Harbour Paths to Peace",
     * "head of Right to Rise USA": "to" and capitalised words that are no known place go on with the name.
     */
    NameRuns.Run employerAfterJobRun(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int prep = run.from() - 1;
        if (prep >= 2 && run.size() >= 2 && t.get(prep).key().equals("the") && !t.get(prep).cap()
                && Gazetteer.joinable(p.text(), t.get(prep), t.get(run.from()))) {
            if (partNounAfter(p, run)) {
                return null; // "director of the Ostrava Eurasian division": the run names a part of a body
            }
            prep--;
        }
        NameRuns.Run whole = goesOnWithTo(p, run);
        if (whole != run && (prep < 1 || !EMPLOYER_PREPOSITIONS.contains(t.get(prep).key()) || t.get(prep).cap()
                || !jobBefore(p, prep))) {
            return null;
        }
        if (whole != run) {
            return whole.size() <= 8 && plainOrgRun(p, run, false, true) ? whole : null;
        }
        return employerAfterPrep(p, run, prep) ? run : null;
    }

    /** Lowercase nouns of a body's parts or of the body itself: "the Ostrava Eurasian division", "the Acme board". */
    private static final java.util.Set<String> PART_NOUNS = WordSet.of("division", "unit", "branch", "chapter",
            "section", "desk", "team", "program", "programme", "council", "committee", "board", "office", "bureau",
            "department", "service", "staff", "caucus", "delegation", "campaign", "group", "panel", "arm", "wing");

    /** A lowercase noun of {@link #PART_NOUNS} written right after the run. */
    private static boolean partNounAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        return k < t.size() && !t.get(k).cap() && PART_NOUNS.contains(t.get(k).key())
                && Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k));
    }

    /**
     * "director of Harbour Paths to Peace", "head of the Quorrel Legal Defense and Educational Fund": the run with
     * "to" and the capitalised words after it, or with "and" and capitalised words ending in an organisation's head
     * word; or the run itself.
     */
    private NameRuns.Run goesOnWithTo(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.to();
        boolean and = k + 1 < t.size() && t.get(k).key().equals("and");
        if (k + 1 >= t.size() || !(t.get(k).key().equals("to") || and) || t.get(k).cap() || !t.get(k + 1).cap()
                || !Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k)) || !Gazetteer.joinable(p.text(), t.get(k), t.get(k + 1))) {
            return run;
        }
        for (NameRuns.Run r : p.runs()) {
            if (r.from() == k + 1) {
                Gazetteer.Match m = p.matchAt(r.from());
                boolean headed = gaz.orgHeads.contains(t.get(r.to() - 1).key());
                return m != null && m.entry().isPlace() || and && !headed ? run : new NameRuns.Run(run.from(), r.to());
            }
        }
        return run;
    }

    /** A lowercase job noun or title right before the preposition at {@code prep}, written joined to it. */
    private boolean jobBefore(ArticleText.Para p, int prep) {
        var t = p.tokens();
        Token job = t.get(prep - 1);
        return !(job.cap() && !job.initial()) && (gaz.titles.contains(job.key()) || JOB_NOUNS.contains(job.key()))
                && !NOT_EMPLOYED.contains(job.key()) && Gazetteer.joinable(p.text(), job, t.get(prep));
    }

    private boolean employerAfterPrep(ArticleText.Para p, NameRuns.Run run, int prep) {
        var t = p.tokens();
        if (prep < 1 || run.size() > 6 || !EMPLOYER_PREPOSITIONS.contains(t.get(prep).key()) || t.get(prep).cap()
                || !jobBefore(p, prep) || !Gazetteer.joinable(p.text(), t.get(prep), t.get(prep + 1))) {
            return false;
        }
        return plainOrgRun(p, run);
    }

    /**
     * Rule "person of organisation": "Deven Rao of Insight Venture Partners", "Robert Gorman of Northwestern
     * University": the words after a person's name and "of" name where the person works, unless they are a place
     * ("Jed Hedge of Florida", "Jane Roe of Burke County", "Stacy Spinner of Columbia, South Carolina", "Ann Doe of
     * Keene", one word of the towns list). Rule "host on a station": "conservative host Jim Doe on WQRL radio": after a
     * person's name, "on" and a broadcast call sign ({@link AcronymRules#callSign}) name the station.
     * Returns the organisation's run, or null.
     */
    NameRuns.Run employerOfPerson(ArticleText.Para p, NameRuns.Run run, int personTo) {
        var t = p.tokens();
        if (personTo + 2 == run.to() && t.get(personTo).key().equals("on") && !t.get(personTo).cap()
                && acronyms.callSign(p, new NameRuns.Run(personTo + 1, run.to()))) {
            return new NameRuns.Run(personTo + 1, run.to());
        }
        if (personTo + 1 >= run.to() || !t.get(personTo).key().equals("of")) {
            return null;
        }
        int from = personTo + 1;
        if (t.get(from).key().equals("the")) {
            from++;
        }
        if (from >= run.to()) {
            return null;
        }
        NameRuns.Run rest = new NameRuns.Run(from, run.to());
        if (rest.size() == 1 && from == personTo + 1 && Towns.contains(t.get(from).text())) {
            return null; // "Jane Roe of Keene": one word of the towns list is where the person lives (PlaceFinder)
        }
        return plainOrgRun(p, rest) ? rest : null;
    }

    /** A run that may be an organisation's name: no known place, person's title, given name or place word in it. */
    private boolean plainOrgRun(ArticleText.Para p, NameRuns.Run run) {
        return plainOrgRun(p, run, false);
    }

    /** {@link #plainOrgRun(ArticleText.Para, NameRuns.Run)}, its last word a possessive if {@code owner}. */
    private boolean plainOrgRun(ArticleText.Para p, NameRuns.Run run, boolean owner) {
        return plainOrgRun(p, run, owner, false);
    }

    /** {@link #plainOrgRun(ArticleText.Para, NameRuns.Run, boolean)}; {@code goesOn} when words after the run were
     * taken into the name already ("Harbour Paths to Peace"). */
    private boolean plainOrgRun(ArticleText.Para p, NameRuns.Run run, boolean owner, boolean goesOn) {
        var t = p.tokens();
        Token first = t.get(run.from());
        Token last = t.get(run.to() - 1);
        if (first.initial() || gaz.titles.contains(first.key()) || gaz.givenNames.contains(first.key())
                || PlaceFinder.GEO_WORDS.contains(last.key()) || gaz.nonNames.contains(first.text())
                || gaz.docHeads.contains(last.key()) || PlaceFinder.PLACE_OPENERS.contains(first.key())
                || run.size() >= 2 && Towns.contains(p.surface(run.from(), run.to()))
                || OrganizationRules.newsroomBody(p, run)) {
            return false; // "the Dream Act", "Fort Hood", "Chapel Hill", "a member of the Board of Contributors"
        }
        // "a student at Dart- mouth", "head of Right to Rise USA": the name goes on past the run
        if (nameGoesOnAfter(p, run) || !goesOn && run.to() + 1 < t.size() && t.get(run.to()).key().equals("to")
                && t.get(run.to() + 1).cap() && Gazetteer.joinable(p.text(), last, t.get(run.to()))) {
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            if (gaz.givenNames.contains(t.get(k).key()) && t.get(k).cap()) {
                return false; // "secretary of State Jane Roe", "a student of Hall of Famer Jim Doe"
            }
        }
        if (run.size() == 1 && THING_ACRONYMS.contains(first.text().replace(".", ""))) {
            return false; // "a champion for AZ"
        }
        Gazetteer.Match m = p.matchAt(run.from());
        if (m != null && m.entry().kind() != Gazetteer.Kind.ORGANIZATION && m.to() >= run.to() || last.possessive() && !owner) {
            return false; // "mayor of Chicago", "analyst of Chinese"; "at Moody's Analytics" is cut at the possessive
        }
        // "of Columbia, South Carolina": a town, then its state
        int after = last.end();
        String text = p.text();
        if (after + 2 < text.length() && text.charAt(after) == ',' && run.to() < t.size()) {
            Gazetteer.Match next = p.matchAt(run.to());
            if (next != null && next.entry().isPlace()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule "source after according to": "according to Nielsen.", "according to the Philippine Star", "according to
     * Factcheck.org": a name nothing else explains, as the source of a report, is an organisation (a person's surname
     * is found as the person first, by the caller); not a known place or demonym, a month, or a name a lowercase
     * noun goes on from ("according to the Hollis aide", "according to American officials").
     */
    boolean accordingTo(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from() - 1;
        if (k >= 0 && t.get(k).key().equals("the")) {
            k--;
        }
        if (k < 1 || !t.get(k).key().equals("to") || !t.get(k - 1).key().equals("according") || run.size() > 5
                || CalendarWords.DAYS_AND_MONTHS.contains(t.get(run.from()).key())) {
            return false;
        }
        // "according to the Hollis aide", "according to Gallup data": a word goes on, the run only qualifies it
        boolean goesOn = run.to() < t.size() && !t.get(run.to()).cap()
                && Gazetteer.joinable(p.text(), t.get(run.to() - 1), t.get(run.to()));
        return !goesOn && plainOrgRun(p, run);
    }

    /** A web domain's ending right after a name: "Factcheck.org", "Tchadinfos.com" are named with it. */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.(?:com|org|net|co\\.uk)\\b");

    /** The run's words, with the web domain ending written right after them ("Factcheck.org"). */
    String withDomain(ArticleText.Para p, NameRuns.Run run) {
        String name = p.surface(run.from(), run.to());
        java.util.regex.Matcher m = DOMAIN.matcher(p.text());
        int end = p.tokens().get(run.to() - 1).end();
        return m.find(end) && m.start() == end ? name + m.group() : name;
    }

    /**
     * Rule "employer before a job": "QX Ameritrade founder J. Joe Rickard", "Quorrel Partners analyst Ann Roe": a run of
     * two words or more that nothing else explains, then a lowercase job title and a capitalised name, is the
     * organisation the person works for (a person's full name before the title was taken as a person before this).
     */
    boolean employerBeforeJob(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (companysOfficer(p, run)) {
            return true;
        }
        int job = run.to();
        if (run.size() == 1 && job + 1 < t.size() && !t.get(job).cap() && SPORT_ROLES.contains(t.get(job).key())) {
            return clubBeforeRole(p, run);
        }
        if (run.size() < 2 || job + 1 >= t.size() || t.get(job).cap() || t.get(run.to() - 1).possessive()
                || !(gaz.titles.contains(t.get(job).key()) || JOB_NOUNS.contains(t.get(job).key()))
                || NOT_EMPLOYED.contains(t.get(job).key()) || !t.get(job + 1).cap()
                || !Gazetteer.joinable(p.text(), t.get(job - 1), t.get(job)) || !Gazetteer.joinable(p.text(), t.get(job), t.get(job + 1))) {
            return false;
        }
        return plainOrgRun(p, run);
    }

    /** Jobs at a sports club: "Palmeiras coach Abel Ferreira", "Wydad captain Yahya Jabrane". */
    private static final java.util.Set<String> SPORT_ROLES = WordSet.of("coach", "manager", "captain", "striker",
            "goalkeeper", "midfielder", "defender", "winger", "forward", "skipper", "boss", "playmaker", "fullback",
            "quarterback", "pitcher", "shortstop");

    /**
     * Rule "club before a player's role": one word that no list knows (no English word, given name, title, place or
     * demonym), then a lowercase job of a sports club and a capitalised name ("Palmeiras coach Abel Ferreira", "Wydad
     * captain Yahya Jabrane") is the club. A politician's surname before "adviser" is not asked: only a club's jobs.
     */
    private boolean clubBeforeRole(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token w = t.get(run.from());
        Token job = t.get(run.to());
        return !w.upper() && !w.possessive() && !EnglishWords.contains(w.key()) && !gaz.givenNames.contains(w.key())
                && t.get(run.to() + 1).cap() && Gazetteer.joinable(p.text(), w, job)
                && Gazetteer.joinable(p.text(), job, t.get(run.to() + 1)) && p.matchAt(run.from()) == null
                && !gaz.titles.contains(w.key()) && !gaz.nonNames.contains(w.text()); // opening a sentence too
    }

    /** Officers and bodies that only a company has, after its possessive: "Acme's CEO", "Acme's shareholders". */
    private static final java.util.Set<String> COMPANY_PARTS = WordSet.of("ceo", "cfo", "coo", "shareholders",
            "stockholders", "board");

    /**
     * Rule "company's officer or board": "Quorrel's CEO Lena Roe", "Kelvora's board", "Acme's chief
     * executive": a name that nothing else explains (no person of the article, no known place), as a possessive
     * right before an officer or a body that only a company has ("CEO", "chief executive", "board", "shareholders"), is
     * that company. Not "chairman" or "founder": campaigns and movements have those too.
     */
    private boolean companysOfficer(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        Token last = t.get(run.to() - 1);
        int k = run.to();
        if (!last.possessive() || k >= t.size() || run.size() > 4 || t.get(k).start() != last.end() + 1
                || p.text().charAt(last.end()) != ' ') {
            return false;
        }
        Token part = t.get(k);
        boolean upper = part.upper() && part.key().length() == 3; // "CEO", not "Board" opening a name
        boolean owned = COMPANY_PARTS.contains(part.key()) && (upper || !part.cap())
                || part.key().equals("chief") && !part.cap() && k + 1 < t.size() && t.get(k + 1).key().equals("executive");
        return owned && plainOrgRun(p, run, true);
    }
}
