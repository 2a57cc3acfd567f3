package newsgen.extract;

/**
 * People a headline names doing something ("Sione Taufa Wins City Marathon", "NAKATO SSEMAKULA TAKES GOLD IN
 * FINAL"), and names written in capitals at a paragraph's opening ("NNAMDI OKEKE, a lawyer in Enugu, has filed …").
 * Headlines and wire copy from many outlets shout their lines in capitals, and a headline may be the only place a
 * winner or a convict is named in full; the run rules, which read a capital as the start of a name, can say nothing
 * of a line whose every letter is one.
 */
final class HeadlineNames {
    private static final Gazetteer gaz = Gazetteer.get();

    private HeadlineNames() {
    }

    /**
     * Rule "name in capitals": two or three words in capitals that open a line of capitals and stand before the line's
     * verb in -s ("KELECHI ANYANWU TAKES GOLD IN FINAL", "LIN XIAOYAN WINS"), or that open a paragraph before an
     * apposition or a cue verb ("NNAMDI OKEKE, a lawyer, …", "NNAMDI OKEKE said"), each a word of letters that is no
     * English word (the first may be a listed given name), place, organisation, acronym of a thing, title or head word.
     * A list's number may come before ("10. …"). The person's name is written in title case ("Kelechi Anyanwu"). Null
     * when the run is no such name.
     */
    static PersonRules.Candidate inCapitals(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int s = run.from();
        for (int k = 0; k < s; k++) {
            if (!Character.isDigit(t.get(k).text().charAt(0))) {
                return null; // only a list's number may come before: "10. RYAN ROE IN HOT WATER"
            }
        }
        if (!t.get(s).upper()) {
            return null;
        }
        boolean capitals = capitalsLine(p);
        for (int n = 2; n <= 3 && n <= run.size() && s + n <= t.size(); n++) {
            if (!shoutedName(p, s, s + n)) {
                return null;
            }
            Token next = s + n < t.size() ? t.get(s + n) : null;
            boolean joined = next != null && Gazetteer.joinable(p.text(), t.get(s + n - 1), next);
            boolean verb = next != null && next.upper() && capitals && joined && verbInS(next.key());
            boolean opening = next != null && !capitals && (appositionAfter(p, s + n) || !next.cap() && gaz.cueVerb.test(next) && joined);
            // rule "given name in capitals": in a line of capitals, a listed given name and one more word end where a
            // word of English or the line's punctuation follows ("RYAN ROE IN HOT WATER", "KANYA BOONMEE.")
            boolean given = capitals && n == 2 && gaz.givenName.test(t.get(s)) && !EnglishWords.KEY.test(t.get(s))
                    && (next == null || !joined || next.key().length() <= 2 || EnglishWords.KEY.test(next)); // "IN", "TO": too short for the list
            if (verb || opening || given) {
                StringBuilder name = new StringBuilder();
                for (int k = s; k < s + n; k++) {
                    name.append(k > s ? " " : "").append(titleCased(t.get(k).text()));
                }
                return new PersonRules.Candidate(p, s, s + n, name.toString(), null, null);
            }
        }
        return null;
    }

    /**
     * Rule "headline subject": a name of two or three words that opens a headline right before its verb in -s ("Sione
     * Taufa Wins City Marathon", "KANYA BOONMEE TAKES GOLD") is a person even when the story never names him again in
     * full: the headline says what he did. The first word is a listed given name, or every word is shaped as a name
     * and no English word, or the name is in capitals ({@link #inCapitals}); a third word is no English word.
     */
    static boolean headlineSubject(PersonRules.Candidate c) {
        ArticleText.Para p = c.para();
        var t = p.tokens();
        int n = c.to() - c.from();
        if (c.from() != 0 || n < 2 || n > 3 || c.to() >= t.size() || !NameRuns.headline(p) || c.role() != null) {
            return false;
        }
        Token next = t.get(c.to());
        if (!next.cap() || !Gazetteer.joinable(p.text(), t.get(c.to() - 1), next) || !verbInS(next.key())) {
            return false;
        }
        if (t.get(0).upper()) {
            return capitalsLine(p) && shoutedName(p, 0, n);
        }
        // "Hillary Roe Campaign Wants …": a third word that is an English word is the headline's, not a surname
        return gaz.givenName.test(t.get(0)) && (n == 2 || !EnglishWords.KEY.test(t.get(2)))
                || unlistedWords(p, 0, n);
    }

    /**
     * Rule "unlisted headline subject": a title-case headline opening with two words shaped as names, none an English
     * word, a place, an organisation's head or a title, right before the headline's verb in -s ("Tesfaye Alemu Wins
     * City Marathon"): the name of a person no given-name list holds; not before what a firm wins or leads ("Wins
     * Contract", "Leads Gains").
     */
    static PersonRules.Candidate unlistedHeadlineSubject(ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        if (run.from() != 0 || run.size() < 2 || t.get(0).upper() || !NameRuns.headline(p)) {
            return null;
        }
        int n = 2;
        if (n >= t.size() || !unlistedWords(p, 0, n) || !t.get(n).cap() || t.get(n).upper()
                || !Gazetteer.joinable(p.text(), t.get(n - 1), t.get(n)) || !verbInS(t.get(n).key())
                || NameEvidenceRules.bodysObject(t, n + 1)) {
            return null; // "Zentrova Maltrix Wins $2bn Contract": what a firm wins, no person's race
        }
        return new PersonRules.Candidate(p, 0, n, p.surface(0, n), null, null);
    }

    private static final NameEvidenceRules evidence = new NameEvidenceRules();

    private static boolean unlistedWords(ArticleText.Para p, int from, int to) {
        return evidence.unlistedWords(p, from, to);
    }

    /** A headline's verb in -s: one of the headline verbs, or an English word that is one without its "s" ("takes"). */
    static boolean verbInS(String key) {
        if (NameRuns.HEADLINE_VERBS.contains(key) && key.endsWith("s")) {
            return true;
        }
        return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") && EnglishWords.contains(key)
                && EnglishWords.contains(key.substring(0, key.length() - 1)) && !gaz.givenNames.contains(key);
    }

    /** Words {@code from}..{@code to} in capitals, each of letters, none a word, place, organisation, acronym or title. */
    private static boolean shoutedName(ArticleText.Para p, int from, int to) {
        var t = p.tokens();
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            String key = w.key();
            if (!w.upper() || w.possessive() || !LETTERS.matcher(w.text()).matches() || w.text().length() < 3
                    || p.matchAt(k) != null || gaz.titles.contains(key) || gaz.orgHeads.contains(key)
                    || gaz.nonNames.contains(titleCased(w.text())) || AcronymRules.THING_ACRONYMS.contains(w.text())
                    || EnglishWords.contains(key) && !(k == from && gaz.givenNames.contains(key))
                    || !hasVowel(key)) {
                return false;
            }
        }
        return true;
    }

    /** Letters, maybe joined by a hyphen or an apostrophe ("JEAN-BAPTISTE", "O'NEILL"). */
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+(?:[-'\u2019]\\p{L}+)*");

    private static boolean hasVowel(String key) {
        for (int i = 0; i < key.length(); i++) {
            if ("aeiouy".indexOf(key.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether every letter of the paragraph is a capital (and it has some). */
    static boolean capitalsLine(ArticleText.Para p) {
        String s = p.text();
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** ", a …", ", an …", ", the …" and a lowercase word after token {@code k - 1}: an apposition opens there. */
    private static boolean appositionAfter(ArticleText.Para p, int k) {
        var t = p.tokens();
        if (k + 1 >= t.size() || !p.text().substring(t.get(k - 1).end(), t.get(k).start()).strip().equals(",")) {
            return false;
        }
        String a = t.get(k).key();
        return !t.get(k).cap() && (a.equals("a") || a.equals("an") || a.equals("the")) && !t.get(k + 1).cap();
    }

    /** "SSEMAKULA" as "Ssemakula", "JEAN-BAPTISTE" as "Jean-Baptiste", "O'NEILL" as "O'Neill". */
    static String titleCased(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
