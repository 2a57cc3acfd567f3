package newsgen.extract;

import java.util.Set;

/**
 * Rule "body's statement": "Apex said in a statement: …", "Zentrova did not respond to a request for comment": one
 * capitalised word that no list, no person and no other rule explains, opening its sentence before the words a firm's
 * or a body's press office is written with, is an organisation's name. A person named by one word there would be
 * someone named before (his surname, found first); a word the article also writes in lower case ("Officials said in a
 * statement" aside, plurals are left out too) is an ordinary word opening the sentence.
 */
final class StatementBodies {
    private StatementBodies() {
    }

    /** Nouns of a written statement after "said in a" ("said in a statement", "in an emailed statement"). */
    private static final Set<String> STATEMENT_NOUNS = WordSet.of("statement", "release", "filing");

    /**
     * Words that open such a sentence and name no one body: pronouns and quantifiers ("Everyone declined to comment")
     * and the common nouns for a body's people ("Management", "Staff", "Police" said in a statement).
     */
    private static final Set<String> PRONOUNS = WordSet.of("everyone", "everybody", "nobody", "somebody", "someone",
            "anyone", "anybody", "none", "neither", "either", "each", "both", "all", "many", "most", "several", "few",
            "one", "another", "who", "which", "that", "this", "there", "here", "she", "her", "him", "you", "they", "we",
            "management", "staff", "police");

    static boolean statementBy(ArticleText text, ArticleText.Para p, NameRuns.Run run) {
        var t = p.tokens();
        int k = run.from();
        if (run.size() != 1 || k + 4 >= t.size()) {
            return false;
        }
        Token w = t.get(k);
        Gazetteer gaz = Gazetteer.get();
        if (w.upper() || w.possessive() || w.key().endsWith("s") || w.key().length() < 3
                || gaz.givenNames.contains(w.key()) || gaz.nonNames.contains(w.text()) || p.matchAt(k) != null
                || Subjects.HE_SHE.contains(w.key()) || Subjects.THEY_IT.contains(w.key())
                || CalendarWords.DAYS_AND_MONTHS.contains(w.key()) || PRONOUNS.contains(w.key())) {
            return false;
        }
        TokenReader r = new TokenReader(p);
        if (r.sentenceStart(w.start()) != w.start() || !pressWords(p, k + 1)) {
            return false;
        }
        return !WrittenAs.writtenAs(text, w.key(), x -> !x.cap());
    }

    /**
     * Whether a press office's words follow from token {@code i}: "said in a statement", "said in an emailed statement",
     * "did not respond to a request for comment", "did not immediately respond", "declined to comment".
     */
    private static boolean pressWords(ArticleText.Para p, int i) {
        var t = p.tokens();
        String a = key(t, i);
        if ((a.equals("said") || a.equals("says")) && key(t, i + 1).equals("in")
                && (key(t, i + 2).equals("a") || key(t, i + 2).equals("an"))) {
            return STATEMENT_NOUNS.contains(key(t, i + 3))
                    || !t.get(i + 3).cap() && STATEMENT_NOUNS.contains(key(t, i + 4));
        }
        if (a.equals("declined") && key(t, i + 1).equals("to") && key(t, i + 2).equals("comment")) {
            return true;
        }
        int n = key(t, i + 2).equals("immediately") ? i + 3 : i + 2;
        return a.equals("did") && key(t, i + 1).equals("not") && key(t, n).equals("respond");
    }

    private static String key(java.util.List<Token> t, int i) {
        return i < t.size() ? t.get(i).key() : "";
    }
}
