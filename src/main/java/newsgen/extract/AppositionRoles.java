package newsgen.extract;

import java.util.Set;

/**
 * The role an apposition around a name gives its person: the clause before the comma ("Peru’s military leader, Lucia
 * Ramos,") or the words after it ("Jane Roe, the bank's chief economist,", "Jane Roe — a member of the board —"), and
 * the country or organisation among them. This class finds where those words start and end, and when they are no
 * apposition at all; {@link RoleWords} says whether they make a role.
 */
final class AppositionRoles {
    private final Gazetteer gaz = Gazetteer.get();
    private final RoleWords words = new RoleWords();

    /** "Peru’s military leader, Lucia Ramos," or "Jane Doe, the bank's chief economist,". */
    PersonRules.Candidate apposition(ArticleText.Para p, NameRuns.Run run, String name) {
        var t = p.tokens();
        String text = p.text();
        // rule "headline before a comma": "… Like A Lawyer's Dumbest Client Ever, Jane Roe Says": in a title-case
        // line the words before the comma are the headline's, no role
        if (run.from() > 0 && PersonRules.lastCharBefore(text, t.get(run.from()).start()) == ',' && !NameRuns.headline(p)) {
            int end = run.from() - 1;
            int start = clauseStart(p, end);
            // "… by Jane Roe and her co-founder, John Doe,": the role starts at its own determiner
            for (int k = end; k > start; k--) {
                if (RoleWords.ROLE_STOPS.contains(t.get(k).key()) && RoleWords.DETERMINERS.contains(t.get(k).key()) && words.hasTitle(t, k, end + 1)) {
                    start = words.spokesmanOf(p, start, k, end + 1);
                    break;
                }
            }
            // rule "cue verb before the role": "“…,” said another leading court advocate, Jane Roe": the clause opens
            // with the quotation's verb, which is no word of the role; nor is the "that" after it ("noted that the
            // campaign's manager, Jane Roe, is from the state")
            int verbs = start;
            while (start < end && !t.get(start).cap() && gaz.cueVerb.test(t.get(start))) {
                start++;
            }
            if (start > verbs && start < end && t.get(start).key().equals("that")) {
                start++;
            }
            // rule "title heads the role": "the candidate brought his older brother, Tomas Roe": the words before the
            // comma make a role only when their head noun is a title ("the bank's chief economist", "the former
            // secretary of state"); a title further back belongs to a clause of its own
            boolean heads = words.titleHeads(p, start, end + 1);
            if (!heads) {
                start = objectAfterPreposition(p, start, end + 1); // "a letter to Northfield's president, Lena Roe,"
                heads = start <= end && words.titleHeads(p, start, end + 1);
            }
            String role = heads ? words.role(p, start, end + 1) : null;
            if (role != null) {
                return new PersonRules.Candidate(p, run.from(), run.to(), name, role,
                        affiliationIn(p, start, RoleWords.beforeRelative(p, start, end + 1)));
            }
        }
        char sep = run.to() < t.size() ? PersonRules.firstCharAfter(text, t.get(run.to() - 1).end()) : '\0';
        // "Jane Roe, the bank's chief economist," or "Jane Roe — a member of the board —"
        if (sep == ',' || sep != '-' && NameEvidenceRules.DASH.matcher(String.valueOf(sep)).matches()) {
            int start = run.to();
            if (start + 1 < t.size() && Character.isDigit(t.get(start).text().charAt(0))
                    && PersonRules.firstCharAfter(text, t.get(start).end()) == ',') {
                start++; // "Jane Doe, 28, the bank's chief economist,": the age comes first
            }
            int end = start;
            while (end + 1 < t.size() && end - start < RoleWords.MAX_ROLE_TOKENS && PersonRules.punctuationFree(text, t.get(end), t.get(end + 1))) {
                end++;
            }
            if (PersonRules.firstCharAfter(text, t.get(end).end()) != ',' && verbIn(t, start + 1, end + 1)
                    && closesOpeningPhrase(p, run.from())) {
                return null; // "In an interview with Jane Roe, the candidate stated …": the words after are the subject
            }
            // rule "quotation is no apposition": "a fan of Dr. Jane Roe, ''a real leader who …''": words in quotation
            // marks after the comma are someone's words about the person, not a role
            if (QUOTE_MARK.matcher(text.substring(t.get(run.to() - 1).end(), t.get(start).start())).find()) {
                return null;
            }
            // rule "coordination is no apposition": "Tomas Roe, and the former first lady, Lena Roe": after ", and"
            // the words name someone else, not the person before the comma
            if (COORDINATORS.contains(t.get(start).key())) {
                return null;
            }
            // rule "someone spoken to": "Mr. Roe, you're a lawyer" addresses him, it gives no role
            if (ADDRESSED.contains(t.get(start).key())) {
                return null;
            }
            if (RoleWords.DETERMINERS.contains(t.get(start).key()) || t.get(start).possessive() || gaz.title.test(t.get(start))
                    || bareRole(p, start, end)) {
                int listEnd = officeListEnd(p, end);
                String role = words.role(p, start, (listEnd - start < RoleWords.MAX_ROLE_TOKENS ? listEnd : end) + 1);
                if (role != null) {
                    return new PersonRules.Candidate(p, run.from(), run.to(), name, role,
                            affiliationIn(p, start, RoleWords.beforeRelative(p, start, end + 1)));
                }
            }
        }
        return null;
    }

    /**
     * Rule "list of offices": "Kofi Boateng, the former mayor of Kumasi, finance minister, and ambassador to Japan,
     * said": after the comma that ends the first office come more, each a title with its words and no verb, the last
     * one holding "and"; the role runs to that last one. Where the words after the comma are no office ("and Li Wei,
     * his counterpart", "said on Monday") or no item holds "and", the role ends at the comma: {@code end}.
     */
    private int officeListEnd(ArticleText.Para p, int end) {
        var t = p.tokens();
        String text = p.text();
        int k = end + 1;
        if (k >= t.size() || PersonRules.firstCharAfter(text, t.get(end).end()) != ',') {
            return end;
        }
        for (int items = 0; items < 3 && k < t.size(); items++) {
            int segEnd = k;
            while (segEnd + 1 < t.size() && segEnd - k < 8 && PersonRules.punctuationFree(text, t.get(segEnd), t.get(segEnd + 1))) {
                segEnd++;
            }
            int open = t.get(k).key().equals("and") && !t.get(k).cap() ? k + 1 : k;
            boolean and = open > k;
            for (int i = open; i <= segEnd && !and; i++) {
                and = t.get(i).key().equals("and") && !t.get(i).cap();
            }
            // not "Mr. Roe, then at the bank, and Mr. Doe": a title whose dot stops the item opens the next name
            if (open > segEnd || RoleRules.HONORIFICS.contains(t.get(open).key()) || RoleWords.titleOfANameAfter(p, segEnd)
                    || !(gaz.title.test(t.get(open)) || bareRole(p, open, segEnd)) || verbIn(t, open, segEnd + 1)
                    || RoleWords.pluralHead(p, open, segEnd + 1) || words.namesSomeoneElse(p, open, segEnd + 1)) {
                return end;
            }
            for (int i = open; i <= segEnd; i++) {
                if (!t.get(i).cap() && RoleWords.AUXILIARIES.contains(t.get(i).key()) && !t.get(i).key().equals("to")) {
                    return end;
                }
            }
            if (and) {
                return segEnd;
            }
            if (PersonRules.firstCharAfter(text, t.get(segEnd).end()) != ',') {
                return end;
            }
            k = segEnd + 1;
        }
        return end;
    }

    /**
     * Rule "opening phrase": whether the name at {@code from} ends a phrase opening its sentence with a preposition
     * ("In an interview with Jane Roe,"; "After meeting Jane Roe,"), no comma before it: its comma closes that phrase.
     */
    private static boolean closesOpeningPhrase(ArticleText.Para p, int from) {
        TokenReader r = new TokenReader(p);
        int first = r.tokenAt(r.sentenceStart(p.tokens().get(from).start()));
        return first < from && OPENING_PREPOSITIONS.contains(p.tokens().get(first).key())
                && p.text().substring(p.tokens().get(first).end(), p.tokens().get(from).start()).indexOf(',') < 0;
    }

    /** Whether a lowercase cue verb stands among tokens {@code from}..{@code to}: the words make a clause. */
    private boolean verbIn(java.util.List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).cap() && gaz.cueVerb.test(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OPENING_PREPOSITIONS = WordSet.of("in", "at", "on", "during", "after", "before",
            "with", "following", "from", "for", "to", "like", "unlike", "besides", "despite", "over");

    /**
     * Rule "apposition without an article": "Jane Roe, political science professor at Seton Hall,": up to three
     * lowercase words that are no verb of the sentence, then a lowercase title, open the apposition.
     */
    private boolean bareRole(ArticleText.Para p, int start, int end) {
        var t = p.tokens();
        for (int k = start; k <= end && k - start <= 3; k++) {
            Token w = t.get(k);
            // "served as governor", "outlasting a challenger"; an -ing word that opens a role opens a clause when a
            // preposition follows it: "Mr. Roe, running for president," (rule "verb before a preposition")
            boolean verbLike = (w.key().endsWith("ed") || w.key().endsWith("ing")) && !RoleWords.ROLE_PARTICIPLES.contains(w.key())
                    && (!RoleWords.ROLE_FORMS.contains(w.key()) || k + 1 <= end && RoleRules.opensNoRole(t.get(k + 1).key()));
            if (w.cap() || RoleWords.AUXILIARIES.contains(w.key()) || gaz.cueVerb.test(w) || verbLike
                    || w.key().equals("even")) {
                return false;
            }
            if (gaz.title.test(w)) {
                return k > start;
            }
        }
        return false;
    }

    /** Quotation marks, straight, curly or doubled ('' of some outlets). */
    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("[\"“”‘’'«»‹›]");

    /** Words that join a further item to a list: after ", and" comes someone else. */
    private static final Set<String> COORDINATORS = WordSet.of("and", "or", "nor");

    /**
     * Rule "role after a preposition": "wrote a letter to Northfield's president, Lena Roe,": when the clause's own
     * head is no title, the role is the object of its last preposition, if a determiner or a possessive opens it ("for
     * president, Lee Roe" is a clause about an office, no apposition). Returns where that object starts, else
     * {@code to} (no role).
     */
    private static int objectAfterPreposition(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        for (int k = to - 2; k > from; k--) {
            if (!t.get(k).cap() && RoleWords.AFTER_HEAD.contains(t.get(k).key())) {
                Token next = t.get(k + 1);
                return RoleWords.DETERMINERS.contains(next.key()) && !COORDINATORS.contains(next.key()) || next.possessive() ? k + 1 : to;
            }
        }
        return to;
    }

    /** Words opening a clause spoken to someone, not a role: "Mr. Roe, you're a lawyer". */
    private static final Set<String> ADDRESSED = WordSet.of("you", "you're", "you’re", "your", "i", "i'm", "i’m", "we",
            "we're", "we’re");

    private int clauseStart(ArticleText.Para p, int end) {
        var t = p.tokens();
        int start = end;
        while (start > 0 && end - start < 10 && PersonRules.punctuationFree(p.text(), t.get(start - 1), t.get(start))) {
            start--;
        }
        return start;
    }

    /**
     * Rule "demonym opening a name": "a professor at American University", "an engineer at Nordic Semiconductor": a
     * demonym with no article before it, joined to the capitalised word after it, is the first word of an
     * organisation's name, which says nothing of the person's country ("the Kenyan Red Cross" keeps Kenya).
     */
    private static boolean demonymOpeningAName(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.entry().kind() != Gazetteer.Kind.DEMONYM || m.to() >= t.size() || m.from() == 0) {
            return false;
        }
        Token next = t.get(m.to());
        return next.cap() && Gazetteer.joinable(p.text(), t.get(m.to() - 1), next)
                && !RoleWords.DETERMINERS.contains(t.get(m.from() - 1).key());
    }

    private String affiliationIn(ArticleText.Para p, int from, int to) {
        for (int k = from; k < to; k++) {
            Gazetteer.Match m = p.matchAt(k);
            if (m != null && RoleRules.country(m.entry()) != null && !demonymOpeningAName(p, m)) {
                return RoleRules.country(m.entry());
            }
        }
        return null;
    }
}
