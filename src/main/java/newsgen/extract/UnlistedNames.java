package newsgen.extract;

/**
 * A capitalised name right by a cue verb that no rule made an actor ("“…,” Dunmore said", "said Sen. Robert P. Roe
 * Jr."), and what keeps such words from being a name: a place or nationality that only qualifies someone else's
 * words ("Jed Roe of Florida said", "one senior Democrat said"), a numbered part of a text ("Article 33 affirms").
 * Apart from {@link Subjects}, which finds where a cue verb's subject stands, because these read the words of one
 * name only: the sieve's name-shape, cue and introduction rules ask them of words no actor covers.
 */
final class UnlistedNames {
    private static final Gazetteer gaz = Gazetteer.get();
    private final ArticleMentions mentions;

    UnlistedNames(ArticleMentions mentions) {
        this.mentions = mentions;
    }

    /**
     * A capitalised name right by a cue verb that no rule made an actor ("“…,” Dunmore said", "said Sen. Robert P.
     * Roe Jr."): tokens {@code from}..{@code to}, titles in front dropped. A word that only opens a sentence is no
     * name unless the article also writes it capitalised inside a sentence ("Officials said" is nobody).
     */
    Speaker name(ArticleText.Para p, int from, int to, java.util.function.Predicate<String> capitalisedInside) {
        var t = p.tokens();
        // titles and honorifics are no part of the name: "Sen. Roe", "Dr. Ruth A. Roe" are Roe, Ruth A. Roe
        while (from < to && (gaz.title.test(t.get(from))
                || t.get(from).text().length() > 1 && Abbreviations.inName(t.get(from).text()))) {
            from++;
        }
        if (from >= to || to - from > 4) {
            return Speaker.NONE;
        }
        if (to - from == 1 && from > 0 && (t.get(from - 1).key().equals("the") || t.get(from - 1).key().equals("both"))) {
            return Speaker.NONE; // "“…,” the Dane added": a description with a capital, no name; "both Halvorsens"
        }
        Speaker surname = to - from == 1 ? surnameOfPerson(t.get(from)) : null;
        if (surname != null) {
            return surname;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean initial = k > from && w.text().length() == 1 && w.end() < p.text().length() && p.text().charAt(w.end()) == '.';
            if (!w.cap() || !initial && gaz.nonNames.contains(w.text()) || Subjects.HE_SHE.contains(w.key()) || Subjects.THEY_IT.contains(w.key())
                    || w.text().chars().anyMatch(Character::isDigit)) {
                return Speaker.NONE;
            }
            if (k < to - 1 && w.possessive()) {
                return Speaker.NONE;
            }
        }
        Token last = t.get(to - 1);
        if (to - from == 1 && (last.initial() || last.upper() && last.text().length() > 5)
                && !capitalisedInside.test(last.key())) {
            return Speaker.NONE;
        }
        if (last.possessive() || p.matchAt(from) != null && p.matchAt(from).entry().kind() == Gazetteer.Kind.DEMONYM
                && (to - from > 1 || last.key().endsWith("s") || from > 0 && DescriptionWords.INDEFINITE.contains(t.get(from - 1).key())
                || from > 0 && t.get(from - 1).key().equals("the"))) {
            return Speaker.NONE; // "Cuban said" may be Mr. Cuban; "Cubans said", "the Cuban said" are nobody named
        }
        if (to - from == 1 && !gaz.givenName.test(last) && (PlaceFinder.GEO_WORDS.contains(last.key())
                || NameWordRules.GROUPS.matcher(last.text()).matches() && mentions.actorNamed(last.text()) == null)) {
            // "State calls 22 emails …": a geographic word; "Candidates say": a plural group word, unless it is the
            // name of an actor the article lists ("Hollis said" after "Jane Hollis")
            return Speaker.NONE;
        }
        if (to - from > 1 && !gaz.givenName.test(t.get(from)) && gaz.title.test(last)) {
            return Speaker.NONE; // "said former Pennsylvania Gov. and …": a title ends it, no given name opens it
        }
        if (qualifiedWord(p, from, to) || numbered(p, to) || NameWordRules.industryTail(p, from, to)) {
            return Speaker.NONE;
        }
        String name = p.surface(from, to);
        newsgen.model.Actor known = mentions.actorNamed(name);
        return known != null ? Speaker.of(known) : Speaker.named(name);
    }

    /**
     * "“…,” Read said" after "a drugmaker's chief executive Owen Read": a capitalised word that is also an English word ("Read",
     * "From", "Will") makes no mention, but where the article names one person in full with it as the surname, it is
     * that person; else null.
     */
    private Speaker surnameOfPerson(Token w) {
        if (!w.cap() || w.possessive()) {
            return null;
        }
        newsgen.model.Actor known = mentions.actorNamed(w.text());
        return known != null && known.isPerson() && Slugs.fold(known.name()).endsWith(" " + Slugs.fold(w.text()))
                ? Speaker.of(known) : null;
    }

    /**
     * Whether the name {@code from}..{@code to} by a cue verb only qualifies someone else's words: a place after
     * "of", "in", "from", an article or "new", or after a comma that follows a capitalised word ("Jed Roe of Florida
     * said", "Ann Roe of Columbia, South Carolina says", "a new Syria where …"), or a one-word nationality or party
     * after a lowercase word or a number ("one senior Democrat said", "Six in 10 Republican said", "Republican
     * claims"). "Norway insisted", "“…,” Cuban said" stay names.
     */
    private static boolean qualifiedWord(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        Gazetteer.Match m = p.matchAt(from);
        if (m == null || m.to() != to) {
            return false;
        }
        if (to < t.size() && ROLE_ADJECTIVES.contains(t.get(to).key())
                || to + 1 < t.size() && !t.get(to).cap() && gaz.title.test(t.get(to + 1))
                || to < t.size() && !t.get(to).cap() && gaz.title.test(t.get(to))) {
            return true; // "Democratic presidential candidate Jane Roe", "elected U.S. president": an adjective on a role
        }
        if (from == 0) {
            return false;
        }
        Token before = t.get(from - 1);
        String gap = p.text().substring(before.end(), t.get(from).start()).strip();
        if (m.entry().isPlace()) {
            return gap.isEmpty() && (PLACE_QUALIFIERS.contains(before.key()) || DescriptionWords.INDEFINITE.contains(before.key()))
                    || gap.equals(",") && before.cap();
        }
        // "said Cuban, who …" is a name after its cue verb; "anti-Muslim remarks" is a hyphened adjective
        return m.entry().kind() == Gazetteer.Kind.DEMONYM && to - from == 1 && (gap.isEmpty() || gap.equals("-"))
                && !before.cap() && Character.isLetterOrDigit(before.text().charAt(0))
                && !Gazetteer.get().cueVerbs.contains(before.key());
    }

    /** Whether a number follows the name right away: "Article 33 affirms:", "Section 5 says" cite a text's part. */
    private static boolean numbered(ArticleText.Para p, int to) {
        var t = p.tokens();
        return to < t.size() && Character.isDigit(t.get(to).text().charAt(0))
                && p.text().substring(t.get(to - 1).end(), t.get(to).start()).equals(" ");
    }

    /** Adjectives of office a nationality or party may open a role with ("Democratic presidential candidate"). */
    private static final java.util.Set<String> ROLE_ADJECTIVES = WordSet.of("presidential", "gubernatorial",
            "congressional", "senatorial", "mayoral", "parliamentary", "vice-presidential");

    /** Words before a place that make it qualify a noun or a person rather than speak. */
    private static final java.util.Set<String> PLACE_QUALIFIERS = WordSet.of("of", "in", "from", "the", "new", "for", "at");
}
