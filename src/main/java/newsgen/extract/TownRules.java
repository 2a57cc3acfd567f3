package newsgen.extract;

import java.util.Set;

/**
 * The rules that read a town out of the words around it, for {@link PlaceFinder}: a town after a person's name and
 * "of", a campus city, a resident's or a party member's town, a dateline, a town before its state. Kept apart from
 * the finder so that each can be read whole.
 */
final class TownRules {
    private TownRules() {
    }

    /**
     * The words after "of" when the words before it are a person's name found by the person rules, opening with a
     * given name ("Tom Roe of Laconia, N.H."): name runs join "X of Y", so the place would otherwise be read with the
     * person's name. Else the run itself.
     */
    static NameRuns.Run afterPersonOf(ArticleText.Para p, NameRuns.Run run, Set<Long> nameTokens) {
        var t = p.tokens();
        if (run.size() < 4 || !Gazetteer.get().givenNames.contains(t.get(run.from()).key())) {
            return run;
        }
        for (int k = run.from() + 2; k + 1 < run.to(); k++) {
            if (t.get(k).key().equals("of") && !t.get(k).cap()) {
                for (int j = run.from(); j < k; j++) {
                    if (!nameTokens.contains(((long) p.index() << 32) | j)) {
                        return run;
                    }
                }
                return new NameRuns.Run(k + 1, run.to());
            }
        }
        return run;
    }

    /**
     * Rule "age and hometown": news give a person's age, then "of" and the town they live in ("Ann Roe, 55, of
     * Brigantine", "says Jane Doe, 32, of Sodus in Upstate New York"): token {@code of} is "of" after a comma, a
     * number of one to three digits and a comma.
     */
    static boolean ageBeforeOf(ArticleText.Para p, int of) {
        var t = p.tokens();
        if (of < 2 || !t.get(of).key().equals("of") || t.get(of).cap()) {
            return false;
        }
        Token age = t.get(of - 1);
        String text = p.text();
        return age.text().length() <= 3 && age.text().chars().allMatch(c -> c >= '0' && c <= '9')
                && text.substring(t.get(of - 2).end(), age.start()).strip().equals(",")
                && text.substring(age.end(), t.get(of).start()).strip().equals(",");
    }

    /** Head words of a campus's institution: "University of California at Berkeley". */
    static final Set<String> CAMPUS_HEADS = WordSet.of("university", "college");

    /** The head word of the institution whose name ends at token {@code k}: "University" of "University of California". */
    static String campusHead(ArticleText.Para p, int k) {
        var t = p.tokens();
        for (int j = k; j >= 0 && k - j <= 4 && (t.get(j).cap() || t.get(j).key().equals("of")); j--) {
            if (CAMPUS_HEADS.contains(t.get(j).key())) {
                return t.get(j).key();
            }
        }
        return "";
    }

    /** Nouns after a town for someone who lives there: "a Montgomery Village resident". */
    private static final Set<String> RESIDENT_NOUNS = WordSet.of("resident", "native", "voter", "homeowner",
            "businessman", "businesswoman", "retiree");
    /** Party members a town's name may qualify: "a Sarasota Republican". */
    private static final Set<String> PARTY_MEMBERS = WordSet.of("republican", "democrat");

    /** After "a" or "an", a resident's noun follows the run: "a Montgomery Village resident". */
    static boolean residentAfter(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        return run.from() > 0 && INDEFINITE_ARTICLES.contains(t.get(run.from() - 1).key()) && run.to() < t.size()
                && !t.get(run.to()).cap() && RESIDENT_NOUNS.contains(t.get(run.to()).key());
    }

    static final Set<String> INDEFINITE_ARTICLES = WordSet.of("a", "an");

    /** Nouns of a person, besides the titles, that "from" and a town may follow: "a German user from Hanover". */
    private static final Set<String> PERSON_NOUNS = WordSet.of("user", "supporter", "voter", "man", "woman",
            "mother", "father", "salesman", "saleswoman", "businessman", "businesswoman", "philanthropist", "homeowner",
            "volunteer", "delegate", "grandmother", "grandfather", "mom", "dad", "gynecologist", "caller", "reader");

    /**
     * Rule "person from a town": "a benefits manager from Derry", "a German user from Hanover", "a Democrat from
     * Nashua": after a lowercase noun of a person (a title or one of {@link #PERSON_NOUNS}) or a party member's noun and
     * "from", a town of the towns list is where the person comes from. Other nouns before "from" take a person as
     * often ("support from Clinton", "a letter from Blackwell"): not read. A demonym of another country than the
     * list's town before the noun ("a German user from Hanover": the list has Hanover, New Hampshire) leaves it unread.
     */
    static boolean personFrom(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int from = run.from() - 1;
        if (from < 1 || t.get(from).cap() || !t.get(from).key().equals("from")) {
            return false;
        }
        Token noun = t.get(from - 1);
        boolean person = noun.cap() ? PARTY_MEMBERS.contains(noun.key())
                : Gazetteer.get().titles.contains(noun.key()) || PERSON_NOUNS.contains(noun.key());
        if (!person || !Gazetteer.joinable(p.text(), noun, t.get(from)) || !Gazetteer.joinable(p.text(), t.get(from), t.get(run.from()))) {
            return false;
        }
        for (int k = from - 2; k >= 0 && from - k <= 4 && !t.get(k).key().equals("a") && !t.get(k).key().equals("an"); k--) {
            Gazetteer.Match m = p.matchAt(k);
            if (m != null && m.entry().kind() == Gazetteer.Kind.DEMONYM && m.entry().country() != null
                    && !m.entry().country().equals(Towns.country(p.surface(run.from(), run.to())))) {
                return false;
            }
        }
        return true;
    }

    /** "a Sarasota Republican": the words before the party word, after "a" or "an"; else null. */
    static NameRuns.Run memberOfTown(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.size() < 2 || run.size() > 3 || run.from() == 0 || !INDEFINITE_ARTICLES.contains(t.get(run.from() - 1).key())
                || !PARTY_MEMBERS.contains(t.get(run.to() - 1).key())) {
            return null;
        }
        return new NameRuns.Run(run.from(), run.to() - 1);
    }

    /** Words of a town's size or setting between "in" and its name: "in tiny Yazoo City", "in rural Keosauqua". */
    private static final Set<String> TOWN_SIZES = WordSet.of("tiny", "small", "rural", "suburban", "nearby",
            "neighboring", "neighbouring", "remote", "coastal", "sleepy", "working-class", "affluent", "wealthy", "poor",
            "downtown", "uptown", "little");

    /** Token {@code k} is a lowercase word of {@link #TOWN_SIZES} right after "in", "near" or "outside". */
    static boolean sizedAfterIn(ArticleText.Para p, int k) {
        var t = p.tokens();
        Token w = t.get(k);
        return !w.cap() && TOWN_SIZES.contains(w.key()) && k >= 1 && !t.get(k - 1).cap()
                && (t.get(k - 1).key().equals("in") || t.get(k - 1).key().equals("near") || t.get(k - 1).key().equals("outside"))
                && Gazetteer.joinable(p.text(), t.get(k - 1), w);
    }

    /** Verbs of moving somewhere before "to": "moved to Westchester", "flew to Albany". */
    private static final Set<String> MOVING = WordSet.of("moved", "move", "moves", "moving", "relocated", "relocate",
            "flew", "fly", "flies", "flying", "traveled", "travelled", "travel", "travels", "traveling", "travelling",
            "drove", "drive", "driving", "returned", "return", "returns", "returning", "headed", "heads", "heading",
            "retreated", "retired", "fled", "flee", "fleeing", "evacuated", "deported", "transferred", "sailed");

    /**
     * Rule "town after a verb of moving": "They moved to Westchester instead", "she flew to Albany on Monday": token
     * {@code k} is a lowercase "to" right after a verb of moving somewhere, so the name after it is where.
     */
    static boolean movedTo(ArticleText.Para p, int k) {
        var t = p.tokens();
        return k >= 1 && t.get(k).text().equals("to") && MOVING.contains(t.get(k - 1).key()) && !t.get(k - 1).cap()
                && Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k));
    }

    /** Months and weekdays as a dateline writes them, in full or cut short ("Sept. 26"). */
    private static final Set<String> DATELINE_MONTHS = CalendarWords.daysAndMonthsAnd("jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** One dash of any kind. */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[" + Dashes.CLASS + "]");

    /**
     * Rule "dateline town": "HEMPSTEAD, N.Y. (UPI) —", "MYRTLE BEACH, S.C. -": a paragraph opening with one to three
     * words in capitals that no gazetteer knows, then a comma and a state or country, then a dash, a bracket, a date
     * or the paragraph's end, names the town of the dateline (written in title case); null when it is not one.
     */
    static Gazetteer.Entry datelineTown(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        for (int k = run.from(); k < run.to(); k++) {
            if (!t.get(k).upper() && t.get(k).text().length() > 1 || p.matchAt(k) != null) {
                return null;
            }
        }
        Gazetteer.Match state = p.matchAt(run.to());
        String text = p.text();
        int comma = t.get(run.to() - 1).end();
        if (state == null || state.from() != run.to() || !text.startsWith(", ", comma)
                || state.entry().kind() != Gazetteer.Kind.REGION && state.entry().kind() != Gazetteer.Kind.COUNTRY) {
            return null;
        }
        int after = t.get(state.to() - 1).end();
        String rest = text.substring(Math.min(text.length(), after)).stripLeading();
        if (rest.startsWith(".")) {
            rest = rest.substring(1).stripLeading(); // "N.Y." keeps its last dot outside the token
        }
        boolean ends = rest.isEmpty() || rest.startsWith("(") || DASH.matcher(rest.substring(0, 1)).matches()
                || rest.startsWith(",") && state.to() < t.size() && DATELINE_MONTHS.contains(t.get(state.to()).key());
        if (!ends) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (String w : p.surface(run.from(), run.to()).split(" ")) {
            name.append(name.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return new Gazetteer.Entry(Gazetteer.Kind.CITY, name.toString(), state.entry().country());
    }

    /**
     * After a place name at token {@code k}: a capitalised word of the same name goes on ("Buffalo, New York Times",
     * "Florida Republicans"); a weekday or month does not ("in Hudson, New Hampshire Monday").
     */
    static boolean nameGoesOn(ArticleText.Para p, int k) {
        var t = p.tokens();
        return k < t.size() && t.get(k).cap() && Gazetteer.joinable(p.text(), t.get(k - 1), t.get(k))
                && !CALENDAR.contains(t.get(k).key());
    }

    static final Set<String> CALENDAR = CalendarWords.DAYS_AND_MONTHS;

    /**
     * Where a town of {@link Towns} named by the run's first words ends: the whole run, or its words before a weekday
     * or month ("in Scranton Monday"); -1 when none is one (of two words or more, when {@code severalWordsOnly}), or
     * a one-word name is a possessive ("in Hudson's book").
     */
    static int townEnd(ArticleText.Para p, NameRuns.Run run, boolean severalWordsOnly) {
        var t = p.tokens();
        for (int end = run.to(); end > run.from(); end--) {
            boolean several = end - run.from() >= 2;
            if ((end == run.to() || CALENDAR.contains(t.get(end).key())) && (several || !severalWordsOnly)
                    && (several || !t.get(end - 1).possessive()) && Towns.contains(p.surface(run.from(), end))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Rule "town, US state", without "in" before it: US news name a town with its state ("a Hampstead, New
     * Hampshire, coffee shop", "Deerfield Beach, Fla."), so one or two capitalised words before a comma and a US state
     * are a town, when no word of them is a title, a given name opening two words, or an organisation's head word, and
     * the state's name is all of the gazetteer match (not "New York Times").
     */
    static boolean townOfState(ArticleText.Para p, NameRuns.Run run, Gazetteer.Match state) {
        var t = p.tokens();
        Gazetteer gaz = Gazetteer.get();
        // a US city of two words or more after a town's comma is its state's name ("the Chappaqua, New York, residence")
        boolean region = state.entry().kind() == Gazetteer.Kind.REGION
                || state.entry().kind() == Gazetteer.Kind.CITY && state.to() - state.from() >= 2;
        if (run.size() > 2 || !region || !"United States".equals(state.entry().country())) {
            return false;
        }
        for (int k = run.from(); k < run.to(); k++) {
            Token w = t.get(k);
            if (gaz.orgHeads.contains(w.key()) || gaz.titles.contains(w.key()) || gaz.nonNames.contains(w.text())
                    || NameRuns.CONNECTORS.contains(w.key()) || !Character.isLetter(w.text().charAt(0))) {
                return false;
            }
        }
        int k = state.to();
        // the state ends a phrase: "Hampstead, New Hampshire, coffee shop", "Tamarac, Fla. While"; not
        // "Meanwhile, Iowa voters"
        boolean ends = k >= t.size() || CALENDAR.contains(t.get(k).key())
                || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).isBlank();
        return ends && (run.size() == 1 || !gaz.givenNames.contains(t.get(run.from()).key()));
    }

    /**
     * The place ends in an abbreviation's period ("Bedminster, N.J. Roger Ashcombe …"): no name goes on after it, even
     * where the sentence splitter, reading an abbreviation, does not end the sentence there.
     */
    static boolean dottedEnd(ArticleText.Para p, Gazetteer.Match place) {
        Token last = p.tokens().get(place.to() - 1);
        return last.end() < p.text().length() && p.text().charAt(last.end()) == '.' || last.text().endsWith(".");
    }

    /**
     * Token {@code and} is a lowercase "and" or "or" right after a place that a word of {@code locatives} puts somewhere:
     * a gazetteer place ("in Manchester and …") or a one-word town of the towns list ("near Laconia or …").
     */
    static boolean listedAfterPlaceIn(ArticleText.Para p, int and, Set<String> locatives) {
        var t = p.tokens();
        Token w = t.get(and);
        if (w.cap() || !(w.key().equals("and") || w.key().equals("or")) || and < 2) {
            return false;
        }
        Gazetteer.Match m = p.matchAt(and - 1);
        int placeFrom = m != null && m.to() == and && m.entry().isPlace() ? m.from()
                : Towns.contains(t.get(and - 1).text()) && t.get(and - 1).cap() ? and - 1 : -1;
        return placeFrom >= 1 && locatives.contains(t.get(placeFrom - 1).key()) && !t.get(placeFrom - 1).cap()
                && !t.get(and - 1).possessive();
    }
}
